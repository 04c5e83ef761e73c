package per_request_values

import "testing"

// Tests make values of any type; they do not run in the service.
func TestProbe(t *testing.T) {
	p := &Probe{}
	p.renew()
}
