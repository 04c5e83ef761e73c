package effects

import (
	"go/constant"
	"go/token"
	"os"
	"slices"
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
		writes, param := flagWrites(argAt(c, 1))
		return 0, writes || param >= 0
	case "github.com/gin-gonic/gin.Context.SaveUploadedFile",
		"github.com/gofiber/fiber/v2.Ctx.SaveFile",
		"github.com/gofiber/fiber/v3.Ctx.SaveFile":
		return 2, true
	case "github.com/valyala/fasthttp.SaveMultipartFile", "os.Rename":
		return 1, true // os.Rename: the file now lives at its new path
	}
	if i, ok := pathSavers[id]; ok {
		return i, true
	}
	return 0, false
}

// pathSavers are the library calls that save a document to a path of
// the local disk, with the index of the path among the call's arguments
// (receiver first). A library that writes into an io.Writer instead
// (excelize's Write, png.Encode, zip.NewWriter) writes a file only when
// handed one, and that file's creation is the write reported.
var pathSavers = map[string]int{
	// Spreadsheets.
	"github.com/xuri/excelize/v2.File.SaveAs":                  1,
	"github.com/360EntSecGroup-Skylar/excelize/v2.File.SaveAs": 1,
	"github.com/360EntSecGroup-Skylar/excelize.File.SaveAs":    1,
	"github.com/tealeg/xlsx.File.Save":                         1,
	"github.com/tealeg/xlsx/v3.File.Save":                      1,
	// PDFs.
	"github.com/jung-kurt/gofpdf.Fpdf.OutputFileAndClose": 1,
	"github.com/go-pdf/fpdf.Fpdf.OutputFileAndClose":      1,
	// QR codes.
	"github.com/skip2/go-qrcode.WriteFile":        3,
	"github.com/skip2/go-qrcode.WriteColorFile":   5,
	"github.com/skip2/go-qrcode.QRCode.WriteFile": 2,
	// Archives made, or unpacked, at a local path.
	"github.com/mholt/archiver/v3.Archive":   1,
	"github.com/mholt/archiver/v3.Unarchive": 1,
}

// flagWrites reports whether the flag argument of os.OpenFile opens for
// writing: a constant with a writing bit, or such a constant or'ed with
// anything. When the flag is, or is or'ed from, a parameter of its
// function and no constant part writes, param is that parameter's index:
// whether the file is written is the caller's argument to decide
// (open(name string, flag int) called with os.O_CREATE|os.O_WRONLY). An
// unknown flag is not claimed.
func flagWrites(v ssa.Value) (writes bool, param int) {
	return flagWritesSeen(v, map[ssa.Value]bool{})
}

func flagWritesSeen(v ssa.Value, seen map[ssa.Value]bool) (writes bool, param int) {
	param = -1
	if seen[v] || len(seen) > maxFlowDepth {
		return false, -1
	}
	seen[v] = true
	flagWrites := func(x ssa.Value) (bool, int) { return flagWritesSeen(x, seen) }
	switch v := v.(type) {
	case *ssa.Phi:
		// flags := os.O_WRONLY|os.O_CREATE; if sync { flags |= os.O_SYNC }:
		// any edge that writes makes the open a write.
		for _, e := range v.Edges {
			w, p := flagWrites(e)
			if w {
				return true, -1
			}
			if p >= 0 {
				param = p
			}
		}
		return false, param
	case *ssa.Const:
		if v.Value == nil || v.Value.Kind() != constant.Int {
			return false, -1
		}
		flag, ok := constant.Int64Val(v.Value)
		const writing = os.O_WRONLY | os.O_RDWR | os.O_CREATE | os.O_APPEND | os.O_TRUNC
		return ok && flag&int64(writing) != 0, -1
	case *ssa.Parameter:
		if fn := v.Parent(); fn != nil {
			return false, slices.Index(fn.Params, v)
		}
	case *ssa.BinOp:
		if v.Op != token.OR {
			break
		}
		wx, px := flagWrites(v.X)
		wy, py := flagWrites(v.Y)
		if wx || wy {
			return true, -1
		}
		return false, max(px, py)
	case *ssa.Convert:
		return flagWrites(v.X)
	}
	return false, param
}

// flagArg returns the flag argument of a call that opens a file with a
// flag, or nil.
func flagArg(c *ssa.CallCommon) ssa.Value {
	id := callID(c)
	if id == "os.OpenFile" {
		return argAt(c, 1)
	}
	if w, ok := aferoWriters[id]; ok && w.flag >= 0 {
		if args := callArgs(c); w.flag < len(args) {
			return args[w.flag]
		}
	}
	return nil
}

// flagParamOf is the FlagParam of a write opened with flag: nonzero when
// the flag does not write by itself but the function's parameter may.
func flagParamOf(flag ssa.Value) int {
	if flag == nil {
		return 0
	}
	if writes, param := flagWrites(flag); !writes && param >= 0 {
		return param + 1
	}
	return 0
}

// bindFlag decides, at a call, a callee's write whose flag is the
// callee's parameter (see flagWrites): kept when the caller passes a
// flag that writes, passed on when the caller's own parameter is the
// flag, dropped otherwise. It reports whether to keep e.
func bindFlag(common *ssa.CallCommon, e *Effect) bool {
	if e.FlagParam == 0 {
		return true
	}
	i := e.FlagParam - 1
	if i >= len(common.Args) {
		return false
	}
	writes, param := flagWrites(common.Args[i])
	switch {
	case writes:
		e.FlagParam = 0
		return true
	case param >= 0:
		e.FlagParam = param + 1
		return true
	}
	return false
}

// diskWritten records a file written at a path that outlives the request:
// not inside a temporary directory fn makes (that directory's own effect
// decides), and not removed before fn returns. A path fn gets from its
// caller is the caller's to decide.
func (s *summarizer) diskWritten(fn *ssa.Function, call *ssa.Call, pathArg int, acc *accumulator) {
	s.diskWrittenUnder(fn, call, pathArg, "", acc)
}

// diskWrittenUnder is diskWritten for a path relative to the directory
// base ("" for none): an afero BasePathFs's root.
func (s *summarizer) diskWrittenUnder(fn *ssa.Function, call *ssa.Call, pathArg int, base string, acc *accumulator) {
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
	if base != "" && base != "…" {
		e.Subject = joinUnknown(base, e.Subject, "/")
	}
	e.FlagParam = flagParamOf(flagArg(&call.Call))
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
