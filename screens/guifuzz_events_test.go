package screens

import (
	"fmt"
	"math"
	"math/rand/v2"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"gutbrain/apptheme"
	"gutbrain/assets"
	"gutbrain/diagrams"
)

// evKind is one kind of thing a person (or the machine) does to the app.
type evKind uint8

const (
	evTap       evKind = iota // a click anywhere on the canvas
	evTapObject               // a click somewhere on one of the clickable objects on screen
	evSecondary               // a right click anywhere
	evDrag                    // press, move and release anywhere
	evHover                   // the mouse moves to a point
	evScroll                  // the wheel turns at a point
	evHotkey                  // a binding of the mode's hotkey table
	evRandomKey               // any key, sometimes with modifiers
	evRune                    // a typed character
	evResize                  // the window changes size
	evTheme                   // another theme
	evScale                   // another text size
	evMotion                  // another motion setting (sometimes an invalid one)
	evLanguage                // another language (sometimes an unknown one)
	evTime                    // time passes: frames, a jump, a long wait or a hostile frame time
	evStory                   // the story player is driven directly
	evLecture                 // lecture mode is entered or left
	evPrefs                   // the preferences dialog is opened
	evTab                     // an explorer tab is chosen
	evChord                   // the kiosk's operator chord, or Ctrl+S in a lecture
	numEvKinds
)

var fuzzEvNames = [numEvKinds]string{"tap", "tap-object", "right-click", "drag", "hover", "scroll", "hotkey",
	"key", "rune", "resize", "theme", "text-size", "motion", "language", "time", "story", "lecture",
	"preferences", "tab", "chord"}

// The ways time passes in an evTime event.
const (
	timeFrames  = iota // n frames of 1/60 s, as the animation delivers them
	timeJump           // one frame of dt seconds (a stall)
	timeWait           // n seconds in one-second steps (idle, countdowns, attract beats)
	timeHostile        // a frame time no clock should give: NaN, ±Inf, negative, zero, huge
	timeBack           // the wall clock jumps back an hour (NTP, time zone); the kiosk's clock
)

// fuzzEvent is one generated event. Positions and distances are fractions of the canvas,
// so an event means the same at any window size; n picks among choices made when the
// event is applied (objects on screen) or generated (keys, beats, settings).
type fuzzEvent struct {
	kind   evKind
	x, y   float32
	dx, dy float32
	n      int
	count  int // frames or seconds of an evTime, the beat of a story "go"
	key    fyne.KeyName
	mod    fyne.KeyModifier
	r      rune
	w, h   float32
	dt     float64
}

func (e fuzzEvent) String() string {
	name := fuzzEvNames[e.kind]
	switch e.kind {
	case evTap, evSecondary, evHover:
		return fmt.Sprintf("%s(%.3f,%.3f)", name, e.x, e.y)
	case evTapObject:
		return fmt.Sprintf("%s(#%d at %.2f,%.2f)", name, e.n, e.x, e.y)
	case evDrag:
		return fmt.Sprintf("%s(%.3f,%.3f by %.3f,%.3f in %d)", name, e.x, e.y, e.dx, e.dy, e.n)
	case evScroll:
		return fmt.Sprintf("%s(%.3f,%.3f by %.0f)", name, e.x, e.y, e.dy)
	case evHotkey, evRandomKey, evChord:
		if e.r != 0 {
			return fmt.Sprintf("%s(%q)", name, e.r)
		}
		return fmt.Sprintf("%s(%s%s)", name, modifierLabel(e.mod), e.key)
	case evRune:
		return fmt.Sprintf("%s(%q)", name, e.r)
	case evResize:
		return fmt.Sprintf("%s(%.0fx%.0f)", name, e.w, e.h)
	case evTheme, evScale, evMotion, evLanguage:
		return fmt.Sprintf("%s(%s)", name, fuzzSettingChoice(e))
	case evTime:
		way := []string{"frames", "jump", "wait", "hostile", "clock-back"}[e.n]
		return fmt.Sprintf("%s(%s %d×%gs)", name, way, e.count, e.dt)
	case evStory:
		if op := fuzzStoryOps[e.n%len(fuzzStoryOps)]; op != "go" {
			return fmt.Sprintf("%s(%s)", name, op)
		}
		return fmt.Sprintf("%s(go %d)", name, e.count)
	}
	return fmt.Sprintf("%s(%d)", name, e.n)
}

var fuzzStoryOps = []string{"next", "prev", "first", "last", "go"}

// Settings the fuzz switches between; the odd ones out are invalid on purpose.
var (
	fuzzLanguages = []string{"en", "es", assets.PseudoLanguage, "", "xx"}
	fuzzMotions   = append(diagrams.Motions(), "warp")
	fuzzScales    = append(append([]float64{}, TextScales...), 1.1, 1.9)
)

func fuzzSettingChoice(e fuzzEvent) string {
	switch e.kind {
	case evTheme:
		v := apptheme.Variants()
		return string(v[e.n%len(v)])
	case evScale:
		return fmt.Sprint(fuzzScales[e.n%len(fuzzScales)])
	case evMotion:
		return string(fuzzMotions[e.n%len(fuzzMotions)])
	case evLanguage:
		return fmt.Sprintf("%q", fuzzLanguages[e.n%len(fuzzLanguages)])
	}
	return ""
}

// fuzzWeights is how often each kind of event comes in a mode (relative weights).
func fuzzWeights(m fuzzMode) [numEvKinds]int {
	w := [numEvKinds]int{
		evTap: 200, evTapObject: 200, evSecondary: 10, evDrag: 60, evHover: 30, evScroll: 25,
		evHotkey: 140, evRandomKey: 50, evRune: 20, evResize: 6, evTheme: 2, evScale: 2,
		evMotion: 10, evLanguage: 1, evTime: 150, evStory: 10, evLecture: 3, evPrefs: 3, evTab: 20,
	}
	switch m {
	case fuzzStory:
		w[evStory], w[evTab] = 120, 40
	case fuzzLecture:
		w[evStory], w[evLecture], w[evHotkey], w[evChord] = 60, 50, 200, 3
	case fuzzPrefs:
		w[evPrefs] = 60
	case fuzzKiosk:
		// The kiosk has no language switch, preferences, lecture or tabs; it has a lot of
		// waiting (attract loop, idle countdown) and the operator chord.
		w[evLanguage], w[evPrefs], w[evLecture], w[evTab], w[evStory] = 0, 0, 0, 0, 0
		w[evTime], w[evChord] = 260, 4
	}
	return w
}

// fuzzKeys are every key the harness presses at random.
var fuzzKeys = []fyne.KeyName{
	fyne.KeyEscape, fyne.KeyReturn, fyne.KeyTab, fyne.KeyBackspace, fyne.KeyInsert, fyne.KeyDelete,
	fyne.KeyRight, fyne.KeyLeft, fyne.KeyDown, fyne.KeyUp, fyne.KeyPageUp, fyne.KeyPageDown,
	fyne.KeyHome, fyne.KeyEnd, fyne.KeyF1, fyne.KeyF2, fyne.KeyF5, fyne.KeyF11, fyne.KeyF12,
	fyne.KeyEnter, fyne.Key0, fyne.Key1, fyne.Key2, fyne.Key5, fyne.Key9, fyne.KeyA, fyne.KeyB,
	fyne.KeyC, fyne.KeyF, fyne.KeyN, fyne.KeyP, fyne.KeyQ, fyne.KeyR, fyne.KeyS, fyne.KeyV,
	fyne.KeyW, fyne.KeyZ, fyne.KeySpace, fyne.KeyApostrophe, fyne.KeyComma, fyne.KeyMinus,
	fyne.KeyPeriod, fyne.KeySlash, fyne.KeyBackslash, fyne.KeyEqual, fyne.KeyUnknown,
	desktop.KeyShiftLeft, desktop.KeyControlLeft, desktop.KeyAltLeft, desktop.KeyMenu,
}

var fuzzRunes = []rune("?/ abcnpqrsz0123456789.,-=+!é€😀\t")

// fuzzHotkeysFor are the bindings a mode answers to.
func fuzzHotkeysFor(m fuzzMode) []Hotkey {
	want := map[Mode]bool{ModeExplorer: true}
	switch m {
	case fuzzLecture:
		want = map[Mode]bool{ModeLecture: true, ModeExplorer: true}
	case fuzzKiosk:
		want[ModeKiosk] = true
	}
	var out []Hotkey
	for _, h := range Hotkeys {
		if want[h.Mode] {
			out = append(out, h)
		}
	}
	return out
}

// fuzzEventStream generates a mode's events from a seed. The stream depends only on the
// seed and the mode, never on what the app did, so replaying a seed replays the run.
type fuzzEventStream struct {
	rng     *rand.Rand
	weights [numEvKinds]int
	total   int
	keys    []Hotkey
	mode    fuzzMode
}

func newFuzzEventStream(seed uint64, m fuzzMode) *fuzzEventStream {
	s := &fuzzEventStream{rng: rand.New(rand.NewPCG(seed, fuzzModeStream(m))), weights: fuzzWeights(m), keys: fuzzHotkeysFor(m), mode: m}
	for _, w := range s.weights {
		s.total += w
	}
	return s
}

// fuzzModeStream is the second PCG word: each mode gets its own stream from one seed.
func fuzzModeStream(m fuzzMode) uint64 {
	var h uint64 = 14695981039346656037
	for _, c := range []byte(m) {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

func (s *fuzzEventStream) next() fuzzEvent {
	r := s.rng
	pick := r.IntN(s.total)
	var k evKind
	for k = 0; k < numEvKinds; k++ {
		if pick < s.weights[k] {
			break
		}
		pick -= s.weights[k]
	}
	e := fuzzEvent{kind: k, x: r.Float32(), y: r.Float32(), n: r.IntN(1 << 20)}
	switch k {
	case evDrag:
		scale := float32(0.5)
		if r.IntN(3) == 0 {
			scale = 0.02 // a short slide, as a finger does on a tap
		}
		e.dx, e.dy = (r.Float32()*2-1)*scale, (r.Float32()*2-1)*scale
		e.n = 1 + r.IntN(8)
	case evScroll:
		e.dy = float32(r.IntN(601) - 300)
	case evHotkey:
		h := s.keys[r.IntN(len(s.keys))]
		e.key, e.r, e.mod = h.Key, h.Rune, h.Modifier
		if h.Shortcut && h.Modifier == 0 {
			e.mod = fyne.KeyModifierShortcutDefault
		}
	case evRandomKey:
		e.key = fuzzKeys[r.IntN(len(fuzzKeys))]
		if r.IntN(5) == 0 {
			e.mod = fyne.KeyModifier(r.IntN(16))
		}
	case evRune:
		e.r = fuzzRunes[r.IntN(len(fuzzRunes))]
	case evResize:
		if r.IntN(4) == 0 { // anywhere up to 4K
			e.w, e.h = float32(640+r.IntN(3840-640+1)), float32(480+r.IntN(2160-480+1))
		} else { // the sizes people mostly have
			e.w, e.h = float32(640+r.IntN(1920-640+1)), float32(480+r.IntN(1200-480+1))
		}
	case evTime:
		e.n, e.count, e.dt = s.timeEvent()
	case evStory:
		e.n = r.IntN(len(fuzzStoryOps))
		e.count = r.IntN(22) - 3 // a beat for "go", out of range at times
	case evChord:
		e.key, e.mod = OperatorChord.KeyName, OperatorChord.Modifier
		if s.mode == fuzzLecture {
			e.key, e.mod = fyne.KeyS, fyne.KeyModifierShortcutDefault
		}
	}
	return e
}

// timeEvent is how an evTime event passes time: its way, a count and a frame time.
func (s *fuzzEventStream) timeEvent() (way, count int, dt float64) {
	r := s.rng
	switch p := r.IntN(100); {
	case p < 55:
		return timeFrames, 1 + r.IntN(30), 1.0 / 60
	case p < 80:
		return timeJump, 1, 0.1 + r.Float64()*5
	case p < 94 || s.mode != fuzzKiosk && p < 98:
		return timeWait, 1 + r.IntN(150), 1
	case p < 98:
		return timeBack, 1, -3600
	}
	hostile := []float64{math.NaN(), math.Inf(1), math.Inf(-1), -1, 0, 1e-12, 1e7}
	return timeHostile, 1, hostile[r.IntN(len(hostile))]
}
