// Package memrepo hands out its implementation as its own, wider
// interface.
package memrepo

var saved = map[string]string{}

type Store interface {
	Save(k, v string)
	Load(k string) string
}

type mem struct{}

func New() Store { return &mem{} }

func (*mem) Save(k, v string) { saved[k] = v }

func (*mem) Load(k string) string { return saved[k] }
