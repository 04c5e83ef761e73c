package prometheus

import (
	"errors"
	"sync"
)

var (
	defaultRegistry = NewRegistry()
	// DefaultRegisterer and DefaultGatherer are the implementations of the
	// Registerer and Gatherer interface a number of convenience functions
	// in this package act on.
	DefaultRegisterer Registerer = defaultRegistry
)

// NewRegistry creates a new vanilla Registry without any Collectors
// pre-registered.
func NewRegistry() *Registry {
	return &Registry{
		collectorsByID: map[Collector]struct{}{},
	}
}

// Registerer is the interface for the part of a registry in charge of
// registering and unregistering.
type Registerer interface {
	// Register registers a new Collector to be included in metrics
	// collection.
	Register(Collector) error
	// MustRegister works like Register but registers any number of
	// Collectors and panics upon the first registration that causes an
	// error.
	MustRegister(...Collector)
	// Unregister unregisters the Collector that equals the Collector
	// passed in as an argument.
	Unregister(Collector) bool
}

// Register registers the provided Collector with the DefaultRegisterer.
func Register(c Collector) error {
	return DefaultRegisterer.Register(c)
}

// MustRegister registers the provided Collectors with the
// DefaultRegisterer and panics if any error occurs.
func MustRegister(cs ...Collector) {
	DefaultRegisterer.MustRegister(cs...)
}

// Unregister removes the registration of the provided Collector from the
// DefaultRegisterer.
func Unregister(c Collector) bool {
	return DefaultRegisterer.Unregister(c)
}

// Registry registers Prometheus collectors, collects their metrics, and
// gathers them into MetricFamilies for exposition.
type Registry struct {
	mtx            sync.RWMutex
	collectorsByID map[Collector]struct{}
}

// Register implements Registerer.
func (r *Registry) Register(c Collector) error {
	r.mtx.Lock()
	defer r.mtx.Unlock()
	if _, exists := r.collectorsByID[c]; exists {
		return errors.New("duplicate metrics collector registration attempted")
	}
	r.collectorsByID[c] = struct{}{}
	return nil
}

// Unregister implements Registerer.
func (r *Registry) Unregister(c Collector) bool {
	r.mtx.Lock()
	defer r.mtx.Unlock()
	if _, exists := r.collectorsByID[c]; !exists {
		return false
	}
	delete(r.collectorsByID, c)
	return true
}

// MustRegister implements Registerer.
func (r *Registry) MustRegister(cs ...Collector) {
	for _, c := range cs {
		if err := r.Register(c); err != nil {
			panic(err)
		}
	}
}
