package effects

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/statecheck/statecheck/analyzers/internal/scope"
)

// A file opened once, at startup or in a constructor, and written on every
// request is the file-backed store of many small services: the only copy
// of the data is on one instance's disk. The handlers write through a
// field or variable that holds the file, directly or behind a buffered
// writer or an encoder; that the holder is a file is known where it is
// opened. Writes through a holder are recorded like writes into a blob
// bucket held elsewhere (blobs.go), and the diskwrite check matches them
// with the place that opens a file for writing into the holder.

// writerCalls are the calls that write into a writer, with the index of
// the writer among their arguments (receiver first).
var writerCalls = map[string]int{
	"os.File.Write":                0,
	"os.File.WriteString":          0,
	"os.File.WriteAt":              0,
	"os.File.ReadFrom":             0,
	"bufio.Writer.Write":           0,
	"bufio.Writer.WriteString":     0,
	"bufio.Writer.WriteByte":       0,
	"bufio.Writer.WriteRune":       0,
	"bufio.Writer.ReadFrom":        0,
	"encoding/json.Encoder.Encode": 0,
	"encoding/gob.Encoder.Encode":  0,
	"encoding/xml.Encoder.Encode":  0,
	"encoding/csv.Writer.Write":    0,
	"encoding/csv.Writer.WriteAll": 0,
	"fmt.Fprint":                   0,
	"fmt.Fprintf":                  0,
	"fmt.Fprintln":                 0,
	"io.WriteString":               0,
	"io.Copy":                      0,
	"io.CopyN":                     0,
	"io.CopyBuffer":                0,
	"io.Writer.Write":              0,
	"io.StringWriter.WriteString":  0,
}

// writerWrappers are the calls whose result writes into their first
// argument: what is written through the result lands in the file.
// Loggers (log.New, slog handlers, zap, zerolog, logrus) are left out on
// purpose: a log file is not the service's data.
var writerWrappers = map[string]bool{
	"bufio.NewWriter":              true,
	"bufio.NewWriterSize":          true,
	"encoding/json.NewEncoder":     true,
	"encoding/gob.NewEncoder":      true,
	"encoding/xml.NewEncoder":      true,
	"encoding/csv.NewWriter":       true,
	"io.MultiWriter":               true, // each of its variadic arguments
	"compress/gzip.NewWriter":      true,
	"compress/gzip.NewWriterLevel": true,
}

// FileOpened is the kind of opening Opening returns for a file opened for
// writing.
const FileOpened = "file"

// heldWrite records a write into a writer held by a field, a package-level
// variable, or a parameter or captured variable of fn: the holder, which
// the diskwrite check matches with the opening of a file into it.
func (s *summarizer) heldWrite(fn *ssa.Function, call *ssa.Call, i int, acc *accumulator) {
	args := callArgs(&call.Call)
	if i >= len(args) {
		return
	}
	v := heldValue(args[i])
	e := s.local(DiskWrite, Target{}, BlobHeld, call.Pos(), fn)
	if h := blobHolder(v); h != "" {
		if !s.userHolder(v, h) || !holdsFile(v.Type()) {
			return
		}
		e.Subject = h
		acc.add(e)
		return
	}
	root := v
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		if fv, ok := load.X.(*ssa.FreeVar); ok {
			root = fv // a captured variable, loaded from its cell
		}
	}
	if t, ok := ownRoot(fn, root); ok && fileWriter(v.Type()) {
		e.Target = t
		acc.add(e)
	}
}

// userHolder reports whether the holder h of v ("pkgpath.Type.field",
// "pkgpath.var") belongs to code that may open a file into it: not the
// standard library (os.Stdout, log.Logger's writer), and not a logging
// library, whose writers are the loggers' business.
func (s *summarizer) userHolder(v ssa.Value, h string) bool {
	if obj := holderObject(v); obj != nil && obj.Pkg() != nil && scope.StdPackage(obj.Pkg().Path()) {
		return false
	}
	return !LoggerHolder(h)
}

// LoggerHolder reports whether a holder belongs to a logging library: a
// file opened into it is a log, the loggers' business.
func LoggerHolder(h string) bool {
	for _, p := range []string{"go.uber.org/zap", "github.com/rs/zerolog", "github.com/sirupsen/logrus", "gopkg.in/natefinch/lumberjack"} {
		if strings.HasPrefix(h, p) {
			return true
		}
	}
	return false
}

// holderObject returns the variable or field that blobHolder names for v.
func holderObject(v ssa.Value) types.Object {
	fieldOf := func(t types.Type, i int) types.Object {
		if st, ok := deref(types.Unalias(t)).Underlying().(*types.Struct); ok && i < st.NumFields() {
			return st.Field(i)
		}
		return nil
	}
	switch v := v.(type) {
	case *ssa.UnOp:
		switch x := v.X.(type) {
		case *ssa.Global:
			return x.Object()
		case *ssa.FieldAddr:
			return fieldOf(x.X.Type(), x.Field)
		}
	case *ssa.Field:
		return fieldOf(v.X.Type(), v.Field)
	}
	return nil
}

// fileWriter reports whether t is a concrete writer a file can stand
// behind: *os.File, *bufio.Writer, an encoder, a CSV writer. A parameter
// of such a type is followed to the caller's holder; an io.Writer
// parameter is not, for it is more often a response or a buffer.
func fileWriter(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	switch n.Obj().Pkg().Path() + "." + n.Obj().Name() {
	case "os.File", "bufio.Writer", "encoding/json.Encoder", "encoding/gob.Encoder",
		"encoding/xml.Encoder", "encoding/csv.Writer":
		return true
	}
	return false
}

// holdsFile reports whether a variable or field of type t can hold what
// a file opened for writing becomes: the file, a writer or encoder over
// it, or one of package io's writer interfaces. A framework's response
// writer in a context field (gin's c.Writer) is not recorded.
func holdsFile(t types.Type) bool {
	if fileWriter(t) {
		return true
	}
	n, ok := types.Unalias(t).(*types.Named)
	if ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "io" {
		switch n.Obj().Name() {
		case "Writer", "WriteCloser", "ReadWriter", "ReadWriteCloser", "StringWriter", "ReadWriteSeeker", "WriteSeeker":
			return true
		}
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		if n, ok := types.Unalias(p.Elem()).(*types.Named); ok && n.Obj().Pkg() != nil &&
			n.Obj().Pkg().Path() == "compress/gzip" && n.Obj().Name() == "Writer" {
			return true
		}
	}
	return false
}

// fileOpening returns FileOpened when c opens a file for writing that
// outlives the call: os.Create, or os.OpenFile with a constant flag that
// writes. A file whose constant name ends in ".log" is a log and left to
// the loggers.
func fileOpening(c *ssa.CallCommon) string {
	switch callID(c) {
	case "os.Create":
	case "os.OpenFile":
		if writes, _ := flagWrites(argAt(c, 1)); !writes {
			return ""
		}
	default:
		return ""
	}
	if strings.HasSuffix(describePath(argAt(c, 0), 0), ".log") {
		return ""
	}
	return FileOpened
}

// Opening returns the kind of local store c opens, as LocalBucket does,
// or FileOpened for a file opened for writing; "" for any other call.
func Opening(c *ssa.CallCommon) string {
	if k := LocalBucket(c); k != "" {
		return k
	}
	return fileOpening(c)
}

// DescribeOpening renders where the store c opens keeps its data.
func DescribeOpening(c *ssa.CallCommon) string {
	if fileOpening(c) != "" {
		return describePath(argAt(c, 0), 0)
	}
	return DescribeBucket(c)
}

// WrapsWriter reports whether the call c writes through its argument v:
// v is the first argument of a buffered writer, an encoder, or one of
// io.MultiWriter's writers.
func WrapsWriter(c *ssa.CallCommon, v ssa.Value) bool {
	if !writerWrappers[callID(c)] {
		return false
	}
	if callID(c) == "io.MultiWriter" {
		for i := 0; ; i++ {
			el := variadicElem(argAt(c, 0), i)
			if el == nil {
				return false
			}
			if el == v || operand(el) == v {
				return true
			}
		}
	}
	a := argAt(c, 0)
	return a == v || (a != nil && operand(a) == v)
}

// OpenedFile returns the call that opened, for writing, the file v writes
// into, in v's function: directly, through a variable, or behind the
// writers of writerWrappers. It returns nil when v writes elsewhere.
func OpenedFile(v ssa.Value) *ssa.Call {
	return openedFile(v, 0)
}

func openedFile(v ssa.Value, depth int) *ssa.Call {
	if v == nil || depth > maxFlowDepth {
		return nil
	}
	if x := operand(v); x != nil {
		return openedFile(x, depth+1)
	}
	if cell, ok := v.(*ssa.Alloc); ok {
		var opened *ssa.Call
		storedIn(cell, func(x ssa.Value) bool { opened = openedFile(x, depth+1); return opened != nil })
		return opened
	}
	if load, ok := v.(*ssa.UnOp); ok {
		if cell, ok := load.X.(*ssa.Alloc); ok {
			return openedFile(cell, depth+1)
		}
	}
	c := callOf(v)
	if c == nil {
		return nil
	}
	if fileOpening(&c.Call) != "" {
		return c
	}
	if !writerWrappers[callID(&c.Call)] {
		return nil
	}
	if callID(&c.Call) == "io.MultiWriter" {
		for i := 0; ; i++ {
			el := variadicElem(argAt(&c.Call, 0), i)
			if el == nil {
				return nil
			}
			if opened := openedFile(el, depth+1); opened != nil {
				return opened
			}
		}
	}
	return openedFile(argAt(&c.Call, 0), depth+1)
}

// hasKey reports whether m has the key k.
func hasKey[V any](m map[string]V, k string) bool {
	_, ok := m[k]
	return ok
}
