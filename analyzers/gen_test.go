package analyzers_test

import (
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"hash/fnv"
	"regexp"
	"slices"
	"strings"
)

// This file holds the program generator behind FuzzEngine: from a feature
// mask and a stream of choices it writes a small service of one to three
// packages that always type-checks, so that every input exercises the
// analyzers rather than the type checker's error paths.

// feature switches on a family of constructs. The fuzz input carries the
// mask explicitly, so that the seed corpus can name what each seed covers
// and a mutation of one bit adds or removes one family.
type feature uint32

const (
	featGlobals        feature = 1 << iota // package-level maps, slices, counters, structs, channels
	featSync                               // sync.Mutex, sync.Map, sync.Once, sync/atomic
	featServer                             // a long-lived Server whose methods write its fields
	featClosure                            // handler closures capturing variables of their factory
	featCalls                              // helper call graphs: recursion, mutual recursion, across packages
	featFuncValues                         // function values, method values and expressions, a hook variable
	featDefer                              // defer of calls and closures
	featPanic                              // panic and recover
	featGo                                 // go statements, time.AfterFunc, context.AfterFunc
	featJoin                               // WaitGroup joins, result and done channels, select
	featFiles                              // os.CreateTemp, os.WriteFile, os.Remove and friends
	featInit                               // init functions
	featGenerics                           // generic helpers Put and Push
	featControl                            // labelled loops, switch, type switch, early returns
	featGetters                            // getters returning pointers into globals
	featConstructor                        // handlers registered in the Server's constructor
	featMux                                // a ServeMux instead of the default one
	featDirectives                         // //statecheck:cache and //statecheck:ignore comments
	featIterators                          // range-over-func loops over iterators the program declares
	featLineDirectives                     // //line directives before functions and inside bodies
	featInterfaces                         // calls through an interface whose implementations write state
	endFeatures                            // not a feature: the bit after the last one
)

// allFeatures switches every family on.
const allFeatures = endFeatures - 1

// construct is one construct the generator can emit. The generator records
// which it emitted, so a test can check that the seed corpus covers them
// all instead of trusting the feature mask.
type construct int

const (
	cGlobalMap construct = iota
	cGlobalSlice
	cGlobalCounter
	cGlobalStruct
	cGlobalChan
	cMutex
	cSyncMap
	cAtomic
	cOnce
	cHandlerFunc
	cHandlerMethod
	cHandlerClosure
	cHandlerLiteral
	cRegisterInMain
	cRegisterInConstructor
	cServeMux
	cFieldWrite
	cCapturedWrite
	cHelperCall
	cCrossPackageCall
	cRecursion
	cMutualRecursion
	cMethodValue
	cMethodExpr
	cFuncValue
	cDefer
	cGo
	cAfterFunc
	cWaitGroup
	cChannel
	cSelect
	cGetter
	cCreateTemp
	cWriteFile
	cRemove
	cInit
	cGeneric
	cLabelledLoop
	cSwitch
	cPanic
	cRecover
	cThreePackages
	cSpawnHelper
	cChanHelper
	cFileHelper
	cCacheDirective
	cIgnoreDirective
	cRangeFunc
	cRangeFuncBreak
	cRangeFuncReturn
	cRangeFuncLabelled
	cIteratorWrite
	cGoto
	cLineBeforeFunc
	cLineInBody
	cLineBig
	cLineSmall
	cLineNoFile
	cLineColumn
	cInterfaceCall
	cInterfaceArg
	numConstructs
)

var constructNames = [numConstructs]string{
	"global map", "global slice", "global counter", "global struct", "global channel",
	"sync.Mutex", "sync.Map", "sync/atomic", "sync.Once",
	"handler func", "handler method", "handler closure", "handler literal",
	"registered in main", "registered in constructor", "ServeMux",
	"server field write", "captured variable write",
	"helper call", "cross-package call", "recursion", "mutual recursion",
	"method value", "method expression", "function value",
	"defer", "go statement", "time.AfterFunc", "sync.WaitGroup", "channel", "select",
	"getter", "os.CreateTemp", "os.WriteFile", "os.Remove", "init", "generics",
	"labelled loop", "switch", "panic", "recover", "three packages",
	"WaitGroup handed to a helper", "channel returned by a helper", "temporary file returned by a helper",
	"cache directive", "ignore directive",
	"range-over-func loop", "break in a range-over-func body", "return in a range-over-func body",
	"labelled break or continue out of a range-over-func body", "iterator writing state", "goto",
	"//line before a function", "//line inside a body", "//line with a huge line number",
	"//line with a small line number", "//line with no file name", "//line with a column",
	"call through an interface", "interface handed to a helper",
}

// constructSet is a set of constructs.
type constructSet uint64

func (s constructSet) has(c construct) bool { return s&(1<<c) != 0 }

// missing names the constructs not in s.
func (s constructSet) missing() []string {
	var names []string
	for c := range numConstructs {
		if !s.has(c) {
			names = append(names, constructNames[c])
		}
	}
	return names
}

// choices hands out the generator's decisions: the fuzz input's bytes
// first, so that a mutated byte changes one decision and the fuzzer's
// mutations stay local, then a splitmix64 stream seeded from the whole
// input, so that a short input still makes a full program.
type choices struct {
	data  []byte
	state uint64
}

func newChoices(feat feature, data []byte) *choices {
	h := fnv.New64a()
	fmt.Fprintf(h, "%d:", feat)
	h.Write(data)
	return &choices{data: data, state: h.Sum64()}
}

func (c *choices) next() uint64 {
	if len(c.data) > 0 {
		b := c.data[0]
		c.data = c.data[1:]
		return uint64(b)
	}
	c.state += 0x9e3779b97f4a7c15
	z := c.state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// intn returns a choice in [0, n).
func (c *choices) intn(n int) int { return int(c.next() % uint64(n)) }

// between returns a choice in [lo, hi].
func (c *choices) between(lo, hi int) int { return lo + c.intn(hi-lo+1) }

// pick2 returns one of ns.
func (c *choices) pick2(ns ...int) int { return ns[c.intn(len(ns))] }

// pick returns one of names.
func (c *choices) pick(names ...string) string { return names[c.intn(len(names))] }

// genFile is one generated source file, at a path relative to GOPATH.
type genFile struct {
	path string
	src  string
}

// genProgram is a generated program.
type genProgram struct {
	files []genFile
	// patterns are the import paths of its packages, for packages.Load.
	patterns []string
	// made records the constructs the program contains.
	made constructSet
}

// source concatenates the files, for failure messages.
func (p *genProgram) source() string {
	var b strings.Builder
	for _, f := range p.files {
		fmt.Fprintf(&b, "-- %s --\n%s\n", f.path, f.src)
	}
	return b.String()
}

// The kinds of package-level variable.
type globalKind int

const (
	gMap globalKind = iota
	gSlice
	gCounter
	gTally    // a Tally struct value
	gTallyPtr // a *Tally
	gLazy     // a map initialized lazily under a nil check
	gChan
	gMutex
	gSyncMap
	gAtomic // an atomic.Int64
	gInt64  // an int64 for atomic.AddInt64
	gOnce
	gHook // a func(string, int) int set in init or main
)

type genGlobal struct {
	name string
	kind globalKind
}

// The kinds of getter, by what they return.
type getterKind int

const (
	getCounterPtr getterKind = iota
	getMapRef
	getTallyPtr
	getSlicePtr
)

type genGetter struct {
	name string
	kind getterKind
}

// genPkg is one package of the program. Packages are layered: a package
// may use the packages of lower layers, so the imports never cycle.
type genPkg struct {
	name, path string
	layer      int
	decls      []string
	globals    []genGlobal
	taken      map[string]bool // names declared at package level
	// helpers have the signature func(k string, d int) int, so that any
	// helper can call any other and be used as a value.
	helpers []string
	getters []genGetter
	// Helpers that hand a resource to their caller, whose fate the
	// caller decides: spawners start a goroutine on the caller's
	// *sync.WaitGroup, starters return the channel their goroutine sends
	// on, spillers return a temporary file.
	spawners, starters, spillers []string

	tally bool // declares type Tally
	// iterators are functions of type func(yield func(int) bool);
	// iterFactories take an int and return one.
	iterators, iterFactories []string
	// iface is the interface type the package declares, with method Put
	// of the helper signature; ifaceVars are package-level variables of
	// that type, and ifaceFill a helper taking one.
	iface, ifaceFill string
	ifaceImpls       []string // its implementations: the map-backed one, the counting one
	ifaceVars        []string
	// server: the package declares Server, its constructor and methods;
	// recorders are the Server methods of the helper signature.
	server    bool
	recorders []string
}

// generator writes one program.
type generator struct {
	feat   feature
	ch     *choices
	pkgs   []*genPkg // by layer, lowest first
	helper *genPkg   // holds the shared state and helpers
	svc    *genPkg   // holds the handlers and the Server
	main   *genPkg
	made   constructSet
	// calls are the static call edges between helpers, for recording
	// recursion and mutual recursion.
	calls  map[string][]string
	serial int // for unique local names
	// mainRegs are the handlers main registers.
	mainRegs []handler
}

// generateProgram writes the program that the feature mask and the choices
// in data describe. It fails only when the generated source does not
// parse, which is a bug of the generator.
func generateProgram(feat feature, data []byte) (*genProgram, error) {
	g := &generator{feat: feat & allFeatures, ch: newChoices(feat, data), calls: map[string][]string{}}
	g.layout()
	g.declareState()
	g.declareHelpers()
	g.declareIterators()
	g.declareInterfaces()
	g.declareHandlers()
	g.declareMain()
	g.recordRecursion()
	g.lineDirectives()

	p := &genProgram{made: g.made}
	for _, pkg := range g.pkgs {
		src, err := pkg.render()
		if err != nil {
			return nil, fmt.Errorf("package %s: %v\n%s", pkg.path, err, src)
		}
		file := "src/" + pkg.path + "/" + pkg.name + ".go"
		p.files = append(p.files, genFile{path: file, src: src})
		p.patterns = append(p.patterns, pkg.path)
	}
	return p, nil
}

// has reports whether the input switched feature f on.
func (g *generator) has(f feature) bool { return g.feat&f != 0 }

// mark records that the program contains cs.
func (g *generator) mark(cs ...construct) {
	for _, c := range cs {
		g.made |= 1 << c
	}
}

// local returns a fresh local name with the given stem.
func (g *generator) local(stem string) string {
	g.serial++
	return fmt.Sprintf("%s%d", stem, g.serial)
}

// layout chooses one to three packages and which roles each plays: with
// one, main holds everything; with two, the state and helpers or the
// handlers move to a package of their own; with three, main imports a
// service package that imports a helper package.
func (g *generator) layout() {
	mk := func(name, path string) *genPkg {
		return &genPkg{name: name, path: path, taken: map[string]bool{}}
	}
	main := mk("main", "app")
	switch g.ch.intn(4) {
	case 0:
		g.pkgs = []*genPkg{main}
		g.helper, g.svc = main, main
	case 1:
		helper := mk("helper", "app/helper")
		g.pkgs = []*genPkg{helper, main}
		g.helper, g.svc = helper, main
	case 2:
		svc := mk("svc", "app/svc")
		g.pkgs = []*genPkg{svc, main}
		g.helper, g.svc = svc, svc
	default:
		helper, svc := mk("helper", "app/helper"), mk("svc", "app/svc")
		g.pkgs = []*genPkg{helper, svc, main}
		g.helper, g.svc = helper, svc
		g.mark(cThreePackages)
	}
	g.main = main
	for i, p := range g.pkgs {
		p.layer = i
	}
}

// fresh declares and returns stem, numbered if pkg already declares it.
func (pkg *genPkg) fresh(stem string) string {
	name := stem
	for i := 2; pkg.taken[name]; i++ {
		name = fmt.Sprintf("%s%d", stem, i)
	}
	pkg.taken[name] = true
	return name
}

// freshName declares in pkg a name made from one of stems. The stems are
// the words real services use (Sessions, Carts, Login), which some
// analyzers weigh.
func (g *generator) freshName(pkg *genPkg, stems ...string) string {
	return pkg.fresh(g.ch.pick(stems...))
}

// ref returns how code in from names the package-level identifier name of
// to.
func ref(from, to *genPkg, name string) string {
	if from == to {
		return name
	}
	return to.name + "." + name
}

// decl adds a top-level declaration to pkg.
func (pkg *genPkg) decl(format string, args ...any) {
	pkg.decls = append(pkg.decls, fmt.Sprintf(format, args...))
}

// qualifiers maps the package names generated code qualifies identifiers
// with to their import paths.
var qualifiers = map[string]string{
	"atomic":   "sync/atomic",
	"context":  "context",
	"filepath": "path/filepath",
	"helper":   "app/helper",
	"http":     "net/http",
	"io":       "io",
	"os":       "os",
	"svc":      "app/svc",
	"sync":     "sync",
	"time":     "time",
}

// qualified matches a qualified identifier: a name not preceded by a
// selector, then a dot. Generated locals and fields never take these
// names, and generated strings never contain them, so a match is a use.
var qualified = regexp.MustCompile(`(?:^|[^\w.])([a-z]+)\.[A-Za-z]`)

// render writes the package's file, gofmt-ed. Imports are found from the
// qualifiers the code uses, so a statement generated and then dropped
// cannot leave an unused import behind.
func (pkg *genPkg) render() (string, error) {
	code := strings.Join(pkg.decls, "\n\n")
	var paths []string
	for _, m := range qualified.FindAllStringSubmatch(code, -1) {
		if path, ok := qualifiers[m[1]]; ok && m[1] != pkg.name && !slices.Contains(paths, path) {
			paths = append(paths, path)
		}
	}
	slices.Sort(paths)
	var b strings.Builder
	fmt.Fprintf(&b, "// Package %s is generated by FuzzEngine.\npackage %s\n\n", pkg.name, pkg.name)
	if len(paths) > 0 {
		b.WriteString("import (\n")
		for _, p := range paths {
			fmt.Fprintf(&b, "\t%q\n", p)
		}
		b.WriteString(")\n\n")
	}
	b.WriteString(code)
	out, err := format.Source([]byte(b.String()))
	if err != nil {
		return b.String(), err
	}
	return string(out), nil
}

// declareState declares the package-level state: always in the helper
// package, sometimes in the others too.
func (g *generator) declareState() {
	for _, pkg := range g.pkgs {
		if pkg != g.helper && g.ch.intn(3) != 0 {
			continue
		}
		g.declareGlobals(pkg, pkg == g.helper)
	}
	if g.has(featGenerics) {
		pkg := g.helper
		pkg.taken["Put"], pkg.taken["Push"] = true, true
		pkg.decl("// Put stores v under k in m.\nfunc Put[K comparable, V any](m map[K]V, k K, v V) {\n\tm[k] = v\n}")
		pkg.decl("// Push appends v to the slice s points to.\nfunc Push[T any](s *[]T, v T) {\n\t*s = append(*s, v)\n}")
	}
}

// declareGlobals declares pkg's package-level variables of the kinds the
// features allow, and getters for them. first is set for the helper
// package, whose first map the first handler always writes.
func (g *generator) declareGlobals(pkg *genPkg, first bool) {
	add := func(kind globalKind, typ, init string, stems ...string) string {
		name := g.freshName(pkg, stems...)
		// The first handler writes the helper package's first map: a
		// cache directive would silence the finding it guarantees.
		guaranteed := first && kind == gMap && !slices.ContainsFunc(pkg.globals, func(gl genGlobal) bool { return gl.kind == gMap })
		pkg.globals = append(pkg.globals, genGlobal{name: name, kind: kind})
		doc := ""
		if g.has(featDirectives) && !guaranteed && g.ch.intn(4) == 0 {
			// Declared a cache, the variable's writes are no client state;
			// the declaration travels to importers as a fact.
			doc = "//statecheck:cache " + g.ch.pick("rebuilt from the database on a miss", "warm entries only", "") + "\n"
			g.mark(cCacheDirective)
		}
		if init != "" {
			pkg.decl("%svar %s = %s", doc, name, init)
		} else {
			pkg.decl("%svar %s %s", doc, name, typ)
		}
		return name
	}
	if g.has(featGlobals) {
		add(gMap, "", "map[string]int{}", "Sessions", "Carts", "Users", "Tokens", "ByID")
		if !first || g.ch.intn(2) == 0 {
			add(gMap, "", "map[string]int{}", "Sessions", "Carts", "Users", "Tokens", "ByID")
		}
		for range g.ch.between(1, 3) {
			add(gSlice, "[]string", "", "Orders", "Events", "Visitors", "Queue")
			add(gCounter, "int", "", "Hits", "Total", "Requests", "NextID")
		}
		if !pkg.tally {
			pkg.tally = true
			pkg.taken["Tally"] = true
			pkg.decl("// Tally is a long-lived aggregate.\ntype Tally struct {\n\tCount int\n\tLast  string\n\tSeen  map[string]bool\n}")
		}
		add(gTally, "Tally", "", "Stats", "Usage")
		add(gTallyPtr, "", "&Tally{Seen: map[string]bool{}}", "Current", "Latest")
		if g.ch.intn(2) == 0 {
			add(gLazy, "map[string]int", "", "Lazy", "Memo")
		}
		if g.ch.intn(2) == 0 {
			add(gChan, "", "make(chan string, 16)", "Jobs", "Work")
		}
	}
	if g.has(featSync) {
		add(gMutex, "sync.Mutex", "", "Mu", "Lock")
		add(gSyncMap, "sync.Map", "", "Cache", "Seen", "Index")
		add(gOnce, "sync.Once", "", "Once", "Boot")
		add(gAtomic, "atomic.Int64", "", "Served", "Inflight")
		add(gInt64, "int64", "", "Bytes", "Errors")
	}
	if g.has(featFuncValues) {
		add(gHook, "func(string, int) int", "", "Hook", "OnEvent")
	}
	if g.has(featGetters) {
		for _, gl := range slices.Clone(pkg.globals) {
			var name, body string
			var kind getterKind
			switch gl.kind {
			case gCounter:
				name, kind, body = gl.name+"Ptr", getCounterPtr, fmt.Sprintf("func %sPtr() *int {\n\treturn &%s\n}", gl.name, gl.name)
			case gMap:
				name, kind, body = gl.name+"Ref", getMapRef, fmt.Sprintf("func %sRef() map[string]int {\n\treturn %s\n}", gl.name, gl.name)
			case gTally:
				name, kind, body = gl.name+"Ptr", getTallyPtr, fmt.Sprintf("func %sPtr() *Tally {\n\treturn &%s\n}", gl.name, gl.name)
			case gSlice:
				name, kind, body = gl.name+"Ptr", getSlicePtr, fmt.Sprintf("func %sPtr() *[]string {\n\treturn &%s\n}", gl.name, gl.name)
			default:
				continue
			}
			if pkg.taken[name] {
				continue
			}
			pkg.taken[name] = true
			pkg.getters = append(pkg.getters, genGetter{name: name, kind: kind})
			pkg.decl("// %s gives callers the package's own state.\n%s", name, body)
		}
	}
}

// declareHelpers declares the helpers of each package, then their bodies,
// so that any helper may call any other of its package or of a lower one.
func (g *generator) declareHelpers() {
	for _, pkg := range g.pkgs {
		n := g.ch.between(1, 2)
		if g.has(featCalls) {
			n = g.ch.between(2, 4)
		}
		for range n {
			pkg.helpers = append(pkg.helpers, g.freshName(pkg, "Save", "Record", "Lookup", "Bump", "Track", "Touch", "Audit", "Flush"))
		}
	}
	for _, pkg := range g.pkgs {
		for i, name := range pkg.helpers {
			ctx := &fnCtx{g: g, pkg: pkg, self: pkg.path + "." + name, ret: "return d"}
			var body []string
			if g.has(featCalls) && pkg.layer == 0 {
				// Recursion and mutual recursion, guaranteed in the lowest
				// package; the random calls add more.
				switch {
				case i == 0 && len(pkg.helpers) > 1:
					body = append(body, fmt.Sprintf("if d > 0 {\nd += %s\n}", ctx.call(pkg, pkg.helpers[1], "k", "d-1")))
				case i == 1:
					body = append(body, fmt.Sprintf("if d > 1 {\nd += %s\n}", ctx.call(pkg, pkg.helpers[0], "k", "d-2")))
				case i == len(pkg.helpers)-1:
					body = append(body, fmt.Sprintf("if d > 2 {\nd += %s\n}", ctx.call(pkg, name, "k", "d/2")))
				}
			}
			body = append(body, ctx.block(0, 1, 3)...)
			pkg.decl("func %s(k string, d int) int {\n%s\nreturn d\n}", name, strings.Join(body, "\n"))
		}
	}
	for _, pkg := range g.pkgs {
		g.declareResourceHelpers(pkg)
	}
	if g.has(featServer) || g.has(featConstructor) {
		g.declareServer()
	}
}

// declareResourceHelpers declares the helpers that hand a goroutine or a
// file to their caller, so that whether it is joined or removed is
// decided a call away, through the analyzers' summaries.
func (g *generator) declareResourceHelpers(pkg *genPkg) {
	if g.has(featJoin) && g.ch.intn(3) != 0 {
		name := g.freshName(pkg, "Spawn", "Launch")
		ctx := &fnCtx{g: g, pkg: pkg, self: pkg.path + "." + name, ret: "return"}
		pkg.decl("// %s works in a goroutine the caller's WaitGroup joins.\nfunc %s(wg *sync.WaitGroup, k string, d int) {\nwg.Add(1)\ngo func() {\ndefer wg.Done()\n%s\n}()\n}",
			name, name, ctx.nested(0))
		pkg.spawners = append(pkg.spawners, name)
	}
	if g.has(featJoin) && g.ch.intn(3) != 0 {
		name := g.freshName(pkg, "Start", "Async")
		ctx := &fnCtx{g: g, pkg: pkg, self: pkg.path + "." + name, ret: "return"}
		pkg.decl("// %s returns the channel its goroutine delivers on.\nfunc %s(k string, d int) <-chan int {\nch := make(chan int, 1)\ngo func() {\n%s\nch <- d\n}()\nreturn ch\n}",
			name, name, ctx.nested(0))
		pkg.starters = append(pkg.starters, name)
	}
	if g.has(featFiles) && g.ch.intn(3) != 0 {
		name := g.freshName(pkg, "Spill", "Stage")
		pkg.decl("// %s returns a temporary file holding k; the caller owns it.\nfunc %s(k string) (*os.File, error) {\nf, err := os.CreateTemp(\"\", \"spill-*\")\nif err != nil {\nreturn nil, err\n}\n_, _ = f.WriteString(k)\nreturn f, nil\n}",
			name, name)
		pkg.spillers = append(pkg.spillers, name)
	}
}

// resourceHelper picks a helper of the list sel selects that ctx can see
// and returns how ctx names it, or "".
func (ctx *fnCtx) resourceHelper(sel func(*genPkg) []string) string {
	type cand struct {
		pkg  *genPkg
		name string
	}
	var cands []cand
	for _, p := range ctx.visible() {
		for _, name := range sel(p) {
			cands = append(cands, cand{p, name})
		}
	}
	if len(cands) == 0 {
		return ""
	}
	c := cands[ctx.g.ch.intn(len(cands))]
	ctx.g.calls[ctx.self] = append(ctx.g.calls[ctx.self], c.pkg.path+"."+c.name)
	return ref(ctx.pkg, c.pkg, c.name)
}

// declareServer declares Server in the service package: fields of every
// kind, recorder methods with the helper signature, and a constructor.
func (g *generator) declareServer() {
	pkg := g.svc
	pkg.server = true
	pkg.taken["Server"], pkg.taken["NewServer"] = true, true
	fields := []string{"hits  int", "byKey map[string]int", "log   []string"}
	if g.has(featDirectives) && g.ch.intn(2) == 0 {
		fields[1] = "//statecheck:cache rebuilt on a miss\n" + fields[1]
		g.mark(cCacheDirective)
	}
	if g.has(featSync) {
		fields = append(fields, "mu     sync.Mutex", "cache  sync.Map", "served atomic.Int64")
	}
	pkg.decl("// Server lives as long as the instance.\ntype Server struct {\n%s\n}", strings.Join(fields, "\n"))
	for range g.ch.between(1, 2) {
		pkg.recorders = append(pkg.recorders, g.freshName(pkg, "Remember", "Note", "Store"))
	}
	for _, name := range pkg.recorders {
		ctx := &fnCtx{g: g, pkg: pkg, self: pkg.path + ".Server." + name, recv: true, ret: "return d"}
		body := append([]string{ctx.fieldWrite()}, ctx.block(0, 0, 2)...)
		pkg.decl("func (s *Server) %s(k string, d int) int {\n%s\nreturn d\n}", name, strings.Join(body, "\n"))
	}
}

// declareIterators declares, in the helper package, iterators that
// handlers range over: one that only yields, and a factory whose
// iterator writes package state as it yields, so that the write happens
// in the iterator while the loop body runs in the handler.
func (g *generator) declareIterators() {
	if !g.has(featIterators) {
		return
	}
	pkg := g.helper
	seq := g.freshName(pkg, "Each", "Shards", "Pages")
	pkg.decl("// %s yields 0, 1 and 2 until the loop body stops it.\nfunc %s(yield func(int) bool) {\nfor i := range 3 {\nif !yield(i) {\nreturn\n}\n}\n}", seq, seq)
	pkg.iterators = append(pkg.iterators, seq)
	upto := g.freshName(pkg, "Upto", "Batches")
	ctx := &fnCtx{g: g, pkg: pkg, self: pkg.path + "." + upto, ret: "return"}
	write := "d++"
	if c, kind := ctx.globalKind(gCounter, gMap); c != "" && g.ch.intn(3) != 0 {
		g.mark(cIteratorWrite)
		if kind == gMap {
			write = c + "[k] = d"
		} else {
			write = c + " += d"
		}
	}
	pkg.decl("// %s returns an iterator over [0, n) that records what it yields.\nfunc %s(n int) func(yield func(int) bool) {\nreturn func(yield func(int) bool) {\nk := \"upto\"\nfor d := range n {\n%s\n_ = k\nif !yield(d) {\nreturn\n}\n}\n}\n}", upto, upto, write)
	pkg.iterFactories = append(pkg.iterFactories, upto)
}

// declareInterfaces declares, in the helper package, an interface with
// the helper signature, two implementations that write state (a field of
// a long-lived value, package state through the statements of a helper),
// package-level variables of the interface type and a helper that calls
// the interface it is handed.
func (g *generator) declareInterfaces() {
	if !g.has(featInterfaces) {
		return
	}
	pkg := g.helper
	iface := g.freshName(pkg, "Store", "Backend", "Sink")
	mem := pkg.fresh("Mem" + iface)
	counting := pkg.fresh("Counting" + iface)
	pkg.decl("// %s keeps what handlers hand it.\ntype %s interface {\nPut(k string, d int) int\n}", iface, iface)
	pkg.decl("// %s keeps entries in this instance's memory.\ntype %s struct {\nM map[string]int\n}", mem, mem)
	pkg.decl("func (s *%s) Put(k string, d int) int {\ns.M[k] = d\nreturn len(s.M)\n}", mem)
	ctx := &fnCtx{g: g, pkg: pkg, self: pkg.path + "." + counting + ".Put", ret: "return d"}
	pkg.decl("// %s counts in package state.\ntype %s struct{}\n\nfunc (%s) Put(k string, d int) int {\n%s\nreturn d\n}", counting, counting, counting, strings.Join(ctx.block(1, 1, 2), "\n"))
	pkg.iface, pkg.ifaceImpls = iface, []string{mem, counting}
	for range g.ch.between(1, 2) {
		v := g.freshName(pkg, "Default", "Primary", "Fallback")
		pkg.decl("var %s %s = %s", v, iface, pkg.implExpr(pkg, g.ch.intn(2)))
		pkg.ifaceVars = append(pkg.ifaceVars, v)
	}
	pkg.ifaceFill = pkg.fresh("Fill")
	pkg.decl("// %s puts k into the store it is handed.\nfunc %s(s %s, k string, d int) int {\nreturn s.Put(k, d)\n}", pkg.ifaceFill, pkg.ifaceFill, iface)
}

// implExpr returns a new value of the package's implementation i of its
// interface, as code in from names it.
func (pkg *genPkg) implExpr(from *genPkg, i int) string {
	if i == 0 {
		return "&" + ref(from, pkg, pkg.ifaceImpls[0]) + "{M: map[string]int{}}"
	}
	return ref(from, pkg, pkg.ifaceImpls[1]) + "{}"
}

// lineDirectives puts //line directives before some functions of every
// package: huge, small and nameless line numbers, with and without a
// column. The statements that carry one inside a body are generated by
// stmt.
func (g *generator) lineDirectives() {
	if !g.has(featLineDirectives) {
		return
	}
	for _, pkg := range g.pkgs {
		for i, d := range pkg.decls {
			if !strings.HasPrefix(d, "func ") && !strings.Contains(d, "\nfunc ") || g.ch.intn(3) != 0 {
				continue
			}
			pkg.decls[i] = g.lineDirective() + "\n" + d
			g.mark(cLineBeforeFunc)
		}
	}
}

// lineDirective returns a //line directive, with no newline.
func (g *generator) lineDirective() string {
	file := g.ch.pick("handlers.tmpl", "gen/routes.go", "api.proto", "", "/abs/schema.sql")
	var line int
	switch g.ch.intn(3) {
	case 0:
		g.mark(cLineBig)
		line = g.ch.pick2(1_000_000_000, 50_000_000, 1<<30-100)
	default:
		g.mark(cLineSmall)
		line = g.ch.between(1, 40)
	}
	if file == "" {
		g.mark(cLineNoFile)
	}
	if g.ch.intn(3) == 0 {
		g.mark(cLineColumn)
		return fmt.Sprintf("//line %s:%d:%d", file, line, g.ch.between(1, 80))
	}
	return fmt.Sprintf("//line %s:%d", file, line)
}

// handler is a handler to register: the expression main or the
// constructor passes to the mux.
type handler struct {
	pattern string
	// expr is the handler as the service package names it; s stands for
	// the Server.
	expr string
	// method: expr is a method value of the Server.
	method bool
	// handlerFunc: expr has type http.HandlerFunc, so http.Handle takes it.
	handlerFunc bool
}

// declareHandlers declares the handlers in the service package: plain
// functions, Server methods and closures from factories. The first one of
// each kind carries the guaranteed findings.
func (g *generator) declareHandlers() {
	pkg := g.svc
	var hs []handler
	for i := range g.ch.between(1, 3) {
		name := g.freshName(pkg, "Login", "Logout", "Upload", "Export", "Status", "Checkout")
		ctx := &fnCtx{g: g, pkg: pkg, self: pkg.path + "." + name, req: true, ret: "return"}
		body := ctx.handlerPrologue(i == 0)
		body = append(body, ctx.block(0, 1, 4)...)
		body = append(body, ctx.handlerEpilogue()...)
		pkg.decl("func %s(w http.ResponseWriter, r *http.Request) {\n%s\n}", name, strings.Join(body, "\n"))
		hs = append(hs, handler{pattern: "/" + strings.ToLower(name), expr: name})
		g.mark(cHandlerFunc)
	}
	if pkg.server {
		for i := range g.ch.between(1, 2) {
			name := g.freshName(pkg, "ServeCart", "ServeOrder", "ServeProfile")
			ctx := &fnCtx{g: g, pkg: pkg, self: pkg.path + ".Server." + name, req: true, recv: true, ret: "return"}
			body := ctx.handlerPrologue(false)
			if i == 0 {
				body = append(body, ctx.fieldWrite())
			}
			body = append(body, ctx.block(0, 1, 3)...)
			body = append(body, ctx.handlerEpilogue()...)
			pkg.decl("func (s *Server) %s(w http.ResponseWriter, r *http.Request) {\n%s\n}", name, strings.Join(body, "\n"))
			hs = append(hs, handler{pattern: "/" + strings.ToLower(name), expr: "s." + name, method: true})
			g.mark(cHandlerMethod, cMethodValue)
		}
	}
	if g.has(featClosure) {
		for range g.ch.between(1, 2) {
			name := g.freshName(pkg, "Counter", "Tracker", "Limiter")
			ctx := &fnCtx{g: g, pkg: pkg, self: pkg.path + "." + name, req: true, captured: true, ret: "return"}
			body := ctx.handlerPrologue(false)
			body = append(body, "n++", "seen[k] = n")
			body = append(body, ctx.block(0, 0, 3)...)
			body = append(body, "_, _, _ = n, seen, hist")
			body = append(body, ctx.handlerEpilogue()...)
			pkg.decl("// %s returns a handler that counts in variables it captures.\nfunc %s() http.HandlerFunc {\nn := 0\nseen := map[string]int{}\nvar hist []string\nreturn func(w http.ResponseWriter, r *http.Request) {\n%s\n}\n}",
				name, name, strings.Join(body, "\n"))
			hs = append(hs, handler{pattern: "/" + strings.ToLower(name), expr: name + "()", handlerFunc: true})
			g.mark(cHandlerClosure, cCapturedWrite)
		}
	}
	g.register(hs)
}

// register writes NewServer, which registers the Server's handlers when
// the constructor feature is on, and main's registrations of the rest.
func (g *generator) register(hs []handler) {
	pkg := g.svc
	var inCtor, inMain []handler
	for _, h := range hs {
		if h.method && g.has(featConstructor) {
			inCtor = append(inCtor, h)
		} else {
			inMain = append(inMain, h)
		}
	}
	if pkg.server {
		var b strings.Builder
		b.WriteString("// NewServer builds the instance's server")
		if len(inCtor) > 0 {
			b.WriteString(" and registers its handlers")
		}
		b.WriteString(".\nfunc NewServer() *Server {\ns := &Server{byKey: map[string]int{}}\n")
		for _, h := range inCtor {
			fmt.Fprintf(&b, "http.HandleFunc(%q, %s)\n", h.pattern, h.expr)
			g.mark(cRegisterInConstructor)
		}
		b.WriteString("return s\n}")
		pkg.decl("%s", b.String())
	}
	g.mainRegs = inMain
}

// declareMain writes main: setup that runs before serving, the
// registrations, and the server.
func (g *generator) declareMain() {
	pkg := g.main
	ctx := &fnCtx{g: g, pkg: pkg, self: "main", ret: "return"}
	var body []string
	body = append(body, `k, d := "boot", 0`)
	body = append(body, ctx.block(0, 0, 2)...)
	body = append(body, "_, _ = k, d")
	if g.has(featFuncValues) && !g.has(featInit) {
		body = append(body, ctx.setHooks()...)
	}
	mux := "http"
	if g.has(featMux) {
		mux = "mux"
		body = append(body, "mux := http.NewServeMux()")
		g.mark(cServeMux)
	}
	if g.svc.server {
		srv := ref(pkg, g.svc, "NewServer") + "()"
		uses := false
		for _, h := range g.mainRegs {
			uses = uses || h.method
		}
		if uses {
			body = append(body, "s := "+srv)
		} else {
			body = append(body, "_ = "+srv)
		}
	}
	for _, h := range g.mainRegs {
		expr := h.expr
		if !h.method {
			expr = ref(pkg, g.svc, expr)
		}
		if h.handlerFunc && g.ch.intn(2) == 0 {
			body = append(body, fmt.Sprintf("%s.Handle(%q, %s)", mux, h.pattern, expr))
		} else {
			body = append(body, fmt.Sprintf("%s.HandleFunc(%q, %s)", mux, h.pattern, expr))
		}
		g.mark(cRegisterInMain)
	}
	if g.ch.intn(2) == 0 {
		// A handler literal in main.
		lit := &fnCtx{g: g, pkg: pkg, self: "main.func", req: true, ret: "return"}
		inner := lit.handlerPrologue(false)
		inner = append(inner, lit.block(1, 1, 2)...)
		inner = append(inner, lit.handlerEpilogue()...)
		body = append(body, fmt.Sprintf("%s.HandleFunc(\"/inline\", func(w http.ResponseWriter, r *http.Request) {\n%s\n})", mux, strings.Join(inner, "\n")))
		g.mark(cHandlerLiteral, cRegisterInMain)
	}
	if g.has(featMux) {
		body = append(body, `_ = http.ListenAndServe(":8080", mux)`)
	} else {
		body = append(body, `_ = http.ListenAndServe(":8080", nil)`)
	}
	if g.has(featInit) {
		for _, p := range g.pkgs {
			g.declareInit(p)
		}
	}
	pkg.decl("func main() {\n%s\n}", strings.Join(body, "\n"))
}

// declareInit writes an init function that sets up the package's state and
// hooks; its writes are setup, not request state.
func (g *generator) declareInit(pkg *genPkg) {
	ctx := &fnCtx{g: g, pkg: pkg, self: pkg.path + ".init", ret: "return"}
	body := []string{`k, d := "init", 1`}
	if g.has(featFuncValues) {
		body = append(body, ctx.setHooks()...)
	}
	body = append(body, ctx.block(1, 0, 2)...)
	body = append(body, "_, _ = k, d")
	pkg.decl("func init() {\n%s\n}", strings.Join(body, "\n"))
	g.mark(cInit)
}

// recordRecursion records whether the helpers' call graph has a
// self-loop or a longer cycle.
func (g *generator) recordRecursion() {
	reaches := func(from, to string) bool {
		seen := map[string]bool{}
		stack := []string{from}
		for len(stack) > 0 {
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, c := range g.calls[f] {
				if c == to {
					return true
				}
				if !seen[c] {
					seen[c] = true
					stack = append(stack, c)
				}
			}
		}
		return false
	}
	for f, cs := range g.calls {
		for _, c := range cs {
			if c == f {
				g.mark(cRecursion)
			} else if reaches(c, f) {
				g.mark(cMutualRecursion)
			}
		}
	}
}

// fnCtx is the function a statement is generated in.
type fnCtx struct {
	g   *generator
	pkg *genPkg
	// self names the function for call edges.
	self string
	// What is in scope besides k string and d int: the Server s, the
	// request (w, r), the captured n, seen and hist.
	recv, req, captured bool
	// ret is the statement that returns from the function.
	ret string
}

// iterator picks an iterator ctx can see and returns the range
// expression: an iterator function, or a call of a factory.
func (ctx *fnCtx) iterator() string {
	var cands []string
	for _, p := range ctx.visible() {
		for _, it := range p.iterators {
			cands = append(cands, ref(ctx.pkg, p, it))
		}
		for _, f := range p.iterFactories {
			cands = append(cands, ref(ctx.pkg, p, f)+"(d)")
		}
	}
	if len(cands) == 0 {
		return ""
	}
	return cands[ctx.g.ch.intn(len(cands))]
}

// visible lists the packages code in ctx may use, its own first.
func (ctx *fnCtx) visible() []*genPkg {
	out := []*genPkg{ctx.pkg}
	for _, p := range ctx.g.pkgs {
		if p.layer < ctx.pkg.layer {
			out = append(out, p)
		}
	}
	return out
}

// global picks a package-level variable of one of kinds that ctx can see
// and returns how ctx names it, or "".
func (ctx *fnCtx) global(kinds ...globalKind) string {
	name, _ := ctx.globalKind(kinds...)
	return name
}

// globalKind is global, also returning the variable's kind.
func (ctx *fnCtx) globalKind(kinds ...globalKind) (string, globalKind) {
	type cand struct {
		pkg *genPkg
		gl  genGlobal
	}
	var cands []cand
	for _, p := range ctx.visible() {
		for _, gl := range p.globals {
			if slices.Contains(kinds, gl.kind) {
				cands = append(cands, cand{p, gl})
			}
		}
	}
	if len(cands) == 0 {
		return "", 0
	}
	c := cands[ctx.g.ch.intn(len(cands))]
	return ref(ctx.pkg, c.pkg, c.gl.name), c.gl.kind
}

// call returns a call of helper name of pkg and records the edge.
func (ctx *fnCtx) call(pkg *genPkg, name string, args ...string) string {
	callee := pkg.path + "." + name
	ctx.g.calls[ctx.self] = append(ctx.g.calls[ctx.self], callee)
	ctx.g.mark(cHelperCall)
	if pkg != ctx.pkg {
		ctx.g.mark(cCrossPackageCall)
	}
	return fmt.Sprintf("%s(%s)", ref(ctx.pkg, pkg, name), strings.Join(args, ", "))
}

// anyHelper picks a helper ctx can see, preferring other packages' so that
// calls cross packages often.
func (ctx *fnCtx) anyHelper() (*genPkg, string) {
	vis := ctx.visible()
	if len(vis) > 1 && ctx.g.ch.intn(2) == 0 {
		vis = vis[1:]
	}
	p := vis[ctx.g.ch.intn(len(vis))]
	return p, p.helpers[ctx.g.ch.intn(len(p.helpers))]
}

// helperValue returns a helper as a function value, without a call edge.
func (ctx *fnCtx) helperValue() string {
	p, name := ctx.anyHelper()
	return ref(ctx.pkg, p, name)
}

// handlerPrologue binds k and d from the request; first adds the
// guaranteed findings of the program's first handler: a write of the
// helper package's first map and a goroutine that outlives the request.
func (ctx *fnCtx) handlerPrologue(first bool) []string {
	body := []string{`k := r.FormValue("k")`, "d := len(k)"}
	if !first {
		return body
	}
	if ctx.g.has(featGlobals) {
		for _, gl := range ctx.g.helper.globals {
			if gl.kind == gMap {
				body = append(body, fmt.Sprintf("%s[k] = d", ref(ctx.pkg, ctx.g.helper, gl.name)))
				ctx.g.mark(cGlobalMap)
				break
			}
		}
	}
	if ctx.g.has(featGo) {
		body = append(body, fmt.Sprintf("go %s", ctx.call(ctx.g.helper, ctx.g.helper.helpers[0], "k", "d")))
		ctx.g.mark(cGo)
	}
	if ctx.g.has(featCalls) && ctx.g.helper != ctx.pkg {
		body = append(body, fmt.Sprintf("d += %s", ctx.call(ctx.g.helper, ctx.g.helper.helpers[0], "k", "d")))
	}
	return body
}

// handlerEpilogue writes the response, using d so that it is never
// unused.
func (ctx *fnCtx) handlerEpilogue() []string {
	return []string{"if d < 0 {\nw.WriteHeader(http.StatusBadRequest)\n}"}
}

// setHooks assigns the hook variables ctx's package can see.
func (ctx *fnCtx) setHooks() []string {
	var out []string
	for _, p := range ctx.visible() {
		if p != ctx.pkg && ctx.pkg != ctx.g.main {
			continue
		}
		for _, gl := range p.globals {
			if gl.kind == gHook {
				out = append(out, fmt.Sprintf("%s = %s", ref(ctx.pkg, p, gl.name), ref(ctx.pkg, p, p.helpers[0])))
				ctx.g.mark(cFuncValue)
			}
		}
	}
	return out
}

// fieldWrite writes a field of the Server s.
func (ctx *fnCtx) fieldWrite() string {
	ctx.g.mark(cFieldWrite)
	opts := []string{"s.hits++", "s.byKey[k] = d", "s.log = append(s.log, k)", "delete(s.byKey, k)",
		"if s.byKey == nil {\ns.byKey = map[string]int{}\n}\ns.byKey[k]++"}
	if ctx.g.has(featSync) {
		opts = append(opts, "s.mu.Lock()\ns.byKey[k] = d\ns.mu.Unlock()", "s.cache.Store(k, d)", "s.served.Add(1)")
	}
	if ctx.g.has(featGenerics) {
		opts = append(opts, fmt.Sprintf("%s(s.byKey, k, d)", ref(ctx.pkg, ctx.g.helper, "Put")))
	}
	o := opts[ctx.g.ch.intn(len(opts))]
	switch {
	case strings.Contains(o, "s.mu"):
		ctx.g.mark(cMutex)
	case strings.Contains(o, "s.cache"):
		ctx.g.mark(cSyncMap)
	case strings.Contains(o, "s.served"):
		ctx.g.mark(cAtomic)
	case strings.Contains(o, "Put("):
		ctx.g.mark(cGeneric)
	}
	return o
}

// block returns between lo and hi statements at nesting depth.
func (ctx *fnCtx) block(depth, lo, hi int) []string {
	var out []string
	for range ctx.g.ch.between(lo, hi) {
		out = append(out, ctx.stmt(depth))
	}
	return out
}

// nested returns a block one level deeper, never empty, so that the
// compound statement around it means something.
func (ctx *fnCtx) nested(depth int) string {
	return strings.Join(ctx.block(depth+1, 1, 2), "\n")
}

// closure returns the context of a func literal inside ctx: the same
// variables, but return leaves only the literal.
func (ctx *fnCtx) closure() *fnCtx {
	c := *ctx
	c.ret = "return"
	return &c
}

// maxDepth bounds nesting, so programs stay small.
const maxDepth = 2

// stmt returns one statement. The options depend on the features and on
// what is in scope; a neutral statement is always possible.
func (ctx *fnCtx) stmt(depth int) string {
	g := ctx.g
	var opts []func() string
	add := func(f feature, fn func() string) {
		if g.has(f) {
			opts = append(opts, fn)
		}
	}
	compound := depth < maxDepth
	opts = append(opts, func() string { return "d += len(k)" })

	add(featGlobals, func() string {
		if m := ctx.global(gMap); m != "" {
			g.mark(cGlobalMap)
			return g.ch.pick(m+"[k] = d", "delete("+m+", k)", m+"[k]++", "d += "+m+"[k]", "clear("+m+")")
		}
		return "d++"
	})
	add(featGlobals, func() string {
		if s := ctx.global(gSlice); s != "" {
			g.mark(cGlobalSlice)
			return g.ch.pick(s+" = append("+s+", k)", "if len("+s+") > 0 {\n"+s+"[0] = k\n}", s+" = "+s+"[:0]", "d += len("+s+")")
		}
		return "d--"
	})
	add(featGlobals, func() string {
		if c := ctx.global(gCounter); c != "" {
			g.mark(cGlobalCounter)
			return g.ch.pick(c+"++", c+" += d", c+" = d", "d += "+c)
		}
		return "d *= 2"
	})
	add(featGlobals, func() string {
		if t := ctx.global(gTally, gTallyPtr); t != "" {
			g.mark(cGlobalStruct)
			return g.ch.pick(t+".Count++", t+".Last = k", t+".Seen[k] = true", "d += "+t+".Count")
		}
		return "d /= 2"
	})
	add(featGlobals, func() string {
		if l := ctx.global(gLazy); l != "" {
			g.mark(cGlobalMap)
			return fmt.Sprintf("if %s == nil {\n%s = map[string]int{}\n}\n%s[k] = d", l, l, l)
		}
		return "d++"
	})
	add(featGlobals, func() string {
		if c := ctx.global(gChan); c != "" {
			g.mark(cGlobalChan, cSelect)
			return fmt.Sprintf("select {\ncase %s <- k:\ndefault:\n}", c)
		}
		return "d++"
	})
	add(featSync, func() string {
		mu := ctx.global(gMutex)
		m, kind := ctx.globalKind(gMap, gCounter, gSlice)
		if mu == "" || m == "" {
			return "d++"
		}
		g.mark(cMutex)
		write := m + "[k] = d"
		switch kind {
		case gCounter:
			write = m + "++"
		case gSlice:
			write = m + " = append(" + m + ", k)"
		}
		if depth == 0 && g.has(featDefer) && g.ch.intn(2) == 0 {
			g.mark(cDefer)
			return fmt.Sprintf("%s.Lock()\ndefer %s.Unlock()\n%s", mu, mu, write)
		}
		return fmt.Sprintf("%s.Lock()\n%s\n%s.Unlock()", mu, write, mu)
	})
	add(featSync, func() string {
		if sm := ctx.global(gSyncMap); sm != "" {
			g.mark(cSyncMap)
			v := g.local("v")
			return g.ch.pick(sm+".Store(k, d)", sm+".Delete(k)", sm+".LoadOrStore(k, d)",
				fmt.Sprintf("if %s, ok := %s.Load(k); ok {\n_ = %s\n}", v, sm, v),
				fmt.Sprintf("%s.Range(func(key, value any) bool {\n%s.Delete(key)\nreturn true\n})", sm, sm))
		}
		return "d++"
	})
	add(featSync, func() string {
		a, i := ctx.global(gAtomic), ctx.global(gInt64)
		if a == "" || i == "" {
			return "d++"
		}
		g.mark(cAtomic)
		return g.ch.pick(a+".Add(1)", a+".Store(int64(d))", "d += int("+a+".Load())",
			"atomic.AddInt64(&"+i+", int64(d))", "atomic.StoreInt64(&"+i+", 0)")
	})
	add(featSync, func() string {
		o := ctx.global(gOnce)
		c, kind := ctx.globalKind(gCounter, gMap)
		if o == "" {
			return "d++"
		}
		g.mark(cOnce)
		inner := "d++"
		switch {
		case c != "" && kind == gCounter:
			inner = c + " = 1"
		case c != "":
			inner = c + "[\"once\"] = 1"
		}
		return fmt.Sprintf("%s.Do(func() {\n%s\n})", o, inner)
	})
	add(featGetters, func() string {
		type cand struct {
			pkg *genPkg
			get genGetter
		}
		var cands []cand
		for _, p := range ctx.visible() {
			for _, gt := range p.getters {
				cands = append(cands, cand{p, gt})
			}
		}
		if len(cands) == 0 {
			return "d++"
		}
		c := cands[g.ch.intn(len(cands))]
		g.mark(cGetter)
		call := ref(ctx.pkg, c.pkg, c.get.name) + "()"
		p := g.local("p")
		switch c.get.kind {
		case getCounterPtr:
			return g.ch.pick("*"+call+" += d", "*"+call+"++", fmt.Sprintf("%s := %s\n*%s = d", p, call, p))
		case getMapRef:
			return g.ch.pick(call+"[k] = d", fmt.Sprintf("%s := %s\ndelete(%s, k)", p, call, p))
		case getTallyPtr:
			return g.ch.pick(call+".Count++", call+".Seen[k] = true", fmt.Sprintf("%s := %s\n%s.Last = k", p, call, p))
		default:
			return fmt.Sprintf("%s := %s\n*%s = append(*%s, k)", p, call, p, p)
		}
	})
	add(featGenerics, func() string {
		g.mark(cGeneric)
		put, push := ref(ctx.pkg, g.helper, "Put"), ref(ctx.pkg, g.helper, "Push")
		if m := ctx.global(gMap); m != "" && g.ch.intn(2) == 0 {
			return g.ch.pick(put+"("+m+", k, d)", put+"[string, int]("+m+", k, d)")
		}
		if s := ctx.global(gSlice); s != "" && g.ch.intn(2) == 0 {
			return push + "(&" + s + ", k)"
		}
		loc := g.local("local")
		return fmt.Sprintf("%s := map[string]int{}\n%s(%s, k, d)\nd += len(%s)", loc, put, loc, loc)
	})
	if ctx.recv {
		add(featServer, func() string { return ctx.fieldWrite() })
		add(featServer, func() string {
			name := ctx.pkg.recorders[g.ch.intn(len(ctx.pkg.recorders))]
			g.calls[ctx.self] = append(g.calls[ctx.self], ctx.pkg.path+".Server."+name)
			return fmt.Sprintf("d += s.%s(k, d)", name)
		})
		add(featFuncValues, func() string {
			name := ctx.pkg.recorders[g.ch.intn(len(ctx.pkg.recorders))]
			f := g.local("f")
			if g.ch.intn(2) == 0 {
				g.mark(cMethodExpr)
				return fmt.Sprintf("%s := (*Server).%s\nd += %s(s, k, d)", f, name, f)
			}
			g.mark(cMethodValue)
			return fmt.Sprintf("%s := s.%s\nd += %s(k, d)", f, name, f)
		})
	}
	if ctx.captured {
		add(featClosure, func() string {
			g.mark(cCapturedWrite)
			return g.ch.pick("n++", "seen[k] = d", "delete(seen, k)", "hist = append(hist, k)", "n += len(hist)")
		})
	}
	add(featCalls, func() string {
		p, name := ctx.anyHelper()
		call := ctx.call(p, name, "k", "d-1")
		return g.ch.pick("d += "+call, "_ = "+call, call, fmt.Sprintf("if d > 1 {\nd = %s\n}", call))
	})
	add(featFuncValues, func() string {
		g.mark(cFuncValue)
		f := g.local("f")
		switch g.ch.intn(3) {
		case 0:
			return fmt.Sprintf("%s := %s\nd += %s(k, d-1)", f, ctx.helperValue(), f)
		case 1:
			return fmt.Sprintf("for _, %s := range []func(string, int) int{%s, %s} {\nd += %s(k, d-1)\n}", f, ctx.helperValue(), ctx.helperValue(), f)
		default:
			if h := ctx.global(gHook); h != "" {
				return fmt.Sprintf("if %s != nil {\nd += %s(k, d)\n}", h, h)
			}
			return fmt.Sprintf("var %s func(string, int) int = %s\nd += %s(k, d)", f, ctx.helperValue(), f)
		}
	})
	add(featDefer, func() string {
		g.mark(cDefer)
		if !compound || g.ch.intn(2) == 0 {
			p, name := ctx.anyHelper()
			return "defer " + ctx.call(p, name, "k", "d")
		}
		return fmt.Sprintf("defer func() {\n%s\n}()", ctx.closure().nested(depth))
	})
	add(featPanic, func() string {
		g.mark(cPanic)
		switch {
		case compound && g.ch.intn(2) == 0:
			g.mark(cRecover, cDefer)
			e := g.local("e")
			return fmt.Sprintf("func() {\ndefer func() {\nif %s := recover(); %s != nil {\nd = 0\n}\n}()\n%s\nif d < -1 {\npanic(\"negative: \" + k)\n}\n}()", e, e, ctx.closure().nested(depth))
		case depth == 0 && g.ch.intn(2) == 0:
			g.mark(cRecover, cDefer)
			return "defer func() {\n_ = recover()\n}()"
		default:
			return "if d < -1 {\npanic(\"negative: \" + k)\n}"
		}
	})
	add(featGo, func() string {
		g.mark(cGo)
		switch g.ch.intn(5) {
		case 0:
			p, name := ctx.anyHelper()
			return "go " + ctx.call(p, name, "k", "d")
		case 1:
			if compound {
				return fmt.Sprintf("go func() {\n%s\n}()", ctx.closure().nested(depth))
			}
			return "go func() {\nd++\n}()"
		case 2:
			g.mark(cAfterFunc)
			body := "d++"
			if compound {
				body = ctx.closure().nested(depth)
			}
			if g.ch.intn(2) == 0 {
				t := g.local("t")
				return fmt.Sprintf("%s := time.AfterFunc(time.Second, func() {\n%s\n})\n%s.Stop()", t, body, t)
			}
			return fmt.Sprintf("time.AfterFunc(time.Duration(d)*time.Millisecond, func() {\n%s\n})", body)
		case 3:
			if ctx.recv && g.has(featServer) {
				return fmt.Sprintf("go s.%s(k, d)", ctx.pkg.recorders[g.ch.intn(len(ctx.pkg.recorders))])
			}
			c := g.local("ctx")
			base := "context.Background()"
			if ctx.req {
				base = g.ch.pick("context.WithoutCancel(r.Context())", "r.Context()", "context.TODO()")
			}
			p, name := ctx.anyHelper()
			return fmt.Sprintf("go func() {\n%s := %s\n_ = %s\n_ = %s\n}()", c, base, c, ctx.call(p, name, "k", "d"))
		default:
			body := "d++"
			if compound {
				body = ctx.closure().nested(depth)
			}
			base := "context.Background()"
			if ctx.req {
				base = "r.Context()"
			}
			stop := g.local("stop")
			g.mark(cAfterFunc)
			return fmt.Sprintf("%s := context.AfterFunc(%s, func() {\n%s\n})\n_ = %s", stop, base, body, stop)
		}
	})
	add(featJoin, func() string {
		// body is generated only where it is used: a dropped statement
		// would record constructs the program does not contain.
		body := func() string {
			if compound {
				return ctx.closure().nested(depth)
			}
			return "d++"
		}
		ch := g.local("ch")
		switch g.ch.intn(6) {
		case 0:
			g.mark(cWaitGroup, cGo)
			wg := g.local("wg")
			return fmt.Sprintf("var %s sync.WaitGroup\n%s.Add(1)\ngo func() {\ndefer %s.Done()\n%s\n}()\n%s.Wait()", wg, wg, wg, body(), wg)
		case 1:
			g.mark(cWaitGroup)
			wg := g.local("wg")
			return fmt.Sprintf("var %s sync.WaitGroup\n%s.Go(func() {\n%s\n})\n%s.Wait()", wg, wg, body(), wg)
		case 2:
			g.mark(cChannel, cGo)
			p, name := ctx.anyHelper()
			return fmt.Sprintf("%s := make(chan int, 1)\ngo func() {\n%s <- %s\n}()\nd += <-%s", ch, ch, ctx.call(p, name, "k", "d"), ch)
		case 3:
			g.mark(cChannel, cGo)
			return fmt.Sprintf("%s := make(chan struct{})\ngo func() {\ndefer close(%s)\n%s\n}()\n<-%s", ch, ch, body(), ch)
		case 4:
			g.mark(cChannel, cGo)
			v := g.local("v")
			return fmt.Sprintf("%s := make(chan int)\ngo func() {\ndefer close(%s)\n%s\n%s <- d\n}()\nfor %s := range %s {\nd += %s\n}", ch, ch, body(), ch, v, ch, v)
		default:
			g.mark(cChannel, cSelect, cGo)
			v := g.local("v")
			wait := "<-r.Context().Done()"
			if !ctx.req {
				wait = "<-time.After(time.Second)"
			}
			return fmt.Sprintf("%s := make(chan int, 1)\ngo func() {\n%s\n%s <- d\n}()\nselect {\ncase %s := <-%s:\nd += %s\ncase %s:\n}", ch, body(), ch, v, ch, v, wait)
		}
	})
	add(featJoin, func() string {
		wg := g.local("wg")
		if sp := ctx.resourceHelper(func(p *genPkg) []string { return p.spawners }); sp != "" {
			g.mark(cSpawnHelper, cWaitGroup)
			if g.ch.intn(3) == 0 {
				return fmt.Sprintf("var %s sync.WaitGroup\n%s(&%s, k, d)", wg, sp, wg)
			}
			return fmt.Sprintf("var %s sync.WaitGroup\n%s(&%s, k, d)\n%s.Wait()", wg, sp, wg, wg)
		}
		return "d++"
	})
	add(featJoin, func() string {
		if st := ctx.resourceHelper(func(p *genPkg) []string { return p.starters }); st != "" {
			g.mark(cChanHelper, cChannel)
			ch, v := g.local("ch"), g.local("v")
			wait := "<-time.After(time.Second)"
			if ctx.req {
				wait = "<-r.Context().Done()"
			}
			switch g.ch.intn(3) {
			case 0:
				return fmt.Sprintf("d += <-%s(k, d)", st)
			case 1:
				return fmt.Sprintf("_ = %s(k, d)", st)
			default:
				g.mark(cSelect)
				return fmt.Sprintf("%s := %s(k, d)\nselect {\ncase %s := <-%s:\nd += %s\ncase %s:\n}", ch, st, v, ch, v, wait)
			}
		}
		return "d++"
	})
	add(featFiles, func() string {
		if sp := ctx.resourceHelper(func(p *genPkg) []string { return p.spillers }); sp != "" {
			g.mark(cFileHelper, cCreateTemp)
			f, err := g.local("f"), g.local("err")
			if g.ch.intn(2) == 0 {
				g.mark(cRemove, cDefer)
				return fmt.Sprintf("if %s, %s := %s(k); %s == nil {\ndefer os.Remove(%s.Name())\n_ = %s.Close()\n}", f, err, sp, err, f, f)
			}
			return fmt.Sprintf("if %s, %s := %s(k); %s == nil {\n_ = %s.Close()\n}", f, err, sp, err, f)
		}
		return "d++"
	})
	add(featFiles, func() string {
		f, err := g.local("f"), g.local("err")
		switch g.ch.intn(6) {
		case 0:
			g.mark(cCreateTemp)
			return fmt.Sprintf("if %s, %s := os.CreateTemp(\"\", \"upload-*\"); %s == nil {\n_, _ = %s.WriteString(k)\n_ = %s.Close()\n}", f, err, err, f, f)
		case 1:
			g.mark(cCreateTemp, cRemove, cDefer)
			return fmt.Sprintf("%s, %s := os.CreateTemp(\"\", \"scratch-*\")\nif %s == nil {\ndefer os.Remove(%s.Name())\n_, _ = %s.WriteString(k)\n_ = %s.Close()\n}", f, err, err, f, f, f)
		case 2:
			g.mark(cWriteFile)
			return "_ = os.WriteFile(filepath.Join(os.TempDir(), k), []byte(k), 0o600)"
		case 3:
			g.mark(cWriteFile)
			if ctx.req {
				return fmt.Sprintf("if %s, %s := io.ReadAll(r.Body); %s == nil {\n_ = os.WriteFile(\"uploads/\"+k, %s, 0o644)\n}", f, err, err, f)
			}
			return "_ = os.WriteFile(\"data/\"+k+\".txt\", []byte(k), 0o644)"
		case 4:
			g.mark(cRemove)
			return "_ = os.Remove(filepath.Join(os.TempDir(), k))"
		default:
			g.mark(cRemove)
			return fmt.Sprintf("if %s, %s := os.MkdirTemp(\"\", \"work-*\"); %s == nil {\n_ = os.RemoveAll(%s)\n}", f, err, err, f)
		}
	})
	add(featIterators, func() string {
		it := ctx.iterator()
		if it == "" || !compound {
			return "d += 3"
		}
		g.mark(cRangeFunc)
		i := g.local("i")
		var exit string
		switch g.ch.intn(4) {
		case 0:
			g.mark(cRangeFuncBreak)
			exit = fmt.Sprintf("if %s > d {\nbreak\n}", i)
		case 1:
			g.mark(cRangeFuncReturn)
			exit = fmt.Sprintf("if %s == 7 {\n%s\n}", i, ctx.ret)
		case 2:
			g.mark(cRangeFuncLabelled, cLabelledLoop)
			l, j := g.local("Rows"), g.local("j")
			return fmt.Sprintf("%s:\nfor %s := range 2 {\nfor %s := range %s {\nif %s == %s {\ncontinue %s\n}\nif %s > 5 {\nbreak %s\n}\n%s\n}\n}",
				l, j, i, it, i, j, l, i, l, ctx.nested(depth))
		default:
			exit = fmt.Sprintf("if %s < 0 {\ncontinue\n}", i)
		}
		return fmt.Sprintf("for %s := range %s {\n%s\n%s\n}", i, it, exit, ctx.nested(depth))
	})
	add(featInterfaces, func() string {
		var cands []*genPkg
		for _, p := range ctx.visible() {
			if len(p.ifaceVars) > 0 {
				cands = append(cands, p)
			}
		}
		if len(cands) == 0 {
			return "d -= 2"
		}
		p := cands[g.ch.intn(len(cands))]
		g.mark(cInterfaceCall)
		switch g.ch.intn(3) {
		case 0:
			return fmt.Sprintf("d += %s.Put(k, d)", ref(ctx.pkg, p, p.ifaceVars[g.ch.intn(len(p.ifaceVars))]))
		case 1:
			s := g.local("st")
			return fmt.Sprintf("var %s %s = %s\nd += %s.Put(k, d)", s, ref(ctx.pkg, p, p.iface), p.implExpr(ctx.pkg, g.ch.intn(2)), s)
		default:
			g.mark(cInterfaceArg)
			return fmt.Sprintf("d += %s(%s, k, d)", ref(ctx.pkg, p, p.ifaceFill), ref(ctx.pkg, p, p.ifaceVars[g.ch.intn(len(p.ifaceVars))]))
		}
	})
	add(featControl, func() string {
		if !compound {
			return "d %= 7"
		}
		// A forward goto over a block: the block keeps the statements'
		// declarations out of the jump's way.
		g.mark(cGoto)
		l := g.local("Done")
		return fmt.Sprintf("if d > 100 {\ngoto %s\n}\n{\n%s\n}\n%s:\nd++", l, ctx.nested(depth), l)
	})
	add(featControl, func() string {
		if !compound {
			return "if d > 10 {\nd = 10\n}"
		}
		switch g.ch.intn(5) {
		case 0:
			g.mark(cLabelledLoop)
			l, i, j := g.local("Outer"), g.local("i"), g.local("j")
			return fmt.Sprintf("%s:\nfor %s := 0; %s < 3; %s++ {\nfor %s := range d {\nif %s > %s {\ncontinue %s\n}\nif %s == 7 {\nbreak %s\n}\n%s\n}\n}",
				l, i, i, i, j, j, i, l, j, l, ctx.nested(depth))
		case 1:
			g.mark(cSwitch)
			return fmt.Sprintf("switch d %% 3 {\ncase 0:\n%s\ncase 1:\n%s\ndefault:\n%s\n}", ctx.nested(depth), ctx.nested(depth), ctx.nested(depth))
		case 2:
			g.mark(cSwitch)
			v := g.local("v")
			return fmt.Sprintf("switch %s := any(d).(type) {\ncase string:\nd += len(%s)\ncase int:\n%s\n}", v, v, ctx.nested(depth))
		case 3:
			c := g.local("c")
			return fmt.Sprintf("for _, %s := range k {\nif %s == '/' {\nbreak\n}\n%s\n}", c, c, ctx.nested(depth))
		default:
			return fmt.Sprintf("if len(k) > 64 {\n%s\n%s\n} else {\n%s\n}", ctx.nested(depth), ctx.ret, ctx.nested(depth))
		}
	})
	stmt := opts[g.ch.intn(len(opts))]()
	if g.has(featDirectives) && g.ch.intn(6) == 0 {
		stmt = ctx.ignore(stmt)
	}
	if g.has(featLineDirectives) && g.ch.intn(8) == 0 {
		g.mark(cLineInBody)
		stmt = g.lineDirective() + "\n" + stmt
	}
	return stmt
}

// ignore attaches an ignore directive to stmt, on the line above or, for a
// one-line statement, at its end. Now and then the directive is malformed
// (no reason, an unknown analyzer), which the directives analyzer reports.
func (ctx *fnCtx) ignore(stmt string) string {
	g := ctx.g
	g.mark(cIgnoreDirective)
	names := g.ch.pick("globalstate", "fieldstate", "handlergo", "tempfile", "diskwrite", "globalstate,handlergo", "fieldstate,globalstate", "shutdown")
	reason := " " + g.ch.pick("tolerated until the redis migration", "single instance by design", "tracked in the backlog")
	switch g.ch.intn(10) {
	case 0:
		reason = ""
	case 1:
		names = "globalstat"
	}
	dir := "//statecheck:ignore " + names + reason
	if !strings.Contains(stmt, "\n") && g.ch.intn(2) == 0 {
		return stmt + " " + dir
	}
	return dir + "\n" + stmt
}

// typeCheck type-checks the program with go/types against the standard
// library's export data: far cheaper than packages.Load, so that tests
// can check many more generated programs than they can analyze.
func typeCheck(prog *genProgram, std types.Importer) error {
	fset := token.NewFileSet()
	checked := map[string]*types.Package{}
	imp := importerFunc(func(path string) (*types.Package, error) {
		if p, ok := checked[path]; ok {
			return p, nil
		}
		return std.Import(path)
	})
	// Files are in layer order, lowest first, so imports are checked first.
	for i, f := range prog.files {
		file, err := parser.ParseFile(fset, f.path, f.src, 0)
		if err != nil {
			return err
		}
		conf := types.Config{Importer: imp}
		pkg, err := conf.Check(prog.patterns[i], fset, []*ast.File{file}, nil)
		if err != nil {
			return err
		}
		checked[prog.patterns[i]] = pkg
	}
	return nil
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
