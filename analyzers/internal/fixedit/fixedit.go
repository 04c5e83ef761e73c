// Package fixedit builds the text edits of statecheck's suggested fixes that
// more than one check needs: an insertion, and the import of a
// standard-library package a fix's new code names. Each check used to
// write its own copy of the import logic; one copy keeps the placement
// rules (sorted among the standard imports, a group of their own, a
// declaration of their own) the same for every fix.
package fixedit

import (
	"go/ast"
	"go/token"
	"path"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Insert returns the edit inserting text at pos.
func Insert(pos token.Pos, text string) analysis.TextEdit {
	return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)}
}

// ImportStd returns the name under which f refers to the standard-library
// package pkgPath, and the edit adding the import when f does not import
// it under a usable name (an import as _ or . does not count). A
// standard-library package is named by the last element of its path.
func ImportStd(f *ast.File, pkgPath string) (string, []analysis.TextEdit) {
	quoted := strconv.Quote(pkgPath)
	name := path.Base(pkgPath)
	for _, imp := range f.Imports {
		if imp.Path.Value != quoted {
			continue
		}
		if imp.Name == nil {
			return name, nil
		}
		if imp.Name.Name != "_" && imp.Name.Name != "." {
			return imp.Name.Name, nil
		}
	}
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT && g.Lparen.IsValid() {
			return name, []analysis.TextEdit{intoBlock(g, quoted)}
		}
	}
	at := f.Name.End()
	if n := len(f.Imports); n > 0 {
		at = f.Imports[n-1].End()
	}
	return name, []analysis.TextEdit{Insert(at, "\n\nimport "+quoted)}
}

// intoBlock inserts the quoted standard-library path into a parenthesized
// import block: after the last standard import that sorts before it, else
// before the first standard import, else in a group of its own.
func intoBlock(g *ast.GenDecl, quoted string) analysis.TextEdit {
	pkgPath, _ := strconv.Unquote(quoted)
	var firstStd, lastBefore *ast.ImportSpec
	for _, spec := range g.Specs {
		imp := spec.(*ast.ImportSpec)
		p, _ := strconv.Unquote(imp.Path.Value)
		if first, _, _ := strings.Cut(p, "/"); strings.Contains(first, ".") {
			continue
		}
		if firstStd == nil {
			firstStd = imp
		}
		if p < pkgPath {
			lastBefore = imp
		}
	}
	switch {
	case lastBefore != nil:
		return Insert(lastBefore.End(), "\n\t"+quoted)
	case firstStd != nil:
		return Insert(firstStd.Pos(), quoted+"\n\t")
	}
	return Insert(g.Lparen+1, "\n\t"+quoted+"\n")
}
