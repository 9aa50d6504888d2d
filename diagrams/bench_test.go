package diagrams

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

// BenchmarkStep is one animation frame in the busiest state, sprites moved on a canvas.
func BenchmarkStep(b *testing.B) {
	newTestApp(b)
	s := compromisedState()
	s.LPS, s.Cytokines, s.KynTrp, s.Vagal = 6, 9, 4, 5
	d := stateDiagram(s, compromisedInputs, 120)
	w := showDiagram(d, fyne.NewSize(1400, 900))
	defer w.Close()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Step(1.0 / 60)
	}
	b.ReportMetric(float64(d.ParticleCount()), "particles")
}

// BenchmarkRenderAnatomy redraws the cached anatomy (base picture and epithelium strip),
// as happens on a resize or theme switch.
func BenchmarkRenderAnatomy(b *testing.B) {
	newTestApp(b)
	for _, size := range []fyne.Size{{Width: 880, Height: 620}, {Width: 1400, Height: 900}} {
		b.Run(fmt.Sprintf("%.0fx%.0f", size.Width, size.Height), func(b *testing.B) {
			d := NewDiagram()
			w := showDiagram(d, size)
			defer w.Close()
			in := anatomyInput{W: size.Width, H: size.Height, scale: 1, pal: currentPalette(d), labels: d.r.labels}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				renderBase(in)
				renderEpithelium(size.Width, size.Height, 1, &in.pal, 7, in.labels)
			}
		})
	}
}

// BenchmarkJunctionStep is the redraw when junction opening crosses one step.
func BenchmarkJunctionStep(b *testing.B) {
	newTestApp(b)
	d := NewDiagram()
	w := showDiagram(d, fyne.NewSize(1400, 900))
	defer w.Close()
	pal := currentPalette(d)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		renderEpithelium(1400, 900, 1, &pal, i%junctionLevels, d.r.labels)
	}
}

// BenchmarkFadeFrame is one frame of a reduced-motion cross-fade after the barrier gave
// way (every stream's arrows changing at once, the worst case): the changed regions of
// the picture are recomposed and their tiles uploaded again.
func BenchmarkFadeFrame(b *testing.B) {
	newTestApp(b)
	d := NewDiagram()
	d.SetMotion(MotionReduced)
	d.SetState(intactState(), intactInputs)
	w := showDiagram(d, fyne.NewSize(1280, 800))
	defer w.Close()
	s := compromisedState()
	d.levels = levelsFor(s)
	d.r.applyLevels()
	d.sim.setState(s, levelOpening(d.levels.junction))
	d.flows = d.sim.flowLevels(d.levels.junction)
	if !d.r.setFlows(true) {
		b.Fatal("no cross-fade")
	}
	f := &d.r.flows
	fading := f.from
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		half := time.Now().Add(-fadeDuration / 2)
		for st := range f.start {
			f.start[st], f.from[st] = half, fading[st]
		}
		d.r.fadeTick(0.5)
	}
}
