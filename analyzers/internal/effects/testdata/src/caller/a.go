package caller

import "summaries"

var mine = map[string]string{}

var global = &summaries.Store{}

// Remote binds a summary imported as a fact.
func Remote() { // want Remote:`summaries.Put → writes package-level map caller.mine; summaries.Store.Set → writes package-level map caller.global.m`
	summaries.Put(mine, "k", "v")
	global.Set("k", "v")
}

// Param passes its parameter on: the write stays the caller's business.
func Param(s *summaries.Store) { // want Param:`summaries.Store.Set → writes map s.m of param 0`
	s.Set("k", "v")
}

// Twice calls a summary that dropped writes, twice: it passes the count
// on, once.
func Twice() { // want Twice:`dropped 8 writes, 0 resources$`
	summaries.Many()
	summaries.Many()
}

// Via reaches a write two calls deep in another package: the chain names
// that package's functions as seen from here.
func Via() { // want Via:`summaries.Through → summaries.Put → writes package-level map summaries.store`
	summaries.Through()
}
