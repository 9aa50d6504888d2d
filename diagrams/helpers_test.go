package diagrams

import (
	"image"
	"image/png"
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"gutbrain/apptheme"
	"gutbrain/assets"
	"gutbrain/physiology"
)

// intactState is the healthy baseline: every index at 1.
func intactState() physiology.State {
	return physiology.State{Permeability: 1, Zonulin: 1, LPS: 1, IFABP: 1, Cytokines: 1, IDO: 1,
		KynTrp: 1, TrpBrain: 1, GutSerotonin: 1, BrainSerotonin: 1, Vagal: 1, Acetate: 1, Cortisol: 1, Anxiety: 1}
}

// compromisedState is a fully compromised barrier under stress, after the model settled.
func compromisedState() physiology.State {
	return physiology.State{Hours: 72, Permeability: 3.5, Zonulin: 2.6, Damage: 0.4, LPS: 3.6, IFABP: 2.2,
		Cytokines: 5.5, IDO: 2.6, KynTrp: 2.1, TrpBrain: 0.7, GutSerotonin: 1.4, BrainSerotonin: 0.78,
		Vagal: 1.9, Acetate: 0.9, Cortisol: 1.8, Anxiety: 2.2}
}

var intactInputs = physiology.Inputs{Integrity: 1}
var compromisedInputs = physiology.Inputs{Integrity: 0, Stress: 0.7}

// newTestApp starts a headless test app with the app's dark theme and translations.
func newTestApp(t testing.TB) fyne.App {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(apptheme.New(apptheme.Dark, 1))
	if err := assets.LoadTranslations(); err != nil {
		t.Fatal(err)
	}
	return a
}

// showDiagram puts d alone in an unpadded test window of the given size.
func showDiagram(d fyne.CanvasObject, size fyne.Size) fyne.Window {
	w := test.NewWindow(d)
	w.SetPadded(false)
	w.Resize(size)
	return w
}

// stateDiagram is a diagram showing a state, stepped a fixed number of frames so the
// picture is deterministic.
func stateDiagram(s physiology.State, in physiology.Inputs, frames int) *Diagram {
	d := NewDiagram()
	d.SetState(s, in)
	for i := 0; i < frames; i++ {
		d.Step(1.0 / 60)
	}
	return d
}

func writePNG(t testing.TB, path string, img image.Image) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}
