// Package inhouse is an in-house web framework statecheck cannot know.
package inhouse

type Ctx struct{ Path string }

type Router struct{}

// On registers h for path; the request reaches h through a queue that
// static analysis cannot follow.
func (r *Router) On(path string, h func(path string)) {}

// LRU is an in-process cache.
type LRU struct{ items map[string]string }

func (c *LRU) Put(k, v string) { c.items[k] = v }
func (c *LRU) Len() int         { return len(c.items) }
