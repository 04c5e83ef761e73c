package prometheus

import (
	"fmt"
	"strings"
	"sync"
)

// MetricVec is a Collector to bundle metrics of the same name that differ
// in their label values.
type MetricVec struct {
	*metricMap
}

// NewMetricVec returns an initialized metricVec.
func NewMetricVec(desc *Desc, newMetric func(lvs ...string) Metric) *MetricVec {
	return &MetricVec{
		metricMap: &metricMap{
			metrics:   map[string]Metric{},
			desc:      desc,
			newMetric: newMetric,
		},
	}
}

// GetMetricWithLabelValues returns the Metric for the given slice of label
// values (same order as the variable labels in Desc).
func (m *MetricVec) GetMetricWithLabelValues(lvs ...string) (Metric, error) {
	if len(lvs) != len(m.desc.variableLabels) {
		return nil, fmt.Errorf("inconsistent label cardinality: expected %d label values but got %d", len(m.desc.variableLabels), len(lvs))
	}
	return m.getOrCreateMetric(lvs), nil
}

// GetMetricWith returns the Metric for the given Labels map (the label
// names must match those of the variable labels in Desc).
func (m *MetricVec) GetMetricWith(labels Labels) (Metric, error) {
	lvs := make([]string, 0, len(m.desc.variableLabels))
	for _, name := range m.desc.variableLabels {
		val, ok := labels[name]
		if !ok {
			return nil, fmt.Errorf("label name %q missing in label map", name)
		}
		lvs = append(lvs, val)
	}
	return m.getOrCreateMetric(lvs), nil
}

// DeleteLabelValues removes the metric where the variable labels are the
// same as those passed in as labels (same order as the VariableLabels in
// Desc).
func (m *MetricVec) DeleteLabelValues(lvs ...string) bool {
	m.mtx.Lock()
	defer m.mtx.Unlock()
	key := strings.Join(lvs, "\xff")
	if _, ok := m.metrics[key]; !ok {
		return false
	}
	delete(m.metrics, key)
	return true
}

// Describe implements Collector.
func (m *MetricVec) Describe(ch chan<- *Desc) { m.metricMap.Describe(ch) }

// Collect implements Collector.
func (m *MetricVec) Collect(ch chan<- Metric) { m.metricMap.Collect(ch) }

// Reset deletes all metrics in this vector.
func (m *MetricVec) Reset() { m.metricMap.Reset() }

// metricMap is a helper for metricVec and shared between differently
// curried metricVecs.
type metricMap struct {
	mtx       sync.RWMutex // Protects metrics.
	metrics   map[string]Metric
	desc      *Desc
	newMetric func(labelValues ...string) Metric
}

// Describe implements Collector. It will send exactly one Desc to the
// provided channel.
func (m *metricMap) Describe(ch chan<- *Desc) {
	ch <- m.desc
}

// Collect implements Collector.
func (m *metricMap) Collect(ch chan<- Metric) {
	m.mtx.RLock()
	defer m.mtx.RUnlock()

	for _, metric := range m.metrics {
		ch <- metric
	}
}

// Reset deletes all metrics in this vector.
func (m *metricMap) Reset() {
	m.mtx.Lock()
	defer m.mtx.Unlock()

	for key := range m.metrics {
		delete(m.metrics, key)
	}
}

// getOrCreateMetric retrieves the metric for the given label values or
// creates it.
func (m *metricMap) getOrCreateMetric(lvs []string) Metric {
	key := strings.Join(lvs, "\xff")

	m.mtx.RLock()
	metric, ok := m.metrics[key]
	m.mtx.RUnlock()
	if ok {
		return metric
	}

	m.mtx.Lock()
	defer m.mtx.Unlock()
	metric, ok = m.metrics[key]
	if !ok {
		metric = m.newMetric(lvs...)
		m.metrics[key] = metric
	}
	return metric
}
