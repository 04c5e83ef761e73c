package deploy

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
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
	nf := &ngxFile{pf: pf, ds: ds}
	r.nginx = append(r.nginx, nf)
	pf.check = func(r *run) {
		if !nf.root {
			return // checked where it is included
		}
		r.nginxRules(nf, ds, map[*ngxFile]bool{nf: true})
	}
	return pf
}

// ngxFile is a parsed nginx file. root says it is checked on its own:
// no other file read includes it (or only files in an include cycle do).
type ngxFile struct {
	pf       *parsedFile
	ds       []*ngxDirective
	root     bool
	includes map[*ngxDirective][]*ngxFile // resolved include directives
}

// maxIncludeDepth bounds nested includes, as a guard against files that
// include each other.
const maxIncludeDepth = 10

// nginxPrefixes are the configuration directories nginx is commonly built
// with or run from (distributions and the official image, a source build,
// FreeBSD and Homebrew). An include of an absolute path under one of them
// names, in a repository, the file under the including file's directory:
// the directory that a compose file or Dockerfile mounts or copies there.
var nginxPrefixes = []string{"/etc/nginx/", "/usr/local/nginx/conf/", "/usr/local/etc/nginx/"}

// resolveNginxIncludes reads the files that the nginx files include, so
// that an upstream whose servers and balancing come from an included
// file (conf.d/*.conf, upstream.d/shop) is checked where it is included,
// and a file that others include is not checked again on its own. Files
// included but not found among the paths (any name, such as
// upstreams.inc) are read too and returned, to be checked and filtered
// by their own directives.
//
// nginx resolves a relative include against its configuration directory;
// here that is the directory of the including file, which is the same for
// the usual layout of an nginx.conf next to its conf.d. Globs are
// expanded as nginx does, in sorted order; an include that names no file
// in the repository (mime.types, a file of the image) is left alone.
func (r *run) resolveNginxIncludes() []*parsedFile {
	byPath := map[string]*ngxFile{}
	for _, nf := range r.nginx {
		if abs, err := filepath.Abs(nf.pf.path); err == nil {
			byPath[abs] = nf
		}
	}
	var added []*parsedFile
	included := map[*ngxFile]bool{}
	var resolve func(nf *ngxFile, depth int)
	resolve = func(nf *ngxFile, depth int) {
		if nf.includes != nil || depth > maxIncludeDepth || nf.pf.path == Stdin {
			return
		}
		nf.includes = map[*ngxDirective][]*ngxFile{}
		var walk func(ds []*ngxDirective)
		walk = func(ds []*ngxDirective) {
			for _, d := range ds {
				if d.name != "include" || d.hasBlock || len(d.args) != 1 {
					walk(d.block)
					continue
				}
				for _, path := range includePaths(filepath.Dir(nf.pf.path), d.args[0]) {
					abs, err := filepath.Abs(path)
					if err != nil {
						continue
					}
					inc, ok := byPath[abs]
					if !ok {
						inc = r.readIncluded(path)
						byPath[abs] = inc // nil: does not parse, noted once
						if inc != nil {
							added = append(added, inc.pf)
						}
					}
					if inc == nil || inc == nf {
						continue
					}
					nf.includes[d] = append(nf.includes[d], inc)
					included[inc] = true
					resolve(inc, depth+1)
				}
			}
		}
		walk(nf.ds)
	}
	for i := 0; i < len(r.nginx); i++ { // readIncluded appends to r.nginx
		resolve(r.nginx[i], 0)
	}
	// Roots are the files no other includes; files reached from none of
	// them (an include cycle) are roots too, so each file is checked.
	reached := map[*ngxFile]bool{}
	var reach func(nf *ngxFile)
	reach = func(nf *ngxFile) {
		if reached[nf] {
			return
		}
		reached[nf] = true
		for _, incs := range nf.includes {
			for _, inc := range incs {
				reach(inc)
			}
		}
	}
	for _, nf := range r.nginx {
		if !included[nf] {
			nf.root = true
			reach(nf)
		}
	}
	for _, nf := range r.nginx {
		if !reached[nf] {
			nf.root = true
			reach(nf)
		}
	}
	return added
}

// includePaths returns the files an include argument names, relative to
// dir: a glob, expanded and sorted, or one file when it exists.
func includePaths(dir, arg string) []string {
	if strings.Contains(arg, "$") {
		return nil // a variable: not known before nginx runs
	}
	if filepath.IsAbs(arg) {
		rest := ""
		for _, p := range nginxPrefixes {
			if r, ok := strings.CutPrefix(arg, p); ok {
				rest = r
				break
			}
		}
		if rest == "" {
			return nil
		}
		arg = rest
	}
	matches, err := filepath.Glob(filepath.Join(dir, filepath.FromSlash(arg)))
	if err != nil {
		return nil
	}
	var out []string
	for _, m := range matches {
		if fi, err := os.Stat(m); err == nil && fi.Mode().IsRegular() {
			out = append(out, m)
		}
	}
	slices.Sort(out)
	return out
}

// readIncluded reads and parses an included file that was not among the
// files found; nil when it cannot be read or does not parse (with a note:
// it was named by an include).
func (r *run) readIncluded(path string) *ngxFile {
	data, err := os.ReadFile(path)
	if err != nil {
		r.note(path, "%v", err)
		return nil
	}
	if r.parseNginx(file{path: path, kind: kindNginx, named: true}, data) == nil {
		return nil
	}
	nf := r.nginx[len(r.nginx)-1]
	nf.pf.code = r.codeFor(path)
	r.res.Files++
	return nf
}

// nginxRules reports affinity in upstream blocks, following includes into
// the files they name; seen holds the files on the way, against cycles.
func (r *run) nginxRules(nf *ngxFile, ds []*ngxDirective, seen map[*ngxFile]bool) {
	for _, d := range ds {
		switch {
		case d.name == "upstream" && d.hasBlock:
			r.upstreamRules(nf, strings.Join(d.args, " "), d.block, seen)
		case d.name == "include":
			r.followInclude(nf, d, seen, func(inc *ngxFile) { r.nginxRules(inc, inc.ds, seen) })
		default:
			r.nginxRules(nf, d.block, seen)
		}
	}
}

// upstreamRules reports affinity among the directives of upstream up,
// which may come from included files.
func (r *run) upstreamRules(nf *ngxFile, up string, block []*ngxDirective, seen map[*ngxFile]bool) {
	pf := nf.pf
	for _, in := range block {
		switch in.name {
		case "ip_hash":
			r.sticky(pf, in.line, in.col, fmt.Sprintf("nginx upstream %s uses ip_hash", up))
		case "hash":
			if len(in.args) > 0 && clientKey(in.args[0]) {
				r.sticky(pf, in.line, in.col, fmt.Sprintf("nginx upstream %s hashes on %s", up, in.args[0]))
			}
		case "sticky":
			r.sticky(pf, in.line, in.col, strings.TrimSpace(fmt.Sprintf("nginx upstream %s uses sticky %s", up, strings.Join(in.args, " "))))
		case "include":
			r.followInclude(nf, in, seen, func(inc *ngxFile) { r.upstreamRules(inc, up, inc.ds, seen) })
		}
	}
}

// followInclude calls f for each file that the include directive d of nf
// names, once on each path of includes.
func (r *run) followInclude(nf *ngxFile, d *ngxDirective, seen map[*ngxFile]bool, f func(*ngxFile)) {
	for _, inc := range nf.includes[d] {
		if seen[inc] {
			continue
		}
		seen[inc] = true
		f(inc)
		delete(seen, inc)
	}
}
