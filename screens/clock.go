package screens

import (
	"fmt"

	"fyne.io/fyne/v2/lang"

	"gutbrain/physiology"
)

// FormatClock turns simulated hours since the start into the clock people read, e.g.
// "Day 2, 06:00". The model defines the clock; this only words it.
func FormatClock(hours float64) string {
	day, hour, minute := physiology.State{Hours: hours}.Clock()
	return lang.L("clock.format", map[string]any{
		"Day":  day,
		"Time": fmt.Sprintf("%02d:%02d", hour, minute),
	})
}
