package screens

import "time"

// Clock tells the kiosk the time. The real app uses SystemClock; tests and the soak test
// use a ManualClock, so hours of kiosk life pass without sleeping.
type Clock interface {
	Now() time.Time
}

// SystemClock is the wall clock.
type SystemClock struct{}

// Now is time.Now.
func (SystemClock) Now() time.Time { return time.Now() }

// ManualClock is a clock that moves only when told to.
type ManualClock struct{ t time.Time }

// NewManualClock returns a clock standing at a fixed, arbitrary moment.
func NewManualClock() *ManualClock {
	return &ManualClock{t: time.Date(2025, 1, 6, 8, 0, 0, 0, time.UTC)}
}

// Now is the clock's current time.
func (c *ManualClock) Now() time.Time { return c.t }

// Advance moves the clock forward by d.
func (c *ManualClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

// IdlePhase is where an idle timer stands.
type IdlePhase int

// The idle phases: someone is using the kiosk; nobody has for the idle time and the
// "Still there?" countdown runs; the countdown ran out.
const (
	IdleActive IdlePhase = iota
	IdleWarning
	IdleExpired
)

// IdleTimer decides when a kiosk has been left alone: Idle after the last input the
// countdown starts, Countdown later it has expired. It is plain logic over a given time,
// so it is tested without a window or a clock.
type IdleTimer struct {
	Idle, Countdown time.Duration
	last            time.Time
}

// Touch records input at now.
func (t *IdleTimer) Touch(now time.Time) { t.last = now }

// Phase reports the phase at now and, while warning, the time left on the countdown.
// A clock that went backwards (a time-zone or NTP jump) counts as fresh input rather
// than as hours of idleness.
func (t *IdleTimer) Phase(now time.Time) (IdlePhase, time.Duration) {
	since := now.Sub(t.last)
	switch {
	case since < 0:
		t.last = now
		return IdleActive, 0
	case since < t.Idle:
		return IdleActive, 0
	case since < t.Idle+t.Countdown:
		return IdleWarning, t.Idle + t.Countdown - since
	}
	return IdleExpired, 0
}
