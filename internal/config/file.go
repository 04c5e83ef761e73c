package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// topKeys are the keys of a configuration file, in the order of the
// documentation.
var topKeys = []string{"enable", "disable", "handlers", "registrars", "stateful", "accepted", "settings", "severity", "exclude", "deploy"}

// Find returns the configuration file that applies in dir: FileName in
// dir or the nearest of its parents that has one. It returns "" when
// there is none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		path := filepath.Join(dir, FileName)
		fi, err := os.Stat(path)
		switch {
		case err == nil && fi.Mode().IsRegular():
			return path, nil
		case err == nil:
			return "", fmt.Errorf("%s is not a regular file", path)
		case !errors.Is(err, fs.ErrNotExist):
			return "", err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads the configuration file at path. Error messages name the
// file as path spells it.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse reads a configuration file's contents; file names it in error
// messages. Keys that are not part of the format are errors, reported
// with their line and column.
func Parse(file string, data []byte) (*Config, error) {
	c := &Config{file: file, pos: map[string]pos{}}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err == io.EOF {
		return c, nil // an empty file
	} else if err != nil {
		return nil, c.yamlError(err)
	}
	var next yaml.Node
	if err := dec.Decode(&next); err == nil {
		return nil, c.at(&next, "a configuration file holds one YAML document")
	} else if err != io.EOF {
		return nil, c.yamlError(err)
	}
	root := &doc
	if root.Kind == yaml.DocumentNode {
		if len(root.Content) == 0 {
			return c, nil
		}
		root = root.Content[0]
	}
	root = deref(root)
	if isNull(root) {
		return c, nil
	}
	if root.Kind != yaml.MappingNode {
		return nil, c.at(root, "a configuration is a mapping of keys: %s", strings.Join(topKeys, ", "))
	}
	err := c.mapping(root, "", func(key string, k, v *yaml.Node) error {
		c.pos[key] = pos{v.Line, v.Column}
		switch key {
		case "enable", "disable", "handlers", "registrars", "stateful":
			list, err := c.stringList(v, key)
			if err != nil {
				return err
			}
			switch key {
			case "enable":
				c.Enable = list
			case "disable":
				c.Disable = list
			case "handlers":
				c.Handlers = list
			case "registrars":
				c.Registrars = list
			case "stateful":
				c.Stateful = list
			}
			return nil
		case "accepted":
			return c.accepted(v)
		case "settings":
			return c.settings(v)
		case "severity":
			return c.severity(v)
		case "exclude":
			return c.exclude(v)
		case "deploy":
			b, err := strconv.ParseBool(v.Value)
			if v.Kind != yaml.ScalarNode || err != nil {
				return c.at(v, "deploy must be true or false")
			}
			c.Deploy = b
			return nil
		}
		return c.at(k, "unknown key %q; known keys: %s", key, strings.Join(topKeys, ", "))
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// mapping calls fn for each key of the mapping n, whose path is prefix,
// and rejects keys that are not strings and keys given twice.
func (c *Config) mapping(n *yaml.Node, prefix string, fn func(key string, k, v *yaml.Node) error) error {
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := deref(n.Content[i]), deref(n.Content[i+1])
		if k.Kind != yaml.ScalarNode || isNull(k) {
			return c.at(k, "%skeys must be names", under(prefix))
		}
		if seen[k.Value] {
			return c.at(k, "%skey %q is given twice", under(prefix), k.Value)
		}
		seen[k.Value] = true
		if err := fn(k.Value, k, v); err != nil {
			return err
		}
	}
	return nil
}

func under(prefix string) string {
	if prefix == "" {
		return ""
	}
	return prefix + ": "
}

// stringList reads a list of names.
func (c *Config) stringList(n *yaml.Node, key string) ([]string, error) {
	if isNull(n) {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, c.at(n, "%s must be a list, such as %s: [a, b] or one '- a' line per item", key, key)
	}
	list := []string{}
	for i, it := range n.Content {
		it = deref(it)
		ik := fmt.Sprintf("%s[%d]", key, i)
		if it.Kind != yaml.ScalarNode || isNull(it) {
			return nil, c.at(it, "%s: each item must be a name", key)
		}
		c.pos[ik] = pos{it.Line, it.Column}
		list = append(list, it.Value)
	}
	return list, nil
}

// accepted reads the accepted list: mappings of name and reason.
func (c *Config) accepted(n *yaml.Node) error {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		return c.at(n, "accepted must be a list of entries with a name and a reason")
	}
	c.Accepted = []Accepted{}
	for i, it := range n.Content {
		it = deref(it)
		ik := fmt.Sprintf("accepted[%d]", i)
		c.pos[ik] = pos{it.Line, it.Column}
		if it.Kind != yaml.MappingNode {
			return c.at(it, "accepted: each entry is a mapping, such as {name: example.com/pkg.Var, reason: why it can be rebuilt}")
		}
		var a Accepted
		err := c.mapping(it, "accepted", func(key string, k, v *yaml.Node) error {
			if key != "name" && key != "reason" {
				return c.at(k, "accepted: unknown key %q; known keys: name, reason", key)
			}
			if v.Kind != yaml.ScalarNode || isNull(v) {
				return c.at(v, "accepted: %s must be text", key)
			}
			c.pos[ik+"."+key] = pos{v.Line, v.Column}
			if key == "name" {
				a.Name = v.Value
			} else {
				a.Reason = v.Value
			}
			return nil
		})
		if err != nil {
			return err
		}
		if a.Name == "" {
			return c.at(it, "accepted: entry has no name")
		}
		c.Accepted = append(c.Accepted, a)
	}
	return nil
}

// settings reads the per-check settings: check → flag → value.
func (c *Config) settings(n *yaml.Node) error {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		return c.at(n, "settings must map check names to their settings")
	}
	c.Settings = map[string]map[string]Value{}
	return c.mapping(n, "settings", func(check string, k, v *yaml.Node) error {
		c.pos["settings."+check] = pos{k.Line, k.Column}
		flags := map[string]Value{}
		c.Settings[check] = flags
		if isNull(v) {
			return nil
		}
		if v.Kind != yaml.MappingNode {
			return c.at(v, "settings.%s must map setting names to values", check)
		}
		return c.mapping(v, "settings."+check, func(name string, k, v *yaml.Node) error {
			key := "settings." + check + "." + name
			c.pos[key] = pos{k.Line, k.Column}
			s, err := c.value(v, key)
			if err != nil {
				return err
			}
			flags[name] = Value(s)
			return nil
		})
	})
}

// value reads a setting's value: a scalar, or a list of scalars that
// becomes a comma-separated value.
func (c *Config) value(n *yaml.Node, key string) (string, error) {
	switch {
	case n.Kind == yaml.ScalarNode && !isNull(n):
		return n.Value, nil
	case n.Kind == yaml.SequenceNode:
		items := make([]string, len(n.Content))
		for i, it := range n.Content {
			it = deref(it)
			if it.Kind != yaml.ScalarNode || isNull(it) {
				return "", c.at(it, "%s: each list item must be a single value", key)
			}
			items[i] = it.Value
		}
		return strings.Join(items, ","), nil
	case isNull(n):
		return "", c.at(n, "%s: a setting needs a value", key)
	}
	return "", c.at(n, "%s: a setting's value is a string, number, boolean or a list of them", key)
}

// at returns an Error at node n.
func (c *Config) at(n *yaml.Node, format string, args ...any) error {
	return &Error{File: c.file, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...)}
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlError turns a YAML syntax error into an Error with its line.
func (c *Config) yamlError(err error) error {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{File: c.file, Line: line, Msg: m[2]}
	}
	return &Error{File: c.file, Msg: strings.TrimPrefix(msg, "yaml: ")}
}

// deref follows an alias (*name) to the node it names.
func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 8; i++ {
		n = n.Alias
	}
	return n
}

// isNull reports whether n is an empty or null value.
func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null" || n.Kind == 0 || n.Kind == yaml.AliasNode
}
