package diagrams

import (
	"testing"

	"fyne.io/fyne/v2"

	"gutbrain/physiology"
)

// run steps a diagram for n frames at 60 fps, calling f after each.
func run(d *Diagram, n int, f func()) {
	for i := 0; i < n; i++ {
		d.Step(1.0 / 60)
		if f != nil {
			f()
		}
	}
}

func kindCount(d *Diagram, k ParticleKind) int {
	n := 0
	for _, q := range d.sim.p {
		if q.active && streamCfgs[q.stream].kind == k {
			n++
		}
	}
	return n
}

func TestNoParticlesBeforeState(t *testing.T) {
	d := NewDiagram()
	if d.Moving() || d.ParticleCount() != 0 {
		t.Fatalf("new diagram: moving %v, %d particles", d.Moving(), d.ParticleCount())
	}
	d.Step(0.1)
	if d.ParticleCount() != 0 {
		t.Error("particles appeared without a state")
	}
	d.SetState(intactState(), intactInputs)
	if !d.Moving() || d.ParticleCount() == 0 {
		t.Error("no particles after SetState")
	}
}

// Counts follow the model: more LPS and cytokines when compromised, never above the pool.
func TestParticleCountsFollowState(t *testing.T) {
	avg := func(s physiology.State, k ParticleKind) float64 {
		d := stateDiagram(s, intactInputs, 0)
		sum := 0
		run(d, 1200, func() {
			sum += kindCount(d, k)
			if d.ParticleCount() > poolSize || poolSize > 80 {
				t.Fatalf("%d particles, pool %d", d.ParticleCount(), poolSize)
			}
		})
		return float64(sum) / 1200
	}
	for k, factor := range map[ParticleKind]float64{ParticleLPS: 2, ParticleCytokine: 2, ParticleKynurenine: 1.5} {
		in, out := avg(intactState(), k), avg(compromisedState(), k)
		if out < factor*in {
			t.Errorf("%s: %.1f particles intact, %.1f compromised", k.Title(), in, out)
		}
	}
	if in, out := avg(intactState(), ParticleTryptophan), avg(compromisedState(), ParticleTryptophan); out >= in {
		t.Errorf("tryptophan: %.1f intact, %.1f compromised; brain supply should fall", in, out)
	}
	if n := avg(intactState(), ParticleLPS); n < 2 {
		t.Errorf("baseline LPS %.1f: some LPS is always there", n)
	}
}

func TestBusiestStateStaysWithinPool(t *testing.T) {
	s := compromisedState()
	s.LPS, s.Cytokines, s.GutSerotonin, s.TrpBrain, s.KynTrp, s.Acetate, s.Vagal = 9, 12, 5, 3, 6, 4, 8
	d := stateDiagram(s, compromisedInputs, 0)
	peak := 0
	run(d, 3000, func() { peak = max(peak, d.ParticleCount()) })
	if peak > 80 {
		t.Errorf("peak %d moving objects, bound is 80", peak)
	}
	if peak < 50 {
		t.Errorf("peak %d: busiest state looks empty", peak)
	}
}

// LPS crosses the lining mostly through opened junctions: when intact only the odd
// particle passes (through cells, as after a fatty meal) and never between cells.
func TestLPSCrossesMainlyWhenCompromised(t *testing.T) {
	crossing := func(s physiology.State) (avg float64, para int) {
		d := stateDiagram(s, intactInputs, 0)
		sum := 0
		run(d, 1800, func() {
			for _, q := range d.sim.p {
				if q.active && q.stream == sCrossLPS && q.pos.Y > epiTop && q.pos.Y < mucusBottom {
					sum++
					if int(q.path) >= setParaLPS.lo && int(q.path) < setParaLPS.hi {
						para++
					}
				}
			}
		})
		return float64(sum) / 1800, para
	}
	in, inPara := crossing(intactState())
	out, outPara := crossing(compromisedState())
	if inPara != 0 {
		t.Errorf("LPS slipped between sealed cells (%d particle-frames)", inPara)
	}
	if in > 1 || out < 3*in || out < 1.5 {
		t.Errorf("LPS in the lining: %.2f intact, %.2f compromised", in, out)
	}
	if outPara == 0 {
		t.Error("no LPS through opened junctions")
	}
}

// Where particles may go: gut serotonin never leaves the gut wall, cytokines stop at
// the barrier, LPS ends in the liver, tryptophan does reach the brain.
func TestParticlesKeepToTheirPlaces(t *testing.T) {
	newTestApp(t)
	d := stateDiagram(compromisedState(), compromisedInputs, 0)
	size := fyne.NewSize(880, 620)
	w := showDiagram(d, size)
	defer w.Close()
	trpInBrain := false
	run(d, 2400, func() {
		for i, q := range d.sim.p {
			if !q.active {
				continue
			}
			o := d.r.sprites[i]
			c := o.Position().AddXY(o.Size().Width/2, o.Size().Height/2)
			y := c.Y / size.Height
			switch streamCfgs[q.stream].kind {
			case ParticleSerotonin:
				if y < laminaTop || y > epiBottom {
					t.Fatalf("serotonin left the gut wall: y=%.3f", y)
				}
			case ParticleCytokine:
				if y < bbbTop {
					t.Fatalf("a cytokine flooded into the brain: y=%.3f", y)
				}
			case ParticleLPS:
				if y < liverRect.Y0 {
					t.Fatalf("LPS travelled on past the liver: y=%.3f", y)
				}
			case ParticleTryptophan:
				trpInBrain = trpInBrain || y < bbbTop
			}
		}
	})
	if !trpInBrain {
		t.Error("no tryptophan crossed into the brain")
	}
	if !setSerotonin.within(rectN{0, laminaTop, 1, epiBottom}) {
		t.Error("a serotonin path leaves the gut wall")
	}
}

func TestVagalPulsesFollowActivity(t *testing.T) {
	births := func(v float64) int {
		s := intactState()
		s.Vagal = v
		d := stateDiagram(s, intactInputs, 0)
		n, was := 0, 0
		run(d, 600, func() {
			now := kindCount(d, ParticleVagalImpulse)
			if now > was {
				n += now - was
			}
			was = now
		})
		return n
	}
	if lo, hi := births(1), births(3); hi < 2*lo || lo == 0 {
		t.Errorf("vagal impulses in 10 s: %d at baseline, %d at 3×", lo, hi)
	}
}

func TestStepIsDeterministic(t *testing.T) {
	a := stateDiagram(compromisedState(), compromisedInputs, 500)
	b := stateDiagram(compromisedState(), compromisedInputs, 500)
	if a.sim.p != b.sim.p {
		t.Error("same inputs gave different particles")
	}
}

func TestStepAllocatesNothing(t *testing.T) {
	newTestApp(t)
	d := stateDiagram(compromisedState(), compromisedInputs, 60)
	w := showDiagram(d, fyne.NewSize(880, 620))
	defer w.Close()
	if n := testing.AllocsPerRun(300, func() { d.Step(1.0 / 60) }); n != 0 {
		t.Errorf("Step allocates %.1f times per frame", n)
	}
	if n := testing.AllocsPerRun(100, func() { d.SetState(compromisedState(), compromisedInputs) }); n != 0 {
		t.Errorf("SetState allocates %.1f times", n)
	}
}

// Steps taken before the first state must not stall any stream afterwards.
func TestStepBeforeStateThenState(t *testing.T) {
	d := NewDiagram()
	run(d, 120, nil)
	d.SetState(intactState(), intactInputs)
	seen := false
	run(d, 240, func() { seen = seen || kindCount(d, ParticleVagalImpulse) > 0 })
	if !seen {
		t.Error("no vagal impulses after a state arrived late")
	}
}
