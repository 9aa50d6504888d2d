package diagrams

import (
	"fmt"
	"os"
	"testing"

	"fyne.io/fyne/v2"

	"gutbrain/apptheme"
)

// TestLook writes screenshots of the diagram for people to judge by eye:
//
//	DIAGRAM_SHOTS=/tmp go test ./diagrams/ -run TestLook
//
// It writes diagram-<size>-<state>.png (and -reduced.png for reduced motion); without the
// variable it is skipped.
func TestLook(t *testing.T) {
	dir := os.Getenv("DIAGRAM_SHOTS")
	if dir == "" {
		t.Skip("set DIAGRAM_SHOTS to a directory to write screenshots")
	}
	newTestApp(t)
	for _, sz := range []fyne.Size{{Width: 880, Height: 620}, {Width: 1400, Height: 900}, {Width: 800, Height: 600}} {
		for name, s := range map[string]bool{"intact": true, "compromised": false} {
			st, in := intactState(), intactInputs
			if !s {
				st, in = compromisedState(), compromisedInputs
			}
			d := stateDiagram(st, in, 90)
			w := showDiagram(d, sz)
			d.Step(1.0 / 60)
			writePNG(t, fmt.Sprintf("%s/diagram-%dx%d-%s.png", dir, int(sz.Width), int(sz.Height), name), w.Canvas().Capture())
			w.Close()
		}
	}
	// Selection and hover highlights.
	d := stateDiagram(compromisedState(), compromisedInputs, 90)
	w := showDiagram(d, fyne.NewSize(880, 620))
	d.Select(PartImmune)
	d.setHover(PartLamina)
	writePNG(t, dir+"/diagram-880x620-selected.png", w.Canvas().Capture())
	d.Select(PartBrainstem)
	d.setHover(PartJunctions)
	writePNG(t, dir+"/diagram-880x620-selected2.png", w.Canvas().Capture())
	w.Close()
	// Reduced motion: still arrows instead of particles.
	for name, s := range map[string]bool{"intact": true, "compromised": false} {
		st := intactState()
		if !s {
			st = compromisedState()
		}
		d := NewDiagram()
		d.SetMotion(MotionReduced)
		d.SetState(st, intactInputs)
		w := showDiagram(d, fyne.NewSize(1280, 800))
		writePNG(t, fmt.Sprintf("%s/diagram-1280x800-%s-reduced.png", dir, name), w.Canvas().Capture())
		w.Close()
	}
	// The light palette, after a live theme switch.
	a := fyne.CurrentApp()
	d = stateDiagram(compromisedState(), compromisedInputs, 90)
	w = showDiagram(d, fyne.NewSize(880, 620))
	a.Settings().SetTheme(apptheme.New(apptheme.Light, 1))
	d.Refresh()
	writePNG(t, dir+"/diagram-880x620-light.png", w.Canvas().Capture())
	w.Close()
}
