package jwtclaims

import (
	"go/ast"
	"go/constant"
	"go/token"
	"time"
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
func (ix *index) lifetime(e ast.Expr) (time.Duration, bool) {
	return ix.lifetimeDepth(e, 3)
}

func (ix *index) lifetimeDepth(e ast.Expr, depth int) (d time.Duration, found bool) {
	if depth == 0 || e == nil {
		return 0, false
	}
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			d, found = ix.timeArithmetic(n)
		case *ast.BinaryExpr:
			d, found = ix.unixPlus(n)
		case *ast.Ident:
			d, found = ix.lifetimeDepth(ix.localValue(n), depth-1)
		}
		return !found
	})
	return d, found
}

// timeArithmetic reads t.Add(d) and t.AddDate(y, m, d) with constant
// arguments.
func (ix *index) timeArithmetic(call *ast.CallExpr) (time.Duration, bool) {
	fn := ix.callee(call)
	switch {
	case isMethod(fn, "Time", "Add", "time"):
		return ix.constInt(call.Args[0])
	case isMethod(fn, "Time", "AddDate", "time"):
		var days int64
		for i, per := range []int64{365, 30, 1} {
			n, ok := ix.constInt(call.Args[i])
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
func (ix *index) unixPlus(b *ast.BinaryExpr) (time.Duration, bool) {
	if b.Op != token.ADD {
		return 0, false
	}
	for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
		call, ok := ast.Unparen(pair[0]).(*ast.CallExpr)
		if !ok || !isMethod(ix.callee(call), "Time", "Unix", "time") {
			continue
		}
		if n, ok := ix.constInt(pair[1]); ok {
			return n * time.Second, true
		}
	}
	return 0, false
}

// constInt returns the value of the constant integer expression e.
func (ix *index) constInt(e ast.Expr) (time.Duration, bool) {
	tv, ok := ix.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	n, exact := constant.Int64Val(constant.ToInt(tv.Value))
	return time.Duration(n), exact
}
