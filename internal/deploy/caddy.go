package deploy

import (
	"fmt"
	"strings"
)

type caddyToken struct {
	text   string
	quoted bool
	line   int
	col    int
}

// caddyDirective is one line of a Caddyfile, its words, and the block it
// opens when it ends with "{".
type caddyDirective struct {
	words []caddyToken
	block []*caddyDirective
}

// tokenizeCaddy splits a Caddyfile into lines of tokens, as Caddy's
// lexer does: blank-separated words, "quoted" strings with backslash
// escapes, `backtick` strings, # comments at the start of a token, and a
// backslash at the end of a line continuing it.
func tokenizeCaddy(src string) ([][]caddyToken, []comment, error) {
	var lines [][]caddyToken
	var cur []caddyToken
	var comments []comment
	line, col := 1, 1
	flush := func() {
		if len(cur) > 0 {
			lines = append(lines, cur)
			cur = nil
		}
	}
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '\n':
			flush()
			line, col = line+1, 1
			i++
		case c == ' ' || c == '\t' || c == '\r':
			i, col = i+1, col+1
		case c == '\\' && i+1 < len(src) && src[i+1] == '\n':
			i, line, col = i+2, line+1, 1
		case c == '#':
			start, sc := i, col
			for i < len(src) && src[i] != '\n' {
				i, col = i+1, col+1
			}
			comments = append(comments, comment{text: src[start:i], line: line, col: sc, ownLine: len(cur) == 0})
		case c == '"' || c == '`':
			sl, sc := line, col
			i, col = i+1, col+1
			var b strings.Builder
			for {
				if i >= len(src) {
					return nil, nil, fmt.Errorf("line %d: unterminated quoted string", sl)
				}
				if c == '"' && src[i] == '\\' && i+1 < len(src) && (src[i+1] == '"' || src[i+1] == '\\') {
					b.WriteByte(src[i+1])
					i, col = i+2, col+2
					continue
				}
				if src[i] == c {
					i, col = i+1, col+1
					break
				}
				if src[i] == '\n' {
					line, col = line+1, 0
				}
				b.WriteByte(src[i])
				i, col = i+1, col+1
			}
			cur = append(cur, caddyToken{text: b.String(), quoted: true, line: sl, col: sc})
		default:
			sc := col
			start := i
			for i < len(src) && src[i] != ' ' && src[i] != '\t' && src[i] != '\r' && src[i] != '\n' {
				i, col = i+1, col+1
			}
			cur = append(cur, caddyToken{text: src[start:i], line: line, col: sc})
		}
	}
	flush()
	return lines, comments, nil
}

func parseCaddyfile(src string) ([]*caddyDirective, []comment, []int, error) {
	lines, comments, err := tokenizeCaddy(src)
	if err != nil {
		return nil, nil, nil, err
	}
	var tokenLines []int
	for _, l := range lines {
		tokenLines = append(tokenLines, l[0].line)
	}
	i := 0
	var block func(inner bool) ([]*caddyDirective, error)
	block = func(inner bool) ([]*caddyDirective, error) {
		var out []*caddyDirective
		for i < len(lines) {
			l := lines[i]
			i++
			if len(l) == 1 && !l[0].quoted && l[0].text == "}" {
				if !inner {
					return nil, fmt.Errorf("line %d: unexpected \"}\"", l[0].line)
				}
				return out, nil
			}
			d := &caddyDirective{words: l}
			if last := l[len(l)-1]; !last.quoted && last.text == "{" {
				d.words = l[:len(l)-1]
				b, err := block(true)
				if err != nil {
					return nil, err
				}
				d.block = b
			} else if last := l[len(l)-1]; !last.quoted && last.text == "}" && len(l) > 1 && l[len(l)-2].text == "{" {
				d.words = l[:len(l)-2] // "name { }" on one line
			}
			out = append(out, d)
		}
		if inner {
			return nil, fmt.Errorf("unexpected end of file, expecting \"}\"")
		}
		return out, nil
	}
	ds, err := block(false)
	if err != nil {
		return nil, nil, nil, err
	}
	return ds, comments, tokenLines, nil
}

func (r *run) parseCaddy(f file, data []byte) *parsedFile {
	ds, comments, lines, err := parseCaddyfile(string(data))
	if err != nil {
		r.note(f.path, "skipped: not a valid Caddyfile: %v", err)
		return nil
	}
	pf := &parsedFile{path: f.path, dirs: commentDirectives(f.path, comments, lines)}
	pf.check = func(r *run) { r.caddyRules(pf, ds, "") }
	return pf
}

// caddyRules reports lb_policy ip_hash, client_ip_hash and cookie in
// reverse_proxy blocks (and php_fastcgi, which shares its options).
func (r *run) caddyRules(pf *parsedFile, ds []*caddyDirective, proxy string) {
	for _, d := range ds {
		if len(d.words) == 0 {
			r.caddyRules(pf, d.block, proxy)
			continue
		}
		name := d.words[0].text
		if proxy != "" && name == "lb_policy" && len(d.words) > 1 {
			switch p := d.words[1].text; p {
			case "ip_hash", "client_ip_hash", "cookie":
				r.sticky(pf, d.words[0].line, d.words[0].col, fmt.Sprintf("Caddy %s uses lb_policy %s", proxy, p))
			}
		}
		inner := proxy
		if name == "reverse_proxy" || name == "php_fastcgi" {
			inner = name
			for _, w := range d.words[1:] {
				inner += " " + w.text
			}
		}
		r.caddyRules(pf, d.block, inner)
	}
}
