package summaries

import (
	"sync"
	"sync/atomic"

	gocache "github.com/patrickmn/go-cache"
)

var (
	store   = map[string]string{}
	counter int
	mu      sync.Mutex
	hits    atomic.Int64
	cache   = gocache.New(0, 0)
	ready   *sync.Map

	//statecheck:cache derived, rebuilt on a miss
	derived = map[string]string{} // want derived:`cache: derived, rebuilt on a miss`
)

func Save(k, v string) { // want Save:`writes package-level map summaries.store`
	store[k] = v
}

func Count() { // want Count:`increments package-level counter summaries.counter; updates package-level atomic summaries.hits`
	mu.Lock()
	counter++
	mu.Unlock()
	hits.Add(1)
}

// Put writes into its argument: the caller decides whose memory that is.
func Put(m map[string]string, k, v string) { // want Put:`writes map m of param 0`
	m[k] = v
}

type Store struct {
	m     map[string]string
	items []string
}

func (s *Store) Set(k, v string) { // want Set:`writes map s.m of param 0`
	s.m[k] = v
}

func (s *Store) Add(v string) { // want Add:`appends to slice s.items of param 0`
	s.items = append(s.items, v)
}

// Through binds Put's parameter to a package-level map.
func Through() { // want Through:`Put → writes package-level map summaries.store`
	Put(store, "k", "v")
}

// Local writes only what it makes: no fact.
func Local() {
	m := map[string]string{}
	Put(m, "k", "v")
	s := &Store{m: map[string]string{}}
	s.Set("k", "v")
}

// Fill writes a library cache held in a package-level variable.
func Fill() { // want Fill:`updates package-level in-process cache summaries.cache`
	cache.Set("k", "v", 0)
}

// Lazy initializes once, guarded by a nil check: no fact.
func Lazy() *sync.Map { // want Lazy:`returns package-level summaries.ready`
	if ready == nil {
		ready = &sync.Map{}
	}
	return ready
}

// Cached writes a variable declared a cache: no fact.
func Cached(k string) {
	derived[k] = k
}

// Recursive terminates and still reports its write.
func Recursive(n int) { // want Recursive:`writes package-level map summaries.store`
	if n > 0 {
		Recursive(n - 1)
	}
	store["n"] = "x"
}

// Closure writes through a closure it calls at once.
func Closure() { // want Closure:`writes package-level map summaries.store`
	func() { store["c"] = "c" }()
}

type Session struct{ Values map[string]string }

var sessions = map[string]*Session{}

// Lookup returns a session shared by every request.
func Lookup(id string) *Session { // want Lookup:`returns package-level summaries.sessions\[…\]`
	return sessions[id]
}

// Touch writes through a getter's result.
func Touch(id string) { // want Touch:`writes package-level map summaries.sessions\[…\].Values`
	Lookup(id).Values["seen"] = "yes"
}

// Carts returns memory of its receiver.
func (s *Store) Items() []string { // want Items:`returns s.items of param 0`
	return s.items
}

// Fresh returns a new session each time: nothing long-lived.
func Fresh() *Session {
	return &Session{Values: map[string]string{}}
}

func UseFresh() {
	Fresh().Values["x"] = "y"
}

// many0 … many39 are forty counters, more than a summary keeps.
var (
	many0  int
	many1  int
	many2  int
	many3  int
	many4  int
	many5  int
	many6  int
	many7  int
	many8  int
	many9  int
	many10 int
	many11 int
	many12 int
	many13 int
	many14 int
	many15 int
	many16 int
	many17 int
	many18 int
	many19 int
	many20 int
	many21 int
	many22 int
	many23 int
	many24 int
	many25 int
	many26 int
	many27 int
	many28 int
	many29 int
	many30 int
	many31 int
	many32 int
	many33 int
	many34 int
	many35 int
	many36 int
	many37 int
	many38 int
	many39 int
)

// Many writes forty variables: its summary keeps 32 and counts the rest.
func Many() { // want Many:`dropped 8 writes, 0 resources$`
	many0++
	many1++
	many2++
	many3++
	many4++
	many5++
	many6++
	many7++
	many8++
	many9++
	many10++
	many11++
	many12++
	many13++
	many14++
	many15++
	many16++
	many17++
	many18++
	many19++
	many20++
	many21++
	many22++
	many23++
	many24++
	many25++
	many26++
	many27++
	many28++
	many29++
	many30++
	many31++
	many32++
	many33++
	many34++
	many35++
	many36++
	many37++
	many38++
	many39++
}
