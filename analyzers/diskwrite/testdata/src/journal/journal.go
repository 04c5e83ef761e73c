// Package journal appends each request to whatever writer main gives it.
package journal // want package:`writes through journal.Journal.W`

import (
	"bufio"
	"net/http"
)

// Journal records requests.
type Journal struct {
	W *bufio.Writer
}

// Handle appends the request's entry.
func (j *Journal) Handle(w http.ResponseWriter, r *http.Request) {
	j.W.WriteString(r.FormValue("entry") + "\n")
	j.W.Flush()
}
