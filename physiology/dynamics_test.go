package physiology

import (
	"math"
	"testing"
)

// healthy is the reference: intact barrier, no stress, no probiotic. Comparing a scenario
// with a healthy twin at the same clock time cancels the daily meal bumps.
var healthy = Inputs{Integrity: 1}

// Every effect points the way SCIENCE.md says, against a healthy twin at the same time.
// dir is +1 (must rise), −1 (must fall) or 0 (must stay bit-identical).
func TestDirectionOfEffects(t *testing.T) {
	type want struct {
		field string
		dir   int
	}
	for _, tc := range []struct {
		name  string
		in    Inputs
		hours float64
		wants []want
	}{
		{"compromise, 48 h", Inputs{Integrity: 0}, 48, []want{
			{"Zonulin", +1}, {"Permeability", +1}, {"Damage", +1}, {"IFABP", +1}, {"LPS", +1},
			{"Cytokines", +1}, {"IDO", +1}, {"KynTrp", +1}, {"TrpBrain", -1},
			{"BrainSerotonin", -1}, {"GutSerotonin", +1}, {"Vagal", +1}, {"Cortisol", +1},
			{"Anxiety", +1}, {"Acetate", 0},
		}},
		{"stress, 2 h", Inputs{Integrity: 1, Stress: 1}, 2, []want{
			{"Permeability", +1}, {"Cortisol", +1}, {"Anxiety", +1}, {"LPS", +1},
			{"Cytokines", +1}, {"Vagal", +1},
			// Stress loosens junctions (CRH, mast cells) but injures no cells: I-FABP stays put.
			{"Zonulin", 0}, {"Damage", 0}, {"IFABP", 0}, {"Acetate", 0},
		}},
		{"probiotic alone, 48 h", Inputs{Integrity: 1, Probiotic: true}, 48, []want{
			// Only the stress route is blunted; with no stress the barrier is untouched.
			{"Permeability", 0}, {"LPS", 0}, {"Cytokines", 0}, {"KynTrp", 0}, {"Cortisol", 0},
			{"Vagal", +1}, {"Acetate", +1}, {"Anxiety", -1},
		}},
	} {
		got := after(DefaultParams(), tc.in, tc.hours)
		ref := after(DefaultParams(), healthy, tc.hours)
		for _, w := range tc.wants {
			g, _ := got.Value(w.field)
			r, _ := ref.Value(w.field)
			var ok bool
			switch w.dir {
			case +1:
				ok = g > r+1e-3
			case -1:
				ok = g < r-1e-3
			default:
				ok = math.Float64bits(g) == math.Float64bits(r)
			}
			if !ok {
				t.Errorf("%s: %s = %v vs healthy %v, want direction %+d", tc.name, w.field, g, r, w.dir)
			}
		}
	}
}

// Brain serotonin falls at most a little: the "serotonin depletion" framing is weak (claim 6).
func TestBrainSerotoninFallsLittle(t *testing.T) {
	p := DefaultParams()
	m := NewWithParams(p)
	m.SetInputs(Inputs{Integrity: 0, Stress: 1})
	m.Advance(MaxAdvanceHours)
	s := m.State()
	if s.BrainSerotonin > 1 || s.BrainSerotonin < 0.85 {
		t.Fatalf("worst case BrainSerotonin = %v, want 0.85..1", s.BrainSerotonin)
	}
	// Even with brain tryptophan at its floor the design bound holds.
	if worst := 1 + p.BrainSerotoninTrp*(p.TrpBrainFloor-1); worst < 0.85 {
		t.Fatalf("BrainSerotonin could fall to %v at the tryptophan floor, want ≥ 0.85", worst)
	}
}

// More compromise or more stress never lowers the consequences (dose–response).
func TestDoseResponseIsMonotonic(t *testing.T) {
	fields := []string{"Permeability", "LPS", "Cytokines", "KynTrp", "Anxiety"}
	for _, sweep := range []struct {
		name string
		in   func(x float64) Inputs
	}{
		{"compromise", func(x float64) Inputs { return Inputs{Integrity: 1 - x} }},
		{"stress", func(x float64) Inputs { return Inputs{Integrity: 1, Stress: x} }},
	} {
		prev := after(DefaultParams(), sweep.in(0), 48)
		for _, x := range []float64{0.25, 0.5, 0.75, 1} {
			cur := after(DefaultParams(), sweep.in(x), 48)
			for _, f := range fields {
				c, _ := cur.Value(f)
				p, _ := prev.Value(f)
				if !(c > p) {
					t.Errorf("%s %.2f: %s = %v, not above %v at the lower dose", sweep.name, x, f, c, p)
				}
			}
			prev = cur
		}
	}
}

// The probiotic blunts the stress-driven rise of permeability (halved, animal evidence)
// and of cortisol.
func TestProbioticBluntsStress(t *testing.T) {
	without := after(DefaultParams(), Inputs{Integrity: 1, Stress: 1}, 2)
	with := after(DefaultParams(), Inputs{Integrity: 1, Stress: 1, Probiotic: true}, 2)
	if r := (with.Permeability - 1) / (without.Permeability - 1); r < 0.4 || r > 0.6 {
		t.Errorf("permeability rise with probiotic = %.2f × without, want ≈ 0.5", r)
	}
	if r := (with.Cortisol - 1) / (without.Cortisol - 1); r < 0.6 || r > 0.85 {
		t.Errorf("cortisol rise with probiotic = %.2f × without, want ≈ 0.7", r)
	}
}

// Vanuytsel 2014: public-speech stress about doubled lactulose/mannitol within ~2 h.
func TestStressCalibration(t *testing.T) {
	s := after(DefaultParams(), Inputs{Integrity: 1, Stress: 1}, 2)
	if s.Permeability < 1.7 || s.Permeability > 2.3 {
		t.Fatalf("stress 1 for 2 h: Permeability = %v, want ≈ 2 (1.7..2.3)", s.Permeability)
	}
	if early := after(DefaultParams(), Inputs{Integrity: 1, Stress: 1}, 0.25); early.Permeability > 1.5 {
		t.Fatalf("stress 1 for 15 min: Permeability = %v, want a gradual rise (< 1.5)", early.Permeability)
	}
}

// Gut serotonin never reaches the brain: changing how much the gut releases leaves brain
// serotonin bit-identical (it only changes the vagal signal).
func TestGutSerotoninNeverChangesBrainSerotonin(t *testing.T) {
	base := DefaultParams()
	louder := base
	louder.GutSerotoninCytokines *= 5
	louder.GutSerotoninStress *= 5
	silent := base
	silent.GutSerotoninCytokines, silent.GutSerotoninStress = 0, 0
	ms := []*Model{NewWithParams(base), NewWithParams(louder), NewWithParams(silent)}
	for h := 0; h < 96; h++ {
		in := Inputs{Integrity: 0.2, Stress: float64(h%3) / 2}
		for _, m := range ms {
			m.SetInputs(in)
			m.Advance(1)
		}
		for _, m := range ms[1:] {
			if a, b := ms[0].State().BrainSerotonin, m.State().BrainSerotonin; math.Float64bits(a) != math.Float64bits(b) {
				t.Fatalf("hour %d: BrainSerotonin %v vs %v with another gut serotonin gain", h, a, b)
			}
		}
	}
	if ms[0].State().GutSerotonin == ms[1].State().GutSerotonin || ms[0].State().Vagal == ms[2].State().Vagal {
		t.Fatal("the gut serotonin perturbation had no effect at all; the test proves nothing")
	}
}

// Anxiety does not run through brain serotonin (claim 6): removing the tryptophan →
// serotonin link leaves the anxiety-like index bit-identical.
func TestAnxietyDoesNotDependOnBrainSerotonin(t *testing.T) {
	p := DefaultParams()
	p.BrainSerotoninTrp = 0
	a := after(DefaultParams(), Inputs{Integrity: 0, Stress: 0.5}, 7*24)
	b := after(p, Inputs{Integrity: 0, Stress: 0.5}, 7*24)
	if a.BrainSerotonin == b.BrainSerotonin {
		t.Fatal("perturbation had no effect on BrainSerotonin; the test proves nothing")
	}
	if math.Float64bits(a.Anxiety) != math.Float64bits(b.Anxiety) {
		t.Fatalf("Anxiety %v vs %v when only brain serotonin changed", a.Anxiety, b.Anxiety)
	}
}

// timeToFraction returns the first time (h) at which field has covered frac of its shift
// from baseline towards plateau, under sustained full compromise without meals.
func timeToFraction(t *testing.T, field string, frac float64, plateau State) float64 {
	t.Helper()
	m := NewWithParams(noMeals())
	m.SetInputs(Inputs{Integrity: 0})
	b, _ := Baseline().Value(field)
	p, _ := plateau.Value(field)
	for step := 0; step < MaxAdvanceHours*60; step++ {
		m.Advance(StepHours)
		if v, _ := m.State().Value(field); (v-b)/(p-b) >= frac {
			return m.State().Hours
		}
	}
	t.Fatalf("%s never reached %.0f %% of its shift", field, frac*100)
	return 0
}

// The chain unfolds on SCIENCE.md B.1 time scales: junctions in minutes, cytokines in hours,
// the kynurenine shift over days.
func TestTimeCourse(t *testing.T) {
	plateau := after(noMeals(), Inputs{Integrity: 0}, MaxAdvanceHours)

	if t90 := timeToFraction(t, "Cytokines", 0.9, plateau); t90 < 2 || t90 > 12 {
		t.Errorf("cytokines reach 90 %% of their plateau after %.2f h, want 2..12 h", t90)
	}
	if early := after(noMeals(), Inputs{Integrity: 0}, 0.5); early.Cytokines-1 > 0.05*(plateau.Cytokines-1) {
		t.Errorf("cytokines at 30 min already %v: they should lag the barrier", early.Cytokines)
	}
	t50 := timeToFraction(t, "KynTrp", 0.5, plateau)
	if t50 < 12 {
		t.Errorf("KynTrp reaches half its shift after %.1f h, want ≥ 12 h", t50)
	}
	d2 := after(noMeals(), Inputs{Integrity: 0}, 48)
	d4 := after(noMeals(), Inputs{Integrity: 0}, 96)
	if moved := (d4.KynTrp - d2.KynTrp) / (plateau.KynTrp - 1); moved < 0.1 {
		t.Errorf("KynTrp moved only %.0f %% of its shift from day 2 to day 4, want it still moving", moved*100)
	}
	// Time scales are ordered along the chain.
	order := []string{"Zonulin", "Permeability", "LPS", "Cytokines", "IDO", "KynTrp"}
	prev := 0.0
	for _, f := range order {
		t50 := timeToFraction(t, f, 0.5, plateau)
		if !(t50 > prev) {
			t.Errorf("%s reaches half its shift at %.2f h, not after the previous link (%.2f h)", f, t50, prev)
		}
		prev = t50
	}
}

// Vagal afferents respond within one step (about a second in reality, B.1).
func TestVagalRespondsWithinOneStep(t *testing.T) {
	p := DefaultParams()
	m := New()
	m.SetInputs(Inputs{Integrity: 1, Probiotic: true})
	m.Advance(StepHours)
	if got, want := m.State().Vagal, 1+p.VagalProbiotic; math.Abs(got-want) > 1e-12 {
		t.Errorf("probiotic: Vagal after one step = %v, want %v at once", got, want)
	}
	m = New()
	m.SetInputs(Inputs{Integrity: 1, Stress: 1})
	m.Advance(StepHours)
	if v := m.State().Vagal; !(v > 1) {
		t.Errorf("stress: Vagal after one step = %v, want above baseline", v)
	}
}

// Compromise for 2 days, then restore: everything returns to a healthy twin within 5 %
// after 14 days, and cell damage heals slower than the junctions close.
func TestRecovery(t *testing.T) {
	m, twin := New(), New()
	m.SetInputs(Inputs{Integrity: 0})
	m.Advance(48)
	twin.Advance(48)
	peak := m.State()
	m.SetInputs(healthy)

	m.Advance(24)
	twin.Advance(24)
	day1 := m.State()
	permLeft := (day1.Permeability - twin.State().Permeability) / (peak.Permeability - 1)
	dmgLeft := day1.Damage / peak.Damage
	if dmgLeft < 0.6 || permLeft > 0.5*dmgLeft {
		t.Errorf("1 day after restoring: %.0f %% of damage, %.0f %% of permeability shift left; "+
			"want damage healing over days and permeability much faster", dmgLeft*100, permLeft*100)
	}

	m.Advance(13 * 24)
	twin.Advance(13 * 24)
	got, ref := m.State(), twin.State()
	eachIndex(got, func(name string, v float64) {
		r, _ := ref.Value(name)
		if name == "Damage" {
			if v > 0.05 {
				t.Errorf("14 days after restoring: Damage = %v, want < 0.05", v)
			}
			return
		}
		if math.Abs(v-r) > 0.05*r {
			t.Errorf("14 days after restoring: %s = %v, healthy %v (> 5 %%)", name, v, r)
		}
	})
}

// Cytokines feed back onto the barrier (IL-1β, TNF; A.1 claim 8): at the plateau the loop
// amplifies the leak by exactly 1/(1 − LoopGain), and it settles (LoopGain < 1).
func TestCytokineFeedbackOnBarrier(t *testing.T) {
	open := noMeals()
	open.PermCytokines = 0
	with := after(noMeals(), Inputs{Integrity: 0}, MaxAdvanceHours)
	without := after(open, Inputs{Integrity: 0}, MaxAdvanceHours)
	got := (with.Permeability - 1) / (without.Permeability - 1)
	want := 1 / (1 - noMeals().LoopGain())
	if math.Abs(got-want) > 1e-6 || !(got > 1) {
		t.Fatalf("feedback amplifies the leak ×%v, want ×%v (> 1)", got, want)
	}
}
