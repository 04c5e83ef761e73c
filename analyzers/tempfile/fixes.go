package tempfile

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/effects"
	"github.com/statecheck/statecheck/analyzers/internal/model"
	"github.com/statecheck/statecheck/analyzers/internal/statewrite"
)

// suggestFix offers the mechanical edit for a finding when the code has
// the usual shape: the call assigned to variables and followed by its
// error check. The removal is deferred right after the error check, where
// the file or form is known to exist:
//
//	f, err := os.CreateTemp("", "upload-*")
//	if err != nil {
//		return err
//	}
//	defer os.Remove(f.Name())
func suggestFix(pass *analysis.Pass, f *statewrite.Finding) (analysis.SuggestedFix, bool) {
	e := &f.Effect
	switch {
	case e.Kind == effects.TempFile && e.Handed() && e.Escape == "" && e.Target.Root == effects.None && !strings.HasPrefix(e.Subject, "afero."):
		// An afero temporary file is removed through its filesystem, which
		// the fix cannot name.
		return tempFix(pass, f.Pos, e.Noun == "temporary directory")
	case e.Kind == effects.Multipart && !e.Remote() && len(e.Chain) == 0:
		return multipartFix(pass, f.Pos)
	}
	return analysis.SuggestedFix{}, false
}

// tempFix defers the removal of the file or directory the call at pos
// returns into its first variable.
func tempFix(pass *analysis.Pass, pos token.Pos, dir bool) (analysis.SuggestedFix, bool) {
	call, path := statewrite.CallAt(pass, pos)
	if call == nil {
		return analysis.SuggestedFix{}, false
	}
	assign, ok := parentStmt(path).(*ast.AssignStmt)
	if !ok || len(assign.Rhs) != 1 || assign.Rhs[0] != call || len(assign.Lhs) < 2 {
		return analysis.SuggestedFix{}, false
	}
	name, ok := assign.Lhs[0].(*ast.Ident)
	if !ok || name.Name == "_" {
		return analysis.SuggestedFix{}, false
	}
	check := errCheckAfter(path, assign)
	osName := importName(pass, fileOf(path), "os")
	if check == nil || osName == "" {
		return analysis.SuggestedFix{}, false
	}
	var stmt string
	switch t := pass.TypesInfo.TypeOf(name); {
	case model.IsNamed(t, "os", "File"):
		stmt = fmt.Sprintf("defer %s.Remove(%s.Name())", osName, name.Name)
	case types.Identical(t, types.Typ[types.String]) && dir:
		stmt = fmt.Sprintf("defer %s.RemoveAll(%s)", osName, name.Name)
	case types.Identical(t, types.Typ[types.String]):
		stmt = fmt.Sprintf("defer %s.Remove(%s)", osName, name.Name)
	default:
		return analysis.SuggestedFix{}, false
	}
	message := "Remove the temporary file before returning"
	if dir {
		message = "Remove the temporary directory before returning"
	}
	return insertAfter(pass, check, assign, stmt, message)
}

// multipartFix defers r.MultipartForm.RemoveAll() after the error check of
// the parse at pos.
func multipartFix(pass *analysis.Pass, pos token.Pos) (analysis.SuggestedFix, bool) {
	call, path := statewrite.CallAt(pass, pos)
	if call == nil {
		return analysis.SuggestedFix{}, false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	var form string
	recv := types.ExprString(sel.X)
	switch t := pass.TypesInfo.TypeOf(sel.X); {
	case model.IsNamed(t, "net/http", "Request"):
		form = recv + ".MultipartForm"
	case model.IsNamed(t, "github.com/gin-gonic/gin", "Context"):
		form = recv + ".Request.MultipartForm"
	case model.IsNamed(t, "github.com/labstack/echo/v4", "Context"), model.IsNamed(t, "github.com/labstack/echo/v5", "Context"):
		form = recv + ".Request().MultipartForm"
	default:
		return analysis.SuggestedFix{}, false
	}
	assign, ok := parentStmt(path).(*ast.AssignStmt)
	if !ok || len(assign.Rhs) != 1 || assign.Rhs[0] != call {
		return analysis.SuggestedFix{}, false
	}
	check := errCheckAfter(path, assign)
	if ifs := initOf(path, assign); ifs != nil && isErrCheck(ifs, assign.Lhs[len(assign.Lhs)-1]) {
		check = ifs // if err := r.ParseMultipartForm(n); err != nil {…}
	}
	if check == nil {
		return analysis.SuggestedFix{}, false
	}
	return insertAfter(pass, check, check, "defer "+form+".RemoveAll()", "Remove the multipart spill files before returning")
}

// parentStmt is the innermost statement of path.
func parentStmt(path []ast.Node) ast.Stmt {
	for _, n := range path {
		if s, ok := n.(ast.Stmt); ok {
			return s
		}
	}
	return nil
}

// initOf returns the if statement whose init statement is assign, or nil.
func initOf(path []ast.Node, assign *ast.AssignStmt) *ast.IfStmt {
	for i, n := range path {
		if n == assign && i+1 < len(path) {
			if ifs, ok := path[i+1].(*ast.IfStmt); ok && ifs.Init == assign {
				return ifs
			}
		}
	}
	return nil
}

// errCheckAfter returns the statement after assign in its block when it
// is "if err != nil {…}" on assign's last variable, or nil.
func errCheckAfter(path []ast.Node, assign *ast.AssignStmt) *ast.IfStmt {
	var list []ast.Stmt
	for _, n := range path {
		if b, ok := n.(*ast.BlockStmt); ok {
			list = b.List
			break
		}
		if c, ok := n.(*ast.CaseClause); ok {
			list = c.Body
			break
		}
	}
	for i, s := range list {
		if s != assign || i+1 >= len(list) {
			continue
		}
		if check, ok := list[i+1].(*ast.IfStmt); ok && check.Init == nil && isErrCheck(check, assign.Lhs[len(assign.Lhs)-1]) {
			return check
		}
	}
	return nil
}

// isErrCheck reports whether the if statement tests "err != nil" for the
// variable err.
func isErrCheck(check *ast.IfStmt, err ast.Expr) bool {
	id, ok := err.(*ast.Ident)
	if !ok || id.Name == "_" {
		return false
	}
	bin, ok := check.Cond.(*ast.BinaryExpr)
	if !ok || bin.Op != token.NEQ {
		return false
	}
	x, ok1 := bin.X.(*ast.Ident)
	y, ok2 := bin.Y.(*ast.Ident)
	return ok1 && ok2 && x.Name == id.Name && y.Name == "nil"
}

// insertAfter inserts stmt on its own line after the node after, indented
// as the statement at, as one SuggestedFix.
func insertAfter(pass *analysis.Pass, after ast.Node, at ast.Stmt, stmt, message string) (analysis.SuggestedFix, bool) {
	indent, ok := indentation(pass, at.Pos())
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	return analysis.SuggestedFix{
		Message: message,
		TextEdits: []analysis.TextEdit{{
			Pos:     after.End(),
			End:     after.End(),
			NewText: []byte("\n" + indent + stmt),
		}},
	}, true
}

// indentation returns the white space that starts the line of pos in the
// file as written. The line is found from pos's offset, never from its
// line number, which a //line directive may map to a line the file does
// not have or to another line of it.
func indentation(pass *analysis.Pass, pos token.Pos) (string, bool) {
	tf := pass.Fset.File(pos)
	if tf == nil {
		return "", false
	}
	src, err := pass.ReadFile(tf.Name())
	if err != nil {
		return "", false
	}
	off := tf.Offset(pos)
	if off > len(src) {
		return "", false // the file changed since it was parsed
	}
	start := bytes.LastIndexByte(src[:off], '\n') + 1
	line := src[start:]
	end := len(line) - len(bytes.TrimLeft(line, " \t"))
	return string(line[:end]), true
}

// fileOf is the file at the root of path.
func fileOf(path []ast.Node) *ast.File {
	if len(path) == 0 {
		return nil
	}
	f, _ := path[len(path)-1].(*ast.File)
	return f
}

// importName is the name under which f imports the package at path, or
// "" when it does not.
func importName(pass *analysis.Pass, f *ast.File, path string) string {
	if f == nil {
		return ""
	}
	for _, imp := range f.Imports {
		if p, err := strconv.Unquote(imp.Path.Value); err != nil || p != path {
			continue
		}
		if imp.Name != nil && (imp.Name.Name == "_" || imp.Name.Name == ".") {
			return ""
		}
		if pn := pass.TypesInfo.PkgNameOf(imp); pn != nil {
			return pn.Name()
		}
	}
	return ""
}
