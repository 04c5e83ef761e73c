package effects

import (
	"go/constant"
	"go/token"
	"os"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// diskWriter reports whether the call c, identified by id, writes a file,
// and which of its arguments (receiver first) is the path.
func diskWriter(id string, c *ssa.CallCommon) (int, bool) {
	switch id {
	case "os.Create", "os.WriteFile", "io/ioutil.WriteFile":
		return 0, true
	case "os.OpenFile":
		return 0, writeFlag(argAt(c, 1))
	case "github.com/gin-gonic/gin.Context.SaveUploadedFile",
		"github.com/gofiber/fiber/v2.Ctx.SaveFile",
		"github.com/gofiber/fiber/v3.Ctx.SaveFile":
		return 2, true
	case "github.com/valyala/fasthttp.SaveMultipartFile", "os.Rename":
		return 1, true // os.Rename: the file now lives at its new path
	}
	return 0, false
}

// writeFlag reports whether the flag argument of os.OpenFile is a
// constant that opens for writing. An unknown flag is not claimed.
func writeFlag(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.Int {
		return false
	}
	flag, ok := constant.Int64Val(c.Value)
	const writing = os.O_WRONLY | os.O_RDWR | os.O_CREATE | os.O_APPEND | os.O_TRUNC
	return ok && flag&int64(writing) != 0
}

// diskWritten records a file written at a path that outlives the request:
// not inside a temporary directory fn makes (that directory's own effect
// decides), and not removed before fn returns. A path fn gets from its
// caller is the caller's to decide.
func (s *summarizer) diskWritten(fn *ssa.Function, call *ssa.Call, pathArg int, acc *accumulator) {
	args := callArgs(&call.Call)
	if pathArg >= len(args) {
		return
	}
	path := args[pathArg]
	if s.underTemp(fn, path) {
		return
	}
	names := []ssa.Value{path}
	if f := resultOf(call, 0); f != nil && f != ssa.Value(call) {
		names = append(names, f)
	}
	life := &fileLife{fn: fn, made: call, names: names, errBranch: errorBranch(call)}
	if s.removed(life) {
		return
	}
	e := s.local(DiskWrite, Target{}, "file", call.Pos(), fn)
	e.Subject = describePath(path, 0)
	if i := s.returnedAs(life); i >= 0 {
		e.Target = Target{Root: Returned, Index: i}
	} else if t, ok := heldBy(fn, path); ok {
		e.Target = t
	}
	acc.add(e)
}

// describePath renders a path for messages: "uploads/…",
// "s.dataDir/…", "os.TempDir()/…".
func describePath(v ssa.Value, depth int) string {
	const unknown = "…"
	if v == nil || depth > 4 {
		return unknown
	}
	next := func(x ssa.Value) string { return describePath(x, depth+1) }
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value != nil && v.Value.Kind() == constant.String {
			return constant.StringVal(v.Value)
		}
	case *ssa.Parameter:
		return v.Name()
	case *ssa.FreeVar:
		return v.Name()
	case *ssa.Global:
		return v.Name()
	case *ssa.ChangeType:
		return next(v.X)
	case *ssa.Convert:
		return next(v.X)
	case *ssa.MakeInterface:
		return next(v.X)
	case *ssa.BinOp:
		if v.Op == token.ADD {
			return joinUnknown(next(v.X), next(v.Y), "")
		}
	case *ssa.UnOp:
		if v.Op != token.MUL {
			break
		}
		switch x := v.X.(type) {
		case *ssa.Alloc:
			if x.Comment != "" {
				return x.Comment
			}
		case *ssa.FieldAddr:
			return selection(next(x.X), fieldName(x.X.Type(), x.Field))
		case *ssa.Global:
			return x.Name()
		}
	case *ssa.Field:
		return selection(next(v.X), fieldName(v.X.Type(), v.Field))
	case *ssa.Call:
		return describeCall(v, depth)
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok && v.Index == 0 {
			return describeCall(call, depth)
		}
	}
	return unknown
}

// selection renders x.field, or "…" when x is unknown: "fh.Filename" of
// an unnamed header says nothing.
func selection(x, field string) string {
	if x == "…" {
		return x
	}
	return x + "." + field
}

// describeCall renders a call that computes a path.
func describeCall(call *ssa.Call, depth int) string {
	switch callID(&call.Call) {
	case "os.TempDir":
		return "os.TempDir()"
	case "path/filepath.Join", "path.Join":
		var parts []string
		for i := 0; ; i++ {
			el := variadicElem(argAt(&call.Call, 0), i)
			if el == nil {
				break
			}
			parts = append(parts, describePath(el, depth+1))
		}
		out := ""
		for _, p := range parts {
			out = joinUnknown(out, p, "/")
		}
		if out == "" {
			return "…"
		}
		return out
	case "path/filepath.Clean", "path/filepath.Abs", "path.Clean":
		return describePath(argAt(&call.Call, 0), depth+1)
	}
	return "…"
}

// joinUnknown joins two rendered path parts with sep, collapsing runs of
// unknown parts into one "…".
func joinUnknown(a, b, sep string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	case strings.HasSuffix(a, "…") && b == "…":
		return a
	case strings.HasSuffix(a, "/") || strings.HasPrefix(b, "/"):
		return a + b
	}
	return a + sep + b
}
