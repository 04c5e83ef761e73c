package deploy

import (
	"fmt"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
)

// parseTOML reads a TOML file with go-toml's parser, which gives the
// position of every key, and checks it as Traefik configuration: Traefik's
// file provider reads TOML as well as YAML. Other TOML files (Cargo,
// pyproject, linters) have no http.services keys and report nothing; one
// that does not parse is skipped, with a note only when it was named.
func (r *run) parseTOML(f file, data []byte) *parsedFile {
	p := &unstable.Parser{KeepComments: true}
	p.Reset(data)
	// A sticky key, found as the file is read: the parser reuses its
	// nodes from one expression to the next.
	type entry struct {
		svc  string
		line int
		col  int
	}
	var entries []entry
	var comments []comment
	var lines []int
	var table []string
	lastLine := 0
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Comment:
			pos := p.Shape(e.Raw).Start
			comments = append(comments, comment{text: string(e.Data), line: pos.Line, col: pos.Column, ownLine: pos.Line != lastLine})
		case unstable.Table, unstable.ArrayTable, unstable.KeyValue:
			keys, line, col := tomlKey(p, e)
			path, val := keys, (*unstable.Node)(nil)
			if e.Kind == unstable.KeyValue {
				path, val = append(append([]string(nil), table...), keys...), e.Value()
			} else {
				table = keys
			}
			if i, ok := traefikStickyPath(path, val); ok {
				entries = append(entries, entry{svc: path[i], line: line, col: col})
			}
			lastLine = line
			lines = append(lines, line)
			// A comment after the expression, on its line.
			if n := e.Next(); n != nil && n.Kind == unstable.Comment {
				pos := p.Shape(n.Raw).Start
				comments = append(comments, comment{text: string(n.Data), line: pos.Line, col: pos.Column})
			}
		}
	}
	if err := p.Error(); err != nil {
		if f.named {
			r.note(f.path, "skipped: not valid TOML: %v", err)
		}
		return nil
	}
	pf := &parsedFile{path: f.path, dirs: commentDirectives(f.path, comments, lines)}
	pf.check = func(r *run) {
		done := map[string]bool{}
		for _, e := range entries {
			if done[e.svc] {
				continue
			}
			done[e.svc] = true
			r.sticky(pf, e.line, e.col, fmt.Sprintf("Traefik service %s sets a sticky cookie", e.svc))
		}
	}
	return pf
}

// tomlKey returns the parts of a table's or key-value's key and the
// position of its first part.
func tomlKey(p *unstable.Parser, e *unstable.Node) ([]string, int, int) {
	var keys []string
	line, col := 0, 0
	it := e.Key()
	for it.Next() {
		k := it.Node()
		if line == 0 {
			pos := p.Shape(k.Raw).Start
			line, col = pos.Line, pos.Column
		}
		keys = append(keys, string(k.Data))
	}
	return keys, line, col
}

// traefikStickyPath reports whether the key path (with its value, for an
// inline table) turns on a sticky cookie:
// http.services.<name>.loadBalancer.sticky.cookie, or
// http.services.<name>.weighted.sticky.cookie; keys match whatever their
// case, as Traefik's do. It returns the index of the service's name.
func traefikStickyPath(path []string, val *unstable.Node) (int, bool) {
	is := func(i int, names ...string) bool {
		for _, n := range names {
			if strings.EqualFold(path[i], n) {
				return true
			}
		}
		return false
	}
	if len(path) < 5 || !is(0, "http") || !is(1, "services") || !is(3, "loadBalancer", "weighted") || !is(4, "sticky") {
		return 0, false
	}
	if len(path) > 5 {
		return 2, is(5, "cookie")
	}
	// sticky = { cookie = { ... } }
	if val == nil || val.Kind != unstable.InlineTable {
		return 0, false
	}
	it := val.Children()
	for it.Next() {
		kv := it.Node()
		if kv.Kind != unstable.KeyValue {
			continue
		}
		k := kv.Key()
		if k.Next() && strings.EqualFold(string(k.Node().Data), "cookie") {
			return 2, true
		}
	}
	return 0, false
}
