// Package qualified checks the spelling of the names the shared settings
// hold: pkg/path.Name or pkg/path.Type.Member. It is the one validator of
// those names, whether they come from the configuration file, the
// command line, go vet's analyzer flags or the golangci-lint plugin, so
// that a name rejected in one place is rejected in all.
package qualified

import (
	"fmt"
	"slices"
	"strings"
)

// Check reports whether name looks like pkg/path.Name or
// pkg/path.Type.Member.
func Check(name string) error {
	const want = "want a qualified name such as example.com/pkg.Name"
	switch {
	case name == "":
		return fmt.Errorf("empty name; %s", want)
	case strings.ContainsAny(name, ", \t\r\n\"'"):
		return fmt.Errorf("%q: names hold no spaces, quotes or commas; %s", name, want)
	}
	last := name[strings.LastIndexByte(name, '/')+1:]
	parts := strings.Split(last, ".")
	if len(parts) < 2 || slices.Contains(parts, "") || strings.HasSuffix(name, "/") {
		return fmt.Errorf("%q is not a qualified name; %s", name, want)
	}
	return nil
}

// List splits a comma-separated list of names, as the analyzer flags
// spell them, and checks each. Spaces around a name are dropped; an empty
// string is the empty list, and an empty item ("a,,b", a trailing comma)
// is an error.
func List(s string) ([]string, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	var names []string
	for i, it := range strings.Split(s, ",") {
		it = strings.TrimSpace(it)
		if it == "" {
			return nil, fmt.Errorf("item %d is empty; separate names with single commas", i+1)
		}
		if err := Check(it); err != nil {
			return nil, err
		}
		names = append(names, it)
	}
	return names, nil
}
