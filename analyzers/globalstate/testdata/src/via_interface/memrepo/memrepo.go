// Package memrepo keeps everything in package-level variables.
package memrepo

var (
	users  []string
	events = map[string]int{}
	things = map[string]any{}
	audit  []string
)

type Users struct{}

func (Users) Add(name string) {
	users = append(users, name)
}

type Events struct{}

func (Events) Record(kind string) { events[kind]++ }

type Store[T any] struct{}

func (Store[T]) Put(key string, v T) { things[key] = v }

// Audit implements Users too, but is only ever used directly at startup.
type Audit struct{}

func (Audit) Add(name string) { audit = append(audit, name) }
