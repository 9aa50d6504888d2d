// Package diagrams draws the gut–brain axis as a calm medical illustration: gut lumen and
// lining at the bottom, the brain at the top, the neural, humoral and immune routes as
// lanes between them and the stress loop down the side, with particles that follow the
// physiology model's state.
//
// Rendering follows DESIGN.md's budget: the anatomy is drawn with gg into cached images,
// composed with its state-driven glows and highlights into a few tiles that leave out the
// plain background (scene.go), particles are a bounded pool of small sprites moved each
// frame without allocating, and labels are canvas.Text objects laid out only on resize.
// In reduced and no motion (SetMotion) the particles give way to still arrows drawn into
// the composed picture (flows.go), redrawn only when an amount changes.
package diagrams

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"gutbrain/physiology"
)

// Diagram is the interactive gut–brain illustration. Feed it the model state with
// SetState, advance its particles with Step from the screen's animation, and listen for
// taps with OnSelected.
type Diagram struct {
	widget.BaseWidget

	// OnSelected is called with the part a person tapped.
	OnSelected func(Part)

	sim      *particleSystem
	levels   levels
	motion   Motion     // "" is MotionFull
	flows    flowLevels // what the still arrows show (reduced and no motion)
	selected Part
	hovered  Part
	r        *diagramRenderer
}

var (
	_ fyne.Tappable      = (*Diagram)(nil)
	_ desktop.Hoverable  = (*Diagram)(nil)
	_ desktop.Cursorable = (*Diagram)(nil)
)

// NewDiagram creates a diagram with no particles until the first SetState.
func NewDiagram() *Diagram {
	d := &Diagram{sim: newParticleSystem()}
	d.ExtendBaseWidget(d)
	return d
}

// levels are the state-driven looks, quantised so that the cached images and glow
// opacities change only when a step is crossed, not on every model tick.
type levels struct {
	junction                                           int // 0..junctionLevels-1
	immune, signal, neurons, microglia, brainstem, hpa int // 0..glowSteps
}

const glowSteps = 8

func glowLevel(v float64) int { return int(math.Round(clamp(v, 0, 1) * glowSteps)) }

func levelsFor(s physiology.State) levels {
	cyt := (s.Cytokines - 1) / 3
	return levels{
		junction:  openingLevel(junctionOpening(s)),
		immune:    glowLevel(0.15 + 0.85*cyt),
		signal:    glowLevel(cyt * 1.1),
		neurons:   glowLevel(0.62 + 0.9*(s.BrainSerotonin-1)),
		microglia: glowLevel(0.55 * cyt), // a hypothesis in human anxiety: kept faint
		brainstem: glowLevel(0.25 + 0.4*(s.Vagal-1)),
		hpa:       glowLevel(0.12 + 0.7*(s.Cortisol-1)),
	}
}

// SetState gives the diagram the model's latest state. It is cheap (no allocation): it
// sets particle targets and, only when a quantised look changes (junction opening, a
// glow, in reduced or no motion an arrow's level), updates the few objects concerned.
// Call it on the main goroutine, like Step.
func (d *Diagram) SetState(s physiology.State, in physiology.Inputs) {
	_ = in // the picture follows the state; inputs act through the model
	d.sim.setState(s, levelOpening(openingLevel(junctionOpening(s))))
	l := levelsFor(s)
	if l != d.levels {
		d.levels = l
		if d.r != nil {
			d.r.applyLevels()
		}
	}
	if f := d.sim.flowLevels(l.junction); f != d.flows {
		d.flows = f
		if d.r != nil && d.still() {
			d.r.applyFlows(d.motion == MotionReduced)
		}
	}
}

// Step advances the particle animation by dt seconds (already scaled by the playback
// speed). It allocates nothing and only moves, shows or hides sprites. In reduced and no
// motion nothing moves, so it does nothing.
func (d *Diagram) Step(dt float64) {
	if d.still() {
		return
	}
	d.sim.step(float32(dt))
	if d.r != nil {
		d.r.placeParticles()
	}
}

// Moving reports whether a Step would move anything (false when there are no particles,
// and always in reduced and no motion), so a screen can stop its animation.
func (d *Diagram) Moving() bool { return !d.still() && d.sim.moving() }

// ParticleCount is the number of particles on show (none in reduced and no motion).
func (d *Diagram) ParticleCount() int {
	if d.still() {
		return 0
	}
	return d.sim.count()
}

// Select marks a part as selected with a clear highlight ("" clears). It does not call
// OnSelected.
func (d *Diagram) Select(p Part) {
	if p == d.selected {
		return
	}
	d.selected = p
	if d.r != nil {
		d.r.updateHighlights()
	}
}

// Selected is the selected part ("" if none).
func (d *Diagram) Selected() Part { return d.selected }

// PartAt is the part at a position in the diagram ("" if none), from the diagram's own
// geometry rather than Fyne's rectangles.
func (d *Diagram) PartAt(pos fyne.Position) Part {
	s := d.Size()
	return partAt(s.Width, s.Height, pos)
}

// Tapped selects the tapped part and reports it through OnSelected. Taps on empty space
// leave the selection alone.
func (d *Diagram) Tapped(ev *fyne.PointEvent) {
	p := d.PartAt(ev.Position)
	if p == "" {
		return
	}
	d.Select(p)
	if d.OnSelected != nil {
		d.OnSelected(p)
	}
}

// MouseIn highlights the part under the pointer (desktop only; nothing is hover-only).
func (d *Diagram) MouseIn(ev *desktop.MouseEvent) { d.setHover(d.PartAt(ev.Position)) }

// MouseMoved follows the pointer with the hover highlight.
func (d *Diagram) MouseMoved(ev *desktop.MouseEvent) { d.setHover(d.PartAt(ev.Position)) }

// MouseOut clears the hover highlight.
func (d *Diagram) MouseOut() { d.setHover("") }

// Cursor shows a pointing hand over anything that can be tapped.
func (d *Diagram) Cursor() desktop.Cursor {
	if d.hovered != "" {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

func (d *Diagram) setHover(p Part) {
	if p == d.hovered {
		return
	}
	d.hovered = p
	if d.r != nil {
		d.r.updateHighlights()
	}
}

// CreateRenderer builds the cached images, sprite pool and labels.
func (d *Diagram) CreateRenderer() fyne.WidgetRenderer {
	d.ExtendBaseWidget(d)
	r := newDiagramRenderer(d)
	d.r = r
	return r
}
