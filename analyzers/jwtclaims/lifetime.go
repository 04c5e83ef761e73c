package jwtclaims

import (
	"go/ast"
	"go/constant"
	"go/token"
	"time"

	"github.com/statecheck/statecheck/analyzers/internal/astindex"
)

// lifetime returns how far in the future the expiry expression e lies,
// when that is a constant: t.Add(d) with a constant duration d,
// t.AddDate(y, m, d) with constant arguments (a year counted as 365 days and
// a month as 30), or t.Unix() + n with a constant number of seconds. It
// follows local variables holding the time, so
//
//	expirationTime := time.Now().Add(5 * time.Minute)
//	... ExpiresAt: jwt.NewNumericDate(expirationTime) ...
//
// is read as five minutes.
func (c *checker) lifetime(e ast.Expr) (time.Duration, bool) {
	return c.lifetimeDepth(e, 3)
}

func (c *checker) lifetimeDepth(e ast.Expr, depth int) (d time.Duration, found bool) {
	if depth == 0 || e == nil {
		return 0, false
	}
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			d, found = c.timeArithmetic(n)
		case *ast.BinaryExpr:
			d, found = c.unixPlus(n)
		case *ast.Ident:
			d, found = c.lifetimeDepth(c.ix.LocalValue(n), depth-1)
		}
		return !found
	})
	return d, found
}

// timeArithmetic reads t.Add(d) and t.AddDate(y, m, d) with constant
// arguments.
func (c *checker) timeArithmetic(call *ast.CallExpr) (time.Duration, bool) {
	fn := c.ix.Callee(call)
	switch {
	case astindex.IsMethodOf(fn, timePkg, "Time", "Add"):
		return c.constInt(call.Args[0])
	case astindex.IsMethodOf(fn, timePkg, "Time", "AddDate"):
		var days int64
		for i, per := range []int64{365, 30, 1} {
			n, ok := c.constInt(call.Args[i])
			if !ok {
				return 0, false
			}
			days += int64(n) * per
		}
		return time.Duration(days) * 24 * time.Hour, true
	}
	return 0, false
}

// unixPlus reads t.Unix() + n with a constant n, in seconds.
func (c *checker) unixPlus(b *ast.BinaryExpr) (time.Duration, bool) {
	if b.Op != token.ADD {
		return 0, false
	}
	for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
		call, ok := ast.Unparen(pair[0]).(*ast.CallExpr)
		if !ok || !astindex.IsMethodOf(c.ix.Callee(call), timePkg, "Time", "Unix") {
			continue
		}
		if n, ok := c.constInt(pair[1]); ok {
			return n * time.Second, true
		}
	}
	return 0, false
}

// constInt returns the value of the constant integer expression e.
func (c *checker) constInt(e ast.Expr) (time.Duration, bool) {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	n, exact := constant.Int64Val(constant.ToInt(tv.Value))
	return time.Duration(n), exact
}
