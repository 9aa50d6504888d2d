#!/usr/bin/env bash
# Runs the real app under Xvfb (software OpenGL) in its busiest state for N seconds with
# --stats and prints what it measured: the figures the README quotes.
set -euo pipefail
secs=${1:-10}
export LANG=en_US.UTF-8
disp=${XVFB_DISPLAY:-:97}
bin=$(mktemp -d)/gutbrain
go build -o "$bin" .
Xvfb "$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$disp "$bin" --barrier compromised --stress 60 --at 24h --size 1280x800 --stats --quit-after "${secs}s" &
app=$!
sleep 3
cpu_start=$(awk '{print $14+$15}' /proc/$app/stat)
t0=$(date +%s.%N)
wait_s=$((secs - 4))
sleep "$wait_s"
cpu_end=$(awk '{print $14+$15}' /proc/$app/stat 2>/dev/null || echo "$cpu_start")
t1=$(date +%s.%N)
rss=$(awk '/VmRSS/{print $2}' /proc/$app/status 2>/dev/null || echo 0)
wait $app || true
hz=$(getconf CLK_TCK)
awk -v a="$cpu_start" -v b="$cpu_end" -v t0="$t0" -v t1="$t1" -v hz="$hz" -v rss="$rss" \
  'BEGIN{printf "cpu_percent=%.0f rss_mb=%.0f\n", 100*(b-a)/hz/(t1-t0), rss/1024}'
