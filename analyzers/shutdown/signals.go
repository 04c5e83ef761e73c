package shutdown

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// signalsOf reads the signals a signal.Notify or NotifyContext call
// listens for. term is set when SIGTERM is among them, when the call
// lists none (every signal) or when a signal cannot be read; other when a
// known signal other than SIGTERM (os.Interrupt, syscall.SIGINT) is.
func (a *analyzerRun) signalsOf(call *ast.CallExpr) (term, other bool) {
	if call == nil || call.Ellipsis.IsValid() || len(call.Args) < 2 {
		return true, false
	}
	for _, arg := range call.Args[1:] {
		switch signalName(a.pass.TypesInfo, arg) {
		case "SIGTERM":
			term = true
		case "":
			term = true // not a signal the analyzer knows: trusted
		default:
			other = true
		}
	}
	return term, other
}

// signalName returns the name of a signal written as os.Interrupt,
// os.Kill or a syscall (or golang.org/x/sys/unix) SIG constant, or "".
func signalName(info *types.Info, e ast.Expr) string {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		id = e.Sel
	case *ast.Ident:
		id = e
	default:
		return ""
	}
	obj := info.Uses[id]
	if obj == nil || obj.Pkg() == nil {
		return ""
	}
	switch path := obj.Pkg().Path(); {
	case path == "os" && (obj.Name() == "Interrupt" || obj.Name() == "Kill"):
		return obj.Name()
	case (path == "syscall" || path == "golang.org/x/sys/unix") && strings.HasPrefix(obj.Name(), "SIG"):
		if _, ok := obj.(*types.Const); ok {
			return obj.Name()
		}
	}
	return ""
}

// gracefulContext reports whether a fiber v3 Listen or Listener call
// passes a ListenConfig literal with GracefulContext set: fiber then shuts
// down gracefully when that context is done.
func (a *analyzerRun) gracefulContext(call *ast.CallExpr) bool {
	for _, arg := range call.Args {
		e := ast.Unparen(arg)
		if u, ok := e.(*ast.UnaryExpr); ok {
			e = ast.Unparen(u.X)
		}
		lit, ok := e.(*ast.CompositeLit)
		if !ok {
			continue
		}
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "GracefulContext" {
					return true
				}
			}
		}
	}
	return false
}

// sigtermFix adds syscall.SIGTERM to every signal.Notify and NotifyContext
// call of the package that lacks it, importing syscall where needed.
func (a *analyzerRun) sigtermFix() *analysis.SuggestedFix {
	if len(a.notifyWithoutTerm) == 0 {
		return nil
	}
	var edits []analysis.TextEdit
	imported := map[*ast.File]string{}
	for _, call := range a.notifyWithoutTerm {
		if call.Ellipsis.IsValid() || len(call.Args) < 2 {
			return nil
		}
		f := a.fileOf(call.Pos())
		q, ok := imported[f]
		if !ok {
			var edit *analysis.TextEdit
			q, edit = importName(f, "syscall")
			if edit != nil {
				edits = append(edits, *edit)
			}
			imported[f] = q
		}
		last := call.Args[len(call.Args)-1]
		edits = append(edits, analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte(", " + q + ".SIGTERM")})
	}
	return &analysis.SuggestedFix{Message: "Listen for syscall.SIGTERM", TextEdits: edits}
}

func (a *analyzerRun) fileOf(pos token.Pos) *ast.File {
	for _, f := range a.pass.Files {
		if f.Pos() <= pos && pos < f.End() {
			return f
		}
	}
	return nil
}

// importName returns the name under which f imports the standard package
// path, and the edit adding the import when f lacks it.
func importName(f *ast.File, path string) (string, *analysis.TextEdit) {
	quoted := strconv.Quote(path)
	for _, imp := range f.Imports {
		if imp.Path.Value == quoted {
			if imp.Name == nil {
				return path, nil
			}
			if imp.Name.Name != "_" && imp.Name.Name != "." {
				return imp.Name.Name, nil
			}
		}
	}
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT && g.Lparen.IsValid() {
			e := importEdit(g, path)
			return path, &e
		}
	}
	at := f.Name.End()
	if n := len(f.Imports); n > 0 {
		at = f.Imports[n-1].End()
	}
	return path, &analysis.TextEdit{Pos: at, End: at, NewText: []byte("\n\nimport " + quoted)}
}

// importEdit inserts the standard package path into a parenthesized
// import block, among the standard-library imports in sorted position, or
// in a group of its own.
func importEdit(g *ast.GenDecl, path string) analysis.TextEdit {
	quoted := strconv.Quote(path)
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
		if p < path {
			lastBefore = imp
		}
	}
	switch {
	case lastBefore != nil:
		return analysis.TextEdit{Pos: lastBefore.End(), End: lastBefore.End(), NewText: []byte("\n\t" + quoted)}
	case firstStd != nil:
		return analysis.TextEdit{Pos: firstStd.Pos(), End: firstStd.Pos(), NewText: []byte(quoted + "\n\t")}
	}
	return analysis.TextEdit{Pos: g.Lparen + 1, End: g.Lparen + 1, NewText: []byte("\n\t" + quoted + "\n")}
}
