package diagrams

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Labels never collide with each other or with a route lane, at the diagram sizes the
// explorer gives it in a 1280×800 and a 1920×1080 window, and at the lecture's and large
// text scales (lecture at 720p and 1080p; 200 % text in a 1280×800 window).
func TestLabelsDoNotCollide(t *testing.T) {
	newTestApp(t)
	lanes := labelLanes
	cases := []struct {
		size  fyne.Size
		scale float32
	}{
		{fyne.Size{Width: 880, Height: 620}, 1}, {fyne.Size{Width: 1400, Height: 900}, 1}, {fyne.Size{Width: 1280, Height: 800}, 1},
		{fyne.Size{Width: 815, Height: 655}, 1}, {fyne.Size{Width: 1225, Height: 960}, 1.5}, {fyne.Size{Width: 880, Height: 560}, 2},
	}
	for _, c := range cases {
		size := c.size
		labels := layoutLabels(size.Width, size.Height, theme.TextSize()*c.scale)
		if labels[0].size < theme.TextSize()*c.scale*0.86*0.55 {
			t.Errorf("%v at ×%v: labels shrank to %v to fit", size, c.scale, labels[0].size)
		}
		for i, a := range labels {
			ax0, ay0, ax1, ay1 := a.pill()
			if ax0 < 0 || ay0 < 0 || ax1 > size.Width || ay1 > size.Height {
				t.Errorf("%v: %q runs off the diagram", size, a.text)
			}
			for _, b := range labels[i+1:] {
				bx0, by0, bx1, by1 := b.pill()
				if ax0 < bx1 && bx0 < ax1 && ay0 < by1 && by0 < ay1 {
					t.Errorf("%v: %q overlaps %q", size, a.text, b.text)
				}
			}
			for _, lane := range lanes {
				for y := ay0; y <= ay1; y += 2 {
					for x := ax0; x <= ax1; x += 2 {
						if distToRoute(size.Width, size.Height, fyne.NewPos(x, y), lane) < 3 {
							t.Errorf("%v: %q sits on a route lane", size, a.text)
							goto next
						}
					}
				}
			next:
			}
		}
	}
}

func TestEverythingIsTranslated(t *testing.T) {
	newTestApp(t)
	for _, b := range layoutLabels(880, 620, 14) {
		if b.text == b.spec.key {
			t.Errorf("label %q has no English text", b.spec.key)
		}
	}
	for _, p := range append(Parts(), PartLPS, PartCytokines, PartSerotonin, PartTryptophan, PartKynurenine, PartAcetate) {
		if tt := p.Title(); tt == "" || tt == "diagram.part."+string(p) {
			t.Errorf("part %q has no title", p)
		}
	}
	for _, k := range ParticleKinds() {
		if k.Title() == "" || k.Title() == "diagram.particle."+particleKeys[k] {
			t.Errorf("particle kind %d has no title", k)
		}
	}
}

// A diagram too small for its labels at large text leaves the less important ones out
// rather than drawing them over each other; structures and routes stay.
func TestCrowdedLabelsDropRatherThanOverlap(t *testing.T) {
	newTestApp(t)
	W, H := float32(560), float32(260)
	labels := layoutLabels(W, H, 28)
	var size float32
	for _, b := range labels {
		size = max(size, b.size)
	}
	if !labelsCollide(placeLabels(W, H, size), W, H) {
		t.Skip("this size no longer crowds the labels; pick a smaller one")
	}
	if labelsCollide(labels, W, H) {
		t.Error("labels still collide after dropping")
	}
	shown, bold := 0, 0
	for _, b := range labels {
		if b.text != "" {
			shown++
			if b.spec.bold {
				bold++
			}
		}
	}
	if shown == 0 || bold == 0 {
		t.Errorf("%d labels shown (%d bold): dropped too many", shown, bold)
	}
	if shown == len(labels) {
		t.Error("nothing was dropped although the labels collided")
	}
}
