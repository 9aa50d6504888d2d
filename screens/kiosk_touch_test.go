package screens

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"gutbrain/diagrams"
)

// target is one touch target on screen, in window coordinates.
type target struct {
	name     string
	pos      fyne.Position
	size     fyne.Size
	exempt   bool // large areas (the diagram) take part in the spacing check only
	obj      fyne.CanvasObject
	inScroll bool
}

func (a target) gap(b target) float32 {
	dx := max(0, b.pos.X-(a.pos.X+a.size.Width), a.pos.X-(b.pos.X+b.size.Width))
	dy := max(0, b.pos.Y-(a.pos.Y+a.size.Height), a.pos.Y-(b.pos.Y+b.size.Height))
	return float32(math.Hypot(float64(dx), float64(dy)))
}

// walkTargets finds every visible tappable object under o. The legend counts as one
// target per entry (found by tapping it); the kiosk's own full-screen layers are skipped.
func walkTargets(t *testing.T, k *Kiosk, o fyne.CanvasObject, at fyne.Position, inScroll bool, out *[]target) {
	if o == nil || !o.Visible() {
		return
	}
	at = at.Add(o.Position())
	switch v := o.(type) {
	case *widget.Entry, *widget.Select, *widget.SelectEntry, *widget.Hyperlink, *container.AppTabs, *container.DocTabs,
		*widget.Slider, *widget.Check, *widget.RadioGroup, *widget.List, *widget.Table, *widget.Tree, *pointerSlider, *pointerCheck:
		t.Errorf("the kiosk shows a %T, which is not touch-safe (text entry, pop-up list, small target or a scroll)", v)
		return
	case *TouchLayer, *StillThere, *PinPad:
		if o != k.pin {
			return
		}
	case *diagrams.Legend:
		for part, r := range legendRegions(k) {
			*out = append(*out, target{name: "legend " + string(part), pos: at.Add(r.pos), size: r.size, obj: o})
		}
		return
	case *diagrams.Diagram:
		*out = append(*out, target{name: "diagram", pos: at, size: o.Size(), exempt: true, obj: o})
		return
	case *container.Scroll:
		inScroll = true
	}
	if n := fmt.Sprintf("%T", o); n == "*widget.scrollBarArea" || n == "*widget.scrollBar" {
		return // a scroll's own bar: dragged, not tapped, and always TouchGap wide or more
	}
	if _, ok := o.(fyne.Tappable); ok && o != k.pin {
		*out = append(*out, target{name: fmt.Sprintf("%T %s", o, label(o)), pos: at, size: o.Size(), obj: o, inScroll: inScroll})
	}
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			walkTargets(t, k, c, at, inScroll, out)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			walkTargets(t, k, c, at, inScroll, out)
		}
	}
}

func label(o fyne.CanvasObject) string {
	if b, ok := o.(*widget.Button); ok {
		return fmt.Sprintf("%q", b.Text)
	}
	return ""
}

// checkTargets applies the touch rules: at least TouchTarget square, TouchGap apart,
// nothing tappable inside a scroll (Fyne 2.7.1 drops such taps on touch screens).
func checkTargets(t *testing.T, where string, targets []target) {
	t.Helper()
	if len(targets) < 5 {
		t.Fatalf("%s: only %d touch targets found", where, len(targets))
	}
	for i, a := range targets {
		if a.inScroll {
			t.Errorf("%s: %s is inside a scroll", where, a.name)
		}
		if !a.exempt && (a.size.Width < TouchTarget-0.01 || a.size.Height < TouchTarget-0.01) {
			t.Errorf("%s: %s is %.0f×%.0f, smaller than %v×%v", where, a.name, a.size.Width, a.size.Height, TouchTarget, TouchTarget)
		}
		for _, b := range targets[i+1:] {
			if g := a.gap(b); g < TouchGap-0.01 {
				t.Errorf("%s: %s at %v and %s at %v are %.1f apart, want %v", where, a.name, a.pos, b.name, b.pos, g, TouchGap)
			}
		}
	}
}

// TestKioskTouchTargets measures every control of the kiosk at 1080p on every page, and
// the PIN pad: at least 48×48 each, at least 8 apart, none in a scroll, no unsafe widget.
func TestKioskTouchTargets(t *testing.T) {
	k, win, _ := newTestKiosk(t, KioskConfig{PIN: "1234"}, kioskSize)
	test.TapCanvas(win.Canvas(), fyne.NewPos(960, 540))
	for p := 0; p < numPages; p++ {
		if underRace && p != 0 && p != numPages-1 {
			continue // the first and the last page
		}
		k.pages.show(p)
		settle(win)
		var targets []target
		walkTargets(t, k, win.Canvas().Content(), fyne.Position{}, false, &targets)
		checkTargets(t, "page "+pageKeys[p], targets)
	}
	k.OperatorChord()
	settle(win)
	var targets []target
	walkTargets(t, k, k.pin, fyne.Position{}, false, &targets)
	checkTargets(t, "PIN pad", targets)
}

// TestKioskLinksStayInTheApp: a link in any panel becomes plain text.
func TestKioskLinksStayInTheApp(t *testing.T) {
	newTestKiosk(t, KioskConfig{}, kioskSize)
	rt := widget.NewRichTextFromMarkdown("See [the study](https://example.org/study) and\n\n- an *item* with [a link](https://example.org)")
	kioskText(rt)
	var count func(segs []widget.RichTextSegment) int
	count = func(segs []widget.RichTextSegment) int {
		n := 0
		for _, s := range segs {
			switch s := s.(type) {
			case *widget.HyperlinkSegment:
				n++
			case *widget.ListSegment:
				n += count(s.Items)
			case *widget.ParagraphSegment:
				n += count(s.Texts)
			}
		}
		return n
	}
	if n := count(rt.Segments); n != 0 {
		t.Fatalf("%d links left", n)
	}
	if got := rt.String(); got == "" || !strings.Contains(got, "the study") {
		t.Fatalf("the link text was lost: %q", got)
	}
}

// TestKioskDiagramPartsAreTouchSized finds, for every selectable part of the diagram as
// the kiosk shows it at 1920×1080, the largest square inside which every tap selects
// that part. The kiosk resolves taps as a fingertip (fingerPartAt): every part must get
// 48×48 that way. The diagram's own point hit-test (PartAt, which desktop pointers use)
// is logged for the diagram's owners: some parts are thinner than a fingertip there.
func TestKioskDiagramPartsAreTouchSized(t *testing.T) {
	k, win, _ := newTestKiosk(t, KioskConfig{}, kioskSize)
	test.TapCanvas(win.Canvas(), fyne.NewPos(960, 540))
	settle(win)
	d := k.ex.diagram
	t.Logf("diagram %v", d.Size())
	finger := func(p fyne.Position) diagrams.Part { return fingerPartAt(d, p) }
	for i, p := range diagrams.Parts() {
		if underRace && i%3 != 2 {
			continue // every third part: junctions, bbb, brainstem, hpa, immune
		}
		raw, eff := largestSquare(d, d.PartAt, p, 2), largestSquare(d, finger, p, 4)
		if eff < TouchTarget {
			t.Errorf("diagram part %s: largest fingertip square %.0f×%.0f, want %v×%v", p, eff, eff, TouchTarget, TouchTarget)
		}
		note := ""
		if raw < TouchTarget {
			note = " (PartAt alone is below a fingertip)"
		}
		t.Logf("diagram part %-12s PartAt %3.0f×%-3.0f fingertip %3.0f×%.0f%s", p, raw, raw, eff, eff, note)
	}
	// Tapping through the kiosk's fingertip layer selects the part.
	pos, _ := findPart(d, diagrams.PartJunctions)
	test.TapAt(k.fingers, pos)
	if k.ex.ShownPanel() != string(diagrams.PartJunctions) || k.pages.Current() != pageExplain {
		t.Fatalf("a tap on the junctions shows %q on page %d", k.ex.ShownPanel(), k.pages.Current())
	}
}

// largestSquare is the side of the largest axis-aligned square of points (sampled every
// step units) that all hit-test to part with at. It counts the span between the outer
// samples, so it never overstates the area by the sampling step.
func largestSquare(d *diagrams.Diagram, at func(fyne.Position) diagrams.Part, part diagrams.Part, step float32) float32 {
	size := d.Size()
	cols, rows := int(size.Width/step), int(size.Height/step)
	prev := make([]int, cols+1)
	cur := make([]int, cols+1)
	best := 0
	for y := 0; y < rows; y++ {
		for x := 1; x <= cols; x++ {
			if at(fyne.NewPos(float32(x-1)*step+step/2, float32(y)*step+step/2)) != part {
				cur[x] = 0
				continue
			}
			cur[x] = 1 + min(prev[x], prev[x-1], cur[x-1])
			best = max(best, cur[x])
		}
		prev, cur = cur, prev
	}
	return float32(max(best-1, 0)) * step
}

type region struct {
	pos  fyne.Position
	size fyne.Size
}

// legendRegions taps the legend all over (every 2 units) and returns the bounding box of
// the points that select each part.
func legendRegions(k *Kiosk) map[diagrams.Part]region {
	l := k.ex.legend
	saved := l.OnSelected
	defer func() { l.OnSelected = saved }()
	var hit diagrams.Part
	l.OnSelected = func(p diagrams.Part) { hit = p }
	boxes := map[diagrams.Part][4]float32{}
	size := l.Size()
	for y := float32(0); y <= size.Height; y += 2 {
		for x := float32(0); x <= size.Width; x += 2 {
			hit = ""
			l.Tapped(&fyne.PointEvent{Position: fyne.NewPos(x, y)})
			if hit == "" {
				continue
			}
			b, ok := boxes[hit]
			if !ok {
				b = [4]float32{x, y, x, y}
			}
			boxes[hit] = [4]float32{min(b[0], x), min(b[1], y), max(b[2], x), max(b[3], y)}
		}
	}
	out := map[diagrams.Part]region{}
	for p, b := range boxes {
		// The samples fall up to 2 units inside the entry's edges: walk each edge out in
		// small steps along the box's middle lines.
		cx, cy := (b[0]+b[2])/2, (b[1]+b[3])/2
		hits := func(x, y float32) bool {
			hit = ""
			l.Tapped(&fyne.PointEvent{Position: fyne.NewPos(x, y)})
			return hit == p
		}
		for hits(b[0]-0.25, cy) {
			b[0] -= 0.25
		}
		for hits(b[2]+0.25, cy) {
			b[2] += 0.25
		}
		for hits(cx, b[1]-0.25) {
			b[1] -= 0.25
		}
		for hits(cx, b[3]+0.25) {
			b[3] += 0.25
		}
		out[p] = region{fyne.NewPos(b[0], b[1]), fyne.NewSize(b[2]-b[0], b[3]-b[1])}
	}
	return out
}

func tapLegend(t *testing.T, k *Kiosk, part diagrams.Part) {
	r, ok := legendRegions(k)[part]
	if !ok {
		t.Fatalf("no legend entry selects %s", part)
	}
	test.TapAt(k.ex.legend, r.pos.AddXY(r.size.Width/2, r.size.Height/2))
}

func tapPart(t *testing.T, k *Kiosk, part diagrams.Part) {
	pos, ok := findPart(k.ex.diagram, part)
	if !ok {
		t.Fatalf("no point selects %s", part)
	}
	test.TapAt(k.ex.diagram, pos)
}

// tapAbs taps the window at an object's position plus an offset.
func tapAbs(win fyne.Window, o fyne.CanvasObject, dx, dy float32) {
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	test.TapCanvas(win.Canvas(), pos.AddXY(dx, dy))
}

// tapFirstButton taps the first visible button under o.
func tapFirstButton(t *testing.T, o fyne.CanvasObject) {
	var find func(o fyne.CanvasObject) *widget.Button
	find = func(o fyne.CanvasObject) *widget.Button {
		if !o.Visible() {
			return nil
		}
		switch v := o.(type) {
		case *widget.Button:
			return v
		case *fyne.Container:
			for _, c := range v.Objects {
				if b := find(c); b != nil {
					return b
				}
			}
		}
		return nil
	}
	b := find(o)
	if b == nil {
		t.Fatal("no button found")
	}
	test.Tap(b)
}
