package deploy

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// codeFacts is what the deployment checks need to know about the Go code
// the files deploy, read from its syntax: the paths it writes, the
// environment variables it reads, and the timeout of its graceful
// shutdown. Only what the code spells out as constants is known; a path
// or a timeout computed at run time is not guessed.
type codeFacts struct {
	// writes are constant paths (or their leading directories) the code
	// writes files under.
	writes []codeWrite
	// writer is a call that writes a local file, any path; nil if none.
	writer *Pos
	// env are the environment variables the code reads, by name.
	env map[string]Pos
	// shutdown is the longest constant graceful shutdown timeout.
	shutdown *codeTimeout
	// findings are the code checks' findings, when they ran.
	findings []CodeFinding
}

type codeWrite struct {
	path string // cleaned, slash-separated; relative or absolute
	pos  Pos
	call string
}

type codeTimeout struct {
	d   time.Duration
	pos Pos
}

// maxCodeFiles bounds the files read, so a huge tree costs seconds.
const maxCodeFiles = 20000

// scanCode reads the Go files under dir, less tests, vendored code and
// testdata.
func scanCode(dir string) *codeFacts {
	cf := &codeFacts{env: map[string]Pos{}}
	fset := token.NewFileSet()
	type pkgFile struct {
		f   *ast.File
		dir string
	}
	var files []pkgFile
	consts := map[string]map[string]ast.Expr{} // directory → constant → value
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if p != dir && (skipDirs[d.Name()] || strings.HasPrefix(d.Name(), ".") || strings.HasPrefix(d.Name(), "_")) {
				return filepath.SkipDir
			}
			if p != dir {
				// A nested module is other code, deployed by its own files.
				if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
					return filepath.SkipDir
				}
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") || len(files) >= maxCodeFiles {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil
		}
		pd := filepath.Dir(p)
		files = append(files, pkgFile{f, pd})
		if consts[pd] == nil {
			consts[pd] = map[string]ast.Expr{}
		}
		for _, decl := range f.Decls {
			if gd, ok := decl.(*ast.GenDecl); ok && gd.Tok == token.CONST {
				for _, s := range gd.Specs {
					vs := s.(*ast.ValueSpec)
					for i, n := range vs.Names {
						if i < len(vs.Values) {
							consts[pd][n.Name] = vs.Values[i]
						}
					}
				}
			}
		}
		return nil
	})
	for _, pf := range files {
		sc := &scanner{cf: cf, fset: fset, consts: consts[pf.dir], imports: importNames(pf.f)}
		sc.file(pf.f)
	}
	return cf
}

// importNames maps the file's names for the packages scanCode knows to
// their paths.
func importNames(f *ast.File) map[string]string {
	m := map[string]string{}
	for _, im := range f.Imports {
		p, _ := strconv.Unquote(im.Path.Value)
		name := path.Base(p)
		if im.Name != nil {
			name = im.Name.Name
		}
		m[name] = p
	}
	return m
}

type scanner struct {
	cf      *codeFacts
	fset    *token.FileSet
	consts  map[string]ast.Expr
	imports map[string]string
	// locals are the values of the local variables of the function being
	// read that are assigned exactly once, so that a path built into a
	// variable (p := filepath.Join("/data", name); os.WriteFile(p, ...))
	// is known at its use.
	locals map[string]ast.Expr
}

func (s *scanner) pos(p token.Pos) Pos {
	pp := s.fset.Position(p)
	return Pos{File: pp.Filename, Line: pp.Line, Col: pp.Column}
}

// pkgFunc returns the package path and name of a call of a package's
// function, such as os.WriteFile.
func (s *scanner) pkgFunc(call *ast.CallExpr) (string, string) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return "", ""
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return "", ""
	}
	return s.imports[id.Name], sel.Sel.Name
}

// writeArg is the argument of each os function that names the path it
// writes.
var writeArg = map[string]int{
	"WriteFile": 0, "Create": 0, "OpenFile": 0, "Mkdir": 0, "MkdirAll": 0,
	"CreateTemp": 0, "MkdirTemp": 0, "Rename": 1,
}

func (s *scanner) file(f *ast.File) {
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body != nil {
				s.shutdownIn(n.Body)
				s.locals = assignedOnce(n.Body)
				ast.Inspect(n.Body, func(n ast.Node) bool {
					if call, ok := n.(*ast.CallExpr); ok {
						s.call(call)
					}
					return true
				})
				s.locals = nil
			}
			return false
		case *ast.Field:
			s.envTag(n)
		case *ast.CallExpr:
			s.call(n)
		}
		return true
	})
}

func (s *scanner) call(call *ast.CallExpr) {
	pkg, name := s.pkgFunc(call)
	if pkg == "os" {
		if i, ok := writeArg[name]; ok && i < len(call.Args) {
			if name == "OpenFile" && !writesFlags(call) {
				return
			}
			p := s.pos(call.Pos())
			if s.cf.writer == nil {
				s.cf.writer = &p
			}
			if v, ok := s.path(call.Args[i], 0); ok && v != "" {
				s.cf.writes = append(s.cf.writes, codeWrite{path: path.Clean(v), pos: p, call: "os." + name})
			}
			return
		}
		if (name == "Getenv" || name == "LookupEnv") && len(call.Args) == 1 {
			s.envArg(call.Args[0])
			return
		}
	}
	// A helper such as envOr("AVATAR_DIR", def) or getEnv("DATA_DIR").
	var fname string
	switch fn := call.Fun.(type) {
	case *ast.Ident:
		fname = fn.Name
	case *ast.SelectorExpr:
		fname = fn.Sel.Name
	}
	if strings.Contains(strings.ToLower(fname), "env") && len(call.Args) > 0 {
		s.envArg(call.Args[0])
	}
}

// assignedOnce returns the local variables of body assigned exactly once,
// with := or =, one value to one name, and their values.
func assignedOnce(body *ast.BlockStmt) map[string]ast.Expr {
	vals := map[string]ast.Expr{}
	count := map[string]int{}
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, l := range as.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok {
				continue
			}
			count[id.Name]++
			if len(as.Lhs) == len(as.Rhs) && (as.Tok == token.DEFINE || as.Tok == token.ASSIGN) {
				vals[id.Name] = as.Rhs[i]
			}
		}
		return true
	})
	for n, c := range count {
		if c != 1 {
			delete(vals, n)
		}
	}
	return vals
}

// writesFlags reports whether os.OpenFile's flags ask for writing.
func writesFlags(call *ast.CallExpr) bool {
	if len(call.Args) < 2 {
		return false
	}
	found := false
	ast.Inspect(call.Args[1], func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			switch sel.Sel.Name {
			case "O_WRONLY", "O_RDWR", "O_CREATE", "O_APPEND", "O_TRUNC":
				found = true
			}
		}
		return !found
	})
	return found
}

func (s *scanner) envArg(e ast.Expr) {
	if v, ok := s.str(e, 0); ok && isEnvName(v) {
		if _, seen := s.cf.env[v]; !seen {
			s.cf.env[v] = s.pos(e.Pos())
		}
	}
}

// envTag reads struct tags of the environment-decoding packages
// (caarlos0/env, kelseyhightower/envconfig, sethvargo/go-envconfig).
func (s *scanner) envTag(f *ast.Field) {
	if f.Tag == nil {
		return
	}
	tag, err := strconv.Unquote(f.Tag.Value)
	if err != nil {
		return
	}
	for _, key := range []string{"env", "envconfig"} {
		if v, ok := reflect.StructTag(tag).Lookup(key); ok {
			name, _, _ := strings.Cut(v, ",")
			if isEnvName(name) {
				if _, seen := s.cf.env[name]; !seen {
					s.cf.env[name] = s.pos(f.Tag.Pos())
				}
			}
		}
	}
}

func isEnvName(v string) bool {
	if v == "" {
		return false
	}
	for _, r := range v {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_') {
			return false
		}
	}
	return true
}

// shutdownIn finds, in one function, a graceful shutdown bounded by a
// constant timeout: ctx, cancel := context.WithTimeout(_, D) and a
// Shutdown(ctx) call, or ShutdownWithTimeout(D).
func (s *scanner) shutdownIn(body *ast.BlockStmt) {
	ctxs := map[string]codeTimeout{}
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Rhs) != 1 || len(as.Lhs) < 1 {
			return true
		}
		call, ok := as.Rhs[0].(*ast.CallExpr)
		if !ok {
			return true
		}
		if pkg, name := s.pkgFunc(call); pkg == "context" && name == "WithTimeout" && len(call.Args) == 2 {
			if d, ok := s.duration(call.Args[1], 0); ok {
				if id, ok := as.Lhs[0].(*ast.Ident); ok {
					ctxs[id.Name] = codeTimeout{d, s.pos(call.Pos())}
				}
			}
		}
		return true
	})
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok || len(call.Args) != 1 {
			return true
		}
		var t codeTimeout
		switch sel.Sel.Name {
		case "Shutdown", "ShutdownWithContext":
			id, ok := call.Args[0].(*ast.Ident)
			if !ok {
				return true
			}
			if t, ok = ctxs[id.Name]; !ok {
				return true
			}
		case "ShutdownWithTimeout":
			d, ok := s.duration(call.Args[0], 0)
			if !ok {
				return true
			}
			t = codeTimeout{d, s.pos(call.Pos())}
		default:
			return true
		}
		if s.cf.shutdown == nil || t.d > s.cf.shutdown.d {
			s.cf.shutdown = &t
		}
		return true
	})
}

// duration evaluates a constant duration expression.
func (s *scanner) duration(e ast.Expr, depth int) (time.Duration, bool) {
	if depth > 8 {
		return 0, false
	}
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind == token.INT {
			v, err := strconv.ParseInt(e.Value, 0, 64)
			return time.Duration(v), err == nil
		}
	case *ast.ParenExpr:
		return s.duration(e.X, depth+1)
	case *ast.SelectorExpr:
		if id, ok := e.X.(*ast.Ident); ok && s.imports[id.Name] == "time" {
			switch e.Sel.Name {
			case "Nanosecond":
				return time.Nanosecond, true
			case "Microsecond":
				return time.Microsecond, true
			case "Millisecond":
				return time.Millisecond, true
			case "Second":
				return time.Second, true
			case "Minute":
				return time.Minute, true
			case "Hour":
				return time.Hour, true
			}
		}
	case *ast.Ident:
		if v, ok := s.consts[e.Name]; ok {
			return s.duration(v, depth+1)
		}
	case *ast.CallExpr:
		if sel, ok := e.Fun.(*ast.SelectorExpr); ok && len(e.Args) == 1 && sel.Sel.Name == "Duration" {
			if id, ok := sel.X.(*ast.Ident); ok && s.imports[id.Name] == "time" {
				return s.duration(e.Args[0], depth+1)
			}
		}
	case *ast.BinaryExpr:
		x, ok1 := s.duration(e.X, depth+1)
		y, ok2 := s.duration(e.Y, depth+1)
		if !ok1 || !ok2 {
			return 0, false
		}
		switch e.Op {
		case token.MUL:
			return x * y, true
		case token.ADD:
			return x + y, true
		case token.SUB:
			return x - y, true
		case token.QUO:
			if y != 0 {
				return x / y, true
			}
		}
	}
	return 0, false
}

// str evaluates a constant string expression.
func (s *scanner) str(e ast.Expr, depth int) (string, bool) {
	if depth > 8 {
		return "", false
	}
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			v, err := strconv.Unquote(e.Value)
			return v, err == nil
		}
	case *ast.ParenExpr:
		return s.str(e.X, depth+1)
	case *ast.Ident:
		if v, ok := s.locals[e.Name]; ok {
			return s.str(v, depth+1)
		}
		if v, ok := s.consts[e.Name]; ok {
			return s.str(v, depth+1)
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			x, ok1 := s.str(e.X, depth+1)
			y, ok2 := s.str(e.Y, depth+1)
			return x + y, ok1 && ok2
		}
	}
	return "", false
}

// path evaluates a path: a constant string, or filepath.Join (path.Join)
// of arguments whose leading ones are constant, which gives the
// directory the path is under.
func (s *scanner) path(e ast.Expr, depth int) (string, bool) {
	if v, ok := s.str(e, depth); ok {
		return v, true
	}
	if id, ok := e.(*ast.Ident); ok && depth < 8 {
		if v, ok := s.locals[id.Name]; ok {
			return s.path(v, depth+1)
		}
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return "", false
	}
	if pkg, name := s.pkgFunc(call); (pkg == "path/filepath" || pkg == "path") && name == "Join" {
		var parts []string
		for _, a := range call.Args {
			v, ok := s.path(a, depth+1)
			if !ok {
				break
			}
			parts = append(parts, v)
		}
		if len(parts) > 0 {
			return path.Join(parts...), true
		}
	}
	return "", false
}

// writesUnder returns the code that writes files under mount, a
// directory in the container, given the container's environment. ok is
// false when the code is not known to write there.
func (cf *codeFacts) writesUnder(mount string, env map[string]string) ([]Related, bool) {
	mount = path.Clean(mount)
	for _, w := range cf.writes {
		if under(w.path, mount) {
			return []Related{{Pos: w.pos, Message: w.call + " writes " + w.path}}, true
		}
	}
	if cf.writer == nil {
		return nil, false
	}
	for name, val := range env {
		pos, read := cf.env[name]
		if !read || !strings.HasPrefix(val, "/") {
			continue
		}
		if under(path.Clean(val), mount) {
			return []Related{
				{Pos: pos, Message: "the code reads " + name + ", set to " + val},
				{Pos: *cf.writer, Message: "and writes local files"},
			}, true
		}
	}
	return nil, false
}

// under reports whether the path p, which the code writes, is under the
// mount directory. A relative path ("uploads/x", "./data") is taken to be
// under a mount whose last elements are its leading ones, since the
// working directory of the container is not known.
func under(p, mount string) bool {
	if mount == "/" || mount == "." {
		return false
	}
	if strings.HasPrefix(p, "/") {
		return p == mount || strings.HasPrefix(p, mount+"/")
	}
	p = strings.TrimPrefix(p, "./")
	if p == "." || p == "" || strings.HasPrefix(p, "..") {
		return false
	}
	first, _, _ := strings.Cut(p, "/")
	return path.Base(mount) == first
}
