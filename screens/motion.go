package screens

import "gutbrain/diagrams"

// SetMotion sets how much the explorer moves, everywhere it shows the model (the explorer,
// its Story tab, lecture and kiosk, which share its diagram and simulation):
//
//   - full: particles move at 60 fps while playing, and a story step forward plays as a
//     time-lapse;
//   - reduced: still arrows instead of particles, cross-fading briefly when the amounts
//     change; the model, clock, gauges and plot update a few times a second while
//     playing; a story step still runs its time-lapse, without particles;
//   - off: the same still arrows, which change at once; a story beat jumps straight to
//     its state.
//
// Play and pause work the same in every setting. An unknown value is logged and ignored.
func (e *Explorer) SetMotion(m diagrams.Motion) {
	e.diagram.SetMotion(m)
	m = e.diagram.Motion() // what the diagram accepted
	e.sim.SetMotion(m)
	e.story.Motion = m != diagrams.MotionOff
}

// Motion is the explorer's motion setting (full unless SetMotion changed it).
func (e *Explorer) Motion() diagrams.Motion { return e.diagram.Motion() }
