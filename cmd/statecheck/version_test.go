package main

import (
	"runtime/debug"
	"testing"
)

func TestVersionLine(t *testing.T) {
	vcs := func(kv ...string) []debug.BuildSetting {
		var s []debug.BuildSetting
		for i := 0; i+1 < len(kv); i += 2 {
			s = append(s, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return s
	}
	for _, tc := range []struct {
		name string
		bi   *debug.BuildInfo
		want string
	}{
		{"release", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}},
			"statecheck v1.2.0 go1.26.0"},
		{"pseudo-version", &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261201100000-0123456789ab"}},
			"statecheck v0.0.0-20261201100000-0123456789ab (commit 0123456789ab) go1.26.0"},
		{"checkout", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs(
			"vcs", "git", "vcs.revision", "0123456789abcdef0123456789abcdef01234567", "vcs.time", "2026-12-01T10:00:00Z", "vcs.modified", "true")},
			"statecheck (devel) (commit 0123456789abcdef0123456789abcdef01234567, 2026-12-01T10:00:00Z, modified) go1.26.0"},
		{"checkout with a version from its tag", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.1-0.20261201100000-0123456789ab+dirty"}, Settings: vcs(
			"vcs.revision", "0123456789abcdef0123456789abcdef01234567", "vcs.modified", "false")},
			"statecheck v1.2.1-0.20261201100000-0123456789ab+dirty (commit 0123456789abcdef0123456789abcdef01234567) go1.26.0"},
		{"-buildvcs=false", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}},
			"statecheck (devel) (commit unknown: built without version control information, e.g. -buildvcs=false) go1.26.0"},
		{"no build info", nil,
			"statecheck (devel) (commit unknown: built without version control information, e.g. -buildvcs=false) go1.26.0"},
	} {
		if got := versionLine(tc.bi, "go1.26.0"); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got, tc.want)
		}
	}
}
