#!/usr/bin/env bash
# Builds golangci-lint with statecheck's module plugin, as
# 'golangci-lint custom' would, but without cloning the golangci-lint git
# repository: a throwaway main module requires golangci-lint and
# blank-imports the plugin, and 'go build' fetches both through the module
# proxy (or finds them in the module cache).
#
# golangci-lint and its dependencies never enter statecheck's go.mod: only
# the throwaway module requires them.
#
# Usage: plugin/golangci/build.sh [-o BINARY] [-statecheck VERSION|DIR] [-golangci VERSION] [-keep DIR]
#   -o BINARY         where to write the binary (default ./custom-gcl)
#   -statecheck V     the statecheck module: a version (v1.2.0, latest) or a
#                     directory holding a checkout (default: the checkout
#                     this script is in)
#   -golangci V       the golangci-lint v2 version (default v2.15.0, the
#                     version the plugin is tested with)
#   -keep DIR         build in DIR and keep it, instead of a temporary
#                     directory
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=$PWD/custom-gcl
statecheck=$(cd "$here/../.." && pwd)
gcl_version=v2.15.0
work=
while [[ $# -gt 0 ]]; do
	case $1 in
	-o) out=$2 ;;
	-statecheck) statecheck=$2 ;;
	-golangci) gcl_version=$2 ;;
	-keep) work=$2 ;;
	*)
		sed -n '/^# Usage:/,/^set /p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2
		exit 2
		;;
	esac
	[[ $# -ge 2 ]] || { echo "build.sh: $1 needs a value" >&2; exit 2; }
	shift 2
done
[[ $out == /* ]] || out=$PWD/$out
if [[ -n $work ]]; then
	mkdir -p "$work"
	work=$(cd "$work" && pwd)
else
	work=$(mktemp -d)
	trap 'rm -rf "$work"' EXIT
fi
export GOWORK=off GOFLAGS=-mod=mod

require="github.com/statecheck/statecheck $statecheck"
replace=
if [[ -d $statecheck ]]; then
	require="github.com/statecheck/statecheck v0.0.0"
	replace="replace github.com/statecheck/statecheck => $(cd "$statecheck" && pwd)"
fi

mkdir -p "$work/build"
cat >"$work/build/go.mod" <<EOF
module statecheck.build/custom-gcl

go 1.26.0

require (
	github.com/golangci/golangci-lint/v2 $gcl_version
	$require
)

$replace
EOF
cat >"$work/build/main.go" <<'EOF'
// Command custom-gcl is golangci-lint with statecheck's module plugin.
package main

import (
	"fmt"
	"os"
	"runtime"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/statecheck/statecheck/plugin/golangci"
)

func main() {
	// An empty version makes golangci-lint salt its cache with the
	// binary's hash, so a changed plugin never serves stale findings.
	info := commands.BuildInfo{GoVersion: runtime.Version(), Date: "(unknown)", Commit: "(unknown)"}
	if err := commands.Execute(info); err != nil {
		fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}
EOF
(cd "$work/build" && go mod tidy && go build -o "$out" .)
echo "built $out: golangci-lint $gcl_version with the statecheck plugin"
