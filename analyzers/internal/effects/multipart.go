package effects

import (
	"golang.org/x/tools/go/ssa"
)

// multipartParsers are the calls that parse a multipart request body,
// spilling file parts over the memory limit to temporary files, with the
// name for messages. MultipartReader streams and is not among them.
var multipartParsers = map[string]string{
	"net/http.Request.ParseMultipartForm":               "ParseMultipartForm",
	"net/http.Request.FormFile":                         "FormFile",
	"github.com/gin-gonic/gin.Context.FormFile":         "FormFile",
	"github.com/gin-gonic/gin.Context.MultipartForm":    "MultipartForm",
	"github.com/labstack/echo/v4.Context.FormFile":      "FormFile",
	"github.com/labstack/echo/v4.Context.MultipartForm": "MultipartForm",
	"github.com/labstack/echo/v5.Context.FormFile":      "FormFile",
	"github.com/labstack/echo/v5.Context.MultipartForm": "MultipartForm",
}

// multipartParsed records a multipart form parsed by call and not removed
// by fn. net/http removes the spill files of the request it passed to the
// handler, not of a copy: on a copy fn makes (r.WithContext, r.Clone) the
// files stay, and on the request fn was given, the caller — in the end
// the router and middleware in front of the handler — decides.
func (s *summarizer) multipartParsed(fn *ssa.Function, call *ssa.Call, name string, acc *accumulator) {
	args := callArgs(&call.Call)
	if len(args) == 0 || !firstParse(fn, call) || s.removesForm(fn) {
		return
	}
	req := args[0]
	e := s.local(Multipart, Target{}, "multipart form", call.Pos(), fn)
	e.Subject = name
	if by := requestCopy(req); by != "" {
		e.Escape = "on a copy of the request made by " + by
		acc.add(e)
		return
	}
	if t, ok := heldBy(fn, req); ok {
		e.Target = t
		acc.add(e)
	}
}

// firstParse reports whether call is the first, in source order, of the
// calls in fn that parse a multipart form: one form, one finding, however
// many FormFile calls read it.
func firstParse(fn *ssa.Function, call *ssa.Call) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			other, ok := instr.(*ssa.Call)
			if ok && other != call && multipartParsers[callID(&other.Call)] != "" && other.Pos() < call.Pos() {
				return false
			}
		}
	}
	return true
}

// requestCopy names the call that made the request v a copy of the one
// net/http passed in, or "".
func requestCopy(v ssa.Value) string {
	by := ""
	derives(v, func(x ssa.Value) bool {
		if c := callOf(x); c != nil {
			switch callID(&c.Call) {
			case "net/http.Request.WithContext":
				by = "WithContext"
			case "net/http.Request.Clone":
				by = "Clone"
			}
		}
		return by != ""
	})
	return by
}

// removesForm reports whether fn removes a multipart form's files itself
// or through a function it calls.
func (s *summarizer) removesForm(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			ci, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			if _, async := instr.(*ssa.Go); async {
				continue
			}
			if callID(ci.Common()) == "mime/multipart.Form.RemoveAll" {
				return true
			}
			c, ok := s.calleeOf(fn, ci.Common())
			if !ok {
				continue
			}
			for _, e := range c.effects {
				if e.Kind == Removes && e.Noun == "multipart form" {
					return true
				}
			}
		}
	}
	return false
}
