// Package line_directive_earlier is generated from templates: //line directives
// map its lines to the template's, whose lines are fewer than this
// file's: the fix is indented as this file's line, not as the line the
// directive names.
package line_directive_earlier

import (
	"net/http"
	"os"
)

//line upload.tmpl:1
func nested(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		dir, err := os.MkdirTemp("", "unpack-*") // want `handler nested leaves a temporary directory \(os.MkdirTemp\) behind`
		if err != nil {
			return
		}
		_ = dir
	}
}
