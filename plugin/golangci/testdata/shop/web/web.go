// Package web is an in-house web framework statecheck cannot know: the
// configuration declares its request type, its registration method and
// its in-process cache.
package web

// Ctx is the request a handler gets.
type Ctx struct{ Path string }

// Router delivers events to handlers through a queue that static analysis
// cannot follow.
type Router struct{}

// On registers h for path.
func (r *Router) On(path string, h func(path string)) {}

// LRU is an in-process cache.
type LRU struct{ items map[string]string }

// Put stores v under k.
func (c *LRU) Put(k, v string) { c.items[k] = v }
