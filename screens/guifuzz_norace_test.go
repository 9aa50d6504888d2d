//go:build !race

package screens

// fuzzRaceSlowdown: without the race detector the short run plays all its events.
const fuzzRaceSlowdown = 1
