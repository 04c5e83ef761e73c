// Package prometheus is a test stub mirroring the exported API of
// github.com/prometheus/client_golang/prometheus v1.20.5 used by
// statecheck's tests. Like the real package, the metric types update their
// own fields with atomic operations and registries keep their collectors
// behind a mutex.
package prometheus

import (
	"strings"

	dto "github.com/prometheus/client_model/go"
)

// Labels represents a collection of label name -> value mappings.
type Labels map[string]string

// A Metric models a single sample value with its meta data being exported
// to Prometheus.
type Metric interface {
	// Desc returns the descriptor for the Metric.
	Desc() *Desc
	// Write encodes the Metric into a "Metric" Protocol Buffer data
	// transmission object.
	Write(*dto.Metric) error
}

// Opts bundles the options for creating most Metric types.
type Opts struct {
	// Namespace, Subsystem, and Name are components of the
	// fully-qualified name of the Metric (created by joining these
	// components with "_"). Only Name is mandatory, the others merely
	// help structuring the name.
	Namespace string
	Subsystem string
	Name      string

	// Help provides information about this metric.
	Help string

	// ConstLabels are used to attach fixed labels to this metric.
	ConstLabels Labels
}

// BuildFQName joins the given three name components by "_". Empty name
// components are ignored. If the name parameter itself is empty, an empty
// string is returned, no matter what.
func BuildFQName(namespace, subsystem, name string) string {
	if name == "" {
		return ""
	}
	switch {
	case namespace != "" && subsystem != "":
		return strings.Join([]string{namespace, subsystem, name}, "_")
	case namespace != "":
		return strings.Join([]string{namespace, name}, "_")
	case subsystem != "":
		return strings.Join([]string{subsystem, name}, "_")
	}
	return name
}

// Desc is the descriptor used by every Prometheus Metric.
type Desc struct {
	// fqName has been built from Namespace, Subsystem, and Name.
	fqName string
	// help provides some helpful information about this metric.
	help string
	// constLabelPairs contains precalculated DTO label pairs based on
	// the constant labels.
	constLabelPairs []*dto.LabelPair
	// variableLabels contains names of labels for which the metric
	// maintains variable values.
	variableLabels []string
}

// NewDesc allocates and initializes a new Desc.
func NewDesc(fqName, help string, variableLabels []string, constLabels Labels) *Desc {
	d := &Desc{fqName: fqName, help: help, variableLabels: variableLabels}
	for n, v := range constLabels {
		name, value := n, v
		d.constLabelPairs = append(d.constLabelPairs, &dto.LabelPair{Name: &name, Value: &value})
	}
	return d
}

func (d *Desc) String() string {
	return "Desc{fqName: \"" + d.fqName + "\", help: \"" + d.help + "\"}"
}
