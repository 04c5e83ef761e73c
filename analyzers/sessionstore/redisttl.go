package sessionstore

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/astindex"
	"github.com/statecheck/statecheck/analyzers/internal/fixedit"
)

// The Redis clients whose writes are checked for a TTL.
var goRedis = []string{"github.com/redis/go-redis/v9", "github.com/go-redis/redis/v8"}

const redigo = "github.com/gomodule/redigo/redis"

// checkRedisWrite reports a write of a session-like Redis key that leaves
// the key without expiry.
func (c *checker) checkRedisWrite(call *ast.CallExpr, fn *types.Func) {
	switch {
	case astindex.IsMethod(fn, goRedis, "Set", "SetNX"):
		if len(call.Args) == 4 && c.isZero(call.Args[3]) {
			c.noTTL(call, call.Args[1], fn.Name()+" with zero expiration", c.goRedisTTLFix(call))
		}
	case astindex.IsMethod(fn, goRedis, "SetArgs"):
		if len(call.Args) == 4 {
			c.checkSetArgs(call)
		}
	case astindex.IsMethod(fn, goRedis, "HSet", "HMSet", "HSetNX"):
		if len(call.Args) >= 2 {
			c.noTTL(call, call.Args[1], fn.Name()+" with no Expire on the key in this function", nil)
		}
	case astindex.IsMethod(fn, []string{redigo}, "Do", "Send"):
		c.checkRedigo(call, 0)
	case astindex.IsMethod(fn, []string{redigo}, "DoContext"):
		c.checkRedigo(call, 1)
	}
}

// checkSetArgs reports SetArgs whose literal sets none of TTL, ExpireAt and
// KeepTTL.
func (c *checker) checkSetArgs(call *ast.CallExpr) {
	lit, _ := ast.Unparen(call.Args[3]).(*ast.CompositeLit)
	if lit == nil {
		return
	}
	for _, f := range []string{"TTL", "ExpireAt", "KeepTTL"} {
		if v := astindex.LitField(lit, f); v != nil && !c.isZero(v) {
			return
		}
	}
	c.noTTL(call, call.Args[1], "SetArgs without TTL", c.setArgsTTLFix(call, lit))
}

// checkRedigo reports Do("SET", key, value) without EX, PX, EXAT, PXAT or
// KEEPTTL, and SETNX, HSET, HMSET and HSETNX, unless the key is expired
// in the same function. cmd is the index of the command argument.
func (c *checker) checkRedigo(call *ast.CallExpr, cmd int) {
	if len(call.Args) < cmd+2 || call.Ellipsis.IsValid() {
		return
	}
	name, ok := c.ix.ConstString(call.Args[cmd])
	if !ok {
		return
	}
	key := call.Args[cmd+1]
	switch strings.ToUpper(name) {
	case "SET":
		for _, a := range call.Args[cmd+2:] {
			if opt, ok := c.ix.ConstString(a); ok && slices.Contains([]string{"EX", "PX", "EXAT", "PXAT", "KEEPTTL"}, strings.ToUpper(opt)) {
				return
			}
		}
		c.noTTL(call, key, "SET without EX or PX", c.redigoTTLFix(call))
	case "SETNX", "HSET", "HMSET", "HSETNX":
		c.noTTL(call, key, strings.ToUpper(name)+" with no EXPIRE on the key in this function", nil)
	}
}

// noTTL reports the write when its key is session state and nothing in the
// same function expires it.
func (c *checker) noTTL(call *ast.CallExpr, key ast.Expr, what string, fix *analysis.SuggestedFix) {
	decl := c.ix.EnclosingDecl(call.Pos())
	if decl == nil || !c.sessionLike(key, decl) || c.expiresKey(decl.Body, key) {
		return
	}
	d := analysis.Diagnostic{
		Pos:     call.Fun.Pos(),
		End:     call.Fun.End(),
		Message: fmt.Sprintf("redis %s writes a session key that never expires: abandoned sessions stay in Redis forever and cannot time out; give the key a TTL", what),
	}
	if fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	c.r.Report(d)
}

// isZero reports whether e is a constant zero (or false).
func (c *checker) isZero(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return false
	}
	s := tv.Value.ExactString()
	return s == "0" || s == "false"
}

// sessionLike reports whether a Redis key holds session state: a word of
// -sessionwords appears in the key expression (its identifiers and string
// constants, "sess:"+id, sessionKey(id), fmt.Sprintf("session:%s", id),
// following a local variable to its value) or in the name of the function
// writing it or of that function's receiver type (SaveSession,
// (*SessionStore).Put).
func (c *checker) sessionLike(key ast.Expr, decl *ast.FuncDecl) bool {
	if c.mentionsSession(key, 2) {
		return true
	}
	if c.cfg.sessionWords.Match(decl.Name.Name) != "" {
		return true
	}
	if decl.Recv != nil && len(decl.Recv.List) > 0 {
		if t := c.pass.TypesInfo.TypeOf(decl.Recv.List[0].Type); t != nil {
			if name := astindex.NamedName(t); name != "" && c.cfg.sessionWords.Match(name) != "" {
				return true
			}
		}
	}
	return false
}

func (c *checker) mentionsSession(e ast.Expr, depth int) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			if c.cfg.sessionWords.Match(n.Name) != "" {
				found = true
			} else if v := c.ix.Single(n); v != nil && depth > 0 && isLocal(c.pass.TypesInfo.Uses[n]) {
				found = c.mentionsSession(v, depth-1)
			}
		case *ast.BasicLit:
			if s, ok := c.ix.ConstString(n); ok && c.cfg.sessionWords.Match(s) != "" {
				found = true
			}
		}
		return !found
	})
	return found
}

func isLocal(o types.Object) bool {
	v, ok := o.(*types.Var)
	return ok && !v.IsField() && v.Parent() != nil && v.Pkg() != nil && v.Parent() != v.Pkg().Scope()
}

// expiresKey reports whether body sets a TTL on key: go-redis Expire,
// PExpire, ExpireAt, HExpire and their kin, or a redigo EXPIRE-family
// command, on the same key expression.
func (c *checker) expiresKey(body *ast.BlockStmt, key ast.Expr) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		fn := c.ix.Callee(call)
		switch {
		case fn != nil && astindex.IsMethod(fn, goRedis, fn.Name()) && isExpire(fn.Name()) && len(call.Args) >= 2:
			found = c.sameExpr(call.Args[1], key)
		case astindex.IsMethod(fn, []string{redigo}, "Do", "Send", "DoContext"):
			i := 0
			if fn.Name() == "DoContext" {
				i = 1
			}
			if len(call.Args) >= i+2 {
				if name, ok := c.ix.ConstString(call.Args[i]); ok && isExpire(name) {
					found = c.sameExpr(call.Args[i+1], key)
				}
			}
		}
		return !found
	})
	return found
}

// isExpire reports whether a go-redis method or Redis command name sets a
// TTL (Expire, PExpireAt, HExpire, EXPIRE, ...).
func isExpire(name string) bool {
	n := strings.ToUpper(name)
	for _, p := range []string{"EXPIRE", "PEXPIRE", "HEXPIRE", "HPEXPIRE"} {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}

// sameExpr reports whether two key expressions denote the same key: equal
// constants, or the same structure over the same objects.
func (c *checker) sameExpr(a, b ast.Expr) bool {
	info := c.pass.TypesInfo
	a, b = ast.Unparen(a), ast.Unparen(b)
	ta, tb := info.Types[a], info.Types[b]
	if ta.Value != nil && tb.Value != nil {
		return ta.Value.ExactString() == tb.Value.ExactString()
	}
	switch x := a.(type) {
	case *ast.Ident:
		y, ok := b.(*ast.Ident)
		return ok && info.ObjectOf(x) != nil && info.ObjectOf(x) == info.ObjectOf(y)
	case *ast.SelectorExpr:
		y, ok := b.(*ast.SelectorExpr)
		return ok && info.ObjectOf(x.Sel) == info.ObjectOf(y.Sel) && c.sameExpr(x.X, y.X)
	case *ast.BinaryExpr:
		y, ok := b.(*ast.BinaryExpr)
		return ok && x.Op == y.Op && c.sameExpr(x.X, y.X) && c.sameExpr(x.Y, y.Y)
	case *ast.CallExpr:
		y, ok := b.(*ast.CallExpr)
		if !ok || len(x.Args) != len(y.Args) || !c.sameExpr(x.Fun, y.Fun) {
			return false
		}
		for i := range x.Args {
			if !c.sameExpr(x.Args[i], y.Args[i]) {
				return false
			}
		}
		return true
	case *ast.IndexExpr:
		y, ok := b.(*ast.IndexExpr)
		return ok && c.sameExpr(x.X, y.X) && c.sameExpr(x.Index, y.Index)
	}
	return false
}

// ttlExpr renders the -fixttl duration as Go source using the time
// package name q.
func ttlExpr(d time.Duration, q string) string {
	for _, u := range []struct {
		d    time.Duration
		name string
	}{{time.Hour, "Hour"}, {time.Minute, "Minute"}, {time.Second, "Second"}} {
		if d%u.d == 0 {
			if d == u.d {
				return q + "." + u.name
			}
			return fmt.Sprintf("%d * %s.%s", d/u.d, q, u.name)
		}
	}
	return fmt.Sprintf("%s.Duration(%d)", q, int64(d))
}

// goRedisTTLFix replaces the zero expiration of Set or SetNX.
func (c *checker) goRedisTTLFix(call *ast.CallExpr) *analysis.SuggestedFix {
	q, edits := c.timeQualifier(call.Pos())
	exp := call.Args[3]
	text := ttlExpr(c.cfg.fixTTL, q)
	edits = append(edits, analysis.TextEdit{Pos: exp.Pos(), End: exp.End(), NewText: []byte(text)})
	return &analysis.SuggestedFix{Message: "Expire the key after " + text, TextEdits: edits}
}

// setArgsTTLFix adds a TTL field to a SetArgs literal.
func (c *checker) setArgsTTLFix(call *ast.CallExpr, lit *ast.CompositeLit) *analysis.SuggestedFix {
	if ast.Unparen(call.Args[3]) != lit {
		return nil
	}
	q, edits := c.timeQualifier(call.Pos())
	ttl := ttlExpr(c.cfg.fixTTL, q)
	pos, text := lit.Lbrace+1, "TTL: "+ttl
	if n := len(lit.Elts); n > 0 {
		pos, text = lit.Elts[n-1].End(), ", TTL: "+ttl
	}
	edits = append(edits, fixedit.Insert(pos, text))
	return &analysis.SuggestedFix{Message: "Expire the key after " + ttl, TextEdits: edits}
}

// redigoTTLFix appends "EX", seconds to a redigo SET.
func (c *checker) redigoTTLFix(call *ast.CallExpr) *analysis.SuggestedFix {
	secs := strconv.FormatInt(int64(c.cfg.fixTTL/time.Second), 10)
	last := call.Args[len(call.Args)-1]
	return &analysis.SuggestedFix{
		Message:   "Expire the key after " + secs + " seconds",
		TextEdits: []analysis.TextEdit{fixedit.Insert(last.End(), `, "EX", `+secs)},
	}
}

// timeQualifier returns the name under which the file containing pos
// imports "time", and the edit adding that import when it is missing.
func (c *checker) timeQualifier(pos token.Pos) (string, []analysis.TextEdit) {
	var file *ast.File
	for _, f := range c.ix.Files() {
		if f.Pos() <= pos && pos < f.End() {
			file = f
		}
	}
	if file == nil {
		return "time", nil
	}
	return fixedit.ImportStd(file, "time")
}
