package diagrams

import (
	"image"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"gutbrain/apptheme"
)

// differingPixels counts pixels that differ noticeably between a and b inside a rectangle.
func differingPixels(a, b image.Image, x0, y0, x1, y1 int) int {
	n := 0
	for y := y0; y < y1; y++ {
		for x := x0; x < x1; x++ {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			if absDiff(r1, r2)+absDiff(g1, g2)+absDiff(b1, b2) > 3*0x0800 {
				n++
			}
		}
	}
	return n
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

func brightness(img image.Image, x, y int) float64 {
	r, g, b, _ := img.At(x, y).RGBA()
	return (float64(r) + float64(g) + float64(b)) / 3 / 0xffff
}

func maxBrightness(img image.Image, x0, y0, x1, y1 int) float64 {
	m := 0.0
	for y := y0; y < y1; y++ {
		for x := x0; x < x1; x++ {
			m = max(m, brightness(img, x, y))
		}
	}
	return m
}

// The tight junctions visibly open: the junction region renders differently, sealed
// junctions are bright, and opened ones leave a dark gap between the cells.
func TestJunctionsOpenWhenCompromised(t *testing.T) {
	newTestApp(t)
	size := fyne.NewSize(880, 620)
	capture := func(s bool) image.Image {
		st, in := intactState(), intactInputs
		if !s {
			st, in = compromisedState(), compromisedInputs
		}
		d := stateDiagram(st, in, 0)
		w := showDiagram(d, size)
		defer w.Close()
		return w.Canvas().Capture()
	}
	intact, leaky := capture(true), capture(false)
	// A junction away from every particle path, so only the junction itself differs.
	x, y := int(junctionX(3)*size.Width), int(junctionY*size.Height)
	if n := differingPixels(intact, leaky, x-15, y-20, x+15, y+12); n < 150 {
		t.Errorf("junction region differs in only %d pixels", n)
	}
	if b := maxBrightness(intact, x-1, y-6, x+2, y+6); b < 0.75 {
		t.Errorf("sealed junction brightness %.2f, want a bright seal", b)
	}
	if b := maxBrightness(leaky, x-1, y-6, x+2, y+6); b > 0.3 {
		t.Errorf("opened junction brightness %.2f, want a dark gap", b)
	}
	// The lining row itself stays whole: the middle of a cell is unchanged.
	cx, cy := int(cellCentre(3)*size.Width), int((epiTop+0.03)*size.Height)
	if n := differingPixels(intact, leaky, cx-5, cy-5, cx+5, cy+5); n > 0 {
		t.Errorf("cell body changed in %d pixels", n)
	}
}

func TestJunctionImageCachedByLevel(t *testing.T) {
	newTestApp(t)
	d := stateDiagram(intactState(), intactInputs, 0)
	w := showDiagram(d, fyne.NewSize(880, 620))
	defer w.Close()
	first := d.r.sc.ovs[ovEpi].img
	s := intactState()
	s.Permeability = 1.05 // below the first step: no redraw
	d.SetState(s, intactInputs)
	if d.r.sc.ovs[ovEpi].img != first {
		t.Error("a change below one junction step redrew the epithelium")
	}
	s.Permeability = 2
	d.SetState(s, intactInputs)
	if d.r.sc.ovs[ovEpi].img == first {
		t.Error("crossing a junction step did not redraw the epithelium")
	}
	base := d.r.sc.static
	d.Step(1.0 / 60)
	d.Refresh()
	if d.r.sc.static != base {
		t.Error("Step or Refresh without a change redrew the base anatomy")
	}
}

func TestThemeSwitchRedraws(t *testing.T) {
	a := newTestApp(t)
	d := stateDiagram(intactState(), intactInputs, 0)
	w := showDiagram(d, fyne.NewSize(880, 620))
	defer w.Close()
	base := d.r.sc.static
	a.Settings().SetTheme(apptheme.New(apptheme.Light, 1))
	d.Refresh()
	if d.r.sc.static == base {
		t.Error("a theme switch did not redraw the anatomy")
	}
	bg := brightness(w.Canvas().Capture(), 440, 450)
	if bg < 0.5 {
		t.Errorf("light theme background brightness %.2f", bg)
	}
}

// Golden images of the whole diagram at 1280×800, particles seeded deterministically.
func TestGoldenImages(t *testing.T) {
	newTestApp(t)
	for _, name := range []string{"intact", "compromised"} {
		st, in := intactState(), intactInputs
		if name == "compromised" {
			st, in = compromisedState(), compromisedInputs
		}
		d := stateDiagram(st, in, 120)
		w := showDiagram(d, fyne.NewSize(1280, 800))
		test.AssertImageMatches(t, "diagram_"+name+"_1280x800.png", w.Canvas().Capture())
		w.Close()
	}
}

// The still picture is drawn as a few tiles that leave out the plain background between
// the lanes (the window's clear colour shows there), so each frame fills fewer pixels.
func TestPictureTilesSkipTheBackground(t *testing.T) {
	newTestApp(t)
	size := fyne.NewSize(880, 620)
	d := stateDiagram(compromisedState(), compromisedInputs, 0)
	w := showDiagram(d, size)
	defer w.Close()
	area := 0
	for _, tl := range d.r.sc.tiles {
		area += tl.r.Dx() * tl.r.Dy()
	}
	if total := int(size.Width * size.Height); area > total*85/100 {
		t.Errorf("tiles cover %d of %d pixels", area, total)
	}
	if n := len(d.r.sc.tiles); n > 40 {
		t.Errorf("%d tile objects: too many draw calls per frame", n)
	}
}
