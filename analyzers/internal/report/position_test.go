package report

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"runtime"
	"sync"
	"testing"
	"time"
	"weak"
)

// TestPositionPrints checks that a remote position prints as recorded,
// column included, and that a position without a column prints without
// one.
func TestPositionPrints(t *testing.T) {
	fset := token.NewFileSet()
	for _, posn := range []string{
		"/src/app/helper/helper.go:12:7",
		"/src/app/helper/helper.go:12:9",
		"/src/app/helper/helper.go:3",
		`C:\src\app\store.go:40:2`,
		"/src/app/x.tmpl:1000000000:1",
	} {
		pos := Position(fset, posn)
		if !pos.IsValid() {
			t.Errorf("Position(%q) is not valid", posn)
			continue
		}
		if got := fset.Position(pos).String(); got != posn {
			t.Errorf("Position(%q) prints %q", posn, got)
		}
	}
	for _, bad := range []string{"", "-", "helper.go", "helper.go:x", ":12:3", "helper.go:0:1"} {
		if pos := Position(fset, bad); pos.IsValid() {
			t.Errorf("Position(%q) = %v, want NoPos", bad, fset.Position(pos))
		}
	}
}

// TestPositionSizeIndependentOfLine checks that the placeholder grows
// with the number of distinct positions, not with their line numbers: a
// line of 50,000,000 once cost a 400 MB placeholder file, and one of
// 1,000,000,000 ran out of memory.
func TestPositionSizeIndependentOfLine(t *testing.T) {
	fset := token.NewFileSet()
	base := fset.Base()
	lines := []int{50_000_000, 1_000_000_000, 1<<30 - 1, 1, 7}
	for i, line := range lines {
		posn := fmt.Sprintf("/src/app/gen.go:%d:%d", line, i+1)
		if got := fset.Position(Position(fset, posn)).String(); got != posn {
			t.Errorf("Position(%q) prints %q", posn, got)
		}
	}
	if grown := fset.Base() - base; grown > placeholderChunk+1 {
		t.Errorf("%d positions grew the file set by %d bytes", len(lines), grown)
	}
	allocs := testing.AllocsPerRun(10, func() {
		Position(fset, "/src/app/gen.go:999999999:3")
	})
	if allocs > 10 {
		t.Errorf("a known position costs %v allocations", allocs)
	}
}

// TestPositionDistinct checks that each distinct position, beyond one
// placeholder file's worth, gets its own token.Pos and the same one when
// asked again.
func TestPositionDistinct(t *testing.T) {
	fset := token.NewFileSet()
	seen := map[token.Pos]string{}
	for round := range 2 {
		for i := range 3 * placeholderChunk {
			posn := fmt.Sprintf("/src/app/f%d.go:%d:%d", i%5, i+1, i%7+1)
			pos := Position(fset, posn)
			if got := fset.Position(pos).String(); got != posn {
				t.Fatalf("Position(%q) prints %q", posn, got)
			}
			if prev, ok := seen[pos]; ok && (round == 0 || prev != posn) {
				t.Fatalf("Position(%q) = Position(%q) in round %d", posn, prev, round)
			}
			seen[pos] = posn
		}
	}
	if len(seen) != 3*placeholderChunk {
		t.Errorf("%d distinct positions, want %d", len(seen), 3*placeholderChunk)
	}
}

// TestPositionConcurrent calls Position from many goroutines on shared
// file sets, as the analyzers of one package do; run it with -race.
func TestPositionConcurrent(t *testing.T) {
	fsets := []*token.FileSet{token.NewFileSet(), token.NewFileSet()}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := range 8 {
		wg.Go(func() {
			for i := range 200 {
				fset := fsets[(g+i)%2]
				posn := fmt.Sprintf("/src/app/p%d.go:%d:%d", i%3, i*1_000_003+1, g%4+1)
				if got := fset.Position(Position(fset, posn)).String(); got != posn {
					select {
					case errs <- fmt.Sprintf("Position(%q) prints %q", posn, got):
					default:
					}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestPositionForgetsFileSet checks that the placeholders of a file set
// go when the file set does, so that a process analyzing many loads in
// turn does not keep them all.
func TestPositionForgetsFileSet(t *testing.T) {
	key := func() weak.Pointer[token.FileSet] {
		fset := token.NewFileSet()
		Position(fset, "/src/app/helper.go:3:4")
		return weak.Make(fset)
	}()
	for range 100 {
		runtime.GC()
		placeholders.mu.Lock()
		_, ok := placeholders.byFileSet[key]
		placeholders.mu.Unlock()
		if !ok {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Error("the placeholders of an unreachable file set are kept")
}

// lineSrc has functions behind //line directives with no file name, with
// and without a column, and one with a file name.
const lineSrc = `package p

//line :7
func F() {
	x := 1
	_ = x
}

//line :20:5
func G() {
	y := 2
	_ = y
}

//line gen.tmpl:30
func H() {
	z := 3
	_ = z
}
`

// assignments returns the positions of the short variable declarations
// of lineSrc, parsed as p.go, and their ends.
func assignments(t *testing.T) (*token.FileSet, *ast.File, []*ast.AssignStmt) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "/src/p/p.go", lineSrc, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var as []*ast.AssignStmt
	ast.Inspect(f, func(n ast.Node) bool {
		if a, ok := n.(*ast.AssignStmt); ok && a.Tok == token.DEFINE {
			as = append(as, a)
		}
		return true
	})
	return fset, f, as
}

// TestPhysical checks that a position a //line directive leaves without
// a file name prints as the file as written, and that other positions
// are kept.
func TestPhysical(t *testing.T) {
	fset, _, as := assignments(t)
	// go vet would print the first two as "8" and "21:2".
	want := []string{"/src/p/p.go:5:2", "/src/p/p.go:11:2", "/src/p/gen.tmpl:31"}
	for i, a := range as {
		got := fset.Position(Physical(fset, a.Pos())).String()
		if got != want[i] {
			t.Errorf("Physical(%s) prints %q, want %q", fset.Position(a.Pos()), got, want[i])
		}
	}
	if p := Physical(fset, as[2].Pos()); p != as[2].Pos() {
		t.Errorf("Physical moved a position with a file name")
	}
	if p := Physical(fset, token.NoPos); p != token.NoPos {
		t.Errorf("Physical(NoPos) = %v", p)
	}
}
