package screens

import (
	"gutbrain/assets"
	"gutbrain/physiology"
)

// beatTransitionSeconds is how long the time-lapse from one beat to the next takes.
const beatTransitionSeconds = 2.0

// StoryPlayer walks a simulation through the story's beats. Each beat's state is defined
// by history — a fresh model, then each earlier beat's inputs applied and run to its time —
// and computed once, so any beat can be restored exactly, in any order.
type StoryPlayer struct {
	// Motion animates a step forward as a time-lapse; without it every move jumps.
	Motion bool
	// OnBeat runs when the current beat changes, once the model has the beat's inputs and
	// before any time-lapse.
	OnBeat func(i int)

	beats  []assets.Beat
	states []*physiology.Model
	sim    *Simulation
	index  int
}

// NewStoryPlayer prepares the beats' states. It does not touch the simulation until Go.
func NewStoryPlayer(sim *Simulation, beats []assets.Beat) *StoryPlayer {
	p := &StoryPlayer{Motion: true, beats: beats, sim: sim, index: -1}
	m := physiology.New()
	for _, b := range beats {
		m.SetInputs(beatInputs(b))
		m.Advance(b.At.Hours() - m.State().Hours)
		p.states = append(p.states, m.Clone())
	}
	return p
}

// SetText replaces the beats' words, after a language switch. The beats themselves
// (their states) stay; it reports false and changes nothing when the new beats are not
// the same story (a different number of beats or different states).
func (p *StoryPlayer) SetText(beats []assets.Beat) bool {
	if len(beats) != len(p.beats) {
		return false
	}
	for i, b := range beats {
		if beatInputs(b) != beatInputs(p.beats[i]) || b.At != p.beats[i].At {
			return false
		}
	}
	p.beats = beats
	return true
}

func beatInputs(b assets.Beat) physiology.Inputs {
	return physiology.Inputs{Integrity: b.Integrity, Stress: b.Stress, Probiotic: b.Probiotic}
}

// Len is the number of beats.
func (p *StoryPlayer) Len() int { return len(p.beats) }

// Index is the current beat, 0-based (-1 before the story started).
func (p *StoryPlayer) Index() int { return p.index }

// Beat returns beat i.
func (p *StoryPlayer) Beat(i int) assets.Beat { return p.beats[i] }

// BeatState is the exact model state of beat i (do not modify it).
func (p *StoryPlayer) BeatState(i int) *physiology.Model { return p.states[i] }

// Go moves to beat i (clamped). One step forward animates as a time-lapse when Motion is
// on; anything else restores the beat's state at once. Simulated time then holds at the
// beat while the picture stays alive.
func (p *StoryPlayer) Go(i int) {
	if len(p.beats) == 0 {
		return
	}
	i = max(0, min(i, len(p.beats)-1))
	forwardOne := i == p.index+1 && p.index >= 0
	if p.sim.Running() && p.index >= 0 { // a time-lapse still going: finish it first
		p.sim.Model().Restore(p.states[p.index])
	}
	p.index = i
	lapse := forwardOne && p.Motion
	// The model takes the beat's inputs before OnBeat, so views that mirror the inputs
	// (the control bars) show the beat's and not the previous ones.
	if lapse {
		p.sim.Model().Restore(p.states[i-1])
		p.sim.Model().SetInputs(beatInputs(p.beats[i]))
	} else {
		p.sim.Hold(true)
		p.sim.Model().Restore(p.states[i])
	}
	if p.OnBeat != nil {
		p.OnBeat(i)
	}
	if lapse {
		target := p.states[i].State().Hours
		p.sim.RunTo(target, beatTransitionSeconds, func() { p.arrive(i) })
		return
	}
	p.arrive(i)
}

// arrive pins the model to the beat's exact state (a time-lapse ends there anyway; this
// removes any doubt) and redraws.
func (p *StoryPlayer) arrive(i int) {
	if i != p.index {
		return
	}
	p.sim.Model().Restore(p.states[i])
	p.sim.Redraw()
}

// Next moves to the next beat (or stays on the last).
func (p *StoryPlayer) Next() { p.Go(p.index + 1) }

// Prev moves to the previous beat (or stays on the first).
func (p *StoryPlayer) Prev() { p.Go(p.index - 1) }

// First moves to the first beat.
func (p *StoryPlayer) First() { p.Go(0) }

// Last moves to the last beat.
func (p *StoryPlayer) Last() { p.Go(len(p.beats) - 1) }
