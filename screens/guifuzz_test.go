package screens

// Random-input fuzzing of the whole GUI, as PhET tests its simulations: each mode —
// explorer, story, lecture, kiosk, preferences — is driven through fyne.io/fyne/v2/test by
// a seeded stream of events (guifuzz_events_test.go), delivered as the desktop driver
// delivers them (guifuzz_input_test.go), and checked after every event
// (guifuzz_invariants_test.go).
//
// `go test ./screens/` plays a short run of 5,000 events with a fixed seed (`make test`,
// which runs with -race, a sixteenth of them: see guifuzz_race_test.go). `make fuzz`
// (scripts/guifuzz.sh) plays at least 100,000 events from seeds taken from the clock and
// prints them. A failure prints its seed, event and mode and the command that replays it:
//
//	make fuzz SEED=… MODE=… EVENTS=…
//
// which sets GUIFUZZ_SEED, GUIFUZZ_MODE and GUIFUZZ_EVENTS. The stream of events depends
// only on the seed and the mode, so the replay plays the same events up to the failure.

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"gutbrain/apptheme"
	"gutbrain/assets"
	"gutbrain/diagrams"
)

// fuzzMode is a screen the fuzz starts on and the mix of events it gets there.
type fuzzMode string

const (
	fuzzExplorer fuzzMode = "explorer"
	fuzzStory    fuzzMode = "story"
	fuzzLecture  fuzzMode = "lecture"
	fuzzKiosk    fuzzMode = "kiosk"
	fuzzPrefs    fuzzMode = "preferences"
)

var fuzzModes = []fuzzMode{fuzzExplorer, fuzzStory, fuzzLecture, fuzzKiosk, fuzzPrefs}

// Run lengths: the long run of `make fuzz` (at least 100,000 events) and the short run of
// `make test` (fixed seeds, 5,000 events in all), which gives more events to the modes
// whose events cost little: a theme switch or a render in the preferences dialog costs
// as much as a hundred clicks in the explorer.
const (
	longFuzzSeeds  = 4
	longFuzzEvents = 5000 // per mode and seed: 4 × 5 × 5,000 = 100,000
)

var shortFuzzEvents = map[fuzzMode]int{
	fuzzExplorer: 1500, fuzzKiosk: 1500, fuzzStory: 1000, fuzzLecture: 600, fuzzPrefs: 400,
}

// shortFuzzSeeds are the short run's seeds; fixed, so `make test` is repeatable.
var shortFuzzSeeds = []uint64{20250601}

// fuzzPlan is what one `go test` run fuzzes.
type fuzzPlan struct {
	seeds  []uint64
	modes  []fuzzMode
	events int // per mode and seed; 0: shortFuzzEvents
	long   bool
}

// fuzzPlanFromEnv reads GUIFUZZ_SEED (comma-separated), GUIFUZZ_MODE, GUIFUZZ_EVENTS and
// GUIFUZZ_LONG; bad values fail the test naming the variable and the valid values.
func fuzzPlanFromEnv(t *testing.T) fuzzPlan {
	p := fuzzPlan{seeds: shortFuzzSeeds, modes: fuzzModes}
	if os.Getenv("GUIFUZZ_LONG") != "" {
		p.long, p.events = true, longFuzzEvents
		now := uint64(time.Now().UnixNano())
		p.seeds = nil
		for i := uint64(0); i < longFuzzSeeds; i++ {
			p.seeds = append(p.seeds, (now+i*0x9E3779B97F4A7C15)%1_000_000_000)
		}
	}
	if v := os.Getenv("GUIFUZZ_SEED"); v != "" {
		p.seeds = nil
		for _, f := range strings.Split(v, ",") {
			s, err := strconv.ParseUint(strings.TrimSpace(f), 10, 64)
			if err != nil {
				t.Fatalf("GUIFUZZ_SEED=%q: want unsigned integers separated by commas", v)
			}
			p.seeds = append(p.seeds, s)
		}
	}
	if v := os.Getenv("GUIFUZZ_MODE"); v != "" {
		p.modes = nil
		for _, f := range strings.Split(v, ",") {
			m := fuzzMode(strings.TrimSpace(f))
			if !fuzzContainsMode(m) {
				t.Fatalf("GUIFUZZ_MODE=%q: %q is not a mode; use %v", v, m, fuzzModes)
			}
			p.modes = append(p.modes, m)
		}
	}
	if v := os.Getenv("GUIFUZZ_EVENTS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			t.Fatalf("GUIFUZZ_EVENTS=%q: want a positive number of events per mode and seed", v)
		}
		p.events = n
	}
	return p
}

func fuzzContainsMode(m fuzzMode) bool {
	for _, x := range fuzzModes {
		if x == m {
			return true
		}
	}
	return false
}

// TestGUIFuzz drives every mode with random events and checks the invariants after each.
func TestGUIFuzz(t *testing.T) {
	plan := fuzzPlanFromEnv(t)

	start := time.Now()
	total := 0
	for _, seed := range plan.seeds {
		for _, m := range plan.modes {
			t.Run(fmt.Sprintf("%s/seed=%d", m, seed), func(t *testing.T) {
				n := plan.events
				if n == 0 {
					n = shortFuzzEvents[m] / fuzzRaceDivisor
				}
				if testing.Short() && !plan.long {
					n = min(n, 200/fuzzRaceDivisor)
				}
				total += runGUIFuzz(t, m, seed, n)
			})
		}
	}
	secs := time.Since(start).Seconds()
	t.Logf("guifuzz: %d events, seeds %v, modes %v, %.1f s, %.0f events/s", total, plan.seeds, plan.modes, secs, float64(total)/secs)
	if plan.long {
		// make fuzz prints this line for the README.
		fmt.Printf("guifuzz: %d events in %.0f s (%.0f events/s), seeds %v, %d events per mode and seed\n",
			total, secs, float64(total)/secs, plan.seeds, plan.events)
	}
}

// fuzzHistoryLen is how many of the last events a failure lists.
const fuzzHistoryLen = 20

// runGUIFuzz runs one mode from one seed and returns the number of events applied.
func runGUIFuzz(t *testing.T, m fuzzMode, seed uint64, events int) int {
	r := newFuzzRun(t, m, seed)
	defer r.logCosts()
	stream := newFuzzEventStream(seed, m)
	for i := 0; i < events; i++ {
		ev := stream.next()
		r.remember(ev)
		if msg := r.step(ev, i); msg != "" {
			r.fail(i, msg)
			return i + 1
		}
	}
	if msg := r.checkAll(true); msg != "" {
		r.fail(events-1, msg)
	}
	return events
}

// step applies one event, turning a panic into a failure, and checks the invariants.
func (r *fuzzRun) step(ev fuzzEvent, i int) (msg string) {
	defer func() {
		if p := recover(); p != nil {
			msg = fmt.Sprintf("panic: %v\n%s", p, debug.Stack())
		}
	}()
	r.before()
	start := time.Now()
	r.apply(ev)
	r.cost[ev.kind] += time.Since(start)
	r.count[ev.kind]++
	if (i+1)%fuzzSettleEvery == 0 || (i+1)%fuzzRenderEvery == 0 {
		start = time.Now()
		defer func() { r.checkCost += time.Since(start) }()
		return r.checkAll((i+1)%fuzzRenderEvery == 0)
	}
	return r.check()
}

// logCosts logs where the time went, by kind of event, for tuning the mix.
func (r *fuzzRun) logCosts() {
	var b strings.Builder
	for k := evKind(0); k < numEvKinds; k++ {
		if r.count[k] > 0 {
			fmt.Fprintf(&b, " %s=%d/%.0fms", fuzzEvNames[k], r.count[k], r.cost[k].Seconds()*1000)
		}
	}
	r.t.Logf("cost (kind=events/total):%s; full checks %.0fms", b.String(), r.checkCost.Seconds()*1000)
}

func (r *fuzzRun) remember(ev fuzzEvent) {
	r.history = append(r.history, ev)
	if len(r.history) > fuzzHistoryLen {
		r.history = r.history[1:]
	}
}

func (r *fuzzRun) fail(i int, msg string) {
	var b strings.Builder
	fmt.Fprintf(&b, "guifuzz: seed=%d event=%d mode=%s: %s\nlast events (oldest first):\n", r.seed, i, r.mode, msg)
	first := i - len(r.history) + 1
	for j, ev := range r.history {
		fmt.Fprintf(&b, "  %6d  %v\n", first+j, ev)
	}
	fmt.Fprintf(&b, "replay: make fuzz SEED=%d MODE=%s EVENTS=%d", r.seed, r.mode, i+1)
	r.t.Error(b.String()) // not Fatal: the caller returns, and the events played are counted
}

// fuzzRun is one mode under fuzz: the screens, the window and what the invariants
// remember between events.
type fuzzRun struct {
	t       *testing.T
	mode    fuzzMode
	seed    uint64
	ex      *Explorer
	k       *Kiosk
	clock   *ManualClock
	win     fyne.Window
	history []fuzzEvent

	kioskTheme apptheme.Variant
	kioskScale float64
	quits      int

	baseGoroutines int
	prevBeat       int
	wantPart       diagrams.Part // what the last click must have selected ("" for no check)

	cost      [numEvKinds]time.Duration
	count     [numEvKinds]int
	checkCost time.Duration
}

// newFuzzRun builds a mode's screen in a fresh test app at 1280×800, English, dark.
func newFuzzRun(t *testing.T, m fuzzMode, seed uint64) *fuzzRun {
	t.Helper()
	if err := assets.LoadTranslations(); err != nil {
		t.Fatal(err)
	}
	fuzzUseLanguage(t, "en")
	t.Cleanup(func() { fuzzUseLanguage(t, "en") })
	a := test.NewTempApp(t)
	jailFiles(t) // after the app, whose driver registers the real file repository
	r := &fuzzRun{t: t, mode: m, seed: seed, prevBeat: -1}
	size := fyne.NewSize(1280, 800)
	if m == fuzzKiosk {
		r.kioskTheme, r.kioskScale = apptheme.Dark, DefaultKioskScale
		a.Settings().SetTheme(NewKioskTheme(r.kioskTheme, float32(r.kioskScale)))
		r.clock = NewManualClock()
		r.ex = NewExplorer()
		r.k = NewKiosk(r.ex, KioskConfig{PIN: "2468"}, r.clock)
		r.win = test.NewTempWindow(t, nil)
		r.k.Attach(r.win, func() { r.quits++ })
		ResizeSettled(r.win, fyne.NewSize(1920, 1080))
		r.k.Start()
	} else {
		a.Settings().SetTheme(apptheme.New(apptheme.Dark, 1))
		r.ex = NewExplorer()
		r.ex.UseSettings(DefaultSettings(false), a.Preferences())
		r.win = test.NewTempWindow(t, nil)
		r.ex.Attach(r.win)
		ResizeSettled(r.win, size)
		switch m {
		case fuzzStory:
			r.ex.tabs.SelectIndex(1)
		case fuzzLecture:
			r.ex.EnterLecture()
		case fuzzPrefs:
			r.ex.ShowPreferences()
		}
	}
	// In reduced and no motion a playing simulation is driven by a wall-clock ticker on
	// its own goroutine. The fuzz moves time itself (evTime), so that ticker must never
	// fire: it would make runs unrepeatable, and the test driver runs fyne.Do on the
	// calling goroutine.
	r.ex.sim.lowInterval = 1000 * time.Hour
	r.prevBeat = r.ex.story.Index()
	r.baseGoroutines = runtime.NumGoroutine()
	if msg := r.checkAll(true); msg != "" {
		t.Fatalf("guifuzz: seed=%d mode=%s: broken before the first event: %s", seed, m, msg)
	}
	return r
}

func fuzzUseLanguage(t *testing.T, code string) {
	if err := assets.UseLanguage(code); err != nil {
		t.Fatal(err)
	}
}

// TestGUIFuzzReplaysExactly: the same seed plays the same events to the same app, event
// after event, so `make fuzz SEED=…` replays a failure exactly. Anything in the app (or
// the harness) that hangs on the wall clock or on map order would make the runs differ.
func TestGUIFuzzReplaysExactly(t *testing.T) {
	for _, m := range []fuzzMode{fuzzExplorer, fuzzKiosk} {
		n := max(120/fuzzRaceDivisor, 20)
		var runs [2][]string
		for k := range runs {
			t.Run(fmt.Sprintf("%s/run%d", m, k+1), func(t *testing.T) {
				r := newFuzzRun(t, m, 7)
				stream := newFuzzEventStream(7, m)
				for i := 0; i < n; i++ {
					ev := stream.next()
					if msg := r.step(ev, i); msg != "" {
						t.Fatalf("event %d %v: %s", i, ev, msg)
					}
					runs[k] = append(runs[k], fmt.Sprintf("%v → %s", ev, r.fingerprint()))
				}
			})
		}
		for i := range min(len(runs[0]), len(runs[1])) {
			if runs[0][i] != runs[1][i] {
				t.Fatalf("%s: the replay differs at event %d:\n  first:  %s\n  replay: %s", m, i, runs[0][i], runs[1][i])
			}
		}
	}
}

// fingerprint is what a replay must reproduce after each event.
func (r *fuzzRun) fingerprint() string {
	sim := r.ex.sim
	s := fmt.Sprintf("%+v %+v beat=%d sel=%q panel=%q speed=%v playing=%v size=%v lecture=%v",
		sim.Model().State(), sim.Model().Inputs(), r.ex.story.Index(), r.ex.diagram.Selected(),
		r.ex.ShownPanel(), sim.Speed(), sim.Playing(), r.win.Canvas().Size(), r.ex.InLecture())
	if r.k != nil {
		s += fmt.Sprintf(" kiosk=%d still=%v pin=%v offset=%v", r.k.Mode(), r.k.StillThereShown(), r.k.PinPadShown(), r.k.Offset())
	}
	return s
}
