package screens

import (
	"image"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"gutbrain/apptheme"
	"gutbrain/assets"
	"gutbrain/diagrams"
	"gutbrain/physiology"
)

func newTestExplorer(t *testing.T, w, h float32) (*Explorer, fyne.Window) {
	t.Helper()
	if err := assets.LoadTranslations(); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	a.Settings().SetTheme(apptheme.New(apptheme.Dark, 1))
	ex := NewExplorer()
	win := test.NewTempWindow(t, nil)
	ex.Attach(win)
	ResizeSettled(win, fyne.NewSize(w, h))
	return ex, win
}

// diagramPixels captures the window and crops the diagram's rectangle.
func diagramPixels(ex *Explorer, win fyne.Window) *image.RGBA {
	img := win.Canvas().Capture()
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(ex.diagram)
	size := ex.diagram.Size()
	r := image.Rect(int(pos.X), int(pos.Y), int(pos.X+size.Width), int(pos.Y+size.Height))
	out := image.NewRGBA(image.Rect(0, 0, r.Dx(), r.Dy()))
	for y := 0; y < r.Dy(); y++ {
		for x := 0; x < r.Dx(); x++ {
			out.Set(x, y, img.At(r.Min.X+x, r.Min.Y+y))
		}
	}
	return out
}

func differentPixels(a, b *image.RGBA) int {
	n := 0
	for i := 0; i+3 < len(a.Pix) && i+3 < len(b.Pix); i += 4 {
		if a.Pix[i] != b.Pix[i] || a.Pix[i+1] != b.Pix[i+1] || a.Pix[i+2] != b.Pix[i+2] {
			n++
		}
	}
	return n
}

func TestBarrierToggleChangesModelAndDiagram(t *testing.T) {
	ex, win := newTestExplorer(t, 1280, 800)
	ex.Warm(6)
	before := diagramPixels(ex, win)
	lpsBefore := ex.sim.Model().State().LPS

	test.Tap(ex.controls.barrier.buttons[barrierCompromised])
	if got := ex.sim.Model().Inputs().Integrity; got != CompromisedIntegrity {
		t.Fatalf("toggle set integrity %v, want %v", got, CompromisedIntegrity)
	}
	if got := ex.controls.integrity.Value; got != CompromisedIntegrity*100 {
		t.Fatalf("slider shows %v after toggle", got)
	}
	ex.Warm(12)
	after := diagramPixels(ex, win)
	if ex.sim.Model().State().LPS <= lpsBefore*1.2 {
		t.Fatalf("LPS did not rise: %v → %v", lpsBefore, ex.sim.Model().State().LPS)
	}
	if n := differentPixels(before, after); n < len(before.Pix)/4/50 {
		t.Fatalf("diagram barely changed after compromising the barrier: %d pixels", n)
	}
	if ex.gauges.Value(1) <= 1.2 {
		t.Fatalf("LPS gauge did not follow the model: %v", ex.gauges.Value(1))
	}
}

func TestTappingRouteOpensItsPanel(t *testing.T) {
	ex, _ := newTestExplorer(t, 1280, 800)
	for _, part := range []diagrams.Part{diagrams.PartImmune, diagrams.PartNeural, diagrams.PartHumoral, diagrams.PartJunctions} {
		pos, ok := findPart(ex.diagram, part)
		if !ok {
			t.Fatalf("no point on the diagram selects %s", part)
		}
		test.TapAt(ex.diagram, pos)
		if ex.ShownPanel() != string(part) {
			t.Fatalf("tapping %s at %v shows panel %q", part, pos, ex.ShownPanel())
		}
		if ex.diagram.Selected() != part {
			t.Fatalf("diagram selection is %q after tapping %s", ex.diagram.Selected(), part)
		}
		if ex.panel.Evidence() == "" {
			t.Fatalf("panel %s shows no evidence label", part)
		}
	}
}

// findPart scans the diagram for a point that hit-tests to part.
func findPart(d *diagrams.Diagram, part diagrams.Part) (fyne.Position, bool) {
	size := d.Size()
	for y := float32(2); y < size.Height; y += 4 {
		for x := float32(2); x < size.Width; x += 4 {
			p := fyne.NewPos(x, y)
			if d.PartAt(p) == part {
				return p, true
			}
		}
	}
	return fyne.Position{}, false
}

func TestResetRestoresStart(t *testing.T) {
	ex, _ := newTestExplorer(t, 1280, 800)
	start := ex.sim.Model().State()
	ex.SetBarrierCompromised(true)
	ex.SetStress(0.8)
	ex.SetProbiotic(true)
	ex.sim.SetSpeed(4)
	ex.sim.Play()
	ex.Warm(30)
	ex.Select("immune")

	ex.ResetAll()
	if got := ex.sim.Model().State(); got != start {
		t.Fatalf("state after reset %+v, want %+v", got, start)
	}
	if in := ex.sim.Model().Inputs(); in != (physiology.Inputs{Integrity: 1}) {
		t.Fatalf("inputs after reset %+v", in)
	}
	if ex.sim.Playing() || ex.sim.Speed() != 1 {
		t.Fatal("reset should pause at 1×")
	}
	if ex.controls.barrier.Selected() != barrierIntact || ex.controls.stress.Value != 0 || ex.controls.probiotic.Checked {
		t.Fatal("controls do not show the reset inputs")
	}
	if ex.ShownPanel() != "overview" || ex.plot.Samples() > 1 {
		t.Fatalf("panel %q, plot samples %d after reset", ex.ShownPanel(), ex.plot.Samples())
	}
}

func TestHotkeysDriveTheExplorer(t *testing.T) {
	ex, win := newTestExplorer(t, 1280, 800)
	press := func(k fyne.KeyName) { win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }

	press(fyne.KeySpace)
	if !ex.sim.Playing() {
		t.Fatal("Space did not start playback")
	}
	press(fyne.KeySpace)
	if ex.sim.Playing() {
		t.Fatal("Space did not pause")
	}
	h := ex.sim.Model().State().Hours
	press(fyne.KeyN)
	if got := ex.sim.Model().State().Hours; got-h < 0.99 {
		t.Fatalf("N stepped %v hours", got-h)
	}
	press(fyne.KeyB)
	if ex.sim.Model().Inputs().Integrity != CompromisedIntegrity {
		t.Fatal("B did not compromise the barrier")
	}
	press(fyne.KeyB)
	if ex.sim.Model().Inputs().Integrity != 1 {
		t.Fatal("B did not restore the barrier")
	}
	press(fyne.KeyEqual)
	if ex.sim.Speed() != 2 || ex.controls.speed.Selected() != 2 {
		t.Fatalf("+ gave speed %v (button %d)", ex.sim.Speed(), ex.controls.speed.Selected())
	}
	press(fyne.KeyMinus)
	press(fyne.KeyMinus)
	if ex.sim.Speed() != 0.5 {
		t.Fatalf("− twice gave speed %v", ex.sim.Speed())
	}
	ex.Select("immune")
	press(fyne.KeyEscape)
	if ex.ShownPanel() != "overview" {
		t.Fatal("Esc did not clear the selection")
	}
}

func TestEveryPartAndTopicHasAPanel(t *testing.T) {
	ex, _ := newTestExplorer(t, 1280, 800)
	ids := assets.TopicIDs()
	for _, p := range diagrams.Parts() {
		ids = append(ids, string(p))
	}
	for _, id := range ids {
		ex.Select(id)
		if ex.panel.title.Text == lang.L("panel.missing.title") || ex.panel.Evidence() == "" {
			t.Errorf("panel %q is missing or has no evidence label", id)
		}
	}
}

func TestGoldenExplorer(t *testing.T) {
	for _, c := range []struct {
		name        string
		compromised bool
	}{{"explorer-intact.png", false}, {"explorer-compromised.png", true}} {
		ex, win := newTestExplorer(t, 1280, 800)
		ex.SetBarrierCompromised(c.compromised)
		ex.Warm(36)
		test.AssertImageMatches(t, c.name, win.Canvas().Capture())
	}
}

// After clicking a control, Space must still mean play/pause: the control gives focus back.
func TestClickedControlsKeepSpaceForPlayback(t *testing.T) {
	ex, win := newTestExplorer(t, 1280, 800)
	test.Tap(ex.controls.probiotic)
	if !ex.sim.Model().Inputs().Probiotic {
		t.Fatal("tapping the probiotic check did not turn it on")
	}
	if f := win.Canvas().Focused(); f != nil {
		t.Fatalf("%T kept keyboard focus after a tap", f)
	}
	test.TapAt(ex.controls.stress, fyne.NewPos(ex.controls.stress.Size().Width*0.75, ex.controls.stress.Size().Height/2))
	if s := ex.sim.Model().Inputs().Stress; s < 0.5 || s > 0.95 {
		t.Fatalf("tapping the stress slider at 75 %% set stress %v", s)
	}
	if f := win.Canvas().Focused(); f != nil {
		t.Fatalf("%T kept keyboard focus after a tap", f)
	}
	test.Tap(ex.controls.speed.buttons[3])
	if ex.sim.Speed() != 4 {
		t.Fatalf("speed button gave %v", ex.sim.Speed())
	}
	win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeySpace})
	if !ex.sim.Playing() {
		t.Fatal("Space after clicking controls did not start playback")
	}
}
