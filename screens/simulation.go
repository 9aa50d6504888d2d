package screens

import (
	"math"
	"time"

	"fyne.io/fyne/v2"

	"gutbrain/diagrams"
	"gutbrain/physiology"
)

// HoursPerSecond is how many simulated hours pass per real second at 1× speed. At 1× an
// immune response plays out in seconds and the kynurenine shift over a minute or two.
const HoursPerSecond = 1.0

// Speeds are the time-lapse speeds people can choose.
var Speeds = []float64{0.5, 1, 2, 4}

// lowRateInterval is how often the model and its views update while playing in reduced or
// no motion. Nothing moves then, so the clock, gauges and plot need only a few updates a
// second, and a 60 fps animation would repaint the window for nothing (DESIGN.md:
// "stop the animation entirely … in reduced-motion mode").
const lowRateInterval = 200 * time.Millisecond

// Simulation runs the model in simulated time and drives one frame callback per drawn frame
// (in reduced and no motion, a few a second). It owns no widgets: screens observe it
// through OnFrame and read the model's state.
type Simulation struct {
	// OnFrame runs once per animation frame, after the model advanced, with the real
	// seconds since the previous frame multiplied by the speed.
	OnFrame func(scaledDt float64)
	// OnPlayingChanged runs when playback starts or stops.
	OnPlayingChanged func(playing bool)

	model   *physiology.Model
	speed   float64
	playing bool

	// hold freezes simulated time while frames (particle motion) go on: a story beat
	// stays at its moment while the picture stays alive.
	hold bool
	// run, when active, moves simulated time towards a target at a fixed rate, then holds.
	run struct {
		active bool
		target float64 // simulated hours
		rate   float64 // simulated hours per real second
		done   func()
	}

	anim      *fyne.Animation
	animating bool // anim is running
	lastTick  time.Time
	stats     *FrameStats
	particles func() int

	// In reduced and no motion a ticker drives the model at lowInterval instead of anim.
	lowRate     bool
	lowInterval time.Duration
	lowStop     chan struct{} // closed to stop the running ticker; nil when none runs
	post        func(func())  // runs a tick on the main goroutine: fyne.Do
}

// NewSimulation returns a paused simulation of a fresh model at 1× speed.
func NewSimulation() *Simulation {
	s := &Simulation{model: physiology.New(), speed: 1, lowInterval: lowRateInterval, post: fyne.Do}
	s.anim = &fyne.Animation{
		Duration:    time.Second,
		RepeatCount: fyne.AnimationRepeatForever,
		Curve:       fyne.AnimationLinear,
		Tick:        s.tick,
	}
	return s
}

// Model is the simulated model; views read it, controls set its inputs.
func (s *Simulation) Model() *physiology.Model { return s.model }

// Playing reports whether simulated time is running.
func (s *Simulation) Playing() bool { return s.playing }

// Speed is the time-lapse factor (1 = HoursPerSecond simulated hours per second).
func (s *Simulation) Speed() float64 { return s.speed }

// SetSpeed sets the time-lapse factor; values outside Speeds snap to the nearest one.
func (s *Simulation) SetSpeed(f float64) {
	best := Speeds[0]
	for _, v := range Speeds {
		if math.Abs(v-f) < math.Abs(best-f) {
			best = v
		}
	}
	s.speed = best
}

// EnableStats makes every frame count towards stats; particles reports the moving objects.
func (s *Simulation) EnableStats(stats *FrameStats, particles func() int) {
	s.stats, s.particles = stats, particles
}

// Play starts simulated time and the animation (in reduced and no motion, a few updates
// a second instead).
func (s *Simulation) Play() {
	if s.playing {
		return
	}
	s.playing = true
	s.startDriver()
	if s.OnPlayingChanged != nil {
		s.OnPlayingChanged(true)
	}
}

// Pause stops simulated time and the animation entirely, so a paused app costs no CPU.
func (s *Simulation) Pause() {
	if !s.playing {
		return
	}
	s.playing = false
	s.stopDriver()
	if s.stats != nil {
		s.stats.Pause()
	}
	if s.OnPlayingChanged != nil {
		s.OnPlayingChanged(false)
	}
}

// SetMotion picks what drives a playing simulation: the 60 fps animation in full motion;
// in reduced and no motion, where nothing moves, an update every lowRateInterval (the
// diagram cross-fades its arrows with its own short animation). A switch while playing
// takes effect at once.
func (s *Simulation) SetMotion(m diagrams.Motion) {
	low := m == diagrams.MotionReduced || m == diagrams.MotionOff
	if low == s.lowRate {
		return
	}
	if s.playing {
		s.stopDriver()
	}
	s.lowRate = low
	if s.playing {
		s.startDriver()
	}
}

// Animating reports whether the per-frame animation runs: only while playing in full motion.
func (s *Simulation) Animating() bool { return s.animating }

// startDriver starts the animation, or in reduced and no motion the ticker.
func (s *Simulation) startDriver() {
	s.lastTick = time.Time{}
	if !s.lowRate {
		s.animating = true
		s.anim.Start()
		return
	}
	s.lastTick = time.Now() // the first tick already advances a whole interval
	stop := make(chan struct{})
	s.lowStop = stop
	// The tick runs on the main goroutine; one that was already queued when the ticker
	// stopped finds lowStop changed and does nothing.
	tick := func() {
		if s.lowStop == stop {
			s.tick(0)
		}
	}
	go func(interval time.Duration, post func(func())) {
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				post(tick)
			}
		}
	}(s.lowInterval, s.post)
}

// stopDriver stops whichever of the animation and the ticker runs.
func (s *Simulation) stopDriver() {
	if s.animating {
		s.animating = false
		s.anim.Stop()
	}
	if s.lowStop != nil {
		close(s.lowStop)
		s.lowStop = nil
	}
}

// TogglePlay plays when paused and pauses when playing.
func (s *Simulation) TogglePlay() {
	if s.playing {
		s.Pause()
	} else {
		s.Play()
	}
}

// Hold freezes simulated time (true) or lets it run again (false); frames go on while
// playing, so particles keep moving. It cancels a RunTo in progress.
func (s *Simulation) Hold(on bool) {
	s.hold = on
	s.run.active = false
}

// Holding reports whether simulated time is frozen.
func (s *Simulation) Holding() bool { return s.hold }

// RunTo plays simulated time up to hours at a rate that gets there in about seconds of
// real time, then holds and calls done. It starts playback if paused.
func (s *Simulation) RunTo(hours, seconds float64, done func()) {
	now := s.model.State().Hours
	if !(hours > now) || !(seconds > 0) {
		s.hold = true
		s.run.active = false
		if done != nil {
			done()
		}
		return
	}
	s.hold = false
	s.run.active, s.run.target, s.run.rate, s.run.done = true, hours, (hours-now)/seconds, done
	s.Play()
}

// Running reports whether a RunTo is in progress.
func (s *Simulation) Running() bool { return s.run.active }

// Advance moves simulated time on by real seconds at the current speed and runs OnFrame.
// The animation calls it every frame; tests and --snapshot call it directly.
func (s *Simulation) Advance(realSeconds float64) {
	if !(realSeconds > 0) { // also rejects NaN
		return
	}
	if s.hold {
		if s.OnFrame != nil {
			s.OnFrame(realSeconds)
		}
		return
	}
	if s.run.active {
		s.advanceRun(realSeconds)
		return
	}
	scaled := realSeconds * s.speed
	s.model.Advance(scaled * HoursPerSecond)
	if s.OnFrame != nil {
		s.OnFrame(scaled)
	}
}

func (s *Simulation) advanceRun(realSeconds float64) {
	remaining := s.run.target - s.model.State().Hours
	step := math.Min(s.run.rate*realSeconds, remaining)
	s.model.Advance(step)
	finished := remaining-step <= 1e-9 || s.model.State().Hours >= s.run.target
	if finished {
		s.run.active = false
		s.hold = true
	}
	if s.OnFrame != nil {
		s.OnFrame(realSeconds)
	}
	if finished && s.run.done != nil {
		done := s.run.done
		s.run.done = nil
		done()
	}
}

// StepHours advances simulated time by whole hours at once (the ⏭ button) and runs
// OnFrame with no animation time, so particles do not jump.
func (s *Simulation) StepHours(h float64) {
	s.model.Advance(h)
	if s.OnFrame != nil {
		s.OnFrame(0)
	}
}

// Redraw runs OnFrame without moving time or particles, so views show the model now.
func (s *Simulation) Redraw() {
	if s.OnFrame != nil {
		s.OnFrame(0)
	}
}

// Reset pauses and returns the model to its starting state and inputs, at 1× speed.
func (s *Simulation) Reset() {
	s.Pause()
	s.Hold(false)
	s.model.Reset()
	s.speed = 1
	if s.OnFrame != nil {
		s.OnFrame(0)
	}
}

// maxFrameSeconds caps one frame's time step, so a stall (window dragged, machine asleep)
// does not jump the clock by hours.
const maxFrameSeconds = 0.1

func (s *Simulation) tick(float32) {
	now := time.Now()
	if s.stats != nil {
		n := 0
		if s.particles != nil {
			n = s.particles()
		}
		s.stats.Frame(now, n)
	}
	if s.lastTick.IsZero() {
		s.lastTick = now
		return
	}
	dt := now.Sub(s.lastTick).Seconds()
	s.lastTick = now
	limit := maxFrameSeconds
	if s.lowRate { // a tick stands for a whole interval
		limit = max(limit, 2*s.lowInterval.Seconds())
	}
	s.Advance(math.Min(dt, limit))
}
