//go:build !race

package screens

// underRace: the tests run without the race detector and check everything.
const underRace = false
