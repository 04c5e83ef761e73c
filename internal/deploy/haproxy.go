package deploy

import (
	"fmt"
	"strings"
)

// haproxySections are the keywords that open a section of an HAProxy
// configuration.
var haproxySections = map[string]bool{
	"global": true, "defaults": true, "frontend": true, "backend": true, "listen": true,
	"peers": true, "resolvers": true, "userlist": true, "mailers": true, "program": true,
	"http-errors": true, "ring": true, "cache": true, "log-forward": true, "fcgi-app": true,
	"crt-store": true, "traces": true,
}

// hapLine is one keyword line of an HAProxy configuration.
type hapLine struct {
	words   []string
	line    int
	col     int
	section string // the keyword of the section it is in
	name    string // the section's name
}

// tokenizeHAProxyLine splits one line as HAProxy does: words separated
// by blanks, "double" and 'single' quotes, backslash escapes, and a #
// that starts a comment outside quotes.
func tokenizeHAProxyLine(s string) (words []string, firstCol int, comment string, commentCol int, err error) {
	var b strings.Builder
	inWord := false
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			} else if c == '\\' && quote == '"' && i+1 < len(s) {
				i++
				b.WriteByte(s[i])
			} else {
				b.WriteByte(c)
			}
		case c == '\\' && i+1 < len(s):
			i++
			b.WriteByte(s[i])
			if !inWord && firstCol == 0 {
				firstCol = i
			}
			inWord = true
		case c == '"' || c == '\'':
			quote = c
			if !inWord && firstCol == 0 {
				firstCol = i + 1
			}
			inWord = true
		case c == ' ' || c == '\t' || c == '\r':
			if inWord {
				words = append(words, b.String())
				b.Reset()
				inWord = false
			}
		case c == '#':
			if inWord {
				words = append(words, b.String())
			}
			return words, firstCol, s[i:], i + 1, nil
		default:
			if !inWord && firstCol == 0 {
				firstCol = i + 1
			}
			b.WriteByte(c)
			inWord = true
		}
	}
	if quote != 0 {
		return nil, 0, "", 0, fmt.Errorf("unterminated quote")
	}
	if inWord {
		words = append(words, b.String())
	}
	return words, firstCol, "", 0, nil
}

func parseHAProxyConf(src string) ([]hapLine, []comment, []int, error) {
	var out []hapLine
	var comments []comment
	var lines []int
	section, name := "", ""
	for i, l := range strings.Split(src, "\n") {
		words, col, cmt, ccol, err := tokenizeHAProxyLine(l)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("line %d: %v", i+1, err)
		}
		if cmt != "" {
			comments = append(comments, comment{text: cmt, line: i + 1, col: ccol, ownLine: len(words) == 0})
		}
		if len(words) == 0 {
			continue
		}
		lines = append(lines, i+1)
		if haproxySections[words[0]] {
			section, name = words[0], ""
			if len(words) > 1 {
				name = words[1]
			}
		}
		out = append(out, hapLine{words: words, line: i + 1, col: col, section: section, name: name})
	}
	return out, comments, lines, nil
}

func (r *run) parseHAProxy(f file, data []byte) *parsedFile {
	hl, comments, lines, err := parseHAProxyConf(string(data))
	if err != nil {
		r.note(f.path, "skipped: not valid HAProxy configuration: %v", err)
		return nil
	}
	pf := &parsedFile{path: f.path, dirs: commentDirectives(f.path, comments, lines)}
	pf.check = func(r *run) { r.haproxyRules(pf, hl) }
	return pf
}

// clientHeaders are request headers that identify the client; balancing
// on them pins it.
var clientHeaders = map[string]bool{"cookie": true, "x-forwarded-for": true, "x-real-ip": true, "forwarded": true, "authorization": true}

// haproxyRules reports affinity in the sections that balance: defaults,
// backend and listen.
func (r *run) haproxyRules(pf *parsedFile, hl []hapLine) {
	for _, l := range hl {
		switch l.section {
		case "defaults", "backend", "listen":
		default:
			continue
		}
		where := l.section
		if l.name != "" {
			where += " " + l.name
		}
		w := l.words
		switch {
		case w[0] == "balance" && len(w) > 1:
			alg := strings.ToLower(w[1])
			h, isHdr := strings.CutPrefix(alg, "hdr(")
			if alg == "source" || alg == "rdp-cookie" || strings.HasPrefix(alg, "rdp-cookie(") ||
				isHdr && clientHeaders[strings.TrimSuffix(h, ")")] {
				r.sticky(pf, l.line, l.col, fmt.Sprintf("HAProxy %s uses balance %s", where, w[1]))
			}
		case w[0] == "cookie" && len(w) > 2:
			for _, opt := range w[2:] {
				if opt == "insert" || opt == "prefix" || opt == "rewrite" {
					r.sticky(pf, l.line, l.col, fmt.Sprintf("HAProxy %s pins clients with cookie %s %s", where, w[1], opt))
					break
				}
			}
		case w[0] == "stick" && len(w) > 1:
			switch w[1] {
			case "on", "match", "store-request", "store-response":
				r.sticky(pf, l.line, l.col, fmt.Sprintf("HAProxy %s uses a stick table for affinity (stick %s)", where, strings.Join(w[1:], " ")))
			}
		}
	}
}
