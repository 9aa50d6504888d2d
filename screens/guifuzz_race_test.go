//go:build race

package screens

// fuzzRaceDivisor: under the race detector every event costs about eight times as much
// (measured: 300 explorer events, 57 s against 7 s of CPU; the whole short run, 5,000
// events in 2.4 min without it), so the short run under -race, as `make test` runs it,
// plays a sixteenth of its events (about 310, a minute or two). `go test ./screens/`
// without -race plays all 5,000.
const fuzzRaceDivisor = 16
