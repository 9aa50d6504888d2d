#!/usr/bin/env bash
# The long run of the GUI fuzz (screens/guifuzz_test.go): every mode (explorer, story,
# lecture, kiosk, preferences) from SEEDS seeds taken from the clock, EVENTS events each
# (default 4 × 5 × 5,000 = 100,000), JOBS test processes at a time. Prints the seeds, the
# events played and the events per second; a failure prints its seed, mode and event and
# the command that replays it.
#
#   scripts/guifuzz.sh                          # the long run
#   SEED=123 MODE=kiosk EVENTS=555 scripts/guifuzz.sh   # replay one stream exactly
#
# MODE may list modes separated by commas; without MODE a replay plays every mode.
set -uo pipefail

go=${GO:-go}
events=${EVENTS:-5000}
jobs=${JOBS:-2}
nseeds=${SEEDS:-4}
modes=(explorer story lecture kiosk preferences)

cd "$(dirname "$0")/.."
export LANG=en_US.UTF-8 LC_ALL= # as the Makefile: Fyne reads the locale

for v in events jobs nseeds; do
	if ! [[ ${!v} =~ ^[1-9][0-9]*$ ]]; then
		echo "guifuzz: ${v^^} must be a whole number above 0, got \"${!v}\"" >&2
		exit 2
	fi
done
if [ -n "${MODE:-}" ]; then
	IFS=, read -ra modes <<<"$MODE"
	for m in "${modes[@]}"; do
		case $m in
		explorer | story | lecture | kiosk | preferences) ;;
		*)
			echo "guifuzz: MODE \"$m\" is not a mode; use explorer, story, lecture, kiosk or preferences" >&2
			exit 2
			;;
		esac
	done
fi
if [ -n "${SEED:-}" ]; then
	if ! [[ $SEED =~ ^[0-9]+$ ]]; then
		echo "guifuzz: SEED must be an unsigned whole number, got \"$SEED\"" >&2
		exit 2
	fi
	seeds=("$SEED")
else
	# Different seeds every run, printed so any run can be played again.
	seeds=()
	base=$(date +%s%N)
	for ((i = 0; i < nseeds; i++)); do
		seeds+=($(((base / 1000 + i * 7919) % 1000000000)))
	done
fi

bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
echo "guifuzz: building the screens tests"
"$go" test -c -o "$bin/screens.test" ./screens/ || exit 1

echo "guifuzz: seeds ${seeds[*]}, modes ${modes[*]}, $events events each, $jobs at a time"
start=$(date +%s.%N)
# One process per stream: "mode seed" lines to xargs; each writes its log beside.
for s in "${seeds[@]}"; do
	for m in "${modes[@]}"; do
		echo "$m $s"
	done
done | xargs -P "$jobs" -L 1 bash -c '
	log="$0/$1-$2.log"
	cd screens && GUIFUZZ_LONG=1 GUIFUZZ_MODE=$1 GUIFUZZ_SEED=$2 GUIFUZZ_EVENTS='"$events"' \
		"$0/screens.test" -test.run "^TestGUIFuzz\$" -test.timeout 3h -test.v >"$log" 2>&1
	status=$?
	line=$(grep -m1 "^guifuzz: [0-9]* events in" "$log")
	if [ $status -eq 0 ]; then
		echo "  $1 seed=$2: ${line#guifuzz: }"
	else
		echo "  $1 seed=$2: FAIL"
		grep -A40 "guifuzz: seed=" "$log" | grep -v "^\s*$" | head -60
		touch "$0/failed"
	fi
' "$bin"
end=$(date +%s.%N)

total=0
for log in "$bin"/*.log; do
	n=$(grep -m1 -Eo '^guifuzz: [0-9]+ events' "$log" | grep -Eo '[0-9]+')
	total=$((total + ${n:-0}))
done
secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", b - a }')
rate=$(awk -v n="$total" -v s="$secs" 'BEGIN { printf "%.1f", (s > 0 ? n / s : 0) }')
echo "guifuzz: $total events in $secs s ($rate events/s with $jobs processes), seeds ${seeds[*]}"
if [ -e "$bin/failed" ]; then
	echo "guifuzz: FAILED (replay with the make fuzz command printed above)" >&2
	exit 1
fi
