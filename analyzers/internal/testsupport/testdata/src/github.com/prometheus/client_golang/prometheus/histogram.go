package prometheus

import (
	"math"
	"sort"
	"sync/atomic"

	dto "github.com/prometheus/client_model/go"
)

// DefBuckets are the default Histogram buckets.
var DefBuckets = []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}

// A Histogram counts individual observations from an event or sample
// stream in configurable static buckets (or in dynamic sparse buckets as
// part of the experimental Native Histograms, see below for more details).
type Histogram interface {
	Metric
	Collector

	// Observe adds a single observation to the histogram.
	Observe(float64)
}

// HistogramOpts bundles the options for creating a Histogram metric.
type HistogramOpts struct {
	// Namespace, Subsystem, and Name are components of the
	// fully-qualified name of the Histogram (created by joining these
	// components with "_"). Only Name is mandatory, the others merely
	// help structuring the name.
	Namespace string
	Subsystem string
	Name      string

	// Help provides information about this Histogram.
	Help string

	// ConstLabels are used to attach fixed labels to this metric.
	ConstLabels Labels

	// Buckets defines the buckets into which observations are counted.
	Buckets []float64
}

// Observer is the interface that wraps the Observe method, which is used by
// Histogram and Summary to add observations.
type Observer interface {
	Observe(float64)
}

// ObserverFunc is a function adapter to the Observer interface.
type ObserverFunc func(float64)

// Observe calls f(value). It implements Observer.
func (f ObserverFunc) Observe(value float64) {
	f(value)
}

// NewHistogram creates a new Histogram based on the provided HistogramOpts.
func NewHistogram(opts HistogramOpts) Histogram {
	return newHistogram(
		NewDesc(
			BuildFQName(opts.Namespace, opts.Subsystem, opts.Name),
			opts.Help,
			nil,
			opts.ConstLabels,
		),
		opts,
	)
}

func newHistogram(desc *Desc, opts HistogramOpts) Histogram {
	if len(opts.Buckets) == 0 {
		opts.Buckets = DefBuckets
	}
	h := &histogram{
		desc:        desc,
		upperBounds: opts.Buckets,
		counts:      make([]uint64, len(opts.Buckets)),
		labelPairs:  desc.constLabelPairs,
	}
	h.init(h) // Init self-collection.
	return h
}

type histogram struct {
	// count and sumBits have to go first in the struct to guarantee
	// alignment for atomic operations.
	count   uint64
	sumBits uint64

	selfCollector
	desc *Desc

	upperBounds []float64
	counts      []uint64
	labelPairs  []*dto.LabelPair
}

func (h *histogram) Desc() *Desc {
	return h.desc
}

func (h *histogram) Observe(v float64) {
	if i := sort.SearchFloat64s(h.upperBounds, v); i < len(h.counts) {
		atomic.AddUint64(&h.counts[i], 1)
	}
	for {
		oldBits := atomic.LoadUint64(&h.sumBits)
		newBits := math.Float64bits(math.Float64frombits(oldBits) + v)
		if atomic.CompareAndSwapUint64(&h.sumBits, oldBits, newBits) {
			break
		}
	}
	atomic.AddUint64(&h.count, 1)
}

func (h *histogram) Write(out *dto.Metric) error {
	count := atomic.LoadUint64(&h.count)
	sum := math.Float64frombits(atomic.LoadUint64(&h.sumBits))
	out.Label = h.labelPairs
	out.Histogram = &dto.Histogram{SampleCount: &count, SampleSum: &sum}
	return nil
}

// HistogramVec is a Collector that bundles a set of Histograms that all
// share the same Desc, but have different values for their variable
// labels.
type HistogramVec struct {
	*MetricVec
}

// NewHistogramVec creates a new HistogramVec based on the provided
// HistogramOpts and partitioned by the given label names.
func NewHistogramVec(opts HistogramOpts, labelNames []string) *HistogramVec {
	desc := NewDesc(
		BuildFQName(opts.Namespace, opts.Subsystem, opts.Name),
		opts.Help,
		labelNames,
		opts.ConstLabels,
	)
	return &HistogramVec{
		MetricVec: NewMetricVec(desc, func(lvs ...string) Metric {
			return newHistogram(desc, opts)
		}),
	}
}

// GetMetricWithLabelValues returns the Histogram for the given slice of
// label values (same order as the variable labels in Desc).
func (v *HistogramVec) GetMetricWithLabelValues(lvs ...string) (Observer, error) {
	metric, err := v.MetricVec.GetMetricWithLabelValues(lvs...)
	if metric != nil {
		return metric.(Observer), err
	}
	return nil, err
}

// GetMetricWith returns the Histogram for the given Labels map (the label
// names must match those of the variable labels in Desc).
func (v *HistogramVec) GetMetricWith(labels Labels) (Observer, error) {
	metric, err := v.MetricVec.GetMetricWith(labels)
	if metric != nil {
		return metric.(Observer), err
	}
	return nil, err
}

// WithLabelValues works as GetMetricWithLabelValues, but panics where
// GetMetricWithLabelValues would have returned an error.
func (v *HistogramVec) WithLabelValues(lvs ...string) Observer {
	h, err := v.GetMetricWithLabelValues(lvs...)
	if err != nil {
		panic(err)
	}
	return h
}

// With works as GetMetricWith but panics where GetMetricWithLabels would
// have returned an error.
func (v *HistogramVec) With(labels Labels) Observer {
	h, err := v.GetMetricWith(labels)
	if err != nil {
		panic(err)
	}
	return h
}
