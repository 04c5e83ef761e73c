package report

import (
	"go/token"
	"strconv"
	"strings"
	"sync"
)

// Position returns a token.Pos in fset for posn, a "file:line:col" position
// recorded in a fact by another package. The analysis API gives a package
// no positions of other packages' source lines; to point Related
// information at a write in another package, a placeholder file of that
// name is added to fset with one-byte lines, so the position prints as
// file:line. It returns token.NoPos when posn does not parse.
func Position(fset *token.FileSet, posn string) token.Pos {
	file, line := SplitPosn(posn)
	if file == "" || line <= 0 {
		return token.NoPos
	}
	placeholders.mu.Lock()
	defer placeholders.mu.Unlock()
	key := placeholderKey{fset, file}
	tf := placeholders.files[key]
	if tf == nil || tf.LineCount() < line {
		size := max(line, 1<<10)
		tf = fset.AddFile(file, -1, size)
		lines := make([]int, size)
		for i := range lines {
			lines[i] = i
		}
		tf.SetLines(lines)
		placeholders.files[key] = tf
	}
	return tf.LineStart(line)
}

type placeholderKey struct {
	fset *token.FileSet
	file string
}

var placeholders = struct {
	mu    sync.Mutex
	files map[placeholderKey]*token.File
}{files: map[placeholderKey]*token.File{}}

// SplitPosn splits a "file:line:col" or "file:line" position.
func SplitPosn(posn string) (file string, line int) {
	i := strings.LastIndexByte(posn, ':')
	if i < 0 {
		return "", 0
	}
	last, err := strconv.Atoi(posn[i+1:])
	if err != nil {
		return "", 0
	}
	rest := posn[:i]
	if j := strings.LastIndexByte(rest, ':'); j >= 0 {
		if n, err := strconv.Atoi(rest[j+1:]); err == nil {
			return rest[:j], n // file:line:col
		}
	}
	return rest, last // file:line
}
