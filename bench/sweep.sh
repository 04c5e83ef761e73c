#!/usr/bin/env bash
# sweep.sh runs statecheck over Go module checkouts given as arguments and
# prints one row per checkout, to show that statecheck neither crashes nor
# runs out of memory on real code.
#
#   bash bench/sweep.sh [-t TIMEOUT] [-l LOGDIR] DIR[:SUBDIR]...
#
# DIR is a checkout whose root is a module; DIR:SUBDIR names a module in a
# subdirectory of the checkout (gin-vue-admin:server). Each runs
# `statecheck --format json ./...` in the module, one at a time, under
# TIMEOUT (30m by default, as timeout(1) takes it). The statecheck binary
# is $STATECHECK, or statecheck from PATH.
#
# A row gives the checkout, its commit (git rev-parse HEAD, or -), the
# packages of the module (go list ./...), the findings, statecheck's exit
# status (0 none, 1 findings, 2 error, 124 timeout), wall seconds and peak
# RSS in MiB (GNU time, statecheck and the go vet it drives, the largest
# single process), and three crash counts taken from statecheck's stderr:
# lines with "panicked" or "panic:" and checks that failed on a package
# ("analyzer … failed on package", a panic or error confined to one
# check), lines with "no package vetx file",
# and out of memory (the run was killed by SIGKILL or stderr says "out of
# memory"). The findings and the stderr of each run are kept in LOGDIR (a
# temporary directory unless given) as NAME.json and NAME.stderr, where
# NAME is the checkout's base name, with the subdirectory appended when
# there is one.
#
# Exit status: 0 when no row has a crash, 1 when some row has a panic, a
# missing vetx file or ran out of memory, 2 on bad arguments.
set -euo pipefail

limit=30m
logs=
usage() { echo "usage: sweep.sh [-t TIMEOUT] [-l LOGDIR] DIR[:SUBDIR]..." >&2; exit 2; }
while getopts t:l: opt; do
	case $opt in
	t) limit=$OPTARG ;;
	l) logs=$OPTARG ;;
	*) usage ;;
	esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || usage
[ -x /usr/bin/time ] || { echo "sweep.sh needs GNU time: apt-get install -y time" >&2; exit 2; }
statecheck=${STATECHECK:-$(command -v statecheck || true)}
[ -n "$statecheck" ] && [ -x "$statecheck" ] || { echo "sweep.sh: no statecheck binary: set STATECHECK or put statecheck on PATH" >&2; exit 2; }
statecheck=$(cd "$(dirname "$statecheck")" && pwd)/$(basename "$statecheck")
for arg; do
	dir=${arg%%:*} sub=.
	[ "$dir" = "$arg" ] || sub=${arg#*:}
	[ -f "$dir/$sub/go.mod" ] || { echo "sweep.sh: $dir/$sub has no go.mod" >&2; usage; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -n "$logs" ] || logs=$work/logs
mkdir -p "$logs"

printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' checkout commit packages findings exit wall_s peak_mib panics no_vetx oom
echo '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
crashed=0
for arg; do
	dir=${arg%%:*} sub=.
	[ "$dir" = "$arg" ] || sub=${arg#*:}
	name=$(basename "$(cd "$dir" && pwd)")
	[ "$sub" = . ] || name=$name-${sub//\//-}
	err=$logs/$name.stderr out=$logs/$name.json
	commit=$(git -C "$dir" rev-parse HEAD 2>/dev/null || echo -)
	mod=$dir/$sub
	pkgs=$(cd "$mod" && go list ./... 2>/dev/null | wc -l || true)
	rc=0
	(cd "$mod" && /usr/bin/time -f '%e %M' -o "$work/time.txt" \
		timeout "$limit" "$statecheck" --format json ./... >"$out" 2>"$err") || rc=$?
	findings=$(grep -c '"analyzer":' "$out" || true)
	read -r wall rss < <(tail -1 "$work/time.txt" | awk '{printf "%.1f %.0f\n", $1, $2/1024}')
	panics=$(grep -cE 'panicked|panic:|analyzer [a-z]+ failed on package' "$err" || true)
	novetx=$(grep -c 'no package vetx file' "$err" || true)
	oom=$(grep -ci 'out of memory' "$err" || true)
	# 137 is SIGKILL (the kernel's OOM killer) of statecheck itself; a
	# killed go vet child shows as "signal: killed" on stderr.
	if [ "$rc" -eq 137 ] || grep -q 'signal: killed' "$err"; then oom=$((oom + 1)); fi
	if [ "$panics" -gt 0 ] || [ "$novetx" -gt 0 ] || [ "$oom" -gt 0 ]; then crashed=1; fi
	printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$commit" "$pkgs" "$findings" "$rc" "$wall" "$rss" "$panics" "$novetx" "$oom"
done
exit $crashed
