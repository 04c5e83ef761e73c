// Package quietrepo's Repo implements api.Saver but is only ever printed:
// never converted to the interface, so no request reaches it.
package quietrepo

var rows []string

type Repo struct{}

func (*Repo) Save(k, v string) { rows = append(rows, k) }
