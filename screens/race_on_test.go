//go:build race

package screens

// underRace: the tests run under the race detector (make test), which slows Fyne's
// software renderer about tenfold. Tests that only render and measure pictures — no
// goroutines of their own — then check a representative part of what they check in a
// plain `go test ./screens/`; make test runs those in full
// without the race detector too (SAMPLED_UNDER_RACE in the Makefile).
const underRace = true
