package config

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/statecheck/statecheck/analyzers"
)

// This file holds the settings that decide how findings are reported
// rather than what the checks find: severities and excluded paths.

// Exclude is a path glob whose findings are not reported: by every check
// when Checks is empty, else by the checks it names.
//
// The glob is matched against slash-separated paths relative to the
// directory of the configuration file. '*', '?' and '[...]' match within
// one path element, as in path.Match, and an element '**' matches any
// number of elements. A glob that matches a directory matches everything
// under it, so "examples" and "examples/**" are the same.
type Exclude struct {
	Path   string
	Checks []string
}

// Match reports whether the slash-separated path rel, relative to the
// configuration file's directory, is excluded by the glob.
func (e Exclude) Match(rel string) bool {
	if rel == "" || rel == ".." || strings.HasPrefix(rel, "../") {
		return false
	}
	return matchGlob(strings.Split(e.Path, "/"), strings.Split(rel, "/"))
}

// For reports whether the exclusion applies to the named check.
func (e Exclude) For(check string) bool {
	return len(e.Checks) == 0 || slices.Contains(e.Checks, check)
}

// matchGlob matches the path elements name against the glob elements
// pat. A glob that matches a leading part of name matches it all: the
// rest is under a matched directory.
func matchGlob(pat, name []string) bool {
	if len(pat) == 0 {
		return true
	}
	if pat[0] == "**" {
		for i := 0; i <= len(name); i++ {
			if matchGlob(pat[1:], name[i:]) {
				return true
			}
		}
		return false
	}
	if len(name) == 0 {
		return false
	}
	if ok, _ := path.Match(pat[0], name[0]); !ok {
		return false
	}
	return matchGlob(pat[1:], name[1:])
}

// severity reads the severity mapping: check → level.
func (c *Config) severity(n *yaml.Node) error {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		return c.at(n, "severity must map check names to %s", strings.Join(analyzers.Severities, ", "))
	}
	c.Severity = map[string]string{}
	return c.mapping(n, "severity", func(check string, k, v *yaml.Node) error {
		c.pos["severity."+check] = pos{k.Line, k.Column}
		if v.Kind != yaml.ScalarNode || isNull(v) {
			return c.at(v, "severity.%s must be one of %s", check, strings.Join(analyzers.Severities, ", "))
		}
		c.pos["severity."+check+".value"] = pos{v.Line, v.Column}
		c.Severity[check] = v.Value
		return nil
	})
}

// exclude reads the exclude list: globs, or mappings of a glob and the
// checks it applies to.
func (c *Config) exclude(n *yaml.Node) error {
	if isNull(n) {
		return nil
	}
	const form = "exclude: each entry is a path glob, or a mapping such as {path: examples/**, checks: [globalstate]}"
	if n.Kind != yaml.SequenceNode {
		return c.at(n, "exclude must be a list of path globs")
	}
	for i, it := range n.Content {
		it = deref(it)
		ik := fmt.Sprintf("exclude[%d]", i)
		c.pos[ik] = pos{it.Line, it.Column}
		switch {
		case it.Kind == yaml.ScalarNode && !isNull(it):
			c.Exclude = append(c.Exclude, Exclude{Path: it.Value})
			continue
		case it.Kind != yaml.MappingNode:
			return c.at(it, form)
		}
		var e Exclude
		hasChecks := false
		err := c.mapping(it, "exclude", func(key string, k, v *yaml.Node) error {
			switch key {
			case "path":
				if v.Kind != yaml.ScalarNode || isNull(v) {
					return c.at(v, "exclude: path must be a glob")
				}
				e.Path = v.Value
				return nil
			case "checks":
				list, err := c.stringList(v, ik+".checks")
				if err != nil {
					return err
				}
				e.Checks, hasChecks = list, true
				return nil
			}
			return c.at(k, "exclude: unknown key %q; known keys: path, checks", key)
		})
		if err != nil {
			return err
		}
		if e.Path == "" {
			return c.at(it, "exclude: entry has no path")
		}
		if hasChecks && len(e.Checks) == 0 {
			return c.at(it, "exclude: checks is empty; leave it out to exclude the path from every check")
		}
		c.Exclude = append(c.Exclude, e)
	}
	return nil
}

// checkSeverity checks the severity mapping's check names and levels.
func (c *Config) checkSeverity(checks []analyzers.Check) error {
	names := make([]string, 0, len(c.Severity))
	for n := range c.Severity {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		if _, ok := lookup(checks, n); !ok {
			return c.errorf("severity."+n, "severity: unknown check %q; valid names: %s", n, checkNames(checks))
		}
		if v := c.Severity[n]; !slices.Contains(analyzers.Severities, v) {
			return c.errorf("severity."+n+".value", "severity.%s: %q is not a severity; use %s", n, v, strings.Join(analyzers.Severities, ", "))
		}
	}
	return nil
}

// checkExclude checks the exclude globs and the check names they give.
func (c *Config) checkExclude(checks []analyzers.Check) error {
	for i, e := range c.Exclude {
		key := fmt.Sprintf("exclude[%d]", i)
		if strings.HasPrefix(e.Path, "/") || e.Path == ".." || strings.HasPrefix(e.Path, "../") || strings.Contains(e.Path, "/../") || strings.Contains(e.Path, "\\") {
			return c.errorf(key, "exclude: %q: a glob is a slash-separated path relative to the configuration file's directory, inside it", e.Path)
		}
		for _, el := range strings.Split(e.Path, "/") {
			if el == "" {
				return c.errorf(key, "exclude: %q has an empty path element", e.Path)
			}
			if _, err := path.Match(el, ""); err != nil {
				return c.errorf(key, "exclude: %q: %v", e.Path, err)
			}
		}
		for j, n := range e.Checks {
			if _, ok := lookup(checks, n); !ok {
				return c.errorf(fmt.Sprintf("%s.checks[%d]", key, j), "exclude: unknown check %q; valid names: %s", n, checkNames(checks))
			}
		}
	}
	return nil
}

// SeverityOf returns the severity of the named check's findings: the
// configuration's, else the check's default.
func (c *Config) SeverityOf(ch analyzers.Check) string {
	if c != nil {
		if s, ok := c.Severity[ch.Name()]; ok {
			return s
		}
	}
	return ch.Severity
}

// SeverityFor returns the severity of one finding of the check, whose
// analysis.Diagnostic.Category is category: the configuration's severity
// for the check, which overrides every finding of it, else the level the
// check gives that category, else the check's default.
func (c *Config) SeverityFor(ch analyzers.Check, category string) string {
	if c != nil {
		if s, ok := c.Severity[ch.Name()]; ok {
			return s
		}
	}
	return ch.SeverityFor(category)
}
