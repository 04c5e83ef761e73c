package deploy

import (
	"fmt"
	"slices"
	"strings"
)

// DirectivesCheck is the name under which malformed and unused
// suppression comments are reported, the name the code's directives
// check has.
const DirectivesCheck = "directives"

const ignoreVerb = "statecheck:ignore"

// directive is one "# statecheck:ignore <check>[,<check>] <reason>"
// comment. It silences the named checks' findings on line: its own line
// for a comment after a value, the next line for a comment on a line of
// its own.
type directive struct {
	pos    Pos // the comment
	line   int // the line it applies to
	checks []string
	reason string
	used   bool
}

type directives struct {
	list []*directive
}

// add reads a comment's text (with or without its leading '#'), found at
// pos and applying to line. Comments that are not statecheck directives
// are ignored.
func (ds *directives) add(text string, pos Pos, line int) {
	text = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(text), "#"))
	rest, ok := strings.CutPrefix(text, ignoreVerb)
	if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return
	}
	fields := strings.Fields(rest)
	d := &directive{pos: pos, line: line}
	if len(fields) > 0 {
		d.checks = strings.Split(fields[0], ",")
		d.reason = strings.Join(fields[1:], " ")
	}
	ds.list = append(ds.list, d)
}

// addComments reads every line of a block of comments (yaml.Node's
// HeadComment or LineComment), the first of which is on firstLine.
func (ds *directives) addComments(block string, firstLine, appliesTo int, file string) {
	for i, l := range strings.Split(block, "\n") {
		if strings.TrimSpace(l) != "" {
			ds.add(l, Pos{File: file, Line: firstLine + i}, appliesTo)
		}
	}
}

// filter drops the findings a valid directive silences and adds findings
// for directives that are malformed, name an unknown check, or silence
// nothing.
func (ds *directives) filter(fs []Finding) []Finding {
	var out []Finding
	for _, f := range fs {
		silenced := false
		for _, d := range ds.list {
			if d.line == f.Pos.Line && d.valid() && slices.Contains(d.checks, f.Check) {
				d.used = true
				silenced = true
			}
		}
		if !silenced {
			out = append(out, f)
		}
	}
	for _, d := range ds.list {
		var msg string
		switch {
		case len(d.checks) == 0:
			msg = ignoreVerb + " names no check: write # " + ignoreVerb + " <check> <reason>"
		case d.reason == "":
			msg = fmt.Sprintf("%s %s has no reason: say why the deployment is fine as it is", ignoreVerb, strings.Join(d.checks, ","))
		case d.unknown() != "":
			msg = fmt.Sprintf("%s names unknown deployment check %q; valid names: %s", ignoreVerb, d.unknown(), strings.Join(Names(), ", "))
		case !d.used:
			msg = fmt.Sprintf("%s %s silences nothing on line %d", ignoreVerb, strings.Join(d.checks, ","), d.line)
		default:
			continue
		}
		out = append(out, Finding{Check: DirectivesCheck, Pos: d.pos, Message: msg})
	}
	return out
}

func (d *directive) valid() bool {
	return len(d.checks) > 0 && d.reason != "" && d.unknown() == ""
}

func (d *directive) unknown() string {
	for _, c := range d.checks {
		if _, ok := Lookup(c); !ok {
			return c
		}
	}
	return ""
}
