package screens

import (
	"fmt"
	"io"
	"slices"
	"time"
)

// FrameStats measures the animation's frame intervals and, once a second, writes
// "fps=… frame_ms_p50=… frame_ms_p95=… particles=…" to its writer (the --stats flag).
//
// Fyne ticks animations once per drawn frame, so the interval between ticks is the
// frame time people see. Buffers are fixed-size: recording a frame allocates nothing.
type FrameStats struct {
	out       io.Writer
	intervals [512]float64 // milliseconds, for the current one-second window
	sorted    [512]float64
	n         int
	window    time.Duration
	lastFrame time.Time
}

// NewFrameStats returns stats that report to out.
func NewFrameStats(out io.Writer) *FrameStats { return &FrameStats{out: out} }

// Frame records a frame drawn at now and prints a report when a second has passed.
// particles is the number of moving objects on screen.
func (s *FrameStats) Frame(now time.Time, particles int) {
	if s.lastFrame.IsZero() {
		s.lastFrame = now
		return
	}
	d := now.Sub(s.lastFrame)
	s.lastFrame = now
	if s.n < len(s.intervals) {
		s.intervals[s.n] = float64(d) / float64(time.Millisecond)
		s.n++
	}
	s.window += d
	if s.window >= time.Second {
		s.report(particles)
	}
}

// Pause forgets the last frame time, so a paused stretch is not counted as one long frame.
func (s *FrameStats) Pause() { s.lastFrame = time.Time{} }

func (s *FrameStats) report(particles int) {
	fps := float64(s.n) / s.window.Seconds()
	p50, p95 := s.percentiles()
	fmt.Fprintf(s.out, "fps=%.1f frame_ms_p50=%.1f frame_ms_p95=%.1f particles=%d\n", fps, p50, p95, particles)
	s.n = 0
	s.window = 0
}

func (s *FrameStats) percentiles() (p50, p95 float64) {
	if s.n == 0 {
		return 0, 0
	}
	v := s.sorted[:s.n]
	copy(v, s.intervals[:s.n])
	slices.Sort(v)
	return v[(s.n-1)*50/100], v[(s.n-1)*95/100]
}
