package prometheus

// Collector is the interface implemented by anything that can be used by
// Prometheus to collect metrics.
type Collector interface {
	// Describe sends the super-set of all possible descriptors of metrics
	// collected by this Collector to the provided channel and returns once
	// the last descriptor has been sent.
	Describe(chan<- *Desc)
	// Collect is called by the Prometheus registry when collecting
	// metrics.
	Collect(chan<- Metric)
}

// selfCollector implements Collector for a single Metric so that the Metric
// collects itself.
type selfCollector struct {
	self Metric
}

// init provides the selfCollector with a reference to the metric it is
// supposed to collect.
func (c *selfCollector) init(self Metric) {
	c.self = self
}

// Describe implements Collector.
func (c *selfCollector) Describe(ch chan<- *Desc) {
	ch <- c.self.Desc()
}

// Collect implements Collector.
func (c *selfCollector) Collect(ch chan<- Metric) {
	ch <- c.self
}
