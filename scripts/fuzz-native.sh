#!/usr/bin/env bash
# Runs every Go native fuzz target of the module (each `func FuzzXxx` in a *_test.go file)
# for SECONDS seconds, one target at a time, and prints each target's executions and
# result. Exits non-zero when any target fails, printing where the failing input was
# written and how to replay it.
#
#   scripts/fuzz-native.sh [SECONDS]        # default 30
#   FUZZ_MINIMIZE=10s scripts/fuzz-native.sh 60
#
# `go test` without -fuzz (as in `make test`) replays every seed corpus instead.
set -uo pipefail

seconds=${1:-30}
if ! [[ $seconds =~ ^[1-9][0-9]*$ ]]; then
	echo "fuzz-native: SECONDS must be a whole number of seconds above 0, got \"$seconds\"" >&2
	exit 2
fi
# Minimizing each newly interesting input may take up to a minute by default, during
# which no new input runs; a short cap keeps a timed run fuzzing.
minimize=${FUZZ_MINIMIZE:-5s}
go=${GO:-go}

cd "$(dirname "$0")/.."
export LANG=en_US.UTF-8 LC_ALL= # as the Makefile: Fyne reads the locale

# "package-dir target" pairs, in a stable order.
mapfile -t targets < <(find . -name '*_test.go' -not -path './.*' -not -path '*/testdata/*' -print0 |
	xargs -0 grep -Ho -E '^func Fuzz[A-Za-z0-9_]*' |
	sed -E 's|^\./||; s|^([^:]*)/[^/:]*:func |\1 |; s|^[^/: ]*:func |. |' | sort -u)
if [ ${#targets[@]} -eq 0 ]; then
	echo "fuzz-native: no fuzz targets found" >&2
	exit 1
fi

failed=0
summary=()
for entry in "${targets[@]}"; do
	dir=${entry% *}
	target=${entry#* }
	pkg=./$dir
	[ "$dir" = . ] && pkg=.
	echo "== $target ($pkg) for ${seconds}s"
	log=$(mktemp)
	"$go" test -run '^$' -fuzz "^${target}\$" -fuzztime "${seconds}s" -fuzzminimizetime "$minimize" "$pkg" 2>&1 | tee "$log" |
		grep -v '^fuzz: elapsed' # the progress lines every 3 s; the totals are printed below
	status=${PIPESTATUS[0]}
	execs=$(grep -Eo 'execs: [0-9]+' "$log" | tail -1 | grep -Eo '[0-9]+' || true)
	execs=${execs:-0}
	written=$(sed -nE 's/.*Failing input written to (testdata\/fuzz\/[^ ]+).*/\1/p' "$log" | tail -1)
	if [ "$status" -eq 0 ]; then
		result="ok"
	elif [ -z "$written" ] && grep -q '^    context deadline exceeded$' "$log" &&
		! grep -Eq '^\s+[a-z_]+_test\.go:[0-9]+:|^panic:|build failed|\[build failed\]' "$log"; then
		# Go's fuzz coordinator sometimes reports its own -fuzztime deadline as a failure
		# (go.dev/issue/75804, fixed in Go 1.27): no input failed, so this is a pass.
		result="ok (Go's end-of-run deadline report ignored: go.dev/issue/75804)"
	else
		result="FAIL"
		failed=1
		if [ -n "$written" ]; then
			echo "   failing input: $pkg/$written"
			echo "   replay it:     $go test -run '^${target}/$(basename "$written")\$' $pkg"
		fi
	fi
	line=$(printf '%-22s %-14s %10s execs in %ss  %s' "$target" "$pkg" "$execs" "$seconds" "$result")
	echo "   $line"
	summary+=("$line")
	rm -f "$log"
done

echo
echo "Native fuzzing, ${seconds}s per target:"
printf '  %s\n' "${summary[@]}"
if [ $failed -ne 0 ]; then
	echo "fuzz-native: FAILED (a failing input stays in its package's testdata/fuzz/ and is replayed by go test from then on)" >&2
	exit 1
fi
