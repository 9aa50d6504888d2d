package diagrams

import (
	"image"
	"image/color"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"gutbrain/apptheme"
	"gutbrain/physiology"
)

func TestParseMotion(t *testing.T) {
	for in, want := range map[string]Motion{"full": MotionFull, "reduced": MotionReduced, "off": MotionOff, " Reduced ": MotionReduced, "OFF": MotionOff} {
		if got, err := ParseMotion(in); err != nil || got != want {
			t.Errorf("ParseMotion(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "slow", "none", "reduce"} {
		_, err := ParseMotion(bad)
		if err == nil {
			t.Errorf("ParseMotion(%q) accepted it", bad)
			continue
		}
		for _, word := range []string{`"` + bad + `"`, "full", "reduced", "off"} {
			if !strings.Contains(err.Error(), word) {
				t.Errorf("ParseMotion(%q): %q does not name %s", bad, err, word)
			}
		}
	}
	if got := Motions(); !slices.Equal(got, []Motion{MotionFull, MotionReduced, MotionOff}) {
		t.Errorf("Motions() = %q", got)
	}
	d := NewDiagram()
	if d.Motion() != MotionFull {
		t.Errorf("a new diagram's motion is %q", d.Motion())
	}
	d.SetMotion("sideways")
	if d.Motion() != MotionFull {
		t.Errorf("an unknown motion was taken: %q", d.Motion())
	}
}

// stillDiagram shows a state in a window, in a motion setting.
func stillDiagram(t *testing.T, m Motion, s physiology.State, size fyne.Size) (*Diagram, fyne.Window) {
	t.Helper()
	d := NewDiagram()
	d.SetMotion(m)
	d.SetState(s, intactInputs)
	w := showDiagram(d, size)
	return d, w
}

// In reduced and no motion nothing moves: no particle on show, Step changes nothing on
// screen, and switching back to full brings the same particles back.
func TestStillMotionMovesNothing(t *testing.T) {
	newTestApp(t)
	for _, m := range []Motion{MotionReduced, MotionOff} {
		d := stateDiagram(compromisedState(), compromisedInputs, 120)
		w := showDiagram(d, fyne.NewSize(880, 620))
		moving := w.Canvas().Capture()
		pool, count := d.sim.p, d.ParticleCount()
		d.SetMotion(m)
		if d.Moving() || d.ParticleCount() != 0 {
			t.Errorf("%s: moving %v with %d particles", m, d.Moving(), d.ParticleCount())
		}
		for _, s := range d.r.sprites {
			if s.Visible() {
				t.Fatalf("%s: a particle sprite is on show", m)
			}
		}
		before := w.Canvas().Capture()
		if differingPixels(moving, before, 0, 0, 880, 620) == 0 {
			t.Errorf("%s: the picture did not change from particles to arrows", m)
		}
		for i := 0; i < 90; i++ {
			d.Step(1.0 / 60)
			d.SetState(compromisedState(), compromisedInputs)
		}
		if n := differingPixels(before, w.Canvas().Capture(), 0, 0, 880, 620); n != 0 {
			t.Errorf("%s: %d pixels changed while stepping", m, n)
		}
		if d.sim.p != pool {
			t.Errorf("%s: particles moved while still", m)
		}
		d.SetMotion(MotionFull)
		if d.ParticleCount() != count || !d.Moving() {
			t.Errorf("%s → full: %d particles (had %d), moving %v", m, d.ParticleCount(), count, d.Moving())
		}
		if n := differingPixels(moving, w.Canvas().Capture(), 0, 0, 880, 620); n != 0 {
			t.Errorf("%s → full: %d pixels differ from the particles as they were", m, n)
		}
		w.Close()
	}
}

// markerTotal is how many markers a stream's arrows and still markers carry at a level.
func markerTotal(sh flowShape) int {
	n := len(sh.dots)
	for _, a := range sh.arrows {
		n += a.markers
	}
	return n
}

// The arrows show the same amounts the particles do: their levels move the same way
// between the intact and the compromised state, and a larger amount never draws a
// thinner arrow or fewer markers.
func TestFlowLevelsFollowAmount(t *testing.T) {
	lv := func(s physiology.State) flowLevels {
		d := NewDiagram()
		d.SetState(s, intactInputs)
		return d.flows
	}
	in, out := lv(intactState()), lv(compromisedState())
	for _, st := range []stream{sCrossLPS, sCytokine, sKynurenine, sSerotonin, sVagal} {
		if out[st].amount <= in[st].amount {
			t.Errorf("stream %d: amount %d intact, %d compromised; want more", st, in[st].amount, out[st].amount)
		}
	}
	if out[sTryptophan].amount >= in[sTryptophan].amount {
		t.Errorf("tryptophan to the brain: %d intact, %d compromised; want less", in[sTryptophan].amount, out[sTryptophan].amount)
	}
	if out[sCrossLPS].split <= in[sCrossLPS].split {
		t.Error("opened junctions did not send more LPS between the cells")
	}
	if (NewDiagram().flows != flowLevels{}) {
		t.Error("levels before any state")
	}
	for st := stream(0); st < numStreams; st++ {
		lo, hi := flowRange(st)
		for a := lo; a < hi; a++ {
			if flowWidth(st, a+1) <= flowWidth(st, a) {
				t.Errorf("stream %d: width %.2f at %d, %.2f at %d", st, flowWidth(st, a), a, flowWidth(st, a+1), a+1)
			}
			if m0, m1 := markerTotal(flowShapeFor(st, flowLevel{amount: a})), markerTotal(flowShapeFor(st, flowLevel{amount: a + 1})); m1 < m0 {
				t.Errorf("stream %d: %d markers at %d, %d at %d", st, m0, a, m1, a+1)
			}
		}
		if st != sLumenLPS && markerTotal(flowShapeFor(st, flowLevel{amount: hi})) <= markerTotal(flowShapeFor(st, flowLevel{amount: lo})) {
			t.Errorf("stream %d: as many markers at the most as at the least", st)
		}
	}
	// LPS: more crossing arrows as more crosses, between the cells once they open.
	sealed, open := flowShapeFor(sCrossLPS, in[sCrossLPS]), flowShapeFor(sCrossLPS, out[sCrossLPS])
	if len(open.arrows) <= len(sealed.arrows) {
		t.Errorf("%d LPS arrows intact, %d compromised", len(sealed.arrows), len(open.arrows))
	}
	para, _ := crossingSpots()
	if x := open.arrows[0].pts[0].X; !slices.Contains(para, x) {
		t.Errorf("with open junctions LPS crosses at x=%.3f, not between cells", x)
	}
	if x := sealed.arrows[0].pts[0].X; slices.Contains(para, x) {
		t.Errorf("with sealed junctions LPS crosses between cells at x=%.3f", x)
	}
}

// inkOf is how much light a stream's overlay puts on the picture: the sum of its
// brightest channel over its pixels (premultiplied), so the dark casing around an arrow
// counts for little and the coloured shaft and markers for much.
func inkOf(img *image.RGBA) int {
	n := 0
	for i := 0; i < len(img.Pix); i += 4 {
		n += int(max(img.Pix[i], img.Pix[i+1], img.Pix[i+2]))
	}
	return n / 255
}

// nearColour counts pixels in a rectangle within a small distance of colour c.
func nearColour(img image.Image, c color.Color, r image.Rectangle) int {
	want := nrgba(c)
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			p := nrgba(img.At(x, y))
			d := absDiff(uint32(p.R), uint32(want.R)) + absDiff(uint32(p.G), uint32(want.G)) + absDiff(uint32(p.B), uint32(want.B))
			if d < 40 {
				n++
			}
		}
	}
	return n
}

// In reduced motion the amount reads off the picture: the compromised state draws far
// more LPS crossing the lining and more cytokine ink than the intact one, and less
// tryptophan.
func TestReducedArrowsShowTheAmount(t *testing.T) {
	newTestApp(t)
	size := fyne.NewSize(1280, 800)
	shot := func(s physiology.State) (image.Image, *Diagram) {
		d, w := stillDiagram(t, MotionReduced, s, size)
		defer w.Close()
		return w.Canvas().Capture(), d
	}
	intact, di := shot(intactState())
	leaky, dl := shot(compromisedState())
	pal := currentPalette(di)
	lining := image.Rect(int(lpsMinX*size.Width)-20, int(epiTop*size.Height), int(lpsMaxX*size.Width)+20, int(mucusBottom*size.Height))
	if a, b := nearColour(intact, pal.lps, lining), nearColour(leaky, pal.lps, lining); b < 4*a || b < 500 {
		t.Errorf("LPS-coloured pixels in the lining: %d intact, %d compromised", a, b)
	}
	for _, c := range []struct {
		st   stream
		more bool
	}{{sCrossLPS, true}, {sCytokine, true}, {sKynurenine, true}, {sVagal, true}, {sTryptophan, false}} {
		a, b := inkOf(di.r.flows.img[c.st]), inkOf(dl.r.flows.img[c.st])
		if c.more && b <= a*11/10 || !c.more && b >= a {
			t.Errorf("stream %d: %d drawn pixels intact, %d compromised", c.st, a, b)
		}
	}
}

// In reduced motion a change cross-fades: halfway, the picture lies between the old and
// the new arrows; at the end it is exactly the new one. In no motion it changes at once
// and starts no animation.
func TestReducedCrossFadesAndOffSwitches(t *testing.T) {
	newTestApp(t)
	size := fyne.NewSize(880, 620)
	want := func(m Motion, s physiology.State) image.Image {
		_, w := stillDiagram(t, m, s, size)
		defer w.Close()
		return w.Canvas().Capture()
	}
	oldPic, newPic := want(MotionReduced, intactState()), want(MotionReduced, compromisedState())

	d, w := stillDiagram(t, MotionReduced, intactState(), size)
	defer w.Close()
	// Change the levels by hand, so the fade can be held halfway (the test driver would
	// run the animation to its end at once).
	s := compromisedState()
	d.levels = levelsFor(s)
	d.r.applyLevels()
	d.sim.setState(s, levelOpening(d.levels.junction))
	d.flows = d.sim.flowLevels(d.levels.junction)
	if !d.r.setFlows(true) {
		t.Fatal("a change of level started no cross-fade")
	}
	for st := range d.r.flows.start {
		d.r.flows.start[st] = d.r.flows.start[st].Add(-fadeDuration / 2)
	}
	d.r.fadeTick(0.5)
	mid := w.Canvas().Capture()
	cross := image.Rect(int(0.40*size.Width), int(epiTop*size.Height), int(0.80*size.Width), int(mucusBottom*size.Height))
	fromOld := differingPixels(oldPic, mid, cross.Min.X, cross.Min.Y, cross.Max.X, cross.Max.Y)
	fromNew := differingPixels(newPic, mid, cross.Min.X, cross.Min.Y, cross.Max.X, cross.Max.Y)
	if fromOld == 0 || fromNew == 0 {
		t.Errorf("halfway the lining matches an end: %d pixels from the old, %d from the new", fromOld, fromNew)
	}
	d.r.fadeTick(1)
	if d.r.flows.fading() {
		t.Error("a cross-fade is still running at its end")
	}
	if n := differingPixels(newPic, w.Canvas().Capture(), 0, 0, int(size.Width), int(size.Height)); n != 0 {
		t.Errorf("after the cross-fade %d pixels differ from the new state", n)
	}
	// Through the public path the test driver completes the fade at once.
	d.SetState(intactState(), intactInputs)
	if n := differingPixels(oldPic, w.Canvas().Capture(), 0, 0, int(size.Width), int(size.Height)); n != 0 || d.r.flows.fading() {
		t.Errorf("back to intact: %d pixels differ, fading %v", n, d.r.flows.fading())
	}

	off, w2 := stillDiagram(t, MotionOff, intactState(), size)
	defer w2.Close()
	off.SetState(compromisedState(), compromisedInputs)
	if off.r.flows.anim != nil || off.r.flows.fading() {
		t.Error("no motion started a cross-fade")
	}
	if n := differingPixels(newPic, w2.Canvas().Capture(), 0, 0, int(size.Width), int(size.Height)); n != 0 {
		t.Errorf("no motion: %d pixels differ from the new state right after the change", n)
	}
}

// Switching motion allocates nothing per frame afterwards, in any setting, and a
// SetState that changes no level allocates nothing either.
func TestMotionSwitchAllocatesNothingPerFrame(t *testing.T) {
	newTestApp(t)
	d := stateDiagram(compromisedState(), compromisedInputs, 60)
	w := showDiagram(d, fyne.NewSize(880, 620))
	defer w.Close()
	for _, m := range []Motion{MotionReduced, MotionOff, MotionFull, MotionReduced, MotionFull} {
		d.SetMotion(m)
		frame := func() {
			d.SetState(compromisedState(), compromisedInputs)
			d.Step(1.0 / 60)
		}
		if n := testing.AllocsPerRun(200, frame); n != 0 {
			t.Errorf("after switching to %s a frame allocates %.1f times", m, n)
		}
	}
}

// A theme switch redraws the arrows in the new palette, at once and with no fade.
func TestReducedThemeSwitchRedrawsArrows(t *testing.T) {
	a := newTestApp(t)
	d, w := stillDiagram(t, MotionReduced, compromisedState(), fyne.NewSize(880, 620))
	defer w.Close()
	dark := d.r.flows.img[sCytokine]
	a.Settings().SetTheme(apptheme.New(apptheme.Light, 1))
	d.Refresh()
	if d.r.flows.img[sCytokine] == dark || d.r.flows.fading() {
		t.Errorf("after a theme switch: arrows redrawn %v, fading %v", d.r.flows.img[sCytokine] != dark, d.r.flows.fading())
	}
	for _, s := range d.r.sprites {
		if s.Visible() {
			t.Fatal("a theme switch brought particles back in reduced motion")
		}
	}
}

// The compromised state in reduced motion: a textbook schematic with still arrows.
func TestGoldenReduced(t *testing.T) {
	newTestApp(t)
	_, w := stillDiagram(t, MotionReduced, compromisedState(), fyne.NewSize(1280, 800))
	defer w.Close()
	test.AssertImageMatches(t, "diagram_compromised_1280x800-reduced.png", w.Canvas().Capture())
}

// Label backings are laid over the arrows only where an arrow is: an empty part of the
// overlay stays empty (the picture below already has its backing), a drawn part dims.
func TestFlowsUnderLabelBackings(t *testing.T) {
	newTestApp(t)
	size := fyne.NewSize(880, 620)
	d, w := stillDiagram(t, MotionReduced, compromisedState(), size)
	defer w.Close()
	pal := currentPalette(d)
	ly := flowLayer(size.Width, size.Height, 1, sAcetate)
	bare := newPen(size.Width, size.Height, ly)
	drawFlow(bare, &pal, sAcetate, flowShapeFor(sAcetate, d.flows[sAcetate]))
	covered, _ := renderFlow(size.Width, size.Height, 1, &pal, sAcetate, d.flows[sAcetate], d.r.labels)
	dimmed := 0
	for i := 0; i < len(bare.img.Pix); i += 4 {
		b, c := bare.img.Pix[i:i+4], covered.Pix[i:i+4]
		switch {
		case b[3] == 0 && string(c) != string(b):
			t.Fatalf("a label backing was drawn where no arrow is (pixel %d)", i/4)
		case b[3] != c[3]:
			t.Fatalf("a label backing changed an arrow's coverage (pixel %d)", i/4)
		case int(c[0])+int(c[1])+int(c[2]) < int(b[0])+int(b[1])+int(b[2]):
			dimmed++
		}
	}
	if dimmed == 0 {
		t.Error("no arrow pixel under a label backing: the test no longer covers a label")
	}
}
