package kinds

import (
	"net/http"
	"testing"
)

// Handlers declared in tests never serve production traffic.
func fakeUpstream(w http.ResponseWriter, r *http.Request) {}

func TestSomething(t *testing.T) { _ = fakeUpstream }
