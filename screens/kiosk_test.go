package screens

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"gutbrain/diagrams"
	"gutbrain/physiology"
)

func TestIdleTimerPhases(t *testing.T) {
	it := IdleTimer{Idle: 90 * time.Second, Countdown: 15 * time.Second}
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	it.Touch(start)
	cases := []struct {
		after time.Duration
		phase IdlePhase
		left  time.Duration
	}{
		{0, IdleActive, 0}, {89 * time.Second, IdleActive, 0}, {90 * time.Second, IdleWarning, 15 * time.Second},
		{100 * time.Second, IdleWarning, 5 * time.Second}, {105 * time.Second, IdleExpired, 0}, {-time.Hour, IdleActive, 0},
	}
	for _, c := range cases {
		if p, left := it.Phase(start.Add(c.after)); p != c.phase || left != c.left {
			t.Errorf("after %v: phase %v left %v, want %v %v", c.after, p, left, c.phase, c.left)
		}
		it.Touch(start) // a clock that went back re-arms the timer; put it back
	}
}

func TestKioskAttractLoopsConfiguredBeats(t *testing.T) {
	k, win, clock := newTestKiosk(t, KioskConfig{Beats: []int{2, 3, 7}}, fyne.NewSize(1280, 800))
	if k.Mode() != KioskAttract || !win.FullScreen() || win.Padded() {
		t.Fatalf("start: mode %v, full screen %v, padded %v", k.Mode(), win.FullScreen(), win.Padded())
	}
	want := []int{2, 3, 7, 2, 3}
	for i, w := range want {
		if got := k.ex.story.Index(); got != w || k.AttractBeat() != w {
			t.Fatalf("step %d: story at beat %d (attract %d), want %d", i, got, k.AttractBeat(), w)
		}
		if got := k.attract.beat.title.Text; got != k.ex.story.Beat(w).Title {
			t.Fatalf("step %d: attract shows %q", i, got)
		}
		frames(k, clock, AttractBeatInterval, 4)
	}
	if !k.ex.sim.Playing() {
		t.Fatal("the attract loop is not animating")
	}
}

func TestKioskTouchAnywhereEntersExplorer(t *testing.T) {
	for i, pos := range []fyne.Position{{X: 5, Y: 5}, {X: 640, Y: 400}, {X: 1270, Y: 790}, {X: 300, Y: 760}} {
		if underRace && i%2 == 1 {
			continue // a corner and the centre
		}
		k, win, clock := newTestKiosk(t, KioskConfig{}, fyne.NewSize(1280, 800))
		frames(k, clock, 30*time.Second, 4) // mid-story, the model far from the start
		test.TapCanvas(win.Canvas(), pos)
		if k.Mode() != KioskExplore {
			t.Fatalf("a touch at %v did not enter the explorer", pos)
		}
		st := k.ex.sim.Model().State()
		if st.Hours > 0.5 || k.ex.sim.Model().Inputs() != physiology.New().Inputs() || !k.ex.sim.Playing() {
			t.Fatalf("the explorer did not start fresh and running: %+v, inputs %+v", st.Hours, k.ex.sim.Model().Inputs())
		}
		if k.ex.ShownPanel() != "overview" {
			t.Fatalf("explorer opens on %q", k.ex.ShownPanel())
		}
	}
	k, win, _ := newTestKiosk(t, KioskConfig{}, fyne.NewSize(1280, 800))
	press(win, fyne.KeySpace)
	if k.Mode() != KioskExplore {
		t.Fatal("a key did not enter the explorer")
	}
}

func TestKioskIdleCountdownAndReset(t *testing.T) {
	cfg := KioskConfig{Idle: 60 * time.Second, Countdown: 10 * time.Second, Beats: []int{4, 5}}
	k, win, clock := newTestKiosk(t, cfg, fyne.NewSize(1280, 800))
	test.TapCanvas(win.Canvas(), fyne.NewPos(640, 400))
	test.Tap(k.controls.barrier.buttons[barrierCompromised])
	test.Tap(k.controls.stress.buttons[2])
	if in := k.ex.sim.Model().Inputs(); in.Integrity != CompromisedIntegrity || in.Stress != 1 {
		t.Fatalf("controls did not set the model: %+v", in)
	}
	frames(k, clock, 59*time.Second, 4)
	if k.StillThereShown() {
		t.Fatal("Still there? before the idle time")
	}
	frames(k, clock, 2*time.Second, 4)
	if !k.StillThereShown() || k.still.Seconds() != 9 {
		t.Fatalf("after the idle time: shown %v, %d s", k.StillThereShown(), k.still.Seconds())
	}
	test.Tap(k.still)
	if k.StillThereShown() || k.Mode() != KioskExplore {
		t.Fatal("a touch did not dismiss Still there?")
	}
	frames(k, clock, 65*time.Second, 4)
	if !k.StillThereShown() {
		t.Fatal("Still there? did not come back")
	}
	frames(k, clock, 6*time.Second, 4)
	if k.Mode() != KioskAttract || k.StillThereShown() {
		t.Fatalf("after the countdown: mode %v, still there %v", k.Mode(), k.StillThereShown())
	}
	if k.ex.story.Index() != 4 {
		t.Fatalf("attract restarts at beat %d, want the first configured (4)", k.ex.story.Index())
	}
	// The next visitor starts fresh.
	test.TapCanvas(win.Canvas(), fyne.NewPos(640, 400))
	if in := k.ex.sim.Model().Inputs(); in != physiology.New().Inputs() {
		t.Fatalf("the model was not reset for the next visitor: %+v", in)
	}
	if k.controls.barrier.Selected() != barrierIntact || k.controls.stress.Selected() != 0 {
		t.Fatal("the controls do not show the reset model")
	}
}

// Every kind of input the explorer takes restarts the idle time.
// raceSample are the inputs checked under the race detector: one of each kind (widget
// tap, key, rune, diagram, raw press, page).
var raceSample = map[string]bool{"control": true, "key": true, "rune": true, "diagram": true, "press": true, "page": true}

func TestKioskInputCountsAsActivity(t *testing.T) {
	inputs := map[string]func(k *Kiosk, win fyne.Window){
		"control":  func(k *Kiosk, _ fyne.Window) { test.Tap(k.controls.probiotic.buttons[1]) },
		"page":     func(k *Kiosk, _ fyne.Window) { test.Tap(k.pages.tabs.buttons[pageGlossary]) },
		"pager":    func(k *Kiosk, _ fyne.Window) { k.pages.show(pageAbout); test.Tap(k.pages.pagers[3].down) },
		"key":      func(_ *Kiosk, win fyne.Window) { press(win, fyne.KeyN) },
		"rune":     func(_ *Kiosk, win fyne.Window) { win.Canvas().OnTypedRune()('x') },
		"text":     func(k *Kiosk, win fyne.Window) { tapAbs(win, k.ex.panel.title, 20, 10) },
		"legend":   func(k *Kiosk, _ fyne.Window) { tapLegend(t, k, diagrams.PartLPS) },
		"diagram":  func(k *Kiosk, _ fyne.Window) { tapPart(t, k, diagrams.PartJunctions) },
		"press":    func(k *Kiosk, _ fyne.Window) { k.sensor.MouseDown(&desktop.MouseEvent{}) },
		"topic":    func(k *Kiosk, _ fyne.Window) { k.pages.show(pageTopics); tapFirstButton(t, k.pages.pages[pageTopics]) },
		"story":    func(k *Kiosk, _ fyne.Window) { k.pages.show(pageStory); tapFirstButton(t, k.pages.pages[pageStory]) },
		"reset":    func(k *Kiosk, _ fyne.Window) { test.Tap(k.controls.reset) },
		"play":     func(k *Kiosk, _ fyne.Window) { test.Tap(k.controls.play) },
		"speed":    func(k *Kiosk, _ fyne.Window) { test.Tap(k.controls.speed.buttons[2]) },
		"step":     func(k *Kiosk, _ fyne.Window) { test.Tap(k.controls.step) },
		"stress":   func(k *Kiosk, _ fyne.Window) { test.Tap(k.controls.stress.buttons[1]) },
		"barrier":  func(k *Kiosk, _ fyne.Window) { test.Tap(k.controls.barrier.buttons[1]) },
		"explain":  func(k *Kiosk, _ fyne.Window) { test.Tap(k.pages.pagers[0].down) },
		"measures": func(k *Kiosk, _ fyne.Window) { test.Tap(k.pages.tabs.buttons[pageMeasures]) },
	}
	for name, input := range inputs {
		if underRace && !raceSample[name] {
			continue
		}
		k, win, clock := newTestKiosk(t, KioskConfig{Idle: 30 * time.Second, Countdown: 10 * time.Second}, kioskSize)
		test.TapCanvas(win.Canvas(), fyne.NewPos(960, 540))
		frames(k, clock, 25*time.Second, 2)
		input(k, win)
		frames(k, clock, 25*time.Second, 2)
		if k.StillThereShown() || k.Mode() != KioskExplore {
			t.Errorf("%s: did not count as activity (still there %v, mode %v)", name, k.StillThereShown(), k.Mode())
		}
	}
}

func TestKioskRefusesEveryWayOut(t *testing.T) {
	quits := 0
	k, win, _ := newTestKiosk(t, KioskConfig{PIN: "2468"}, fyne.NewSize(1280, 800))
	k.quit = func() { quits++ }
	test.TapCanvas(win.Canvas(), fyne.NewPos(640, 400))
	k.CloseRequested() // the window manager's close button or Alt+F4
	win.SetFullScreen(false)
	k.CloseRequested()
	if k.CloseRequests != 2 || !win.FullScreen() {
		t.Fatalf("close requests %d, full screen %v", k.CloseRequests, win.FullScreen())
	}
	for _, key := range []fyne.KeyName{fyne.KeyEscape, fyne.KeyF11, fyne.KeyF5, fyne.KeyF4, fyne.KeyPageDown, fyne.KeyB,
		fyne.KeyF, fyne.KeyS, fyne.KeyW, fyne.KeyQ, fyne.KeyF1} {
		press(win, key)
	}
	win.Canvas().OnTypedRune()('?')
	sc := win.Canvas().(fyne.Shortcutable)
	for _, s := range []fyne.Shortcut{
		&desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierControl},
		&desktop.CustomShortcut{KeyName: fyne.KeyW, Modifier: fyne.KeyModifierControl},
		&desktop.CustomShortcut{KeyName: fyne.KeyF4, Modifier: fyne.KeyModifierAlt},
		&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierControl},
	} {
		sc.TypedShortcut(s)
	}
	if quits != 0 || !win.FullScreen() || k.ex.InLecture() || len(win.Canvas().Overlays().List()) != 0 || k.PinPadShown() {
		t.Fatalf("quits %d, full screen %v, lecture %v, overlays %d, pin pad %v",
			quits, win.FullScreen(), k.ex.InLecture(), len(win.Canvas().Overlays().List()), k.PinPadShown())
	}
	if win.MainMenu() != nil {
		t.Fatal("the kiosk has a main menu (Alt would open it)")
	}
}

func TestKioskOperatorChord(t *testing.T) {
	quits := 0
	k, win, _ := newTestKiosk(t, KioskConfig{}, fyne.NewSize(1280, 800))
	k.quit = func() { quits++ }
	win.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyQ,
		Modifier: fyne.KeyModifierControl | fyne.KeyModifierAlt | fyne.KeyModifierShift})
	if quits != 1 {
		t.Fatalf("without a PIN the chord quit %d times, want once", quits)
	}

	quits = 0
	k, win, clock := newTestKiosk(t, KioskConfig{PIN: "2468"}, fyne.NewSize(1280, 800))
	k.quit = func() { quits++ }
	win.Canvas().(fyne.Shortcutable).TypedShortcut(OperatorChord)
	if !k.PinPadShown() || quits != 0 {
		t.Fatalf("with a PIN: pad shown %v, quits %d", k.PinPadShown(), quits)
	}
	for _, d := range "2467" {
		test.Tap(k.pin.keys[pinKeyIndex(d)])
	}
	test.Tap(k.pin.keys[11]) // OK
	if quits != 0 || k.pin.Message() != "Wrong PIN. Try again." || k.pin.Entered() != 0 {
		t.Fatalf("a wrong PIN: quits %d, message %q, entered %d", quits, k.pin.Message(), k.pin.Entered())
	}
	for _, key := range []fyne.KeyName{fyne.Key2, fyne.Key4, fyne.Key6, fyne.Key9, fyne.KeyBackspace, fyne.Key8, fyne.KeyReturn} {
		press(win, key)
	}
	if quits != 1 {
		t.Fatalf("the right PIN typed on a keyboard quit %d times", quits)
	}

	test.Tap(k.pin.keys[12]) // Cancel
	if k.PinPadShown() {
		t.Fatal("Cancel left the pad up")
	}
	k.OperatorChord()
	frames(k, clock, pinTimeout+time.Second, 2)
	if k.PinPadShown() {
		t.Fatal("an untouched pad stayed up")
	}
	k.OperatorChord()
	for i := 0; i < maxPinAttempts; i++ {
		k.pin.Digit("1")
		k.pin.Confirm()
	}
	if k.PinPadShown() || quits != 1 {
		t.Fatalf("after %d wrong PINs: pad shown %v, quits %d", maxPinAttempts, k.PinPadShown(), quits)
	}
}

// pinKeyIndex is the index in PinPad.keys of a digit key (1–9, then back, 0, OK, Cancel).
func pinKeyIndex(d rune) int {
	if d == '0' {
		return 10
	}
	return int(d - '1')
}

func TestScreenCareDrift(t *testing.T) {
	seen := map[fyne.Position]bool{}
	for s := 0.0; s < 3600; s += 5 {
		o := screenCareOffset(s)
		if o.X < -screenCareAmplitude.Width || o.X > screenCareAmplitude.Width ||
			o.Y < -screenCareAmplitude.Height || o.Y > screenCareAmplitude.Height {
			t.Fatalf("drift %v at %v s is out of bounds", o, s)
		}
		seen[o] = true
	}
	if len(seen) < 50 {
		t.Fatalf("the drift visits only %d places in an hour", len(seen))
	}
	k, _, clock := newTestKiosk(t, KioskConfig{}, kioskSize)
	before := k.ex.diagram.Position()
	frames(k, clock, 3*time.Minute, 1)
	after := k.ex.diagram.Position()
	if before == after || k.Offset() == (fyne.Position{}) {
		t.Fatalf("the attract screen did not move in 3 minutes: %v → %v", before, after)
	}
	if d := after.Subtract(before); d.X*d.X+d.Y*d.Y > 400 {
		t.Fatalf("the attract screen jumped %v", d)
	}
}

// The kiosk's clock tick runs a few times a second for months: it must not allocate
// while nothing on screen changes.
func TestKioskTickAllocatesNothing(t *testing.T) {
	k, win, clock := newTestKiosk(t, KioskConfig{}, kioskSize)
	tick := func() { clock.Advance(time.Millisecond); k.Tick() }
	if n := testing.AllocsPerRun(200, tick); n != 0 {
		t.Errorf("attract tick allocates %v times", n)
	}
	test.TapCanvas(win.Canvas(), fyne.NewPos(960, 540))
	if n := testing.AllocsPerRun(200, tick); n != 0 {
		t.Errorf("explorer tick allocates %v times", n)
	}
}

func TestHotkeyTableHasTheOperatorChord(t *testing.T) {
	c := Chord(ModeKiosk, ActionOperatorExit)
	if c == nil || c.KeyName != fyne.KeyQ || c.Modifier != fyne.KeyModifierControl|fyne.KeyModifierAlt|fyne.KeyModifierShift {
		t.Fatalf("operator chord %+v", c)
	}
	rows := HelpRows(ModeKiosk)
	if len(rows) != 1 || rows[0].Keys[0] != "Ctrl+Alt+Shift+Q" {
		t.Fatalf("kiosk help rows %+v", rows)
	}
	if _, ok := ActionForKey(ModeKiosk, fyne.KeyQ); ok {
		t.Fatal("a plain Q is bound in the kiosk")
	}
}
