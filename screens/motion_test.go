package screens

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"gutbrain/diagrams"
)

// stillExplorer is an explorer in a motion setting whose low-rate ticker never fires by
// itself: the test driver runs fyne.Do on the calling goroutine, so the tests tick it by
// hand instead.
func stillExplorer(t *testing.T, m diagrams.Motion) (*Explorer, fyne.Window) {
	t.Helper()
	ex, win := newTestExplorer(t, 1280, 800)
	ex.sim.lowInterval = 1000 * time.Hour
	ex.SetMotion(m)
	return ex, win
}

// With motion off nothing on the diagram moves: playing runs no animation, and frames
// (the animation's work) leave the picture exactly as it was. A story beat jumps straight
// to its state.
func TestMotionOffMovesNothing(t *testing.T) {
	ex, win := stillExplorer(t, diagrams.MotionOff)
	if ex.Motion() != diagrams.MotionOff || ex.diagram.Motion() != diagrams.MotionOff || ex.story.Motion {
		t.Fatalf("motion %q, diagram %q, story time-lapse %v", ex.Motion(), ex.diagram.Motion(), ex.story.Motion)
	}
	ex.Warm(6)
	ex.TogglePlay()
	if !ex.sim.Playing() || ex.sim.Animating() || ex.sim.lowStop == nil {
		t.Fatalf("playing %v, animating %v, ticker %v", ex.sim.Playing(), ex.sim.Animating(), ex.sim.lowStop != nil)
	}
	ex.sim.Hold(true) // frames go on, simulated time stands still
	before := diagramPixels(ex, win)
	for i := 0; i < 120; i++ {
		ex.sim.Advance(1.0 / 60)
		ex.diagram.Step(1.0 / 60)
	}
	if n := differentPixels(before, diagramPixels(ex, win)); n != 0 {
		t.Errorf("%d diagram pixels changed while nothing should move", n)
	}
	if ex.diagram.Moving() || ex.diagram.ParticleCount() != 0 {
		t.Errorf("moving %v, %d particles", ex.diagram.Moving(), ex.diagram.ParticleCount())
	}
	ex.TogglePlay()
	ex.TogglePlay() // pause
	if ex.sim.Playing() || ex.sim.lowStop != nil {
		t.Error("pausing left the ticker running")
	}

	ex.story.Go(0)
	ex.story.Go(1)
	if ex.sim.Running() {
		t.Error("a story step ran a time-lapse with motion off")
	}
	if got, want := ex.sim.Model().State(), ex.story.BeatState(1).State(); got != want {
		t.Errorf("beat 2 with motion off: at %.1f h, want its state at %.1f h", got.Hours, want.Hours)
	}
}

// In reduced motion the model, clock and diagram still follow time while playing, a few
// updates a second from a ticker rather than a 60 fps animation.
func TestMotionReducedUpdatesAtALowRate(t *testing.T) {
	ex, _ := stillExplorer(t, diagrams.MotionReduced)
	if !ex.story.Motion {
		t.Error("reduced motion turned the story's time-lapse off")
	}
	ex.SetBarrierCompromised(true)
	ex.sim.Play()
	if ex.sim.Animating() || ex.sim.lowStop == nil {
		t.Fatalf("animating %v, ticker %v", ex.sim.Animating(), ex.sim.lowStop != nil)
	}
	clock := ex.controls.clock.Text
	start := ex.sim.Model().State().Hours
	ex.sim.lastTick = time.Now().Add(-time.Second) // a tick after a stall: capped
	ex.sim.tick(0)
	h := ex.sim.Model().State().Hours - start
	if want := 2 * ex.sim.lowInterval.Seconds() * HoursPerSecond; h <= 0 || h > want+1e-6 {
		t.Errorf("one tick advanced %.3f h, want (0, %.3f]", h, want)
	}
	for i := 0; i < 40; i++ { // several simulated hours, as ticks would bring
		ex.sim.lastTick = time.Now().Add(-lowRateInterval)
		ex.sim.tick(0)
	}
	if ex.controls.clock.Text == clock {
		t.Errorf("the clock stayed at %q", clock)
	}

	// Back to full motion while playing: the animation takes over from the ticker.
	ex.SetMotion(diagrams.MotionFull)
	if ex.sim.lowStop != nil || !ex.sim.Animating() || !ex.diagram.Moving() {
		t.Errorf("full again: ticker %v, animating %v, particles moving %v", ex.sim.lowStop != nil, ex.sim.Animating(), ex.diagram.Moving())
	}
	ex.SetMotion("sideways")
	if ex.Motion() != diagrams.MotionFull || !ex.sim.Animating() {
		t.Errorf("an unknown motion changed the setting to %q", ex.Motion())
	}
	ex.sim.Pause()
	if ex.sim.Animating() {
		t.Error("pausing left the animation running")
	}
}

// The ticker really drives a playing simulation, through the main goroutine, and stops
// with it; a tick already queued when it stopped does nothing.
func TestMotionTickerRunsAndStops(t *testing.T) {
	sim := NewSimulation()
	sim.lowInterval = 100 * time.Millisecond // 3 ticks = 0.3 simulated h at 1×: several fixed model steps
	posted := make(chan func(), 8)
	// Stand in for fyne.Do: the test goroutine plays the main goroutine.
	sim.post = func(f func()) {
		select {
		case posted <- f:
		default: // the "main goroutine" is busy; drop the tick, as a slow frame would
		}
	}
	frames := 0
	sim.OnFrame = func(float64) { frames++ }
	sim.SetMotion(diagrams.MotionReduced)
	sim.Play()
	for i := 0; i < 3; i++ {
		select {
		case f := <-posted:
			f()
		case <-time.After(5 * time.Second):
			t.Fatal("no update from the reduced-motion ticker")
		}
	}
	if frames != 3 || !(sim.Model().State().Hours > 0) {
		t.Errorf("3 ticks: %d frames, %.4f h simulated", frames, sim.Model().State().Hours)
	}
	stop := sim.lowStop
	sim.Pause()
	select {
	case <-stop:
	default:
		t.Fatal("pause did not stop the ticker")
	}
	hours := sim.Model().State().Hours
	for len(posted) > 0 {
		(<-posted)()
	}
	if frames != 3 || sim.Model().State().Hours != hours {
		t.Error("a tick queued before the pause still ran")
	}
}
