package inhouse_framework

import "inhouse"

var (
	visits = map[string]int{}
	lru    = &inhouse.LRU{}
	// templates is accepted as a cache by configuration.
	templates = map[string]string{}
)

func show(c *inhouse.Ctx) {
	visits[c.Path]++ // want `handler show writes package-level map visits`
	templates[c.Path] = "t"
}

func onEvent(path string) {
	lru.Put(path, "x") // want `handler onEvent updates package-level in-process state lru`
	_ = lru.Len()
}

func main() {
	r := &inhouse.Router{}
	r.On("/e", onEvent)
}
