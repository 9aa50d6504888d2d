//go:build !race

package screens

// fuzzRaceDivisor: without the race detector the short run plays all its events.
const fuzzRaceDivisor = 1
