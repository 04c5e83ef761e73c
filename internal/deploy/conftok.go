package deploy

// Shared pieces of the tokenizers of nginx, HAProxy and Caddyfile
// configuration: all three have # comments to the end of the line, and
// directives whose position is their first word's.

// comment is a # comment found by a tokenizer.
type comment struct {
	text    string
	line    int
	col     int
	ownLine bool // nothing but blanks before it on its line
}

// commentDirectives reads the statecheck directives of comments: one
// after a directive applies to its own line; one on a line of its own to
// the next line that holds a token (tokenLines, ascending).
func commentDirectives(file string, comments []comment, tokenLines []int) *directives {
	ds := &directives{}
	for _, c := range comments {
		applies := c.line
		if c.ownLine {
			applies = 0
			for _, l := range tokenLines {
				if l > c.line {
					applies = l
					break
				}
			}
		}
		ds.add(c.text, Pos{File: file, Line: c.line, Col: c.col}, applies)
	}
	return ds
}
