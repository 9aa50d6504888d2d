package physiology

import (
	"math"
	"math/rand/v2"
	"testing"
)

// checkInvariants fails if any value of m is non-finite or outside its documented range,
// if Hours went backwards, or if the stored inputs are out of range.
func checkInvariants(t *testing.T, m *Model, prevHours float64, what string) {
	t.Helper()
	s := m.State()
	if math.IsNaN(s.Hours) || math.IsInf(s.Hours, 0) || s.Hours < prevHours {
		t.Fatalf("%s: Hours = %v (was %v)", what, s.Hours, prevHours)
	}
	ranges := Ranges()
	eachIndex(s, func(name string, v float64) {
		if math.IsNaN(v) || math.IsInf(v, 0) || !ranges[name].Contains(v) {
			t.Fatalf("%s: %s = %v outside %+v", what, name, v, ranges[name])
		}
	})
	if in := m.Inputs(); !(in.Integrity >= 0 && in.Integrity <= 1 && in.Stress >= 0 && in.Stress <= 1) {
		t.Fatalf("%s: inputs %+v out of range", what, in)
	}
}

// weird are input values and durations that a broken caller could pass.
var weird = []float64{
	math.NaN(), math.Inf(1), math.Inf(-1), 1e300, -1e300, math.MaxFloat64,
	math.SmallestNonzeroFloat64, math.Copysign(0, -1), -1, -StepHours, 0, 1e-12, 0.3, 1, 1.5,
}

// Thousands of random calls, with hostile values mixed in, never leave the ranges.
func TestBoundsUnderRandomCalls(t *testing.T) {
	r := rand.New(rand.NewPCG(20240611, 42))
	m := New()
	pick := func() float64 {
		if r.IntN(3) == 0 {
			return weird[r.IntN(len(weird))]
		}
		return r.Float64()*1.4 - 0.2
	}
	for i := 0; i < 5000; i++ {
		prev := m.State().Hours
		switch r.IntN(4) {
		case 0, 1:
			m.SetInputs(Inputs{Integrity: pick(), Stress: pick(), Probiotic: r.IntN(2) == 0})
		case 2:
			m.Advance(pick() * StepHours * 7) // sub-step and few-step calls
		default:
			switch r.IntN(40) {
			case 0:
				m.Advance(1e6) // capped at MaxAdvanceHours
			case 1:
				m.Reset()
				prev = 0
			default:
				m.Advance(r.Float64() * 12)
			}
		}
		checkInvariants(t, m, prev, "random call")
	}
}

// Two models fed the same calls are bit-identical.
func TestDeterminism(t *testing.T) {
	run := func() State {
		r := rand.New(rand.NewPCG(7, 7))
		m := New()
		for i := 0; i < 500; i++ {
			m.SetInputs(Inputs{Integrity: r.Float64(), Stress: r.Float64(), Probiotic: r.IntN(2) == 0})
			m.Advance(r.Float64() * 3)
		}
		return m.State()
	}
	if a, b := run(), run(); !bitsEqual(a, b) {
		t.Fatalf("same calls, different states:\n%+v\n%+v", a, b)
	}
}

// Clamping is a safety net, not the dynamics: the harshest sustained inputs keep every
// index well inside its range (Damage may rest on its lower bound 0, its baseline).
func TestRangesAreASafetyNet(t *testing.T) {
	ranges := Ranges()
	for _, in := range []Inputs{
		{Integrity: 0, Stress: 1}, {Integrity: 0, Stress: 1, Probiotic: true},
		{Integrity: 1, Probiotic: true}, {Integrity: 1}, {Integrity: 0.5, Stress: 0.5},
	} {
		m := New()
		m.SetInputs(in)
		for h := 0; h < MaxAdvanceHours; h++ {
			m.Advance(1)
			eachIndex(m.State(), func(name string, v float64) {
				r := ranges[name]
				base, _ := Baseline().Value(name)
				// Keep a fifth of the room below baseline and a tenth of the range on top.
				low, high := r.Min+0.2*(base-r.Min), r.Max-0.1*(r.Max-r.Min)
				if v < low || v > high {
					t.Fatalf("inputs %+v, hour %d: %s = %v too near its range %+v", in, h, name, v, r)
				}
			})
		}
	}
}

// The clamp holds even when valid but extreme Params would drive values far out of range.
func TestClampHoldsWithExtremeParams(t *testing.T) {
	p := DefaultParams()
	p.ZonulinCompromise, p.DamageCompromise, p.PermStress, p.IFABPDamage = 1e6, 1e6, 1e6, 1e6
	p.CortisolStress, p.AnxietyStress, p.GutSerotoninStress, p.VagalProbiotic = 1e6, 1e6, 1e6, 1e6
	p.AnxietyProbiotic, p.AcetateProbiotic, p.MealLPS = 1e6, 1e6, 1e6
	for _, in := range []Inputs{{Integrity: 0, Stress: 1}, {Integrity: 1, Probiotic: true}} {
		m := NewWithParams(p)
		m.SetInputs(in)
		for i := 0; i < 48*60; i++ {
			prev := m.State().Hours
			m.Advance(StepHours)
			checkInvariants(t, m, prev, "extreme params")
		}
	}
}

// Advance must not allocate: the UI calls it every frame.
func TestAdvanceDoesNotAllocate(t *testing.T) {
	m := New()
	m.SetInputs(Inputs{Integrity: 0.3, Stress: 0.5, Probiotic: true})
	if n := testing.AllocsPerRun(100, func() { m.Advance(1) }); n != 0 {
		t.Fatalf("Advance allocates %v times per call, want 0", n)
	}
}
