#!/usr/bin/env bash
# Measures the real app in a real window under Xvfb (software OpenGL through Mesa), side by
# side with Fyne's own minimal window (tools/baseline), and prints the figures the README
# quotes: window start-up time, frames per second, CPU and resident memory.
#
#   scripts/bench-run.sh [SECONDS]     (make bench runs it with 10)
set -euo pipefail
secs=${1:-10}
export LANG=en_US.UTF-8
disp=${XVFB_DISPLAY:-:97}
dir=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$dir"' EXIT
go build -o "$dir/gutbrain" .
# The yardstick is a plain Fyne window as anyone builds it (emoji font included); the app
# is built as the Makefile builds it (GOFLAGS, e.g. -tags=no_emoji).
GOFLAGS= go build -o "$dir/baseline" ./tools/baseline
Xvfb "$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$disp
# Wait for the display to answer (a busy machine can take more than a second).
for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
xdotool getdisplaygeometry >/dev/null 2>&1 || { echo "Xvfb $disp did not start" >&2; exit 1; }
hz=$(getconf CLK_TCK)

# measure NAME TITLE CMD...: start-up ms until the window is mapped, then CPU % and RSS MB
# over $secs seconds after a 3-second settle.
measure() {
  local name=$1 title=$2; shift 2
  local t0 t1 pid c0 c1 w0 w1 rss
  t0=$(date +%s%N)
  "$@" >"$dir/$name.out" 2>"$dir/$name.err" &
  pid=$!
  # Poll every 10 ms: `xdotool search --sync` only looks every half second, which would
  # round every start-up time up to the next multiple of ~530 ms.
  until xdotool search --onlyvisible --name "$title" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "$name: exited before its window appeared" >&2; cat "$dir/$name.err" >&2; exit 1; }
    sleep 0.01
  done
  t1=$(date +%s%N)
  sleep 3
  c0=$(awk '{print $14+$15}' /proc/$pid/stat); w0=$(date +%s%N)
  sleep "$secs"
  c1=$(awk '{print $14+$15}' /proc/$pid/stat); w1=$(date +%s%N)
  rss=$(awk '/VmRSS/{print $2}' /proc/$pid/status)
  kill -TERM $pid; wait $pid || true
  awk -v n="$name" -v s=$(( (t1-t0)/1000000 )) -v a="$c0" -v b="$c1" -v w0="$w0" -v w1="$w1" -v hz="$hz" -v rss="$rss" \
    'BEGIN{printf "%-28s startup_ms=%-6d cpu_percent=%-5.0f rss_mb=%.0f\n", n, s, 100*(b-a)/hz/((w1-w0)/1e9), rss/1024}'
}

measure "fyne-static-window"   "Fyne baseline" "$dir/baseline"
measure "fyne-hello-window"    "Fyne baseline" "$dir/baseline" --hello
measure "fyne-one-moving-circle" "Fyne baseline" "$dir/baseline" --circle
measure "fyne-circle-over-a-picture" "Fyne baseline" "$dir/baseline" --circle --picture
# Presentation flags given, so a stored preference (reduced motion, 200 % text) on this
# computer cannot change what is measured.
look=(--theme dark --scale 1 --lang en)
measure "explorer-paused"      "Brain Explorer" "$dir/gutbrain" "${look[@]}" --motion full --paused --barrier compromised --at 24h
measure "explorer-busiest-reduced-motion" "Brain Explorer" "$dir/gutbrain" "${look[@]}" --motion reduced --barrier compromised --stress 60 --at 24h
measure "explorer-busiest"     "Brain Explorer" "$dir/gutbrain" "${look[@]}" --motion full --barrier compromised --stress 60 --at 24h --stats

# Median of the --stats lines printed while the busiest state was measured (each column
# sorted on its own; plain POSIX awk and sort, no gawk needed).
out="$dir/explorer-busiest.out"
n=$(grep -c '^fps=' "$out" || true)
if [ "$n" -eq 0 ]; then echo "no --stats lines"; exit 1; fi
median() { # median FIELD: the median value of field FIELD (1..4) of the --stats lines
  grep '^fps=' "$out" | awk -v f="$1" '{split($f, kv, "="); print kv[2]}' | sort -g |
    awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}'
}
printf 'explorer-busiest --stats median over %d s: fps=%s frame_ms_p50=%s frame_ms_p95=%s particles=%s\n' \
  "$n" "$(median 1)" "$(median 2)" "$(median 3)" "$(median 4)"
