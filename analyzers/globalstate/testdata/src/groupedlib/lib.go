// Package groupedlib applies settings a handler of another package sends.
package groupedlib

var (
	Theme    string
	Language string
	Ratios   = map[string]float64{}
)

// Apply stores one setting.
func Apply(key, value string) {
	switch key {
	case "theme":
		Theme = value
	case "language":
		Language = value
	default:
		Ratios[key] = 1
	}
}
