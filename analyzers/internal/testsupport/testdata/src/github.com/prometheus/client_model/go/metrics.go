// Package io_prometheus_client is a test stub mirroring the exported API of
// github.com/prometheus/client_model/go v0.6.1 that the prometheus stub's
// signatures need. The real package holds generated protobuf messages;
// these are plain structs with the same field names.
package io_prometheus_client

// LabelPair is a name/value pair of a metric label.
type LabelPair struct {
	Name  *string
	Value *string
}

// Counter is the value of a counter metric.
type Counter struct {
	Value *float64
}

// Gauge is the value of a gauge metric.
type Gauge struct {
	Value *float64
}

// Histogram is the state of a histogram metric.
type Histogram struct {
	SampleCount *uint64
	SampleSum   *float64
}

// Metric is one sample of a metric family.
type Metric struct {
	Label     []*LabelPair
	Gauge     *Gauge
	Counter   *Counter
	Histogram *Histogram
}
