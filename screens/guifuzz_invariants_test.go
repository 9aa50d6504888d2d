package screens

import (
	"fmt"
	"math"
	"runtime"
	"slices"
	"time"

	"fyne.io/fyne/v2/lang"

	"gutbrain/assets"
	"gutbrain/diagrams"
	"gutbrain/physiology"
)

// How often (in events) the fuzz also brings the views up to date and checks the clock
// and the goroutines, and how often it renders the window too. The other invariants are
// checked after every event. Rendering a large window in software takes a large share of
// a second (a dialog's full-window shade most of all).
const (
	fuzzSettleEvery = 20
	fuzzRenderEvery = 50
)

// fuzzGoroutineSlack is how many goroutines above the count at the start are tolerated
// (Fyne's test app may start a helper lazily); a leak grows without bound and exceeds it.
const fuzzGoroutineSlack = 3

// before notes what the checks after the event compare against.
func (r *fuzzRun) before() {
	r.prevBeat = r.ex.story.Index()
	r.wantPart = ""
}

// check runs the invariants that are cheap enough for every event. It returns "" when
// all hold, else what broke.
func (r *fuzzRun) check() string {
	for _, f := range []func() string{r.checkModel, r.checkStory, r.checkSelection, r.checkControls, r.checkScreen} {
		if msg := f(); msg != "" {
			return msg
		}
	}
	return ""
}

// checkAll runs the cheap invariants, then a UI update and the clock and the goroutine
// count, and with render the rendering.
func (r *fuzzRun) checkAll(render bool) string {
	if msg := r.check(); msg != "" {
		return msg
	}
	// "After a UI update" the clock says what the model says.
	r.ex.sim.Redraw()
	hours := r.ex.sim.Model().State().Hours
	if got, want := r.ex.controls.clock.Text, FormatClock(hours); got != want {
		return fmt.Sprintf("clock shows %q after a UI update, the model is at %v h (%q)", got, hours, want)
	}
	limit := r.baseGoroutines + fuzzGoroutineSlack
	if r.ex.sim.lowStop != nil {
		limit++ // the reduced-motion ticker of a playing simulation
	}
	if n := fuzzGoroutines(limit); n > limit {
		return fmt.Sprintf("%d goroutines, %d at the start (limit %d): a goroutine leaks\n%s", n, r.baseGoroutines, limit, fuzzGoroutineDump())
	}
	if !render {
		return ""
	}
	img := r.win.Canvas().Capture()
	if img == nil {
		return "the canvas did not render (Capture returned nil)"
	}
	size := r.win.Canvas().Size()
	scale := r.win.Canvas().Scale()
	b := img.Bounds()
	if w, h := int(math.Ceil(float64(size.Width*scale))), int(math.Ceil(float64(size.Height*scale))); fuzzAbsInt(b.Dx()-w) > 1 || fuzzAbsInt(b.Dy()-h) > 1 {
		return fmt.Sprintf("the canvas rendered %dx%d pixels for a %vx%v window", b.Dx(), b.Dy(), size.Width, size.Height)
	}
	return ""
}

// checkModel: every value of the model is finite and inside its documented range.
func (r *fuzzRun) checkModel() string {
	m := r.ex.sim.Model()
	st := m.State()
	if math.IsNaN(st.Hours) || math.IsInf(st.Hours, 0) || st.Hours < 0 {
		return fmt.Sprintf("model hours %v", st.Hours)
	}
	for name, rg := range physiology.Ranges() {
		v, ok := st.Value(name)
		if !ok {
			return fmt.Sprintf("model has no value %q of its own Ranges", name)
		}
		if !rg.Contains(v) { // false for NaN
			return fmt.Sprintf("model %s = %v outside its range [%v, %v]", name, v, rg.Min, rg.Max)
		}
	}
	in := m.Inputs()
	if !(in.Integrity >= 0 && in.Integrity <= 1) || !(in.Stress >= 0 && in.Stress <= 1) {
		return fmt.Sprintf("model inputs out of 0..1: %+v", in)
	}
	if !slices.Contains(Speeds, r.ex.sim.Speed()) {
		return fmt.Sprintf("speed %v is none of %v", r.ex.sim.Speed(), Speeds)
	}
	return ""
}

// checkStory: the beat is in range and shown as such; a beat just reached has the
// beat's inputs, and while the story holds time the model is exactly the beat's state.
func (r *fuzzRun) checkStory() string {
	p := r.ex.story
	i := p.Index()
	if i < -1 || i >= p.Len() {
		return fmt.Sprintf("story beat %d outside -1..%d", i, p.Len()-1)
	}
	if i < 0 {
		return ""
	}
	in := r.ex.sim.Model().Inputs()
	want := beatInputs(p.Beat(i))
	if i != r.prevBeat && in != want {
		return fmt.Sprintf("beat %d was just reached but the model's inputs are %+v, the beat's %+v", i, in, want)
	}
	if r.ex.sim.Holding() && !r.ex.sim.Running() {
		if st, bst := r.ex.sim.Model().State(), p.BeatState(i).State(); st != bst || in != want {
			return fmt.Sprintf("the story holds at beat %d but the model is not the beat's state: hours %v (beat %v), inputs %+v (beat %+v)",
				i, st.Hours, bst.Hours, in, want)
		}
	}
	progress := lang.L("beat.progress", map[string]any{"N": i + 1, "Total": p.Len()})
	views := map[string]*beatText{"story tab": r.ex.storyView.text}
	if r.ex.lecture != nil {
		views["lecture"] = r.ex.lecture.view.text
	}
	if r.k != nil {
		views["kiosk story page"] = r.k.pages.story
		if r.k.Mode() == KioskAttract {
			views["attract loop"] = r.k.attract.beat
			if a := r.k.AttractBeat(); a != i {
				return fmt.Sprintf("the attract loop is at beat %d, the story at %d", a, i)
			}
		}
	}
	for name, v := range views {
		if got := v.progress.Text; got != progress {
			return fmt.Sprintf("the %s shows %q at beat %d (want %q)", name, got, i, progress)
		}
	}
	return ""
}

// checkSelection: the diagram highlights a real part or nothing, the panel is a real
// panel, and the two agree: a panel about a part drawn on the diagram has that part
// highlighted, any other panel has nothing highlighted.
func (r *fuzzRun) checkSelection() string {
	sel := r.ex.diagram.Selected()
	if sel != "" && !slices.Contains(diagrams.Parts(), sel) {
		return fmt.Sprintf("the diagram highlights %q, which is not a part", sel)
	}
	shown := r.ex.ShownPanel()
	if r.wantPart != "" && (sel != r.wantPart || shown != string(r.wantPart)) {
		return fmt.Sprintf("a click on %q of the diagram left %q highlighted and %q explained", r.wantPart, sel, shown)
	}
	if !slices.Contains(assets.PanelIDs(), shown) {
		return fmt.Sprintf("the panel shows %q, which is not a panel", shown)
	}
	if onDiagram(shown) && sel != diagrams.Part(shown) {
		return fmt.Sprintf("the panel explains %q but the diagram highlights %q", shown, sel)
	}
	if !onDiagram(shown) && sel != "" {
		return fmt.Sprintf("the panel explains %q but the diagram highlights %q", shown, sel)
	}
	return ""
}

// checkControls: the control bar shows the model's inputs and speed.
func (r *fuzzRun) checkControls() string {
	in := r.ex.sim.Model().Inputs()
	wantBarrier := barrierCompromised
	if in.Integrity >= 0.999 {
		wantBarrier = barrierIntact
	}
	if r.k != nil {
		return r.checkKioskControls(in, wantBarrier)
	}
	c := r.ex.controls
	switch {
	case c.barrier.Selected() != wantBarrier:
		return fmt.Sprintf("the barrier toggle shows %d for integrity %v", c.barrier.Selected(), in.Integrity)
	case c.integrity.Value != math.Round(in.Integrity*100):
		return fmt.Sprintf("the integrity slider shows %v for integrity %v", c.integrity.Value, in.Integrity)
	case c.stress.Value != math.Round(in.Stress*100):
		return fmt.Sprintf("the stress slider shows %v for stress %v", c.stress.Value, in.Stress)
	case c.probiotic.Checked != in.Probiotic:
		return fmt.Sprintf("the probiotic box shows %v, the model %v", c.probiotic.Checked, in.Probiotic)
	case c.speed.Selected() < 0 || Speeds[c.speed.Selected()] != r.ex.sim.Speed():
		return fmt.Sprintf("the speed control shows #%d, the speed is %v", c.speed.Selected(), r.ex.sim.Speed())
	}
	return ""
}

// checkKioskControls: the kiosk's own control bar (the explorer's is not on screen)
// shows the model's inputs and speed while a visitor explores.
func (r *fuzzRun) checkKioskControls(in physiology.Inputs, wantBarrier int) string {
	if r.k.Mode() != KioskExplore {
		return ""
	}
	kc := r.k.controls
	wantProbiotic := 0
	if in.Probiotic {
		wantProbiotic = 1
	}
	switch {
	case kc.barrier.Selected() != wantBarrier:
		return fmt.Sprintf("the kiosk's barrier buttons show #%d for integrity %v", kc.barrier.Selected(), in.Integrity)
	case kc.stress.Selected() != nearest(kioskStressLevels, in.Stress):
		return fmt.Sprintf("the kiosk's stress buttons show #%d for stress %v", kc.stress.Selected(), in.Stress)
	case kc.probiotic.Selected() != wantProbiotic:
		return fmt.Sprintf("the kiosk's probiotic buttons show #%d, the model %v", kc.probiotic.Selected(), in.Probiotic)
	case kc.speed.Selected() != nearest(kioskSpeeds, r.ex.sim.Speed()):
		return fmt.Sprintf("the kiosk's speed buttons show #%d, the speed is %v", kc.speed.Selected(), r.ex.sim.Speed())
	}
	return ""
}

// fuzzMaxOverlays is how many pop-ups may be open at once: a dialog, a drop-down list in
// it, and one more (a confirmation in a file dialog). More means dialogs pile up.
const fuzzMaxOverlays = 3

// checkScreen: the window shows the screen the mode says: the lecture in lecture mode,
// the explorer otherwise; the kiosk stays full screen and its overlays fit its state;
// dialogs do not pile up.
func (r *fuzzRun) checkScreen() string {
	if n := len(r.win.Canvas().Overlays().List()); n > fuzzMaxOverlays {
		return fmt.Sprintf("%d pop-ups are open at once", n)
	}
	content := r.win.Content()
	if r.k != nil {
		switch {
		case content != r.k.Content():
			return "the kiosk window no longer shows the kiosk"
		case !r.win.FullScreen():
			return "the kiosk window left full screen"
		case r.k.StillThereShown() && r.k.Mode() != KioskExplore:
			return "\"Still there?\" shows on the attract loop"
		}
		return ""
	}
	if r.ex.InLecture() {
		if r.ex.lecture == nil || content != r.ex.lecture.content {
			return "lecture mode is on but the window does not show the lecture"
		}
		return ""
	}
	if content != r.ex.content {
		return "the window does not show the explorer"
	}
	return ""
}

// fuzzGoroutines counts goroutines, giving ones that are ending (a stopped ticker) up
// to a second to finish when the count is above limit.
func fuzzGoroutines(limit int) int {
	n := runtime.NumGoroutine()
	for deadline := time.Now().Add(time.Second); n > limit && time.Now().Before(deadline); n = runtime.NumGoroutine() {
		time.Sleep(5 * time.Millisecond)
	}
	return n
}

func fuzzGoroutineDump() string {
	buf := make([]byte, 1<<16)
	return string(buf[:runtime.Stack(buf, true)])
}

func fuzzAbsInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
