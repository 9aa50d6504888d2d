//go:build race

package main

// raceEnabled: the tests run with the race detector, so the end-to-end tests build the
// app with it too (and share its compiled packages instead of building Fyne twice).
const raceEnabled = true
