#!/usr/bin/env bash
# compare.sh times statecheck beside go vet and staticcheck on Go module
# checkouts given as arguments, with the build cache warm and the analysis
# cache cold (each tool gets a copy of a build-only cache), then again warm.
#
#   bash bench/compare.sh [-n RUNS] [-w WARM] [-t TOOL,...] DIR...
#
# -t measures only the tools named (govet, staticcheck, statecheck-vet,
# statecheck, noop), for rerunning some rows of a table.
#
# It prints the machine, then one row per tool and directory: median wall
# seconds, CPU seconds (user+sys) and peak RSS in MiB with the analysis
# cache cold (RUNS runs, 3 by default), then the same with it warm (WARM
# reruns, 7 by default, in which the tools take turns: a warm run takes a
# second or two, and the machine's slow spells would otherwise fall on
# whichever tool ran then); a line per
# directory with its size (packages, Go lines) and the ratios of
# statecheck's cold wall time to go vet's, staticcheck's and the no-op
# vet tool's (the floor: process start, parsing, type-checking and facts
# plumbing that any vet tool pays). Needs GNU time (/usr/bin/time), room
# for a copy of the build cache per tool (about 3 GiB each on traefik), and
# installs staticcheck with go install when missing.
set -euo pipefail

runs=3
warm=7
tools=(govet staticcheck statecheck-vet statecheck noop)
usage() { echo "usage: compare.sh [-n RUNS] [-w WARM] [-t TOOL,...] DIR..." >&2; exit 2; }
while getopts n:w:t: opt; do
	case $opt in
	n) runs=$OPTARG ;;
	w) warm=$OPTARG ;;
	t)
		IFS=, read -ra tools <<<"$OPTARG"
		for t in "${tools[@]}"; do
			case $t in
			govet | staticcheck | statecheck-vet | statecheck | noop) ;;
			*) echo "compare.sh: unknown tool $t" >&2; usage ;;
			esac
		done
		;;
	*) usage ;;
	esac
done
shift $((OPTIND - 1))
[[ $runs =~ ^[1-9][0-9]*$ && $warm =~ ^[1-9][0-9]*$ ]] || { echo "compare.sh: -n and -w take a positive number of runs" >&2; usage; }
[ $# -gt 0 ] || usage
[ -x /usr/bin/time ] || { echo "compare.sh needs GNU time: apt-get install -y time" >&2; exit 2; }

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=$work/bin
mkdir -p "$bin"
(cd "$root" && go build -o "$bin/statecheck" ./cmd/statecheck && go build -o "$bin/noopvet" ./bench/noopvet &&
	go build -ldflags=-X=main.variant=warm -o "$bin/warmvet" ./bench/noopvet)
if ! command -v staticcheck >/dev/null; then
	GOBIN=$bin go install honnef.co/go/tools/cmd/staticcheck@v0.8.2
fi
staticcheck=$(command -v staticcheck || echo "$bin/staticcheck")

# measure DIR CACHE CMD...: runs CMD in DIR with GOCACHE=CACHE and prints
# "wall cpu rss_mib" from GNU time. Exit status 0 or 1 (findings) counts as
# a run; anything else prints "fail" and the tool's last lines on stderr.
measure() {
	local dir=$1 cache=$2; shift 2
	local out=$work/time.txt log=$work/tool.log rc=0
	mkdir -p "$cache/sc"
	(cd "$dir" && GOCACHE=$cache STATICCHECK_CACHE=$cache/sc /usr/bin/time -f '%e %U %S %M' -o "$out" "$@" >"$log" 2>&1) || rc=$?
	if [ "$rc" -gt 1 ] || ! grep -q '^[0-9.]* [0-9.]* [0-9.]* [0-9]*$' "$out"; then
		echo "compare.sh: $* failed in $dir (exit $rc):" >&2
		tail -5 "$log" >&2
		echo "fail fail fail"
		return
	fi
	tail -1 "$out" | awk '{printf "%.2f %.2f %.0f\n", $1, $2+$3, $4/1024}'
}

# command_of TOOL prints the command line measured for TOOL, one word a
# line; no path in it has a space (the work directory comes from mktemp).
command_of() {
	case $1 in
	govet) echo go vet ./... ;;
	staticcheck) echo "$staticcheck" ./... ;;
	statecheck-vet) echo go vet -vettool="$bin/statecheck" ./... ;;
	statecheck) echo "$bin/statecheck" ./... ;;
	noop) echo go vet -vettool="$bin/noopvet" ./... ;;
	esac
}

# wall TOOL prints TOOL's median cold wall time in this directory, if
# measured: the first field of its row of cold medians.
wall() { local row=${cold[$1]:-}; echo "${row%% *}"; }

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(go version | cut -d' ' -f3-), $runs cold runs and $warm warm reruns per median"
printf '%-28s %-12s %8s %8s %8s %8s %8s %8s\n' dir tool cold_s cold_cpu cold_mib warm_s warm_cpu warm_mib
for dir in "$@"; do
	dir=$(cd "$dir" && pwd)
	name=$(basename "$dir")
	base=$work/cache-$name
	# The build cache: every package compiled, test variants included
	# (go vet analyzes those too), and no analysis results of the tools
	# measured: a copy of the no-op vet tool with another build ID
	# compiles what go vet needs without linking test binaries.
	(cd "$dir" && GOCACHE=$base go build ./... >/dev/null && GOCACHE=$base go vet -vettool="$bin/warmvet" ./... >/dev/null)
	declare -A cold=() warmw=() warmc=() warmm=()
	for tool in "${tools[@]}"; do
		walls=() cpus=() rsss=()
		for _ in $(seq "$runs"); do
			rm -rf "$work/run" && cp -a "$base" "$work/run"
			read -r w c m < <(measure "$dir" "$work/run" $(command_of "$tool"))
			walls+=("$w") cpus+=("$c") rsss+=("$m")
		done
		# The last cold run's cache is this tool's warm cache.
		rm -rf "$work/warm-$tool" && mv "$work/run" "$work/warm-$tool"
		cold[$tool]="$(printf '%s\n' "${walls[@]}" | median) $(printf '%s\n' "${cpus[@]}" | median) $(printf '%s\n' "${rsss[@]}" | median)"
	done
	# Warm reruns take turns, one per tool a round, so that a slow spell of
	# the machine falls on every tool alike rather than on one row.
	for _ in $(seq "$warm"); do
		for tool in "${tools[@]}"; do
			read -r w c m < <(measure "$dir" "$work/warm-$tool" $(command_of "$tool"))
			warmw[$tool]+="$w " warmc[$tool]+="$c " warmm[$tool]+="$m "
		done
	done
	for tool in "${tools[@]}"; do
		read -r cw cc cm <<<"${cold[$tool]}"
		ww=$(printf '%s\n' ${warmw[$tool]} | median)
		wc=$(printf '%s\n' ${warmc[$tool]} | median)
		wm=$(printf '%s\n' ${warmm[$tool]} | median)
		printf '%-28s %-12s %8s %8s %8s %8s %8s %8s\n' "$name" "$tool" "$cw" "$cc" "$cm" "$ww" "$wc" "$wm"
		rm -rf "$work/warm-$tool"
	done
	pkgs=$(cd "$dir" && go list ./... | wc -l)
	lines=$(cd "$dir" && go list -f '{{$d := .Dir}}{{range .GoFiles}}{{$d}}/{{.}}{{"\n"}}{{end}}{{range .TestGoFiles}}{{$d}}/{{.}}{{"\n"}}{{end}}{{range .XTestGoFiles}}{{$d}}/{{.}}{{"\n"}}{{end}}' ./... | grep . | xargs cat | wc -l)
	awk -v s="$(wall statecheck-vet)" -v v="$(wall govet)" -v c="$(wall staticcheck)" -v n="$(wall noop)" -v d="$name" -v p="$pkgs" -v l="$lines" '
		function ratio(a, b) { return (a == "" || b == "" || a == "fail" || b == "fail") ? "n/a" : sprintf("%.2f", a / b) }
		BEGIN {printf "%-28s %d packages, %d lines; cold ratios: statecheck-vet/go vet %s, /staticcheck %s, /noop %s\n", d, p, l, ratio(s, v), ratio(s, c), ratio(s, n)}'
	unset cold warmw warmc warmm
done
