package screens

import (
	"log"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"gutbrain/diagrams"
)

// Kiosk defaults (the operator changes them with flags or the config file).
const (
	DefaultIdle      = 90 * time.Second
	DefaultCountdown = 15 * time.Second
	// pinTimeout closes an untouched PIN pad, so a chord pressed by accident (or a
	// visitor who found it) does not leave the pad up.
	pinTimeout = 30 * time.Second
)

// OperatorChord is the only way out of the kiosk (Ctrl+Alt+Shift+Q in the hotkey table),
// then the PIN when one is set. Three modifiers make it impossible to press by accident.
var OperatorChord = Chord(ModeKiosk, ActionOperatorExit)

// KioskConfig is what the operator sets for a kiosk.
type KioskConfig struct {
	// Idle is how long without input before "Still there?"; Countdown how long that
	// counts down before the kiosk starts over.
	Idle, Countdown time.Duration
	// PIN is asked for after the operator chord; empty means the chord exits at once.
	PIN string
	// Beats are the story beats (0-based) the attract loop plays, in order; empty is all.
	Beats []int
	// BeatInterval is how long the attract loop shows each beat (0: AttractBeatInterval).
	BeatInterval time.Duration
}

// KioskMode is what the kiosk shows.
type KioskMode int

// The kiosk's two screens.
const (
	KioskAttract KioskMode = iota // the story loops by itself, waiting for a touch
	KioskExplore                  // a visitor explores
)

// Kiosk runs the explorer unattended: locked full screen, an attract loop, touch-sized
// controls and an idle reset. It owns the window's content and input handlers; the
// Explorer underneath still owns the model, the diagram and the panels.
//
// Time comes from a Clock and moves only when Tick is called, so tests (and the soak
// test) drive hours of kiosk life without sleeping.
type Kiosk struct {
	ex    *Explorer
	cfg   KioskConfig
	clock Clock
	idle  IdleTimer
	mode  KioskMode
	win   fyne.Window
	quit  func()

	layout   *kioskLayout
	screen   *fyne.Container
	legend   fyne.CanvasObject
	attract  *attractView
	controls *kioskControls
	pages    *kioskPages
	touch    *TouchLayer // over the attract loop: a touch enters the explorer
	sensor   *TouchLayer // under the explorer: touches on text and background
	fingers  *TouchLayer // over the diagram: taps resolved as a fingertip
	still    *StillThere
	pin      *PinPad
	root     *fyne.Container

	beatPos      int
	beatAt       time.Time
	attractStart time.Time
	pinTouched   time.Time
	// CloseRequests counts the window-close requests (close button, Alt+F4) refused.
	CloseRequests int
}

// NewKiosk builds the kiosk screens around an explorer. Call Attach, then Start.
func NewKiosk(ex *Explorer, cfg KioskConfig, clock Clock) *Kiosk {
	if cfg.Idle <= 0 {
		cfg.Idle = DefaultIdle
	}
	if cfg.Countdown <= 0 {
		cfg.Countdown = DefaultCountdown
	}
	if cfg.BeatInterval <= 0 {
		cfg.BeatInterval = AttractBeatInterval
	}
	var beats []int
	for _, b := range cfg.Beats {
		if b >= 0 && b < ex.story.Len() {
			beats = append(beats, b)
		}
	}
	if len(beats) == 0 {
		for i := 0; i < ex.story.Len(); i++ {
			beats = append(beats, i)
		}
	}
	cfg.Beats = beats
	if clock == nil {
		clock = SystemClock{}
	}
	k := &Kiosk{ex: ex, cfg: cfg, clock: clock}
	k.idle = IdleTimer{Idle: cfg.Idle, Countdown: cfg.Countdown}
	k.hookExplorer()
	k.build()
	return k
}

// hookExplorer routes the explorer's own tap callbacks through the kiosk, which is how
// taps on the diagram and the legend count as activity (Fyne has no global input hook).
func (k *Kiosk) hookExplorer() {
	e := k.ex
	e.diagram.OnSelected = k.pickPart
	e.legend.OnSelected = k.pickPart
	onBeat := e.story.OnBeat
	e.story.OnBeat = func(i int) {
		if onBeat != nil {
			onBeat(i)
		}
		k.attract.beat.show(i)
		k.pages.story.show(i)
	}
	playing := e.sim.OnPlayingChanged
	e.sim.OnPlayingChanged = func(p bool) {
		if playing != nil {
			playing(p)
		}
		k.controls.mirror(e)
	}
}

// pickPart explains a part tapped on the diagram or the legend.
func (k *Kiosk) pickPart(p diagrams.Part) {
	k.touched()
	k.ex.Select(string(p))
	k.pages.show(pageExplain)
	k.afterAction()
}

// build makes the kiosk's screens and its layers, bottom to top: the touch sensor under
// everything, the screen (diagram, legend, bottom bar, right column and the fingertip
// layer over the diagram), the attract loop's touch layer, "Still there?", the PIN pad.
func (k *Kiosk) build() {
	e := k.ex
	k.attract = newAttractView(e.story)
	k.controls = newKioskControls(e, k.touched, k.afterAction)
	k.pages = newKioskPages(k)
	k.legend = container.NewThemeOverride(e.legend, legendTheme{fyne.CurrentApp().Settings().Theme()})
	k.layout = &kioskLayout{reserve: k.controls.content}
	k.fingers = NewTouchLayer(nil, k.touched)
	k.fingers.OnTappedAt = func(pos fyne.Position) {
		k.touched()
		if p := fingerPartAt(e.diagram, pos); p != "" {
			k.pickPart(p)
		}
	}
	k.screen = container.New(k.layout, e.diagram, k.legend, k.attract.bottom, k.attract.right, k.fingers)
	k.touch = NewTouchLayer(k.enterExplorer, k.touched)
	k.sensor = NewTouchLayer(k.touched, k.touched)
	k.still = NewStillThere(k.touched)
	k.still.Hide()
	k.pin = NewPinPad(k.cfg.PIN)
	k.pin.OnSuccess = k.exit
	k.pin.OnCancel = k.closePin
	k.pin.OnTouched = k.pinTouch
	k.pin.Hide()
	k.root = container.NewStack(k.sensor, k.screen, k.touch, k.still, k.pin)
}

// Attach makes the window a kiosk: the kiosk's content, full screen, no padding, a close
// request refused, keys routed through the kiosk and the operator chord. quit ends the
// app (the chord's way out). It sets no main menu: Alt would open it on Linux.
func (k *Kiosk) Attach(w fyne.Window, quit func()) {
	k.win, k.quit = w, quit
	w.SetPadded(false)
	w.SetContent(k.root)
	w.SetFullScreen(true)
	w.SetCloseIntercept(k.CloseRequested)
	c := w.Canvas()
	c.SetOnTypedKey(k.typedKey)
	c.SetOnTypedRune(func(rune) { k.touched() })
	c.AddShortcut(OperatorChord, func(fyne.Shortcut) { k.OperatorChord() })
}

// Start shows the attract loop; call it once the window is up.
func (k *Kiosk) Start() { k.enterAttract() }

// Content is the kiosk's root object.
func (k *Kiosk) Content() fyne.CanvasObject { return k.root }

// Mode is the screen on show.
func (k *Kiosk) Mode() KioskMode { return k.mode }

// Explorer is the explorer the kiosk runs.
func (k *Kiosk) Explorer() *Explorer { return k.ex }

// StillThereShown reports whether the idle countdown is on screen.
func (k *Kiosk) StillThereShown() bool { return k.still.Visible() }

// PinPadShown reports whether the operator PIN pad is on screen.
func (k *Kiosk) PinPadShown() bool { return k.pin.Visible() }

// AttractBeat is the story beat (0-based) the attract loop is showing.
func (k *Kiosk) AttractBeat() int { return k.cfg.Beats[k.beatPos] }

// Offset is the attract loop's current screen-care drift.
func (k *Kiosk) Offset() fyne.Position { return k.layout.offset }

// CloseRequested refuses a request to close the window (close button, Alt+F4, the
// window manager) and makes sure the window is still full screen.
func (k *Kiosk) CloseRequested() {
	k.CloseRequests++
	log.Printf("kiosk: refused a request to close the window (%d so far)", k.CloseRequests)
	k.ensureFullScreen()
}

// OperatorChord opens the PIN pad, or exits at once when no PIN is set.
func (k *Kiosk) OperatorChord() {
	if k.cfg.PIN == "" {
		k.exit()
		return
	}
	k.pin.Reset()
	k.pinTouch()
	k.pin.Show()
	k.pin.Refresh()
}

func (k *Kiosk) exit() {
	log.Printf("kiosk: operator exit")
	if k.quit != nil {
		k.quit()
	}
}

func (k *Kiosk) closePin() { k.pin.Hide() }

func (k *Kiosk) pinTouch() {
	k.pinTouched = k.clock.Now()
	k.idle.Touch(k.pinTouched)
}

// touched records input: it restarts the idle time and dismisses "Still there?".
func (k *Kiosk) touched() {
	k.idle.Touch(k.clock.Now())
	if k.still.Visible() {
		k.still.Hide()
	}
}

// afterAction brings the kiosk's own views in line after the explorer changed: the
// control bar mirrors the model and links in the panel become plain text.
func (k *Kiosk) afterAction() {
	k.controls.mirror(k.ex)
	kioskText(k.ex.panel.body)
	for _, p := range k.pages.pagers {
		p.update()
	}
}

func (k *Kiosk) typedKey(ev *fyne.KeyEvent) {
	k.touched()
	switch {
	case k.pin.Visible():
		k.pin.TypeKey(ev.Name)
	case k.mode == KioskAttract:
		k.enterExplorer()
	default:
		// The explorer's keys work, except help: the kiosk never opens a dialog.
		if a, ok := ActionForKey(ModeExplorer, ev.Name); ok && a != ActionHelp {
			k.ex.HandleKey(ev)
			k.afterAction()
		}
	}
}

// enterAttract starts over: a fresh model, the explorer's pages back at the start, and
// the story playing by itself.
func (k *Kiosk) enterAttract() {
	now := k.clock.Now()
	k.mode = KioskAttract
	k.still.Hide()
	k.pin.Hide()
	k.ex.ResetAll()
	k.pages.show(pageExplain)
	k.attractStart, k.beatAt, k.beatPos = now, now, 0
	k.layout.offset = screenCareOffset(0)
	k.setScreen(k.attract.bottom, k.attract.right)
	k.touch.Show()
	k.ex.story.Go(k.cfg.Beats[0])
	k.ex.sim.Play()
	k.ensureFullScreen()
}

// enterExplorer gives the visitor a fresh model, running, with the overview explained.
func (k *Kiosk) enterExplorer() {
	k.touched()
	if k.mode == KioskExplore {
		return
	}
	k.mode = KioskExplore
	k.touch.Hide()
	k.ex.ResetAll()
	k.ex.sim.Play()
	k.pages.show(pageExplain)
	k.layout.offset = fyne.Position{}
	k.setScreen(k.controls.content, k.pages.content)
	k.afterAction()
}

// setScreen puts a bottom bar and a right column in the kiosk layout. The diagram and
// legend stay; the new parts are laid out and refreshed once.
//
// It must not Refresh the whole screen: refreshing the legend's ThemeOverride gives it a
// new theme scope, and Fyne 2.7.1 then loads and caches a fresh set of font faces for
// that scope (several MB each time, never freed) — the soak test caught exactly that.
func (k *Kiosk) setScreen(bottom, right fyne.CanvasObject) {
	if k.screen.Objects[2] == bottom && k.screen.Objects[3] == right {
		return
	}
	k.screen.Objects[2], k.screen.Objects[3] = bottom, right
	k.layout.Layout(k.screen.Objects, k.screen.Size())
	bottom.Refresh()
	right.Refresh()
	if c := fyne.CurrentApp().Driver().CanvasForObject(k.screen); c != nil {
		c.Refresh(k.screen)
	}
}

func (k *Kiosk) ensureFullScreen() {
	if k.win != nil && !k.win.FullScreen() {
		k.win.SetFullScreen(true)
	}
}

// Tick moves the kiosk's own time on: the attract loop's beats and drift, the idle
// countdown and the PIN pad's timeout. The app calls it a few times a second; it does
// nothing (and allocates nothing) unless something on screen must change.
func (k *Kiosk) Tick() {
	now := k.clock.Now()
	if k.pin.Visible() && now.Sub(k.pinTouched) >= pinTimeout {
		k.closePin()
	}
	if k.mode == KioskAttract {
		k.tickAttract(now)
		return
	}
	phase, left := k.idle.Phase(now)
	switch phase {
	case IdleActive:
		if k.still.Visible() {
			k.still.Hide()
		}
	case IdleWarning:
		k.still.SetSeconds(int(math.Ceil(left.Seconds())))
		if !k.still.Visible() {
			k.pin.Hide()
			k.still.Show()
		}
	case IdleExpired:
		k.enterAttract()
	}
}

func (k *Kiosk) tickAttract(now time.Time) {
	if now.Sub(k.beatAt) >= k.cfg.BeatInterval {
		k.beatAt = now
		k.beatPos = (k.beatPos + 1) % len(k.cfg.Beats)
		k.ex.story.Go(k.cfg.Beats[k.beatPos])
	}
	if o := screenCareOffset(now.Sub(k.attractStart).Seconds()); o != k.layout.offset {
		k.layout.offset = o
		// Moving objects repaints them; nothing needs a Refresh.
		k.layout.Layout(k.screen.Objects, k.screen.Size())
	}
}
