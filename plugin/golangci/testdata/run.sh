#!/usr/bin/env bash
# End-to-end test of the golangci-lint module plugin: builds golangci-lint
# v2.15.0 with the plugin and this checkout with plugin/golangci/build.sh
# (as 'golangci-lint custom' would, but without cloning golangci-lint),
# then runs it on testdata/shop and checks the findings, --fix, and that
# the fixed module builds and has nothing left to fix.
#
# golangci-lint and its dependencies never enter statecheck's go.mod: they
# are required only by the throwaway module. Needs Go and the module proxy
# (or a module cache that has golangci-lint v2.15.0).
#
# Usage: plugin/golangci/testdata/run.sh [-keep DIR]
#   -keep DIR  build in DIR and keep it (the binary is DIR/custom-gcl)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
gcl_version=v2.15.0

if [[ ${1:-} == -keep ]]; then
	work=$2
	mkdir -p "$work"
else
	work=$(mktemp -d)
	trap 'rm -rf "$work"' EXIT
fi
export GOWORK=off GOTOOLCHAIN=local GOFLAGS=-mod=mod

start=$SECONDS
GOTOOLCHAIN=local "$root/plugin/golangci/build.sh" -o "$work/custom-gcl" -golangci "$gcl_version" -keep "$work"
echo "golangci: built golangci-lint $gcl_version with the statecheck plugin in $((SECONDS - start))s"
gcl=$work/custom-gcl

fail() {
	echo "golangci: FAIL: $*" >&2
	exit 1
}

# run DIR ARGS...: golangci-lint run in DIR, plain text, no colors; sets
# out and status.
run() {
	local dir=$1
	shift
	set +e
	out=$(cd "$dir" && "$gcl" run --output.text.path=stdout --output.text.print-issued-lines=false \
		--output.text.colors=false --show-stats=false "$@" ./... 2>&1)
	status=$?
	set -e
}

# The findings, with the settings of .golangci.yml: the in-house
# framework's handlers, registrar and cache are followed, the accepted
# variable is quiet.
rm -rf "$work/shop"
cp -R "$here/shop" "$work/shop"
start=$SECONDS
run "$work/shop"
[[ $status == 1 ]] || fail "golangci-lint run exited $status, want 1:"$'\n'"$out"
if ! diff -u "$here/golangci.golden" <(printf '%s\n' "$out"); then
	fail "findings differ from testdata/golangci.golden"
fi
echo "golangci: findings as expected ($((SECONDS - start))s)"

# Bad settings are an error that names the setting.
sed 's/maxlifetime: 1h/maxlifetime: soon/' "$here/shop/.golangci.yml" >"$work/bad.yml"
run "$work/shop" -c "$work/bad.yml"
[[ $status != 0 && $status != 1 ]] || fail "bad settings: exit $status, want an error"
grep -q 'settings.jwtclaims.maxlifetime: invalid value "soon"' <<<"$out" || fail "bad settings: $out"
sed 's/^          handlers:/          handler:/' "$here/shop/.golangci.yml" >"$work/bad.yml"
run "$work/shop" -c "$work/bad.yml"
[[ $status != 0 && $status != 1 ]] || fail "unknown setting: exit $status, want an error"
grep -q 'unknown field "handler"' <<<"$out" || fail "unknown setting: $out"
echo "golangci: bad settings rejected"

# The example configuration at the repository root is valid.
run "$work/shop" -c "$root/.golangci.example.yml"
[[ $status == 0 || $status == 1 ]] || fail ".golangci.example.yml: exit $status:"$'\n'"$out"
echo "golangci: .golangci.example.yml accepted"

# --fix applies the suggested fixes; the module still builds, and a second
# run has nothing to fix.
run "$work/shop" --fix
diff -u "$here/shop/main.go.golden" "$work/shop/main.go" || fail "--fix result differs from shop/main.go.golden"
(cd "$work/shop" && go build -o /dev/null ./...) || fail "the fixed module does not build"
cp "$work/shop/main.go" "$work/fixed.go"
run "$work/shop" --fix
cmp -s "$work/fixed.go" "$work/shop/main.go" || fail "a second --fix changed main.go"
echo "golangci: --fix applied, builds, and is idempotent"
echo "golangci: ok"
