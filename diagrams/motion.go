package diagrams

import (
	"fmt"
	"log"
	"strings"
)

// Motion is how much the diagram moves, for people who get motion-sick from moving
// images (WCAG 2.3.3) and for screens that must stay still.
type Motion string

const (
	// MotionFull moves particles along every route.
	MotionFull Motion = "full"
	// MotionReduced has no continuous motion: static arrows whose thickness and number of
	// markers show each amount replace the particles, and a change cross-fades in well
	// under a second.
	MotionReduced Motion = "reduced"
	// MotionOff shows the same arrows as MotionReduced, and a change shows at once:
	// nothing on the diagram moves at all.
	MotionOff Motion = "off"
)

// Motions lists the motion settings from most to least motion.
func Motions() []Motion { return []Motion{MotionFull, MotionReduced, MotionOff} }

// ParseMotion reads a motion setting ("full", "reduced" or "off"; case and surrounding
// spaces are ignored). An unknown value is an error naming it and the valid values.
func ParseMotion(s string) (Motion, error) {
	m := Motion(strings.ToLower(strings.TrimSpace(s)))
	if m.valid() {
		return m, nil
	}
	return MotionFull, fmt.Errorf("motion %q is not valid; use full, reduced or off", s)
}

func (m Motion) valid() bool { return m == MotionFull || m == MotionReduced || m == MotionOff }

// SetMotion switches between moving particles (MotionFull) and still arrows
// (MotionReduced, MotionOff). The particle pool stays allocated, so switching back to full
// shows the particles where they were. An unknown value is logged and ignored.
func (d *Diagram) SetMotion(m Motion) {
	if !m.valid() {
		log.Printf("diagrams: motion %q is not valid; keeping %q", m, d.Motion())
		return
	}
	if m == d.Motion() {
		return
	}
	d.motion = m
	if d.r != nil {
		d.r.applyMotion()
	}
}

// Motion is the diagram's motion setting (MotionFull unless SetMotion changed it).
func (d *Diagram) Motion() Motion {
	if d.motion == "" {
		return MotionFull
	}
	return d.motion
}

// still reports whether the diagram shows arrows instead of moving particles.
func (d *Diagram) still() bool { return d.motion == MotionReduced || d.motion == MotionOff }
