package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/gcexportdata"

	"github.com/statecheck/statecheck/analyzers"
)

// Under go vet -vettool the go command runs the vet tool on every
// dependency of the packages checked, the standard library included (from
// about 300 packages for a small service to thousands for a large one),
// because a dependency's vet result carries the types its importers
// type-check against, beside its facts. unitchecker produces that result by
// parsing and type-checking the whole package, function bodies included,
// and running every analyzer that has facts. Most dependencies cannot get
// a fact from statecheck's analyzers (analyzers.FactFree): for those,
// exportTypesOnly writes the same result from a type check of the
// declarations alone, which skips most of the work: function bodies hold
// most of a package's code and none of its exported types.
//
// The result file is unitchecker's: "vetx", the lengths of the types and
// facts sections as little-endian uint32s, the types in indexed export
// format, then the facts (none here). It is written by the same binary that
// reads it, so it changes only with the x/tools version in go.mod, and
// TestTypesOnlyMatchesUnitchecker compares the two byte for byte.

// vetUnit is the part of unitchecker's vet config that exportTypesOnly
// reads.
type vetUnit struct {
	ID            string
	ImportPath    string
	GoVersion     string
	GoFiles       []string
	ModulePath    string
	ModuleVersion string
	Module        *analysis.Module // set by go1.27 and later
	ImportMap     map[string]string
	PackageVetx   map[string]string
	VetxOnly      bool
	VetxOutput    string
	Stdout        string
}

// readVetUnit reads the vet config file cfgFile, or returns nil when it
// cannot: unitchecker then reports why.
func readVetUnit(cfgFile string) *vetUnit {
	if !strings.HasSuffix(cfgFile, ".cfg") {
		return nil
	}
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		return nil
	}
	u := new(vetUnit)
	if json.Unmarshal(data, u) != nil {
		return nil
	}
	return u
}

// exportTypesOnly handles the unit u when it is a dependency analyzed only
// for its facts and no analyzer can export any, and reports whether it
// did. On any other unit, and whenever the quick way fails, it returns
// false and leaves the unit to unitchecker, which reports what went wrong.
func exportTypesOnly(u *vetUnit) bool {
	if !u.VetxOnly || u.VetxOutput == "" || len(u.GoFiles) == 0 {
		return false
	}
	if d, err := u.dependency(); err != nil || !analyzers.FactFree(d) {
		return false
	}
	result, err := u.typesOnly()
	if err != nil {
		return false
	}
	if u.Stdout != "" { // unitchecker always creates it
		if err := os.WriteFile(u.Stdout, nil, 0o666); err != nil {
			return false
		}
	}
	return os.WriteFile(u.VetxOutput, result, 0o666) == nil
}

// dependency describes the unit for analyzers.FactFree.
func (u *vetUnit) dependency() (analyzers.Dependency, error) {
	d := analyzers.Dependency{Path: u.ImportPath, Module: u.Module, Files: u.GoFiles}
	if d.Module == nil && u.ModulePath != "" {
		d.Module = &analysis.Module{Path: u.ModulePath, Version: u.ModuleVersion, GoVersion: u.GoVersion}
	}
	for _, path := range u.ImportMap {
		d.Imports = append(d.Imports, path)
		vetx, ok := u.PackageVetx[path]
		if !ok {
			continue // unsafe, or cgo's "C": no vet result, no facts
		}
		n, err := vetxFactsLen(vetx)
		if err != nil {
			return d, fmt.Errorf("the vet result of %q: %v", path, err)
		}
		if n > 0 {
			d.ImportsFacts = true
		}
	}
	return d, nil
}

// typesOnly type-checks the unit without function bodies and returns its
// vet result: its types, and no facts.
func (u *vetUnit) typesOnly() ([]byte, error) {
	fset := token.NewFileSet()
	files := make([]*ast.File, len(u.GoFiles))
	for i, name := range u.GoFiles {
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files[i] = f
	}
	imported := map[string]*types.Package{}
	importer := importerFunc(func(path string) (*types.Package, error) {
		if path == "unsafe" {
			return types.Unsafe, nil
		}
		resolved, ok := u.ImportMap[path]
		if !ok {
			return nil, fmt.Errorf("cannot resolve import %q", path)
		}
		if p, ok := imported[resolved]; ok && p.Complete() {
			return p, nil
		}
		return importVetxTypes(u.PackageVetx[resolved], fset, imported, resolved)
	})
	conf := &types.Config{
		Importer:         importer,
		Sizes:            types.SizesFor("gc", build.Default.GOARCH),
		GoVersion:        u.GoVersion,
		IgnoreFuncBodies: true,
	}
	pkg, err := conf.Check(u.ImportPath, fset, files, nil)
	if err != nil {
		return nil, err
	}
	var exported bytes.Buffer
	if err := gcexportdata.Write(&exported, fset, pkg); err != nil {
		return nil, err
	}
	typesData := exported.Bytes()[1:] // drop Write's 'i' tag
	var out bytes.Buffer
	out.WriteString(vetxMagic)
	binary.Write(&out, binary.LittleEndian, [2]uint32{uint32(len(typesData)), 0})
	out.Write(typesData)
	return out.Bytes(), nil
}

// vetxMagic starts every vet result file.
const vetxMagic = "vetx"

// vetxHeaderLen is the size of a vet result's header: the magic, then the
// lengths of the types and facts sections.
const vetxHeaderLen = 12

// openVetx opens the vet result file name and reads its header: the
// file is left positioned at the types section, followed by the facts.
func openVetx(name string) (f *os.File, typesLen, factsLen uint32, err error) {
	f, err = os.Open(name)
	if err != nil {
		return nil, 0, 0, err
	}
	var header [vetxHeaderLen]byte
	if _, err := io.ReadFull(f, header[:]); err != nil || string(header[:4]) != vetxMagic {
		f.Close()
		return nil, 0, 0, fmt.Errorf("%s is not a vet result", name)
	}
	return f, binary.LittleEndian.Uint32(header[4:8]), binary.LittleEndian.Uint32(header[8:12]), nil
}

// vetxFactsLen returns the length of the facts section of the vet result
// file name, reading only its header.
func vetxFactsLen(name string) (uint32, error) {
	f, _, n, err := openVetx(name)
	if err != nil {
		return 0, err
	}
	f.Close()
	return n, nil
}

// importVetxTypes reads the package path from the types section of the
// vet result file name. The section is handed to gcexportdata.Read as an
// io.LimitedReader, which it reads into one buffer of the exact size: any
// other reader is read with io.ReadAll, whose growing buffer costs a unit
// with many imports a good part of its time in copying and collecting
// garbage.
func importVetxTypes(name string, fset *token.FileSet, imported map[string]*types.Package, path string) (*types.Package, error) {
	f, n, _, err := openVetx(name)
	if err != nil {
		return nil, fmt.Errorf("reading the types of %q: %v", path, err)
	}
	defer f.Close()
	// gcexportdata.Read takes the indexed format after an 'i' tag.
	in := &io.LimitedReader{R: io.MultiReader(strings.NewReader("i"), f), N: 1 + int64(n)}
	return gcexportdata.Read(in, fset, imported, path)
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
