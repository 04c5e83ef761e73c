#!/usr/bin/env bash
# End-to-end test of the reference app: installs what is missing (Debian's
# redis-server and nginx, versitygw through the Go toolchain), then runs
# both versions of the shop behind nginx on 127.0.0.1 and counts what
# clients lose (see e2e_test.go). Everything it starts lives under one
# temporary directory and is killed on exit, whatever the outcome;
# E2E_KEEP_STATE=1 keeps the directory (logs, nginx access log) to read.
set -euo pipefail

VERSITYGW_VERSION=v1.8.0

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
app=$(dirname "$here")

as_root() {
	if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
command -v redis-server >/dev/null || missing+=(redis-server)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ "${#missing[@]}" -gt 0 ]; then
	echo "installing ${missing[*]}"
	as_root apt-get update -qq
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

gobin=$(go env GOBIN)
[ -n "$gobin" ] || gobin="$(go env GOPATH)/bin"
versitygw="$gobin/versitygw"
if ! { [ -x "$versitygw" ] && go version -m "$versitygw" 2>/dev/null |
	grep -Eq "^[[:space:]]+mod[[:space:]]+github.com/versity/versitygw[[:space:]]+$VERSITYGW_VERSION[[:space:]]"; }; then
	echo "installing versitygw $VERSITYGW_VERSION"
	go install "github.com/versity/versitygw/cmd/versitygw@$VERSITYGW_VERSION"
fi

state=$(mktemp -d "${TMPDIR:-/tmp}/shop-e2e.XXXXXX")
cleanup() {
	# Every process the test started left its process group id here; the
	# test stops them itself, this catches what a crash left behind.
	if [ -d "$state/before/pids" ] || [ -d "$state/after/pids" ]; then
		for f in "$state"/*/pids/*; do
			[ -f "$f" ] || continue
			kill -KILL -- "-$(cat "$f")" 2>/dev/null || true
		done
	fi
	if [ "${E2E_KEEP_STATE:-}" = 1 ]; then
		echo "logs and state kept in $state"
	else
		rm -rf "$state"
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

cd "$app"
STATECHECK_E2E=1 E2E_STATE_DIR="$state" E2E_VERSITYGW="$versitygw" \
	go test -count=1 -timeout 20m -v -run '^TestShop$' ./e2e/
