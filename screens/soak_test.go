package screens

import (
	"math/rand/v2"
	"os"
	"os/exec"
	"runtime"
	"runtime/pprof"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The soak test: kiosk life at a clinic, simulated. Visitors arrive at random (seeded)
// moments, touch the screen, try controls, pages, the diagram and the legend for a while
// and walk away mid-way; some come back during "Still there?"; the operator opens and
// cancels the PIN pad now and then. Nobody sleeps: a manual clock moves and frames are
// driven by hand at soakFPS, so a simulated day takes minutes.
//
// The short version (90 simulated minutes) runs in `make test`; `make soak` runs 24
// simulated hours with KIOSK_SOAK=24h. KIOSK_SOAK_TRACE=1 logs the heap every simulated
// hour; KIOSK_SOAK_PROF=FILE writes heap profiles to compare with `go tool pprof -base`.

// soakFPS is the coarse frame rate: every frame moves the model and the particles and
// ticks the kiosk, as the app's animation and its ticker do (only less often).
const soakFPS = 2

// soakVisitor is the seeded behaviour of the people in front of the kiosk.
type soakVisitor struct {
	rng       *rand.Rand
	arriveAt  time.Time // next arrival, while the attract loop runs
	leaveAt   time.Time // when the current visitor walks away
	actAt     time.Time // the current visitor's next touch
	returning bool      // the visitor will come back during the countdown
	operator  time.Time // next time the operator tries the PIN pad
	visitors  int
	actions   int
	resets    int
}

func (v *soakVisitor) between(lo, hi time.Duration) time.Duration {
	return lo + time.Duration(v.rng.Int64N(int64(hi-lo)))
}

// step lets the people act at now.
func (v *soakVisitor) step(k *Kiosk, win fyne.Window, now time.Time) {
	size := win.Canvas().Size()
	switch {
	case k.Mode() == KioskAttract && now.After(v.arriveAt):
		v.visitors++
		test.TapCanvas(win.Canvas(), fyne.NewPos(v.rng.Float32()*size.Width, v.rng.Float32()*size.Height))
		v.leaveAt = now.Add(v.between(20*time.Second, 8*time.Minute))
		v.actAt = now.Add(v.between(time.Second, 10*time.Second))
		v.returning = v.rng.IntN(8) == 0
	case k.Mode() == KioskExplore && now.Before(v.leaveAt) && now.After(v.actAt):
		v.actions++
		soakAction(k, win, v.rng)
		v.actAt = now.Add(v.between(time.Second, 20*time.Second))
	case k.StillThereShown() && v.returning:
		v.returning = false
		test.Tap(k.still)
		v.leaveAt = now.Add(v.between(10*time.Second, 2*time.Minute))
	}
	if now.After(v.operator) {
		k.OperatorChord()
		k.pin.Digit("9")
		k.pin.Confirm()
		k.pin.Cancel()
		v.operator = now.Add(v.between(2*time.Hour, 8*time.Hour))
	}
}

// soakAction is one touch of a visitor who is exploring.
func soakAction(k *Kiosk, win fyne.Window, rng *rand.Rand) {
	c := k.controls
	pick := func(s *segmented) { test.Tap(s.buttons[rng.IntN(len(s.buttons))]) }
	switch rng.IntN(10) {
	case 0:
		pick(c.barrier)
	case 1:
		pick(c.stress)
	case 2:
		pick(c.probiotic)
	case 3:
		pick(c.speed)
	case 4:
		test.Tap([]fyne.Tappable{c.play, c.step, c.reset}[rng.IntN(3)])
	case 5:
		test.Tap(k.pages.tabs.buttons[rng.IntN(numPages)])
	case 6, 7:
		s := k.fingers.Size()
		test.TapAt(k.fingers, fyne.NewPos(rng.Float32()*s.Width, rng.Float32()*s.Height))
	case 8:
		s := k.ex.legend.Size()
		test.TapAt(k.ex.legend, fyne.NewPos(rng.Float32()*s.Width, rng.Float32()*s.Height))
	default:
		p := k.pages.pagers[rng.IntN(len(k.pages.pagers))]
		test.Tap([]fyne.Tappable{p.up, p.down}[rng.IntN(2)])
	}
}

// soakMeasure paints the screen, then measures the live heap and the goroutines. With
// KIOSK_SOAK_PROF=FILE it also writes a heap profile (FILE.base for the first).
func soakMeasure(win fyne.Window, suffix string) (uint64, int) {
	win.Canvas().Capture()
	h := heapInUse()
	if f := os.Getenv("KIOSK_SOAK_PROF"); f != "" {
		if suffix != "" {
			f += "." + suffix
		}
		if out, err := os.Create(f); err == nil {
			_ = pprof.WriteHeapProfile(out)
			out.Close()
		}
	}
	return h, runtime.NumGoroutine()
}

// heapInUse is the live heap after a full collection.
func heapInUse() uint64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

// soakCacheLife is how long Fyne keeps an unused cache entry during the soak. Fyne's
// caches (font metrics, canvas objects, renderers) expire entries after a minute of real
// time; the soak lives a day in a few real minutes, so at Fyne's default nothing would
// ever expire and the heap would measure the test's speed, not the app. Fyne reads the
// setting (FYNE_CACHE) once at start, so the soak runs in a child process.
const soakCacheLife = "1s"

func TestKioskSoak(t *testing.T) {
	total := 90 * time.Minute
	if underRace {
		total = 70 * time.Minute // still 10 minutes past the one-hour heap mark
	}
	if s := os.Getenv("KIOSK_SOAK"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d < 2*time.Hour {
			t.Fatalf("KIOSK_SOAK=%q: want a duration of at least 2h, e.g. 24h", s)
		}
		total = d
	} else if testing.Short() {
		t.Skip("soak skipped with -short")
	}
	if os.Getenv("FYNE_CACHE") != soakCacheLife {
		cmd := exec.Command(os.Args[0], "-test.run=^TestKioskSoak$", "-test.v", "-test.count=1")
		cmd.Env = append(os.Environ(), "FYNE_CACHE="+soakCacheLife)
		out, err := cmd.CombinedOutput()
		for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			if strings.Contains(l, "soak") || strings.Contains(l, "heap") || strings.Contains(l, "gorout") || strings.Contains(l, "FAIL") {
				t.Log(strings.TrimSpace(l))
			}
		}
		if err != nil {
			t.Fatalf("the soak failed: %v", err)
		}
		return
	}
	k, win, clock := newTestKiosk(t, KioskConfig{}, kioskSize)
	start := clock.Now()
	v := &soakVisitor{rng: rand.New(rand.NewPCG(4, 2)), arriveAt: start.Add(time.Minute), operator: start.Add(3 * time.Hour)}
	wasAttract := true
	step := time.Second / soakFPS
	var heap1, heapEnd uint64
	var goroutines1, goroutinesEnd int
	wall := time.Now()
	for {
		clock.Advance(step)
		k.ex.sim.Advance(step.Seconds())
		k.Tick()
		elapsed := clock.Now().Sub(start)
		attract := k.Mode() == KioskAttract
		if attract && !wasAttract {
			v.resets++
			v.arriveAt = clock.Now().Add(v.between(30*time.Second, 25*time.Minute))
		}
		if elapsed%(30*time.Minute) == 0 {
			win.Canvas().Capture() // paint as the screen would (and let Fyne clean its caches)
		}
		if elapsed%time.Hour == 0 && os.Getenv("KIOSK_SOAK_TRACE") != "" {
			t.Logf("%v: heap in use %.1f MB", elapsed, float64(heapInUse())/1e6)
		}
		// Measure in the same state both times: on the attract loop, just painted.
		if attract && elapsed >= time.Hour && heap1 == 0 {
			heap1, goroutines1 = soakMeasure(win, "base")
		}
		if attract && elapsed >= total {
			heapEnd, goroutinesEnd = soakMeasure(win, "")
			break
		}
		if elapsed > total+2*time.Hour {
			t.Fatal("the kiosk never went back to its attract loop")
		}
		v.step(k, win, clock.Now())
		wasAttract = k.Mode() == KioskAttract
	}
	growth := (float64(heapEnd) - float64(heap1)) / float64(heap1) * 100
	t.Logf("soak: %v simulated in %v: %d visitors, %d touches, %d idle resets; heap in use %.1f MB after 1 h, %.1f MB at the end (%+.1f %%); goroutines %d → %d",
		total, time.Since(wall).Round(time.Second), v.visitors, v.actions, v.resets,
		float64(heap1)/1e6, float64(heapEnd)/1e6, growth, goroutines1, goroutinesEnd)
	if v.visitors < int(total/time.Hour) || v.resets < int(total/time.Hour) {
		t.Errorf("too little happened: %d visitors, %d resets", v.visitors, v.resets)
	}
	if growth > 5 {
		t.Errorf("heap in use grew %.1f %% after the first simulated hour (limit 5 %%)", growth)
	}
	if goroutinesEnd > goroutines1 {
		t.Errorf("goroutines grew from %d to %d", goroutines1, goroutinesEnd)
	}
}
