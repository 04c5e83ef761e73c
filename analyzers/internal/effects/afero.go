package effects

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// github.com/spf13/afero puts a filesystem behind an interface: the same
// handler code writes to the instance's disk (OsFs, or a BasePathFs,
// CopyOnWriteFs or CacheOnReadFs over one), to its memory (MemMapFs), or
// nowhere (ReadOnlyFs refuses writes). Which one is known where the
// filesystem is built, usually main or a constructor; handlers write
// through the field or variable it was stored in. Writes are therefore
// treated like gocloud.dev/blob bucket writes (blobs.go): decided in the
// function when it builds the filesystem, else recorded against the
// holder, which the diskwrite check matches with the place that builds a
// local filesystem into it.

const aferoPath = "github.com/spf13/afero"

// The kinds of afero filesystem that keep what is written in this
// instance, as LocalBucket returns them.
const (
	AferoDisk = "afero filesystem" // on local disk
	AferoMem  = "afero MemMapFs"   // in process memory
)

// aferoWrite is where the filesystem, the path and the flag are among the
// arguments (receiver first) of an afero call that writes a file.
type aferoWrite struct {
	fs, path int
	flag     int // -1: the call always writes
}

// aferoWriters are the afero calls that write a file.
var aferoWriters = map[string]aferoWrite{
	aferoPath + ".WriteFile":             {0, 1, -1},
	aferoPath + ".WriteReader":           {0, 1, -1},
	aferoPath + ".SafeWriteReader":       {0, 1, -1},
	aferoPath + ".Afero.WriteFile":       {0, 1, -1},
	aferoPath + ".Afero.WriteReader":     {0, 1, -1},
	aferoPath + ".Afero.SafeWriteReader": {0, 1, -1},
	aferoPath + ".Fs.Create":             {0, 1, -1},
	aferoPath + ".Fs.OpenFile":           {0, 1, 2},
}

func init() {
	// Calls on a concrete filesystem rather than the interface.
	for _, t := range []string{"OsFs", "MemMapFs", "BasePathFs", "CopyOnWriteFs", "CacheOnReadFs"} {
		aferoWriters[aferoPath+"."+t+".Create"] = aferoWrite{0, 1, -1}
		aferoWriters[aferoPath+"."+t+".OpenFile"] = aferoWrite{0, 1, 2}
	}
	for _, id := range []string{"TempFile", "Afero.TempFile"} {
		tempMakers[aferoPath+"."+id] = "temporary file"
	}
	for _, id := range []string{"TempDir", "Afero.TempDir"} {
		tempMakers[aferoPath+"."+id] = "temporary directory"
	}
	removers[aferoPath+".Fs.Remove"] = true
	removers[aferoPath+".Fs.RemoveAll"] = true
}

// aferoWritten records a file written through an afero filesystem: to
// local disk when fn builds the filesystem over the OS, to memory when
// over a MemMapFs, and against the field, variable or parameter that
// holds it otherwise. A read-only filesystem writes nothing.
func (s *summarizer) aferoWritten(fn *ssa.Function, call *ssa.Call, w aferoWrite, acc *accumulator) {
	args := callArgs(&call.Call)
	if w.fs >= len(args) || w.path >= len(args) {
		return
	}
	if w.flag >= 0 {
		if w.flag >= len(args) {
			return
		}
		if writes, param := flagWrites(args[w.flag]); !writes && param < 0 {
			return // opened for reading, or with a flag not known here
		}
	}
	fs := aferoFs(args[w.fs])
	if opened := OpenedBucket(fs); opened != nil {
		if LocalBucket(&opened.Call) == AferoDisk {
			base := describeAfero(&opened.Call, 0)
			if base == "OsFs" {
				base = ""
			}
			s.diskWrittenUnder(fn, call, w.path, base, acc)
			return
		}
	}
	if e, ok := s.bucketWrite(fn, call.Pos(), fs); ok {
		if w.flag >= 0 {
			e.FlagParam = flagParamOf(args[w.flag])
		}
		acc.add(e)
	}
}

// builtBy returns the call that built v, seen through the operands that
// pass a value on unchanged (conversions, interface changes, assertions,
// slicing), or nil.
func builtBy(v ssa.Value) *ssa.CallCommon {
	for v != nil {
		x := operand(v)
		if x == nil {
			break
		}
		v = x
	}
	if call := callOf(v); call != nil {
		return &call.Call
	}
	return nil
}

// aferoKind returns AferoDisk or AferoMem when c builds an afero
// filesystem that keeps what is written in this instance, "" otherwise:
// a read-only filesystem, or one built over a filesystem not known here.
func aferoKind(c *ssa.CallCommon, depth int) string {
	if depth > maxFlowDepth {
		return ""
	}
	of := func(v ssa.Value) string {
		if inner := builtBy(v); inner != nil {
			return aferoKind(inner, depth+1)
		}
		return ""
	}
	switch callID(c) {
	case aferoPath + ".NewOsFs":
		return AferoDisk
	case aferoPath + ".NewMemMapFs":
		return AferoMem
	case aferoPath + ".NewBasePathFs", aferoPath + ".NewRegexpFs":
		return of(argAt(c, 0))
	case aferoPath + ".NewCopyOnWriteFs":
		return of(argAt(c, 1)) // writes go to the layer
	case aferoPath + ".NewCacheOnReadFs":
		// Writes go to the base and the layer.
		base, layer := of(argAt(c, 0)), of(argAt(c, 1))
		if base == AferoDisk || layer == AferoDisk {
			return AferoDisk
		}
		if base == AferoMem || layer == AferoMem {
			return AferoMem
		}
	}
	return ""
}

// describeAfero renders where an afero filesystem built by c keeps its
// files: the base path of a BasePathFs, "memory" for a MemMapFs.
func describeAfero(c *ssa.CallCommon, depth int) string {
	if depth > maxFlowDepth {
		return "…"
	}
	inner := func(v ssa.Value) string {
		if c := builtBy(v); c != nil {
			return describeAfero(c, depth+1)
		}
		return "…"
	}
	switch callID(c) {
	case aferoPath + ".NewOsFs":
		return "OsFs"
	case aferoPath + ".NewMemMapFs":
		return "memory"
	case aferoPath + ".NewBasePathFs":
		if inner(argAt(c, 0)) == "memory" {
			return "memory"
		}
		return describePath(argAt(c, 1), 0)
	case aferoPath + ".NewRegexpFs":
		return inner(argAt(c, 0))
	case aferoPath + ".NewCopyOnWriteFs":
		return inner(argAt(c, 1))
	case aferoPath + ".NewCacheOnReadFs":
		// Writes go to both: name the one on disk.
		if layer := argAt(c, 1); layer != nil {
			if call := callOf(layer); call != nil && aferoKind(&call.Call, depth+1) == AferoDisk {
				return inner(layer)
			}
		}
		return inner(argAt(c, 0))
	}
	return "…"
}

// aferoFs returns the filesystem value a write goes through: v itself, or
// the afero.Afero that wraps it when v selects the wrapper's embedded Fs,
// so that the holder is the field or variable holding the wrapper.
func aferoFs(v ssa.Value) ssa.Value {
	for range maxFlowDepth {
		if x := operand(v); x != nil {
			v = x
			continue
		}
		switch x := v.(type) {
		case *ssa.Field:
			if isAfero(x.X.Type()) {
				v = x.X
				continue
			}
		case *ssa.UnOp:
			if fa, ok := x.X.(*ssa.FieldAddr); ok && isAfero(fa.X.Type()) {
				v = fa.X
				continue
			}
		}
		return v
	}
	return v
}

// isAfero reports whether t is afero.Afero or a pointer to it.
func isAfero(t types.Type) bool {
	n, ok := types.Unalias(deref(types.Unalias(t))).(*types.Named)
	return ok && n.Obj().Name() == "Afero" && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == aferoPath
}

// IsAfero reports whether t is afero.Afero or a pointer to it: a wrapper
// whose filesystem is the one stored in its Fs field.
func IsAfero(t types.Type) bool { return isAfero(t) }

// WrapsFs reports whether the afero call c builds a filesystem that
// writes into its argument v: a BasePathFs or RegexpFs over v, a
// CopyOnWriteFs whose layer is v, a CacheOnReadFs over or caching in v.
func WrapsFs(c *ssa.CallCommon, v ssa.Value) bool {
	is := func(i int) bool {
		a := argAt(c, i)
		return a != nil && (a == v || operand(a) == v)
	}
	switch callID(c) {
	case aferoPath + ".NewBasePathFs", aferoPath + ".NewRegexpFs":
		return is(0)
	case aferoPath + ".NewCopyOnWriteFs":
		return is(1)
	case aferoPath + ".NewCacheOnReadFs":
		return is(0) || is(1)
	}
	return false
}
