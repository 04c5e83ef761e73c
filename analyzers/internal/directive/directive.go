// Package directive parses statecheck's comment directives:
//
//	//statecheck:ignore <analyzer>[,<analyzer>...] <reason>
//	//statecheck:cache <reason>
//
// An ignore directive silences the named analyzers on its own line (as a
// trailing comment) or on the line below it (as a comment line of its own).
// A cache directive sits in the doc or line comment of a variable or struct
// field declaration and declares that the value is a rebuildable cache:
// losing it with the instance costs only warm entries, so writes to it are
// not client state.
//
// Both need a reason. A directive without one, or naming an analyzer that
// does not exist, is reported by the directives analyzer.
package directive

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// Prefix starts every statecheck directive.
const Prefix = "//statecheck:"

// Known lists the analyzer names an ignore directive may name. The names
// are public API: they appear in flags, configuration and suppressions.
var Known = []string{
	"globalstate", "fieldstate",
	"tempfile", "diskwrite", "handlergo",
	"sessionstore", "jwtclaims", "shutdown",
	"directives",
}

// Kind is the verb of a directive.
type Kind string

// The directive verbs.
const (
	Ignore Kind = "ignore"
	Cache  Kind = "cache"
)

// Directive is one parsed //statecheck: comment.
type Directive struct {
	Comment   *ast.Comment
	Kind      Kind     // "ignore", "cache", or the unknown verb as written
	Analyzers []string // for ignore: the analyzers it names
	Reason    string
}

// Pos is the position of the directive's comment.
func (d *Directive) Pos() token.Pos { return d.Comment.Slash }

// End is the end of the directive's comment.
func (d *Directive) End() token.Pos { return d.Comment.End() }

// Parse returns the directive in c, or nil if c is not one.
func Parse(c *ast.Comment) *Directive {
	if !strings.HasPrefix(c.Text, Prefix) {
		return nil
	}
	rest := c.Text[len(Prefix):]
	// A trailing "// ..." comment is not part of the directive.
	if i := strings.Index(rest, "//"); i >= 0 {
		rest = rest[:i]
	}
	rest = strings.TrimSpace(strings.ReplaceAll(rest, "\t", " "))
	verb, rest, _ := strings.Cut(rest, " ")
	d := &Directive{Comment: c, Kind: Kind(verb)}
	rest = strings.TrimSpace(rest)
	if d.Kind == Ignore {
		names, reason, _ := strings.Cut(rest, " ")
		for n := range strings.SplitSeq(names, ",") {
			if n = strings.TrimSpace(n); n != "" {
				d.Analyzers = append(d.Analyzers, n)
			}
		}
		rest = strings.TrimSpace(reason)
	}
	d.Reason = rest
	return d
}

// InFile returns every directive in f, in source order.
func InFile(f *ast.File) []*Directive {
	var ds []*Directive
	for _, g := range f.Comments {
		for _, c := range g.List {
			if d := Parse(c); d != nil {
				ds = append(ds, d)
			}
		}
	}
	return ds
}

// Names reports whether the ignore directive names analyzer.
func (d *Directive) Names(analyzer string) bool {
	return slices.Contains(d.Analyzers, analyzer)
}

// CacheDecls returns the variables and struct fields of f that carry a
// //statecheck:cache directive with a reason, mapped to that reason, and the
// cache directives that sit on no such declaration.
func CacheDecls(f *ast.File, info *types.Info) (decls map[*types.Var]string, misplaced []*Directive) {
	placed := map[*ast.Comment]bool{}
	decls = map[*types.Var]string{}
	mark := func(groups []*ast.CommentGroup, names []*ast.Ident) {
		for _, g := range groups {
			if g == nil {
				continue
			}
			for _, c := range g.List {
				d := Parse(c)
				if d == nil || d.Kind != Cache {
					continue
				}
				placed[c] = true
				if d.Reason == "" {
					continue // reported by the directives analyzer
				}
				for _, id := range names {
					if v, ok := info.Defs[id].(*types.Var); ok {
						decls[v] = d.Reason
					}
				}
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GenDecl:
			if n.Tok != token.VAR {
				return true
			}
			for _, spec := range n.Specs {
				vs := spec.(*ast.ValueSpec)
				groups := []*ast.CommentGroup{vs.Doc, vs.Comment}
				if len(n.Specs) == 1 || !n.Lparen.IsValid() {
					groups = append(groups, n.Doc)
				}
				mark(groups, vs.Names)
			}
		case *ast.Field:
			mark([]*ast.CommentGroup{n.Doc, n.Comment}, n.Names)
		}
		return true
	})
	for _, d := range InFile(f) {
		if d.Kind == Cache && !placed[d.Comment] {
			misplaced = append(misplaced, d)
		}
	}
	return decls, misplaced
}
