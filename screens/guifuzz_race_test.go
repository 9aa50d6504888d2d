//go:build race

package screens

// fuzzRaceSlowdown: under the race detector every event costs about eight times as much
// (measured: 300 explorer events, 57 s against 7 s of CPU), so the short run of
// `make test`, which runs with -race, plays an eighth of its events to stay within a
// couple of minutes. `go test ./screens/` without -race plays them all.
const fuzzRaceSlowdown = 8
