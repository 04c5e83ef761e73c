package diskwrite

import (
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/statecheck/statecheck/analyzers/internal/effects"
	"github.com/statecheck/statecheck/analyzers/internal/entry"
	"github.com/statecheck/statecheck/analyzers/internal/report"
	"github.com/statecheck/statecheck/analyzers/internal/ssabuild"
	"github.com/statecheck/statecheck/analyzers/internal/statewrite"
)

// A bucket is usually opened in main and kept in a field or variable that
// the handlers write through, often in another package. Which driver a
// bucket has is known where it is opened; that request data goes into it
// is known where the handlers are. The handlers' packages export, as a
// fact, the fields and variables they store objects through; the package
// that opens a local bucket into one of them reports the opening.

// bucketWrites is the package fact listing the variables and fields
// through which this package's handlers store blob objects.
type bucketWrites struct {
	Holders []heldBucket
}

// heldBucket is one variable or field written through on a request path.
type heldBucket struct {
	Holder  string // "pkgpath.Type.field" or "pkgpath.var", as effects.BlobHeld effects name it
	Handler string // a handler that writes through it
	Posn    string // the write
	// More are the other writes through the holder on request paths, of
	// any handler, in position order: a finding names each as related
	// information, every one a line to change.
	More []string
	// pos is where to report the write in the package whose handlers
	// make it; not encoded.
	pos token.Pos
}

func (*bucketWrites) AFact() {}

func (w *bucketWrites) String() string {
	names := make([]string, len(w.Holders))
	for i, h := range w.Holders {
		names[i] = h.Holder
	}
	return "writes through " + strings.Join(names, ", ")
}

// buckets gathers the blob writes of one package.
type buckets struct {
	pass    *analysis.Pass
	built   *ssabuild.SSA
	effects *effects.Result
	// written are the holders this package's handlers write through.
	written map[string]heldBucket
	// direct are writes into a local bucket a handler closure captured.
	direct []*statewrite.Finding
	// reported are the positions already reported as writes on a request
	// path: a file a handler opens is not reported again as an opening.
	reported map[token.Pos]bool
}

func newBuckets(pass *analysis.Pass, built *ssabuild.SSA) *buckets {
	return &buckets{
		pass: pass, built: built, effects: pass.ResultOf[effects.Analyzer].(*effects.Result),
		written: map[string]heldBucket{}, reported: map[token.Pos]bool{},
	}
}

// held records a handler's write into a bucket held elsewhere: a variable
// or field (matched later with the openings), or a variable its closure
// captured from the function that opened the bucket.
func (b *buckets) held(h *entry.Handler, e *effects.Effect) {
	name := handlerName(b.pass, h)
	switch e.Target.Root {
	case effects.None:
		if e.Subject == "" {
			return
		}
		if w, ok := b.written[e.Subject]; ok {
			if e.Posn != w.Posn && !slices.Contains(w.More, e.Posn) {
				w.More = append(w.More, e.Posn)
				b.written[e.Subject] = w
			}
			return
		}
		pos := e.Pos()
		if h.Fn == nil {
			pos = h.Site // an implementation wired behind an interface
		}
		b.written[e.Subject] = heldBucket{Holder: e.Subject, Handler: name, Posn: e.Posn, pos: pos}
	case effects.HeldByFreeVar:
		if h.Fn == nil || h.Fn.Parent() == nil {
			return
		}
		opened := b.captured(h.Fn, e.Target.Index)
		if opened == nil {
			return
		}
		out := *e
		out.Noun = effects.Opening(&opened.Call)
		out.Subject = effects.DescribeOpening(&opened.Call)
		b.direct = append(b.direct, &statewrite.Finding{
			Pos: e.Pos(), Effect: out, Handlers: []string{name},
			Writes: []string{e.Posn}, Sites: map[token.Pos]bool{e.Pos(): true},
		})
	}
}

// captured returns the call that opened the local bucket, or the file, a
// closure captures as its free variable i, or nil. The summary walk noted
// where the closure is made.
func (b *buckets) captured(fn *ssa.Function, i int) *ssa.Call {
	mc := b.effects.MadeAt(fn)
	if mc == nil || i >= len(mc.Bindings) {
		return nil
	}
	if opened := effects.OpenedBucket(mc.Bindings[i]); opened != nil {
		return opened
	}
	return effects.OpenedFile(mc.Bindings[i])
}

// report exports the package's fact and reports the local buckets this
// package opens into a holder that request paths write through.
func (b *buckets) report(r *report.Reporter) {
	for _, f := range b.direct {
		d := analysis.Diagnostic{Message: message(f)}
		d.Pos, d.End = statewrite.ShortRange(b.pass, f.Pos)
		r.Report(d)
	}
	b.exportStores()
	holders := b.exportFact()
	for _, pf := range b.pass.AllPackageFacts() {
		if w, ok := pf.Fact.(*bucketWrites); ok {
			for _, h := range w.Holders {
				if _, ok := holders[h.Holder]; !ok {
					holders[h.Holder] = h
				}
			}
		}
	}
	opened := &storeOpenings{}
	// The summary walk noted the package's openings, in order.
	for _, op := range b.effects.Openings() {
		call, kind := op.Call, op.Kind
		if b.reported[call.Pos()] || nested(call) {
			continue
		}
		reported := false
		for _, dest := range b.destinations(call) {
			if h, ok := holders[dest]; ok && !reported {
				b.reportOpening(r, call, kind, h)
				reported = true
			}
			if !reported && !libraryHolder(dest) {
				opened.Openings = append(opened.Openings, storeOpening{
					Holder: dest, Kind: kind, Where: effects.DescribeOpening(&call.Call),
					Posn: b.pass.Fset.Position(call.Pos()).String(),
				})
			}
		}
	}
	if len(opened.Openings) > 0 {
		sort.SliceStable(opened.Openings, func(i, j int) bool { return opened.Openings[i].Holder < opened.Openings[j].Holder })
		opened.Openings = slices.CompactFunc(opened.Openings, func(a, b storeOpening) bool { return a.Holder == b.Holder })
		b.pass.ExportPackageFact(opened)
	}
	b.reportOpenedUpstream(r)
}

// libraryHolder reports whether a holder is a field of the libraries that
// make the stores, which wrap one store in another (afero.ReadOnlyFs),
// or of a logging library: handlers never write through those fields
// themselves, and a file a logger writes is a log.
func libraryHolder(h string) bool {
	return strings.HasPrefix(h, "github.com/spf13/afero.") || strings.HasPrefix(h, "gocloud.dev/") || effects.LoggerHolder(h)
}

// storeOpenings is the package fact listing the local stores this package
// opens into variables and fields that no handler it knows writes
// through: the handlers may be in a package that imports this one.
type storeOpenings struct {
	Openings []storeOpening
}

// storeOpening is one local store opened into a holder.
type storeOpening struct {
	Holder string // as heldBucket.Holder
	Kind   string // as effects.Opening returns it
	Where  string // the path or directory, as effects.DescribeOpening renders it
	Posn   string // the opening
}

func (*storeOpenings) AFact() {}

func (o *storeOpenings) String() string {
	parts := make([]string, len(o.Openings))
	for i, op := range o.Openings {
		parts[i] = op.Kind + " into " + op.Holder
	}
	return "opens " + strings.Join(parts, ", ")
}

// reportOpenedUpstream reports this package's handler writes through a
// holder that a package it imports opens a local store into: at the
// write, which is the only place in this package, with the opening as
// related information.
func (b *buckets) reportOpenedUpstream(r *report.Reporter) {
	if len(b.written) == 0 {
		return
	}
	var found []struct {
		h  heldBucket
		op storeOpening
	}
	for _, pf := range b.pass.AllPackageFacts() {
		o, ok := pf.Fact.(*storeOpenings)
		if !ok || pf.Package == b.pass.Pkg {
			continue
		}
		for _, op := range o.Openings {
			if h, ok := b.written[op.Holder]; ok && h.pos.IsValid() {
				found = append(found, struct {
					h  heldBucket
					op storeOpening
				}{h, op})
			}
		}
	}
	sort.Slice(found, func(i, j int) bool { return found[i].h.Holder < found[j].h.Holder })
	for _, f := range found {
		d := analysis.Diagnostic{Message: upstreamMessage(f.h, f.op)}
		d.Pos, d.End = statewrite.ShortRange(b.pass, f.h.pos)
		if rp := report.Position(b.pass.Fset, f.op.Posn); rp.IsValid() {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: rp, Message: "opened here"})
		}
		if wp := report.Position(b.pass.Fset, f.h.Posn); wp.IsValid() && wp != f.h.pos {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: wp, Message: "written here"})
		}
		d.Related = append(d.Related, b.moreWrites(f.h, "written here")...)
		r.Report(d)
	}
}

// moreWrites is the related information, labelled label, at the writes
// through h after the first.
func (b *buckets) moreWrites(h heldBucket, label string) []analysis.RelatedInformation {
	var rel []analysis.RelatedInformation
	for _, posn := range h.More {
		if rp := report.Position(b.pass.Fset, posn); rp.IsValid() {
			rel = append(rel, analysis.RelatedInformation{Pos: rp, Message: label})
		}
	}
	return rel
}

// upstreamMessage renders a write through a holder opened in an imported
// package:
//
//	handler shorten writes through storage.PersistentStorage.file, a file on local disk (path) opened at in_file.go:37: …
func upstreamMessage(h heldBucket, op storeOpening) string {
	what, lost, fix := "a file on local disk ("+op.Where+")",
		"the only copy is on this instance's disk, unseen by the others and lost when it is replaced",
		"keep the records in a database or object storage"
	switch op.Kind {
	case effects.FileBucket:
		what, fix = "a fileblob bucket on local disk ("+op.Where+")", "open an S3-compatible bucket and hand out presigned URLs"
	case effects.MemBucket:
		what, fix = "a memblob bucket", "open an S3-compatible bucket and hand out presigned URLs"
	case effects.AferoDisk:
		what, fix = "an afero filesystem on local disk ("+op.Where+")", "store the files in object storage (S3-compatible) and hand out presigned URLs"
	case effects.AferoMem:
		what, fix = "an afero MemMapFs", "store the files in object storage (S3-compatible) or a database"
	}
	if op.Kind == effects.MemBucket || op.Kind == effects.AferoMem {
		lost = "it lives in this instance's memory, unseen by the others and lost when it stops"
	}
	return fmt.Sprintf("handler %s writes through %s, %s opened at %s: %s; %s",
		h.Handler, displayHolder(h.Holder), what, statewrite.ShortPosn(op.Posn), lost, fix)
}

// exportFact exports the holders this package writes through, in a
// deterministic order, and returns them by holder.
func (b *buckets) exportFact() map[string]heldBucket {
	out := map[string]heldBucket{}
	if len(b.written) == 0 {
		return out
	}
	fact := &bucketWrites{}
	for k, h := range b.written {
		slices.SortFunc(h.More, comparePosn)
		b.written[k] = h
		fact.Holders = append(fact.Holders, h)
		out[h.Holder] = h
	}
	sort.Slice(fact.Holders, func(i, j int) bool { return fact.Holders[i].Holder < fact.Holders[j].Holder })
	b.pass.ExportPackageFact(fact)
	return out
}

// reportOpening reports a local bucket opened into a holder that a
// request path writes through.
func (b *buckets) reportOpening(r *report.Reporter, call *ssa.Call, kind string, h heldBucket) {
	if kind == effects.FileOpened {
		b.reportFile(r, call, h)
		return
	}
	where := "on local disk (" + effects.DescribeBucket(&call.Call) + ")"
	lost := "they stay on this instance's disk, unseen by the others and lost when it is replaced"
	if kind == effects.MemBucket || kind == effects.AferoMem {
		where = "in process memory"
		lost = "they live in this instance's memory, unseen by the others and lost when it stops"
	}
	opened, stores, fix := "opened", "stores objects", "open an S3-compatible bucket and hand out presigned URLs"
	if kind == effects.AferoDisk || kind == effects.AferoMem {
		opened, stores, fix = "built", "writes files", "store them in object storage (S3-compatible) and hand out presigned URLs"
	}
	d := analysis.Diagnostic{
		Message: fmt.Sprintf("%s %s here keeps request data %s: handler %s %s through %s (%s); %s; %s",
			kind, opened, where, h.Handler, stores, displayHolder(h.Holder), statewrite.ShortPosn(h.Posn), lost, fix),
	}
	d.Pos, d.End = statewrite.ShortRange(b.pass, call.Pos())
	if rp := report.Position(b.pass.Fset, h.Posn); rp.IsValid() {
		d.Related = []analysis.RelatedInformation{{Pos: rp, Message: "stored here"}}
	}
	d.Related = append(d.Related, b.moreWrites(h, "stored here")...)
	r.Report(d)
}

// reportFile reports a file opened for writing into a holder that a
// request path writes through.
func (b *buckets) reportFile(r *report.Reporter, call *ssa.Call, h heldBucket) {
	d := analysis.Diagnostic{
		Message: fmt.Sprintf("file opened here keeps request data on local disk (%s): handler %s writes to it through %s (%s); the only copy is on this instance's disk, unseen by the others and lost when it is replaced; keep the records in a database or object storage",
			effects.DescribeOpening(&call.Call), h.Handler, displayHolder(h.Holder), statewrite.ShortPosn(h.Posn)),
	}
	d.Pos, d.End = statewrite.ShortRange(b.pass, call.Pos())
	if rp := report.Position(b.pass.Fset, h.Posn); rp.IsValid() {
		d.Related = []analysis.RelatedInformation{{Pos: rp, Message: "written here"}}
	}
	d.Related = append(d.Related, b.moreWrites(h, "written here")...)
	r.Report(d)
}

// destinations lists the holders ("pkgpath.Type.field", "pkgpath.var") the
// bucket a call opens is stored into: fields and package-level
// variables, through local variables and the parameters of this
// package's functions it is passed to.
func (b *buckets) destinations(call *ssa.Call) []string {
	start := ssa.Value(call)
	if v := extract0(call); v != nil {
		start = v
	}
	hs, _ := b.stores(start)
	return hs
}

// stores lists the holders the value start is stored into, as
// destinations does; a constructor of another package that stores its
// parameter says so in its paramStores fact.
func (b *buckets) stores(start ssa.Value) (out []string, returned bool) {
	work := []ssa.Value{start}
	seen := map[ssa.Value]bool{}
	for len(work) > 0 && len(seen) < 64 {
		v := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[v] || v.Referrers() == nil {
			continue
		}
		seen[v] = true
		for _, ref := range *v.Referrers() {
			switch ref := ref.(type) {
			case *ssa.Store:
				if ref.Val != v {
					continue
				}
				switch addr := ref.Addr.(type) {
				case *ssa.FieldAddr:
					if cell, ok := addr.X.(*ssa.Alloc); ok && effects.IsAfero(cell.Type()) {
						// afero.Afero{Fs: fs}: the wrapper holds it.
						work = append(work, cell)
						work = append(work, loadsOf(cell)...)
						continue
					}
					out = append(out, effects.FieldID(addr.X.Type(), addr.Field))
				case *ssa.Global:
					if obj := addr.Object(); obj != nil && obj.Pkg() != nil {
						out = append(out, obj.Pkg().Path()+"."+obj.Name())
					}
				case *ssa.Alloc:
					work = append(work, loadsOf(addr)...)
				case *ssa.IndexAddr:
					// An element of io.MultiWriter's variadic writers.
					work = append(work, multiWriters(addr)...)
				}
			case *ssa.ChangeType, *ssa.MakeInterface, *ssa.ChangeInterface:
				work = append(work, ref.(ssa.Value))
			case *ssa.Return:
				returned = true
			case *ssa.Call:
				if effects.WrapsWriter(&ref.Call, v) || effects.WrapsFs(&ref.Call, v) {
					work = append(work, ref)
					continue
				}
				callee := ref.Call.StaticCallee()
				if callee == nil {
					continue
				}
				if len(callee.Blocks) == 0 {
					hs, ret := b.importedStores(callee, &ref.Call, v)
					out = append(out, hs...)
					if ret {
						// Built into what the function returns.
						if x := extract0(ref); x != nil {
							work = append(work, x)
						} else {
							work = append(work, ref)
						}
					}
					continue
				}
				for i, a := range ref.Call.Args {
					if a == v && i < len(callee.Params) {
						work = append(work, callee.Params[i])
					}
				}
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out), returned
}

// paramStores is the object fact of a function that stores some of its
// parameters into fields or package-level variables: a constructor that
// keeps the filesystem, bucket or file its caller opened, in another
// package than the caller.
type paramStores struct {
	Params []storedParam
}

// storedParam is one parameter, the holders it is stored into, and
// whether it is returned, itself or inside a filesystem or writer built
// over it (files.NewFs(afero.NewOsFs(), dir)).
type storedParam struct {
	Index    int
	Holders  []string
	Returned bool
}

func (*paramStores) AFact() {}

func (p *paramStores) String() string {
	var parts []string
	for _, sp := range p.Params {
		to := sp.Holders
		if sp.Returned {
			to = append(slices.Clip(to), "result")
		}
		parts = append(parts, fmt.Sprintf("param %d → %s", sp.Index, strings.Join(to, ", ")))
	}
	return "stores " + strings.Join(parts, "; ")
}

// exportStores exports, for each exported function of the package, the
// parameters it stores into fields or variables.
func (b *buckets) exportStores() {
	for _, fn := range b.built.SrcFuncs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || !obj.Exported() || fn.Parent() != nil {
			continue
		}
		fact := &paramStores{}
		for i, p := range fn.Params {
			if !storable(p.Type()) {
				continue
			}
			if hs, ret := b.stores(p); len(hs) > 0 || (ret && fn.Signature.Results().Len() > 0 && storable(fn.Signature.Results().At(0).Type())) {
				fact.Params = append(fact.Params, storedParam{Index: i, Holders: hs, Returned: ret})
			}
		}
		if len(fact.Params) > 0 {
			b.pass.ExportObjectFact(obj, fact)
		}
	}
}

// storable reports whether a parameter of type t may carry a store the
// diskwrite check follows: an interface (afero.Fs, io.Writer) or a pointer.
func storable(t types.Type) bool {
	switch types.Unalias(t).Underlying().(type) {
	case *types.Interface, *types.Pointer:
		return true
	}
	return false
}

// importedStores returns the holders the imported function callee stores
// the argument v into, from its paramStores fact.
func (b *buckets) importedStores(callee *ssa.Function, c *ssa.CallCommon, v ssa.Value) (out []string, returned bool) {
	obj, ok := callee.Object().(*types.Func)
	if !ok || obj.Pkg() == nil || obj.Pkg() == b.pass.Pkg {
		return nil, false
	}
	var fact paramStores
	if !b.pass.ImportObjectFact(obj, &fact) {
		return nil, false
	}
	for _, sp := range fact.Params {
		if sp.Index < len(c.Args) && c.Args[sp.Index] == v {
			out = append(out, sp.Holders...)
			returned = returned || sp.Returned
		}
	}
	return out, returned
}

// nested reports whether the afero filesystem call builds is built into
// another that is itself reported: the outer one says where the files go.
func nested(call *ssa.Call) bool {
	vals := []ssa.Value{call}
	for i := 0; i < len(vals) && i < 8; i++ {
		v := vals[i]
		if v.Referrers() == nil {
			continue
		}
		for _, r := range *v.Referrers() {
			switch r := r.(type) {
			case *ssa.MakeInterface, *ssa.ChangeInterface, *ssa.ChangeType:
				vals = append(vals, r.(ssa.Value))
			case *ssa.Call:
				if effects.WrapsFs(&r.Call, v) && effects.Opening(&r.Call) != "" {
					return true
				}
			}
		}
	}
	return false
}

// multiWriters returns the io.MultiWriter calls whose variadic writers
// are stored in the array element addr.
func multiWriters(addr *ssa.IndexAddr) []ssa.Value {
	arr, ok := addr.X.(*ssa.Alloc)
	if !ok || arr.Referrers() == nil {
		return nil
	}
	var out []ssa.Value
	for _, r := range *arr.Referrers() {
		sl, ok := r.(*ssa.Slice)
		if !ok || sl.Referrers() == nil {
			continue
		}
		for _, u := range *sl.Referrers() {
			if c, ok := u.(*ssa.Call); ok && effects.CallID(&c.Call) == "io.MultiWriter" {
				out = append(out, c)
			}
		}
	}
	return out
}

// extract0 returns the extraction of a call's first result, or nil.
func extract0(call *ssa.Call) ssa.Value {
	if call.Referrers() == nil {
		return nil
	}
	for _, r := range *call.Referrers() {
		if ex, ok := r.(*ssa.Extract); ok && ex.Index == 0 {
			return ex
		}
	}
	return nil
}

// loadsOf lists the loads of a local variable.
func loadsOf(cell *ssa.Alloc) []ssa.Value {
	var out []ssa.Value
	for _, r := range *cell.Referrers() {
		if load, ok := r.(*ssa.UnOp); ok && load.X == cell {
			out = append(out, load)
		}
	}
	return out
}

// displayHolder renders a holder identity for messages:
// "example.com/app.Server.bucket" as "app.Server.bucket".
func displayHolder(id string) string {
	if i := strings.LastIndexByte(id, '/'); i >= 0 {
		return id[i+1:]
	}
	return id
}

// handlerName names a handler for messages.
func handlerName(pass *analysis.Pass, h *entry.Handler) string {
	return h.Name(pass.Pkg)
}

// comparePosn orders two positions as rendered by token.Position
// ("file:line:col") by file, then line, then column.
func comparePosn(a, b string) int {
	fa, la, ca := splitPosn(a)
	fb, lb, cb := splitPosn(b)
	if c := strings.Compare(fa, fb); c != 0 {
		return c
	}
	if la != lb {
		return la - lb
	}
	return ca - cb
}

func splitPosn(posn string) (file string, line, col int) {
	file = posn
	nums := [2]int{}
	for i := 1; i >= 0; i-- {
		j := strings.LastIndexByte(file, ':')
		if j < 0 {
			break
		}
		n, err := strconv.Atoi(file[j+1:])
		if err != nil {
			break
		}
		nums[i], file = n, file[:j]
	}
	return file, nums[0], nums[1]
}
