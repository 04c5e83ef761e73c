// Package metadata is a test stub mirroring the exported API of
// google.golang.org/grpc/metadata v1.79.3 used by statecheck's tests.
package metadata

import (
	"context"
	"strings"
)

// MD is a mapping from metadata keys to values.
type MD map[string][]string

// New creates an MD from a given key-value map.
func New(m map[string]string) MD {
	md := make(MD, len(m))
	for k, val := range m {
		key := strings.ToLower(k)
		md[key] = append(md[key], val)
	}
	return md
}

// Pairs returns an MD formed by the mapping of key, value ...
func Pairs(kv ...string) MD {
	md := make(MD, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		key := strings.ToLower(kv[i])
		md[key] = append(md[key], kv[i+1])
	}
	return md
}

// Get obtains the values for a given key.
func (md MD) Get(k string) []string {
	return md[strings.ToLower(k)]
}

// FromIncomingContext returns the incoming metadata in ctx if it exists.
func FromIncomingContext(ctx context.Context) (MD, bool) {
	return nil, false
}
