package effects

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// blobWriters are the gocloud.dev/blob calls that store an object.
var blobWriters = map[string]bool{
	"gocloud.dev/blob.Bucket.WriteAll":  true,
	"gocloud.dev/blob.Bucket.NewWriter": true,
	"gocloud.dev/blob.Bucket.Upload":    true,
}

// The nouns of blob writes. A bucket opened elsewhere is only known by the
// variable or field that holds it: the diskwrite check matches it with
// the place that opens a local bucket into that variable or field.
const (
	BlobHeld   = "blob bucket"     // Subject identifies the holder: "pkgpath.Type.field", "pkgpath.var"
	FileBucket = "fileblob bucket" // a bucket on the local file system
	MemBucket  = "memblob bucket"  // a bucket in process memory
)

// blobWritten records an object stored in a gocloud.dev/blob bucket: a
// local bucket opened in fn, or a bucket held in a variable or field.
func (s *summarizer) blobWritten(fn *ssa.Function, call *ssa.Call, acc *accumulator) {
	if e, ok := s.bucketWrite(fn, call.Pos(), argAt(&call.Call, 0)); ok {
		acc.add(e)
	}
}

// bucketWrite is the effect of writing into bucket, at pos in fn.
func (s *summarizer) bucketWrite(fn *ssa.Function, pos token.Pos, bucket ssa.Value) (Effect, bool) {
	e := s.local(DiskWrite, Target{}, "", pos, fn)
	if opened := OpenedBucket(bucket); opened != nil {
		e.Noun = LocalBucket(&opened.Call)
		e.Subject = DescribeBucket(&opened.Call)
		return e, true
	}
	if h := blobHolder(heldValue(bucket)); h != "" {
		e.Noun, e.Subject = BlobHeld, h
		return e, true
	}
	if t, ok := heldBy(fn, bucket); ok {
		e.Noun, e.Target = BlobHeld, t
		return e, true
	}
	return Effect{}, false
}

// heldValue strips from v what does not change which holder it is
// loaded from: conversions, the afero.Afero wrapper around a filesystem,
// and the load through a pointer held in a field or variable
// (*s.fs where s.fs is a *afero.Afero).
func heldValue(v ssa.Value) ssa.Value {
	v = aferoFs(v)
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		if inner, ok := load.X.(*ssa.UnOp); ok && inner.Op == token.MUL {
			return inner
		}
	}
	return v
}

// OpenedBucket returns the call that opened the local bucket v holds, in
// v's function, or nil.
func OpenedBucket(v ssa.Value) *ssa.Call {
	if cell, ok := v.(*ssa.Alloc); ok { // a captured variable
		var opened *ssa.Call
		storedIn(cell, func(x ssa.Value) bool { opened = OpenedBucket(x); return opened != nil })
		return opened
	}
	var opened *ssa.Call
	derives(v, func(x ssa.Value) bool {
		if c := callOf(x); c != nil && LocalBucket(&c.Call) != "" {
			opened = c
			return true
		}
		return false
	})
	return opened
}

// callOf returns the call v is, or whose first result v extracts.
func callOf(v ssa.Value) *ssa.Call {
	switch v := v.(type) {
	case *ssa.Call:
		return v
	case *ssa.Extract:
		if c, ok := v.Tuple.(*ssa.Call); ok && v.Index == 0 {
			return c
		}
	}
	return nil
}

// LocalBucket returns FileBucket or MemBucket when c opens a bucket that
// keeps its objects in this instance: fileblob.OpenBucket,
// memblob.OpenBucket, or blob.OpenBucket of a constant file:// or mem://
// URL; AferoDisk or AferoMem when c builds such an afero filesystem
// (see aferoKind). It returns "" for any other call.
func LocalBucket(c *ssa.CallCommon) string {
	if k := aferoKind(c, 0); k != "" {
		return k
	}
	switch callID(c) {
	case "gocloud.dev/blob/fileblob.OpenBucket":
		return FileBucket
	case "gocloud.dev/blob/memblob.OpenBucket":
		return MemBucket
	case "gocloud.dev/blob.OpenBucket":
		u, ok := argAt(c, 1).(*ssa.Const)
		if !ok || u.Value == nil || u.Value.Kind() != constant.String {
			return ""
		}
		switch url := constant.StringVal(u.Value); {
		case strings.HasPrefix(url, "file://"):
			return FileBucket
		case strings.HasPrefix(url, "mem://"):
			return MemBucket
		}
	}
	return ""
}

// DescribeBucket renders where a local bucket opened by c keeps its
// objects: its directory or URL, "memory" for memblob.
func DescribeBucket(c *ssa.CallCommon) string {
	if aferoKind(c, 0) != "" {
		return describeAfero(c, 0)
	}
	switch callID(c) {
	case "gocloud.dev/blob/fileblob.OpenBucket":
		return describePath(argAt(c, 0), 0)
	case "gocloud.dev/blob.OpenBucket":
		return describePath(argAt(c, 1), 0)
	}
	return "memory"
}

// blobHolder identifies the package-level variable or struct field a
// bucket value is loaded from: "example.com/app.bucket",
// "example.com/app.Server.bucket". It returns "" for any other value.
func blobHolder(v ssa.Value) string {
	switch v := v.(type) {
	case *ssa.UnOp:
		switch x := v.X.(type) {
		case *ssa.Global:
			if obj := x.Object(); obj != nil && obj.Pkg() != nil {
				return obj.Pkg().Path() + "." + obj.Name()
			}
		case *ssa.FieldAddr:
			return FieldID(x.X.Type(), x.Field)
		}
	case *ssa.Field:
		return FieldID(v.X.Type(), v.Field)
	}
	return ""
}

// FieldID identifies field i of the struct type t (or pointer to it) as
// "pkgpath.Type.field"; "" when t is not a named struct.
func FieldID(t types.Type, i int) string {
	t = deref(types.Unalias(t))
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return ""
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name() + "." + st.Field(i).Name()
}

// fieldName is the name of field i of the struct type t (or pointer to
// it).
func fieldName(t types.Type, i int) string {
	st, ok := deref(types.Unalias(t)).Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return "?"
	}
	return st.Field(i).Name()
}
