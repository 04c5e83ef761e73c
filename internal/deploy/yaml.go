package deploy

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// parseYAML reads a YAML file of any number of documents and returns it
// with the check that dispatches each document on what it is: a
// Kubernetes object (apiVersion and kind), a docker-compose file
// (services), or a Traefik dynamic configuration (http). A file that is
// not valid YAML, a Helm template most often, is skipped with a note.
func (r *run) parseYAML(f file, data []byte) *parsedFile {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var docs []*yaml.Node
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			msg := strings.TrimPrefix(err.Error(), "yaml: ")
			if !f.named && !inChart(f.path) && !looksDeployment(data) {
				// Some other YAML (an API description, a test
				// resource): not a file these checks read.
				return nil
			}
			if isTemplate(data) {
				r.note(f.path, "skipped: a template, not valid YAML until rendered (%s); check the output of helm template or kustomize build instead", msg)
			} else {
				r.note(f.path, "skipped: not valid YAML: %s", msg)
			}
			return nil
		}
		docs = append(docs, &doc)
	}
	pf := &parsedFile{path: f.path, dirs: &directives{}}
	for _, d := range docs {
		pf.yamlComments(d)
	}
	pf.check = func(r *run) {
		for _, d := range docs {
			root := d
			if root.Kind == yaml.DocumentNode {
				if len(root.Content) == 0 {
					continue
				}
				root = root.Content[0]
			}
			root = deref(root)
			if root.Kind != yaml.MappingNode {
				continue
			}
			switch {
			case str(get(root, "kind")) != "" && get(root, "apiVersion") != nil:
				r.kube(pf, root)
			case get(root, "services") != nil && get(root, "services").Kind == yaml.MappingNode:
				r.compose(pf, root)
			case get(root, "http") != nil:
				r.traefikDynamic(pf, root)
			}
		}
	}
	// Claims must be known before any workload is checked.
	for _, d := range docs {
		if len(d.Content) > 0 {
			r.collectClaims(pf, deref(d.Content[0]))
		}
	}
	return pf
}

// looksDeployment reports whether a YAML file that does not parse looks
// like a file the checks read: a top-level apiVersion, kind or services
// key at the start of a line.
func looksDeployment(data []byte) bool {
	for _, l := range strings.Split(string(data), "\n") {
		for _, k := range []string{"apiVersion:", "kind:", "services:"} {
			if strings.HasPrefix(l, k) {
				return true
			}
		}
	}
	return false
}

// inChart reports whether path is in the templates directory of a Helm
// chart.
func inChart(path string) bool {
	for dir := filepath.Dir(path); dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
		if filepath.Base(dir) == "templates" {
			if _, err := os.Stat(filepath.Join(filepath.Dir(dir), "Chart.yaml")); err == nil {
				return true
			}
		}
	}
	return false
}

// yamlComments reads the statecheck directives in the comments of the
// nodes under n. A head comment applies to the line of its node, the line
// after it; a line comment to its own line.
func (pf *parsedFile) yamlComments(n *yaml.Node) {
	if n == nil {
		return
	}
	if n.HeadComment != "" {
		k := strings.Count(n.HeadComment, "\n") + 1
		pf.dirs.addComments(n.HeadComment, n.Line-k, n.Line, pf.path)
	}
	if n.LineComment != "" {
		pf.dirs.addComments(n.LineComment, n.Line, n.Line, pf.path)
	}
	for _, c := range n.Content {
		pf.yamlComments(c)
	}
}

// get returns the value of key in the mapping n, or nil.
func get(n *yaml.Node, key string) *yaml.Node {
	k, v := getKV(n, key)
	_ = k
	return v
}

// getKV returns the key node and the value of key in the mapping n.
func getKV(n *yaml.Node, key string) (*yaml.Node, *yaml.Node) {
	n = deref(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return nil, nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := deref(n.Content[i]); k.Kind == yaml.ScalarNode && k.Value == key {
			return k, deref(n.Content[i+1])
		}
	}
	return nil, nil
}

// dig follows keys from n.
func dig(n *yaml.Node, keys ...string) *yaml.Node {
	for _, k := range keys {
		n = get(n, k)
		if n == nil {
			return nil
		}
	}
	return n
}

// pairs calls fn for each key and value of the mapping n.
func pairs(n *yaml.Node, fn func(k, v *yaml.Node)) {
	n = deref(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		fn(deref(n.Content[i]), deref(n.Content[i+1]))
	}
}

// items returns the items of the sequence n.
func items(n *yaml.Node) []*yaml.Node {
	n = deref(n)
	if n == nil || n.Kind != yaml.SequenceNode {
		return nil
	}
	out := make([]*yaml.Node, len(n.Content))
	for i, c := range n.Content {
		out[i] = deref(c)
	}
	return out
}

// str is the text of a scalar node, "" for anything else.
func str(n *yaml.Node) string {
	n = deref(n)
	if n == nil || n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		return ""
	}
	return n.Value
}

// integer is the value of an integer scalar; ok is false for anything
// else, a template placeholder included.
func integer(n *yaml.Node) (int, bool) {
	s := str(n)
	if s == "" {
		return 0, false
	}
	v, err := strconv.Atoi(s)
	return v, err == nil
}

// boolean is the value of a boolean scalar, written as YAML or as a
// string ("true").
func boolean(n *yaml.Node) bool {
	b, err := strconv.ParseBool(str(n))
	return err == nil && b
}

func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && n.Alias != nil && i < 8; i++ {
		n = n.Alias
	}
	return n
}

// line is a node's line, 0 for nil.
func line(n *yaml.Node) (int, int) {
	if n == nil {
		return 0, 0
	}
	return n.Line, n.Column
}
