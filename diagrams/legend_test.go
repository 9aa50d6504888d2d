package diagrams

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestLegendEntries(t *testing.T) {
	newTestApp(t)
	l := NewLegend()
	w := test.NewWindow(l)
	defer w.Close()
	w.Resize(fyne.NewSize(900, 200))
	items := legendItems()
	if len(items) != numKinds+4 {
		t.Fatalf("%d legend entries, want one per particle kind and route", len(items))
	}
	want := map[Part]bool{}
	for _, k := range ParticleKinds() {
		want[k.Part()] = true
	}
	for _, p := range []Part{PartNeural, PartHumoral, PartImmune, PartHPA} {
		want[p] = true
	}
	var got Part
	l.OnSelected = func(p Part) { got = p }
	rects := l.metrics().flow(l.Size().Width)
	for i, it := range items {
		r := rects[i]
		test.TapAt(l, r.pos.AddXY(r.size.Width/2, r.size.Height/2))
		if got != it.part {
			t.Errorf("entry %d (%s) selected %q, want %q", i, it.title(), got, it.part)
		}
		delete(want, got)
		if it.title() == "" || it.title() == it.key {
			t.Errorf("entry %d has no translated name", i)
		}
	}
	if len(want) > 0 {
		t.Errorf("no legend entry for %v", want)
	}
	if items[numKinds-1].part != PartNeural {
		t.Error("the vagal impulse entry should select the neural route")
	}
}

func TestLegendWrapsToWidth(t *testing.T) {
	newTestApp(t)
	l := NewLegend()
	w := test.NewWindow(l)
	defer w.Close()
	w.Resize(fyne.NewSize(1400, 100))
	wide := l.MinSize().Height
	l.Resize(fyne.NewSize(300, l.Size().Height))
	narrow := l.MinSize().Height
	if narrow <= wide {
		t.Errorf("legend min height %.0f at 300 wide, %.0f at 1400", narrow, wide)
	}
	rects := l.metrics().flow(300)
	for i, r := range rects {
		if r.pos.X+r.size.Width > 300 && r.pos.X > 0 {
			t.Errorf("entry %d overflows the width", i)
		}
	}
}

func TestLegendHover(t *testing.T) {
	newTestApp(t)
	l := NewLegend()
	w := test.NewWindow(l)
	defer w.Close()
	w.Resize(fyne.NewSize(900, 200))
	r := l.metrics().flow(l.Size().Width)[2]
	test.MoveMouse(w.Canvas(), l.Position().Add(r.pos).AddXY(5, 5))
	if l.hovered != 2 {
		t.Errorf("hovered entry %d, want 2", l.hovered)
	}
	l.MouseOut()
	if l.hovered != -1 {
		t.Error("MouseOut kept the hover")
	}
}

func TestLegendLooks(t *testing.T) {
	newTestApp(t)
	l := NewLegend()
	w := test.NewWindow(l)
	defer w.Close()
	w.Resize(fyne.NewSize(900, 110))
	test.AssertImageMatches(t, "legend_900.png", w.Canvas().Capture())
}

// Fyne asks every widget for its minimum size at every frame, so the legend's MinSize
// must be cheap: no allocation, no re-measuring of its names.
func TestLegendMinSizeDoesNotAllocate(t *testing.T) {
	newTestApp(t)
	l := NewLegend()
	w := test.NewWindow(l)
	defer w.Close()
	w.Resize(fyne.NewSize(600, 200))
	want := l.MinSize()
	if n := testing.AllocsPerRun(100, func() { l.MinSize() }); n != 0 {
		t.Errorf("Legend.MinSize allocates %.0f times per call", n)
	}
	if got := l.MinSize(); got != want {
		t.Errorf("MinSize changed from %v to %v without a change", want, got)
	}
}
