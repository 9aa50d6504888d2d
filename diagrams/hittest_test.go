package diagrams

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// hitSizes are the diagram sizes the app meets: small laptop window, the explorer at
// 1280×800 and 1920×1080, and 4K (unscaled, and at scale 2 where Fyne sees 1920×1080).
var hitSizes = []fyne.Size{{Width: 800, Height: 600}, {Width: 880, Height: 620}, {Width: 1280, Height: 800},
	{Width: 1400, Height: 900}, {Width: 3840, Height: 2160}}

func anchorPos(t *testing.T, p Part, size fyne.Size) fyne.Position {
	t.Helper()
	a, ok := partAnchor(p)
	if !ok {
		t.Fatalf("no anchor for %q", p)
	}
	return fyne.NewPos(a.X*size.Width, a.Y*size.Height)
}

func TestPartAtAnchors(t *testing.T) {
	newTestApp(t)
	for _, size := range hitSizes {
		d := NewDiagram()
		d.Resize(size)
		for _, p := range Parts() {
			if got := d.PartAt(anchorPos(t, p, size)); got != p {
				t.Errorf("%v: PartAt(anchor of %q) = %q", size, p, got)
			}
		}
	}
}

func TestPartAtScaledCanvas(t *testing.T) {
	newTestApp(t)
	d := NewDiagram()
	w := showDiagram(d, fyne.NewSize(1920, 1080))
	w.Canvas().(test.WindowlessCanvas).SetScale(2) // a 3840×2160 screen at 200 %
	defer w.Close()
	for _, p := range Parts() {
		if got := d.PartAt(anchorPos(t, p, d.Size())); got != p {
			t.Errorf("PartAt(anchor of %q) = %q at scale 2", p, got)
		}
	}
}

// Routes are thin lines; a tap beside them still counts within a finger's width, and
// well away from them does not.
func TestRoutesHitWithinTolerance(t *testing.T) {
	newTestApp(t)
	for _, size := range hitSizes {
		tol := hitTolerance(size.Width, size.Height)
		if tol < 12 {
			t.Errorf("%v: tolerance %.1f is not touch-friendly", size, tol)
		}
		for _, p := range []Part{PartNeural, PartHumoral, PartImmune, PartHPA} {
			pos := anchorPos(t, p, size)
			for _, dx := range []float32{-(tol - 1), tol - 1} {
				if got := partAt(size.Width, size.Height, pos.AddXY(dx, 0)); got != p {
					t.Errorf("%v: %.0f beside %q gave %q", size, dx, p, got)
				}
			}
			if got := partAt(size.Width, size.Height, pos.AddXY(3*tol, 0)); got == p {
				t.Errorf("%v: %q still hit %.0f away", size, p, 3*tol)
			}
		}
	}
}

func TestPartAtOutsideIsEmpty(t *testing.T) {
	size := fyne.NewSize(880, 620)
	for _, pos := range []fyne.Position{{X: -5, Y: 10}, {X: 10, Y: -1}, {X: 900, Y: 100}, {X: 100, Y: 700},
		{X: 0.55 * 880, Y: 0.42 * 620}} { // the empty space between the lanes
		if got := partAt(size.Width, size.Height, pos); got != "" {
			t.Errorf("PartAt(%v) = %q, want none", pos, got)
		}
	}
}

func TestTapSelectsAndReports(t *testing.T) {
	newTestApp(t)
	d := NewDiagram()
	w := showDiagram(d, fyne.NewSize(880, 620))
	defer w.Close()
	var got []Part
	d.OnSelected = func(p Part) { got = append(got, p) }
	for _, p := range []Part{PartNeural, PartHumoral, PartImmune, PartHPA, PartJunctions, PartCVO} {
		test.TapAt(d, anchorPos(t, p, d.Size()))
		if len(got) == 0 || got[len(got)-1] != p {
			t.Fatalf("tap on %q reported %v", p, got)
		}
		if d.Selected() != p {
			t.Errorf("tap on %q selected %q", p, d.Selected())
		}
		if !d.r.sc.shown(ovSel) {
			t.Errorf("no selection highlight for %q", p)
		}
	}
	n := len(got)
	test.TapAt(d, fyne.NewPos(0.55*880, 0.42*620))
	if len(got) != n || d.Selected() != PartCVO {
		t.Error("a tap on empty space changed the selection")
	}
	d.Select("")
	if d.r.sc.shown(ovSel) {
		t.Error("Select(\"\") left the highlight on")
	}
}

func TestSelectionHighlightIsDrawn(t *testing.T) {
	newTestApp(t)
	d := stateDiagram(intactState(), intactInputs, 0)
	w := showDiagram(d, fyne.NewSize(880, 620))
	defer w.Close()
	before := w.Canvas().Capture()
	d.Select(PartLamina)
	after := w.Canvas().Capture()
	a, _ := partAnchor(PartLamina)
	box, _ := highlightShape(PartLamina)
	// The outline runs along the box edge: compare a strip along its top.
	y := int(box.Y0*620) + 1
	if n := differingPixels(before, after, int(a.X*880)-100, y-2, int(a.X*880)+100, y+3); n < 100 {
		t.Errorf("selecting the lamina changed only %d pixels along its outline", n)
	}
}

func TestHoverHighlights(t *testing.T) {
	newTestApp(t)
	d := NewDiagram()
	w := showDiagram(d, fyne.NewSize(880, 620))
	defer w.Close()
	test.MoveMouse(w.Canvas(), anchorPos(t, PartHumoral, d.Size()))
	if d.hovered != PartHumoral || !d.r.sc.shown(ovHover) {
		t.Fatalf("hover over the humoral lane: hovered %q, highlight shown %v", d.hovered, d.r.sc.shown(ovHover))
	}
	if d.Cursor() != desktop.PointerCursor {
		t.Error("no pointer cursor over a part")
	}
	test.MoveMouse(w.Canvas(), anchorPos(t, PartBrainstem, d.Size()))
	if d.hovered != PartBrainstem {
		t.Errorf("hover moved to %q", d.hovered)
	}
	d.MouseOut()
	if d.hovered != "" || d.r.sc.shown(ovHover) {
		t.Error("MouseOut left a hover highlight")
	}
}
