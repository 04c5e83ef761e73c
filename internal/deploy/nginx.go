package deploy

import (
	"fmt"
	"strings"
)

// ngxDirective is one nginx directive: its name, its arguments, and its
// block when it has one ("upstream shop { ... }").
type ngxDirective struct {
	name     string
	args     []string
	line     int
	col      int
	block    []*ngxDirective
	hasBlock bool
}

type ngxToken struct {
	text   string
	quoted bool
	line   int
	col    int
}

// ngxParser reads nginx's configuration syntax: directives of words and
// quoted strings ended by ';' or by a '{' ... '}' block, # comments.
type ngxParser struct {
	toks     []ngxToken
	i        int
	comments []comment
}

// tokenizeNginx splits nginx configuration into tokens and comments, as
// nginx's ngx_conf_read_token does: a # starts a comment only at the
// start of a token; quotes and backslashes escape; ${var} keeps its
// braces inside a word.
func tokenizeNginx(src string) ([]ngxToken, []comment, error) {
	var toks []ngxToken
	var comments []comment
	line, col := 1, 1
	lineHasToken := false
	i := 0
	adv := func() {
		if src[i] == '\n' {
			line++
			col = 1
			lineHasToken = false
		} else {
			col++
		}
		i++
	}
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			adv()
		case c == '#':
			start, sl, sc := i, line, col
			for i < len(src) && src[i] != '\n' {
				adv()
			}
			comments = append(comments, comment{text: src[start:i], line: sl, col: sc, ownLine: !lineHasToken})
		case c == ';' || c == '{' || c == '}':
			toks = append(toks, ngxToken{text: string(c), line: line, col: col})
			lineHasToken = true
			adv()
		case c == '"' || c == '\'':
			q, sl, sc := c, line, col
			adv()
			var b strings.Builder
			for {
				if i >= len(src) {
					return nil, nil, fmt.Errorf("line %d: unterminated string", sl)
				}
				if src[i] == '\\' && i+1 < len(src) {
					adv()
					b.WriteByte(src[i])
					adv()
					continue
				}
				if src[i] == q {
					adv()
					break
				}
				b.WriteByte(src[i])
				adv()
			}
			toks = append(toks, ngxToken{text: b.String(), quoted: true, line: sl, col: sc})
			lineHasToken = true
		default:
			sl, sc := line, col
			var b strings.Builder
			for i < len(src) {
				c := src[i]
				if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';' || c == '{' || c == '}' {
					if c == '{' && b.Len() > 0 && strings.HasSuffix(b.String(), "$") {
						// ${var}
						for i < len(src) && src[i] != '}' {
							b.WriteByte(src[i])
							adv()
						}
						if i < len(src) {
							b.WriteByte('}')
							adv()
						}
						continue
					}
					break
				}
				if c == '\\' && i+1 < len(src) {
					b.WriteByte(c)
					adv()
				}
				b.WriteByte(src[i])
				adv()
			}
			toks = append(toks, ngxToken{text: b.String(), line: sl, col: sc})
			lineHasToken = true
		}
	}
	return toks, comments, nil
}

// parseNginxConf parses nginx configuration into its directives.
func parseNginxConf(src string) ([]*ngxDirective, []comment, []int, error) {
	toks, comments, err := tokenizeNginx(src)
	if err != nil {
		return nil, nil, nil, err
	}
	var lines []int
	for _, t := range toks {
		if len(lines) == 0 || lines[len(lines)-1] != t.line {
			lines = append(lines, t.line)
		}
	}
	p := &ngxParser{toks: toks}
	ds, err := p.block(false)
	if err != nil {
		return nil, nil, nil, err
	}
	return ds, comments, lines, nil
}

func (p *ngxParser) block(inner bool) ([]*ngxDirective, error) {
	var out []*ngxDirective
	for {
		if p.i >= len(p.toks) {
			if inner {
				return nil, fmt.Errorf("unexpected end of file, expecting \"}\"")
			}
			return out, nil
		}
		t := p.toks[p.i]
		if !t.quoted && t.text == "}" {
			if !inner {
				return nil, fmt.Errorf("line %d: unexpected \"}\"", t.line)
			}
			p.i++
			return out, nil
		}
		if !t.quoted && (t.text == ";" || t.text == "{") {
			return nil, fmt.Errorf("line %d: unexpected %q", t.line, t.text)
		}
		d := &ngxDirective{name: t.text, line: t.line, col: t.col}
		p.i++
		for {
			if p.i >= len(p.toks) {
				return nil, fmt.Errorf("line %d: directive %q is not terminated by \";\"", d.line, d.name)
			}
			a := p.toks[p.i]
			p.i++
			if !a.quoted && a.text == ";" {
				break
			}
			if !a.quoted && a.text == "{" {
				b, err := p.block(true)
				if err != nil {
					return nil, err
				}
				d.block, d.hasBlock = b, true
				break
			}
			if !a.quoted && a.text == "}" {
				return nil, fmt.Errorf("line %d: unexpected \"}\"", a.line)
			}
			d.args = append(d.args, a.text)
		}
		out = append(out, d)
	}
}

// parseNginx reads an nginx configuration file. A file whose name does not
// say it is nginx's (any *.conf) and that does not parse is not nginx's,
// and is skipped without a note.
func (r *run) parseNginx(f file, data []byte) *parsedFile {
	ds, comments, lines, err := parseNginxConf(string(data))
	if err != nil {
		if f.named || strings.Contains(strings.ToLower(f.path), "nginx") {
			if isTemplate(data) {
				r.note(f.path, "skipped: a template, not nginx configuration until rendered (%v)", err)
			} else {
				r.note(f.path, "skipped: not valid nginx configuration: %v", err)
			}
		}
		return nil
	}
	pf := &parsedFile{path: f.path, dirs: commentDirectives(f.path, comments, lines)}
	pf.check = func(r *run) { r.nginxRules(pf, ds, false) }
	return pf
}

// nginxRules reports affinity in upstream blocks.
func (r *run) nginxRules(pf *parsedFile, ds []*ngxDirective, inUpstream bool) {
	for _, d := range ds {
		if d.name == "upstream" && d.hasBlock {
			up := strings.Join(d.args, " ")
			for _, in := range d.block {
				switch in.name {
				case "ip_hash":
					r.sticky(pf, in.line, in.col, fmt.Sprintf("nginx upstream %s uses ip_hash", up))
				case "hash":
					if len(in.args) > 0 && clientKey(in.args[0]) {
						r.sticky(pf, in.line, in.col, fmt.Sprintf("nginx upstream %s hashes on %s", up, in.args[0]))
					}
				case "sticky":
					r.sticky(pf, in.line, in.col, strings.TrimSpace(fmt.Sprintf("nginx upstream %s uses sticky %s", up, strings.Join(in.args, " "))))
				}
			}
			continue
		}
		r.nginxRules(pf, d.block, inUpstream)
	}
}
