package screens

import (
	"image"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"gutbrain/apptheme"
	"gutbrain/diagrams"
)

// ringCheck measures a focus ring in a capture, at points every 3 pixels along its
// straight sides (the rounded corners left out). A point is drawn when, across the ring's
// thickness, at least two neighbouring pixels have the line's colour and one beside them
// the edge's: the ring is whole and not hidden behind anything, so its line stands out
// from its own edge (WCAG technique C40; the colours' contrast is tested apart). A point
// stands out when two neighbouring pixels there differ from the unfocused picture by 3:1
// or more (the measure of WCAG 2.4.13).
func ringCheck(before, after image.Image, origin fyne.Position, ring *focusRing) (notDrawn, flat, samples int) {
	pos := origin.Add(ring.line.Position())
	size := ring.line.Size()
	half := ring.size.line/2 + ring.size.edge
	skip := ring.line.CornerRadius + half
	near := func(a, b color.Color) bool {
		ar, ag, ab, _ := a.RGBA()
		br, bg, bb, _ := b.RGBA()
		d := func(x, y uint32) bool { return max(x, y)-min(x, y) <= 0x1800 }
		return d(ar, br) && d(ag, bg) && d(ab, bb)
	}
	measure := func(x, y float32, dx, dy float32) {
		samples++
		lineRun, edge, changeRun := 0, false, 0
		drawn, changed := false, false
		for t := -half - 1; t <= half+1; t++ {
			p := image.Pt(int(x+t*dx), int(y+t*dy))
			a := after.At(p.X, p.Y)
			if near(a, ring.line.StrokeColor) {
				lineRun++
			} else {
				lineRun = 0
			}
			edge = edge || near(a, ring.edge.StrokeColor)
			drawn = drawn || lineRun >= 2
			if apptheme.ContrastRatio(a, before.At(p.X, p.Y)) >= 3 {
				changeRun++
			} else {
				changeRun = 0
			}
			changed = changed || changeRun >= 2
		}
		if !drawn || !edge {
			notDrawn++
		}
		if !changed {
			flat++
		}
	}
	for x := pos.X + skip; x <= pos.X+size.Width-skip; x += 3 {
		measure(x, pos.Y, 0, 1)
		measure(x, pos.Y+size.Height, 0, 1)
	}
	for y := pos.Y + skip; y <= pos.Y+size.Height-skip; y += 3 {
		measure(pos.X, y, 1, 0)
		measure(pos.X+size.Width, y, 1, 0)
	}
	return notDrawn, flat, samples
}

// The focus ring on the diagram, on each of its parts, and on the controls stands out
// from what it is drawn over in every theme, and it is really drawn (no samples, no pass).
func TestFocusRingStandsOutInEveryTheme(t *testing.T) {
	variants := apptheme.Variants()
	if underRace {
		variants = []apptheme.Variant{apptheme.Projector}
	}
	for _, v := range variants {
		t.Run(string(v), func(t *testing.T) {
			ex, win := newTestExplorer(t, 1280, 800)
			fyne.CurrentApp().Settings().SetTheme(apptheme.New(v, 1))
			ex.Warm(6)
			c := win.Canvas()
			c.Unfocus()
			before := c.Capture()

			d := diagramFocusOf(t, c)
			origin := pixelOrigin(c, d)
			worst, worstName := 0.0, ""
			defer func() {
				t.Logf("%s: at most %.1f %% of the ring (on %s) does not change by 3:1", v, 100*worst, worstName)
			}()
			for i := -1; i < len(diagrams.Parts()); i++ {
				if i >= 0 {
					pressKey(c, fyne.KeyTab, false)
				}
				name := "the whole diagram"
				if p := d.FocusedPart(); p != "" {
					name = string(p)
				}
				notDrawn, flat, n := ringCheck(before, c.Capture(), origin, d.r.ring)
				if share := float64(flat) / float64(max(n, 1)); share > worst {
					worst, worstName = share, name
				}
				// The diagram is a detailed picture: where the ring crosses a thin
				// line of the primary's own lightness, only its edge changes there.
				if n < 8 || notDrawn > 0 || flat > n/10 {
					t.Errorf("ring on %s: of %d points along it, %d not drawn whole, %d not standing out by 3:1",
						name, n, notDrawn, flat)
				}
			}

			for name, o := range map[string]interface {
				fyne.Focusable
				fyne.CanvasObject
			}{"selected segment": ex.controls.speed.buttons[1], "segment": ex.controls.speed.buttons[2],
				"button": ex.controls.reset, "slider": ex.controls.stress, "check box": ex.controls.probiotic} {
				c.Focus(o)
				r := ringOf(t, o)
				notDrawn, flat, n := ringCheck(before, c.Capture(), pixelOrigin(c, o), r)
				if n < 8 || notDrawn > 0 || flat > 0 {
					t.Errorf("ring on the %s: of %d points along it, %d not drawn whole, %d not standing out by 3:1",
						name, n, notDrawn, flat)
				}
			}
		})
	}
}

// pixelOrigin is where o's top-left corner is in a capture of the canvas: the test
// driver's AbsolutePositionForObject leaves out the (2, 3) inset it reports as the
// canvas's interactive area.
func pixelOrigin(c fyne.Canvas, o fyne.CanvasObject) fyne.Position {
	inset, _ := c.InteractiveArea()
	return fyne.CurrentApp().Driver().AbsolutePositionForObject(o).Add(inset)
}

// ringOf is the focus ring a control's renderer draws.
func ringOf(t *testing.T, o fyne.CanvasObject) *focusRing {
	t.Helper()
	if w, ok := o.(fyne.Widget); ok {
		switch r := test.WidgetRenderer(w).(type) {
		case *ringRenderer:
			return r.ring
		case *sliderTrackRenderer:
			return r.ring
		}
	}
	t.Fatalf("%T draws no focus ring", o)
	return nil
}

// The ring's line and edge are the theme's primary and background colours, which differ
// by 3:1 or more in every theme, so the line always stands out from the edge beside it.
func TestFocusRingColoursContrastInEveryTheme(t *testing.T) {
	for _, v := range apptheme.Variants() {
		th := apptheme.New(v, 1)
		line := th.Color(theme.ColorNamePrimary, 0)
		edge := th.Color(theme.ColorNameBackground, 0)
		if r := apptheme.ContrastRatio(line, edge); r < 3 {
			t.Errorf("%s: focus ring line and edge contrast %.2f:1, want 3:1", v, r)
		}
	}
}
