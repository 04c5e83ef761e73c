package shutdown

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/fixedit"
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
			var imp []analysis.TextEdit
			q, imp = fixedit.ImportStd(f, "syscall")
			edits = append(edits, imp...)
			imported[f] = q
		}
		last := call.Args[len(call.Args)-1]
		edits = append(edits, fixedit.Insert(last.End(), ", "+q+".SIGTERM"))
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
