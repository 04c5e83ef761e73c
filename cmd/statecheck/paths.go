package main

import (
	"path"
	"path/filepath"
	"strings"
)

// outPaths names files in the output made for tools and CI (JSON, SARIF,
// GitHub annotations, the baseline): relative to the repository root, the
// top level of the git work tree, because that is what code scanning and
// pull request annotations resolve paths against; relative to the module
// root outside git. In a monorepo whose go.mod is below the repository
// root, names relative to the module root would point at the wrong files.
//
// --path-prefix overrides it: names are relative to the module root with
// the prefix in front, for a checkout without .git (a source tarball, a
// container build) or a tool that wants another root.
type outPaths struct {
	root   string // absolute; files inside it are named relative to it
	prefix string // slash-separated, no leading or trailing slash; "" for none
}

// newOutPaths returns how files are named when the working directory is
// wd. prefix is --path-prefix, set reports whether it was given.
func newOutPaths(wd, prefix string, set bool) outPaths {
	if set {
		p := path.Clean(filepath.ToSlash(prefix))
		if p == "." || p == "/" {
			p = ""
		}
		return outPaths{root: moduleRoot(wd), prefix: strings.Trim(p, "/")}
	}
	if top := gitTopLevel(wd); top != "" {
		return outPaths{root: top}
	}
	return outPaths{root: moduleRoot(wd)}
}

// rel returns the output name of the absolute file name p, and whether
// p is inside the root; for a file outside it, p with forward slashes.
func (o outPaths) rel(p string) (string, bool) {
	r := rootPath(o.root, p)
	if r == filepath.ToSlash(p) && filepath.IsAbs(p) {
		return r, false
	}
	if o.prefix != "" {
		r = path.Join(o.prefix, r)
	}
	return r, true
}

// name is rel without the flag.
func (o outPaths) name(p string) string {
	r, _ := o.rel(p)
	return r
}

// baseDir is the directory that output names are relative to, for
// SARIF's %SRCROOT%: the root, less the prefix when the root ends with
// it; "" when the prefix names a directory the root is not in.
func (o outPaths) baseDir() string {
	if o.prefix == "" {
		return o.root
	}
	suffix := string(filepath.Separator) + filepath.FromSlash(o.prefix)
	if strings.HasSuffix(o.root, suffix) {
		return strings.TrimSuffix(o.root, suffix)
	}
	return ""
}
