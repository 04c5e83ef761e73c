// Package store declares the interface the handlers use.
package store

type Links interface {
	Save(code, url string)
	Lookup(code string) string
}
