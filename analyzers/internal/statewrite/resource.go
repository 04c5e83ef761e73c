package statewrite

import (
	"fmt"
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/statecheck/statecheck/analyzers/internal/effects"
)

// ResourceKey groups resource effects: one finding per effect reported at
// one position of this package; for an effect in another package, one
// finding per remote position, however many calls of this package lead
// to it.
func ResourceKey(pos token.Pos, e *effects.Effect, what string) string {
	if e.Remote() {
		return fmt.Sprintf("remote|%d|%s|%s", e.Kind, e.Posn, e.Escape)
	}
	return fmt.Sprintf("%d|%d|%s|%s", pos, e.Kind, e.Posn, what)
}

// PathAt returns the syntax enclosing pos in the package's files, innermost
// first, or nil when pos lies in no file of the package.
func PathAt(pass *analysis.Pass, pos token.Pos) []ast.Node {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos < f.FileEnd {
			path, _ := astutil.PathEnclosingInterval(f, pos, pos)
			return path
		}
	}
	return nil
}

// CallAt returns the call expression whose opening parenthesis is at
// lparen (the position SSA gives a call), with the syntax enclosing it,
// or nil.
func CallAt(pass *analysis.Pass, lparen token.Pos) (*ast.CallExpr, []ast.Node) {
	path := PathAt(pass, lparen)
	for i, n := range path {
		if call, ok := n.(*ast.CallExpr); ok && call.Lparen == lparen {
			return call, path[i:]
		}
	}
	return nil, nil
}

// ShortRange is the shortest meaningful range for a diagnostic at pos: the
// go keyword of a go statement, the function expression of a call
// (time.AfterFunc, store.Save), the type of a composite literal that
// wires an implementation (&memstore.Store{}), else pos alone.
func ShortRange(pass *analysis.Pass, pos token.Pos) (token.Pos, token.Pos) {
	for _, n := range PathAt(pass, pos) {
		switch n := n.(type) {
		case *ast.GoStmt:
			if n.Go == pos {
				return pos, pos + token.Pos(len("go"))
			}
		case *ast.CallExpr:
			if n.Lparen == pos {
				return n.Fun.Pos(), n.Fun.End()
			}
		case *ast.CompositeLit:
			// An implementation wired by a literal: its type.
			if n.Type != nil && (n.Pos() == pos || n.Lbrace == pos) {
				return n.Type.Pos(), n.Type.End()
			}
		case *ast.UnaryExpr:
			if lit, ok := n.X.(*ast.CompositeLit); ok && n.OpPos == pos && lit.Type != nil {
				return n.Pos(), lit.Type.End()
			}
		case *ast.KeyValueExpr:
			// Server{store: impl}: the conversion is at the colon.
			if n.Colon == pos {
				return ShortRange(pass, n.Value.Pos())
			}
		}
	}
	return pos, token.NoPos
}
