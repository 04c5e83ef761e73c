package report

import (
	"go/token"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"weak"
)

// Position returns a token.Pos in fset for posn, a "file:line:col" or
// "file:line" position recorded in a fact by another package. The analysis
// API gives a package no positions of other packages' source lines; to
// point Related information at a write in another package, each distinct
// position gets one byte of a placeholder file added to fset, and that
// byte carries posn as alternative position information, as a //line
// directive would. fset.Position then prints posn, column included, while
// the placeholder costs a byte per position whatever the line number: a
// file of one byte per line, as //line x.go:1000000000 would ask for, does
// not fit in memory. It returns token.NoPos when posn does not parse.
func Position(fset *token.FileSet, posn string) token.Pos {
	file, line, col := splitPosn(posn)
	if file == "" || line <= 0 {
		return token.NoPos
	}
	return placeholderPos(fset, file, line, col)
}

// Physical returns pos, or, when a //line directive leaves pos without a
// file name ("//line :7", or "//line :7:1" after it), a position that
// prints as pos in the file as written. go vet prints a position without
// a file name as a bare line number, "8: message", which no reader and
// no tool can find; the file as written is where the finding can be
// acted on.
func Physical(fset *token.FileSet, pos token.Pos) token.Pos {
	if !pos.IsValid() || fset.Position(pos).Filename != "" {
		return pos
	}
	p := fset.PositionFor(pos, false)
	if p.Filename == "" || p.Line <= 0 {
		return pos
	}
	return placeholderPos(fset, p.Filename, p.Line, p.Column)
}

// placeholderPos returns the byte of fset's placeholder files that prints
// as file:line:col, col 0 printing none.
func placeholderPos(fset *token.FileSet, file string, line, col int) token.Pos {
	placeholders.mu.Lock()
	defer placeholders.mu.Unlock()
	key := weak.Make(fset)
	ph := placeholders.byFileSet[key]
	if ph == nil {
		ph = &placeholder{pos: map[string]token.Pos{}}
		placeholders.byFileSet[key] = ph
		// The entry goes with the file set, so that a long-lived process
		// loading many file sets keeps none of their placeholders.
		runtime.AddCleanup(fset, func(key weak.Pointer[token.FileSet]) {
			placeholders.mu.Lock()
			delete(placeholders.byFileSet, key)
			placeholders.mu.Unlock()
		}, key)
	}
	norm := file + ":" + strconv.Itoa(line) + ":" + strconv.Itoa(col)
	if pos, ok := ph.pos[norm]; ok {
		return pos
	}
	if ph.file == nil || ph.used == ph.file.Size() {
		// Placeholder files grow by chunks, so that a package pointing at
		// many places adds few files to fset.
		ph.file = fset.AddFile(placeholderName, -1, placeholderChunk)
		ph.used = 0
	}
	off := ph.used
	ph.used++
	ph.file.AddLineColumnInfo(off, file, line, col)
	pos := ph.file.Pos(off)
	ph.pos[norm] = pos
	return pos
}

// placeholderName is the physical name of the placeholder files: no
// source file has it, so nothing reads or edits them.
const placeholderName = "<statecheck placeholder positions>"

// placeholderChunk is the size of one placeholder file: the number of
// positions it holds.
const placeholderChunk = 64

// placeholder holds the placeholder positions of one file set: remote
// positions, and positions moved to the file as written.
type placeholder struct {
	file *token.File          // the placeholder file being filled
	used int                  // its bytes that carry a position
	pos  map[string]token.Pos // "file:line:col" → its byte
}

var placeholders = struct {
	mu        sync.Mutex
	byFileSet map[weak.Pointer[token.FileSet]]*placeholder
}{byFileSet: map[weak.Pointer[token.FileSet]]*placeholder{}}

// SplitPosn splits a "file:line:col" or "file:line" position.
func SplitPosn(posn string) (file string, line int) {
	file, line, _ = splitPosn(posn)
	return file, line
}

// splitPosn splits a "file:line:col" or "file:line" position; col is 0
// in the second form, as token.Position has it for an unknown column.
func splitPosn(posn string) (file string, line, col int) {
	i := strings.LastIndexByte(posn, ':')
	if i < 0 {
		return "", 0, 0
	}
	last, err := strconv.Atoi(posn[i+1:])
	if err != nil {
		return "", 0, 0
	}
	rest := posn[:i]
	if j := strings.LastIndexByte(rest, ':'); j >= 0 {
		if n, err := strconv.Atoi(rest[j+1:]); err == nil {
			return rest[:j], n, max(last, 0) // file:line:col
		}
	}
	return rest, last, 0 // file:line
}
