package main

import (
	"crypto/sha256"
	"encoding/hex"
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
)

// A finding's fingerprint identifies it across edits that do not touch
// it, so that a baseline written today still matches it after lines are
// added above it or the file is reformatted. It hashes what the finding
// is about, never where it is:
//
//   - the check,
//   - the package,
//   - the function it is in ("Type.Method" or "Func"; "" at package
//     level), read from the file's syntax,
//   - the message, which names the object written and the hazard, with
//     the line numbers some messages quote (a chain's "main.go:12",
//     "line 40") taken out.
//
// Renaming the function or the object, moving the code to another
// package, or a change to what the finding says make it a new finding.
// Two findings alike in all four (the same variable written twice in one
// handler) share a fingerprint; a baseline counts them.

// fileFuncs finds the function declarations of files, parsing each once.
type fileFuncs struct {
	fset  *token.FileSet
	files map[string]*ast.File
}

func newFileFuncs() *fileFuncs {
	return &fileFuncs{fset: token.NewFileSet(), files: map[string]*ast.File{}}
}

// at returns the name of the function declared around line of file:
// "Func", or "Type.Method" for a method whatever its receiver's pointer;
// "" outside functions or when the file cannot be read.
func (ff *fileFuncs) at(file string, line int) string {
	if file == "" || line <= 0 {
		return ""
	}
	f, ok := ff.files[file]
	if !ok {
		f, _ = parser.ParseFile(ff.fset, file, nil, parser.SkipObjectResolution)
		ff.files[file] = f
	}
	if f == nil {
		return ""
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || ff.fset.Position(fd.Pos()).Line > line || ff.fset.Position(fd.End()).Line < line {
			continue
		}
		if fd.Recv != nil && len(fd.Recv.List) == 1 {
			if name := recvName(fd.Recv.List[0].Type); name != "" {
				return name + "." + fd.Name.Name
			}
		}
		return fd.Name.Name
	}
	return ""
}

// recvName is the type name of a receiver: T for T, *T, T[P] and *T[P].
func recvName(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}

// lineNumbers are the places a message quotes: file.go:12, file.go:12:5,
// "line 12".
var lineNumbers = regexp.MustCompile(`(\.go):\d+(:\d+)?|\b(line) \d+`)

// stableMessage is the message without the line numbers it quotes.
func stableMessage(msg string) string {
	return lineNumbers.ReplaceAllString(msg, "$1$3")
}

// fingerprint returns the fingerprint of a finding in function fn.
func fingerprint(f *finding, fn string) string {
	h := sha256.New()
	for _, s := range []string{f.Analyzer, f.Package, fn, stableMessage(f.Message)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// addFingerprints sets the Function and Fingerprint of findings whose
// file names are absolute.
func addFingerprints(fs []finding) {
	ff := newFileFuncs()
	for i := range fs {
		f := &fs[i]
		f.Function = ff.at(f.Position.File, f.Position.Line)
		f.Fingerprint = fingerprint(f, f.Function)
	}
}
