package physiology

import (
	"math"
	"reflect"
	"testing"
)

// noMeals returns DefaultParams without the daily meal bumps, to test the leak route and
// the baseline fixed point without the (deliberate) daily rhythm on top.
func noMeals() Params {
	p := DefaultParams()
	p.MealLPS = 0
	p.MealAcetate = 0
	return p
}

// after returns the state of a fresh model with params p and inputs in after hours.
func after(p Params, in Inputs, hours float64) State {
	m := NewWithParams(p)
	m.SetInputs(in)
	m.Advance(hours)
	return m.State()
}

// eachIndex calls fn with the name and value of every index of s (all fields but Hours).
func eachIndex(s State, fn func(name string, v float64)) {
	for _, f := range indexFields {
		fn(f.name, f.get(&s))
	}
}

// bitsEqual reports whether two states are bit-identical, field by field.
func bitsEqual(a, b State) bool {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	for i := 0; i < va.NumField(); i++ {
		if math.Float64bits(va.Field(i).Float()) != math.Float64bits(vb.Field(i).Float()) {
			return false
		}
	}
	return true
}

func TestNewStartsAtBaseline(t *testing.T) {
	m := New()
	if got := m.State(); !bitsEqual(got, Baseline()) {
		t.Fatalf("New().State() = %+v, want Baseline() %+v", got, Baseline())
	}
	if got, want := m.Inputs(), (Inputs{Integrity: 1}); got != want {
		t.Fatalf("New().Inputs() = %+v, want %+v", got, want)
	}
	if d, h, min := m.State().Clock(); d != 1 || h != StartClockHour || min != 0 {
		t.Fatalf("start clock = Day %d %02d:%02d, want Day 1 06:00", d, h, min)
	}
}

// Without meals the baseline is an exact fixed point: 72 h change nothing.
func TestBaselineIsSteadyStateWithoutMeals(t *testing.T) {
	m := NewWithParams(noMeals())
	for h := 1; h <= 72; h++ {
		m.Advance(1)
		eachIndex(m.State(), func(name string, v float64) {
			want, _ := Baseline().Value(name)
			if math.Abs(v-want) > 1e-12 {
				t.Fatalf("hour %d: %s = %v, want baseline %v", h, name, v, want)
			}
		})
	}
}

// mealTolerance is how far each index may drift from baseline with an intact barrier, no
// stress and the normal daily meals (claim 5b: some endotoxin entry is normal). Indices
// not listed are never touched by meals and must stay exactly at baseline.
var mealTolerance = map[string]float64{
	"LPS": 0.2, "Acetate": 0.3, "Cytokines": 0.2, "Permeability": 0.05, "IDO": 0.05,
	"KynTrp": 0.05, "TrpBrain": 0.01, "BrainSerotonin": 0.01, "GutSerotonin": 0.05,
	"Vagal": 0.05, "Cortisol": 0.05, "Anxiety": 0.05,
}

// With meals, New() is a steady state apart from small documented meal bumps.
func TestBaselineIsSteadyStateApartFromMeals(t *testing.T) {
	m := New()
	for step := 1; step <= 72*60; step++ {
		m.Advance(StepHours)
		eachIndex(m.State(), func(name string, v float64) {
			want, _ := Baseline().Value(name)
			if d := math.Abs(v - want); d > mealTolerance[name] {
				t.Fatalf("%.2f h: %s = %v, off baseline by %v > tolerance %v",
					m.State().Hours, name, v, d, mealTolerance[name])
			}
		})
	}
}

// The meal rhythm settles into an exact daily cycle: after 20 days every index at a given
// clock time equals its value 24 h later.
func TestMealRhythmRepeatsDaily(t *testing.T) {
	m := New()
	m.Advance(20 * 24)
	var day [24]State
	for h := range day {
		day[h] = m.State()
		m.Advance(1)
	}
	for h := range day {
		next := m.State()
		eachIndex(next, func(name string, v float64) {
			prev, _ := day[h].Value(name)
			if math.Abs(v-prev) > 1e-6 {
				t.Errorf("clock +%d h: %s = %v, a day earlier %v", h, name, v, prev)
			}
		})
		m.Advance(1)
	}
}

// The first meal bump starts at 08:00: nothing before, a clear endotoxin bump within hours.
func TestMealBumpTiming(t *testing.T) {
	m := New()
	m.Advance(2) // 08:00, breakfast starts
	if s := m.State(); s.LPS != 1 || s.Acetate != 1 {
		t.Fatalf("before breakfast LPS = %v, Acetate = %v, want exactly 1", s.LPS, s.Acetate)
	}
	peak, peakAt := 0.0, 0.0
	for step := 0; step < 5*60; step++ {
		m.Advance(StepHours)
		if s := m.State(); s.LPS > peak {
			peak, peakAt = s.LPS, s.Hours-2
		}
	}
	if peak < 1.05 || peak > 1.2 {
		t.Errorf("breakfast LPS peak = %v, want a small bump 1.05..1.2", peak)
	}
	if peakAt < 0.5 || peakAt > 3 {
		t.Errorf("breakfast LPS peaks %v h after the meal, want 0.5..3 h (B.1)", peakAt)
	}
}

func TestSetInputsClampsAndSanitises(t *testing.T) {
	inf := math.Inf(1)
	for _, tc := range []struct {
		name string
		in   Inputs
		want Inputs
	}{
		{"in range", Inputs{0.3, 0.7, true}, Inputs{0.3, 0.7, true}},
		{"too high", Inputs{1.5, 1e300, false}, Inputs{1, 1, false}},
		{"negative", Inputs{-0.5, -1e300, true}, Inputs{0, 0, true}},
		{"NaN", Inputs{math.NaN(), math.NaN(), false}, Inputs{1, 0, false}},
		{"+Inf", Inputs{inf, inf, false}, Inputs{1, 0, false}},
		{"-Inf", Inputs{-inf, -inf, false}, Inputs{1, 0, false}},
	} {
		m := New()
		m.SetInputs(tc.in)
		if got := m.Inputs(); got != tc.want {
			t.Errorf("%s: SetInputs(%+v) → %+v, want %+v", tc.name, tc.in, got, tc.want)
		}
	}
}

func TestStateIsACopy(t *testing.T) {
	m := New()
	s := m.State()
	s.LPS = 7
	if m.State().LPS != 1 {
		t.Fatal("changing a returned State changed the model")
	}
}

func TestAdvanceIgnoresBadDurations(t *testing.T) {
	m := New()
	m.SetInputs(Inputs{Integrity: 0.2, Stress: 0.5})
	m.Advance(0.5 * StepHours) // leaves a carry that bad calls must not disturb
	before := m.State()
	for _, h := range []float64{0, -1, -StepHours, math.NaN(), math.Inf(1), math.Inf(-1), -1e300} {
		m.Advance(h)
		if got := m.State(); !bitsEqual(got, before) {
			t.Fatalf("Advance(%v) changed the state", h)
		}
	}
	m.Advance(0.5 * StepHours)
	if got := m.State().Hours; got != StepHours {
		t.Fatalf("Hours = %v after two half steps, want one step %v (carry lost?)", got, StepHours)
	}
}

func TestAdvanceIsCappedPerCall(t *testing.T) {
	m := New()
	m.Advance(1e9)
	if got := m.State().Hours; got != MaxAdvanceHours {
		t.Fatalf("Advance(1e9) reached %v h, want the cap %v h", got, float64(MaxAdvanceHours))
	}
}

// Split calls integrate exactly the same steps as one call: bit-identical states.
func TestAdvanceSplitEqualsWhole(t *testing.T) {
	for _, tc := range []struct{ a, b int }{{1, 1}, {0, 60}, {30, 90}, {59, 1}, {7, 1440}, {1441, 2879}} {
		a, b := float64(tc.a)*StepHours, float64(tc.b)*StepHours
		in := Inputs{Integrity: 0.1, Stress: 0.6, Probiotic: true}
		split, whole := New(), New()
		split.SetInputs(in)
		whole.SetInputs(in)
		split.Advance(a)
		split.Advance(b)
		whole.Advance(a + b)
		if !bitsEqual(split.State(), whole.State()) {
			t.Errorf("Advance(%d steps)+Advance(%d steps) differs from Advance(%d steps)", tc.a, tc.b, tc.a+tc.b)
		}
		if want := float64(tc.a+tc.b) / 60; whole.State().Hours != want {
			t.Errorf("%d steps: Hours = %v, want %v", tc.a+tc.b, whole.State().Hours, want)
		}
	}
}

// Frame-sized calls add up: 3600 one-second calls are exactly 60 steps.
func TestAdvanceCarriesRemainder(t *testing.T) {
	m := New()
	for i := 0; i < 3600; i++ {
		m.Advance(1.0 / 3600)
	}
	if got := m.State().Hours; got != 1 {
		t.Fatalf("3600 × 1 s = %v h, want exactly 1", got)
	}
}

func TestResetRestoresNew(t *testing.T) {
	m := New()
	m.SetInputs(Inputs{Integrity: 0, Stress: 1, Probiotic: true})
	m.Advance(50.3 + 0.4*StepHours) // leaves a carry that Reset must clear
	m.Reset()
	fresh := New()
	if !bitsEqual(m.State(), fresh.State()) || m.Inputs() != fresh.Inputs() {
		t.Fatalf("after Reset state %+v inputs %+v, want New()'s", m.State(), m.Inputs())
	}
	// Nothing hidden (carry, clock) survives: the same calls now give the same result.
	for _, x := range []*Model{m, fresh} {
		x.SetInputs(Inputs{Integrity: 0.4})
		x.Advance(0.6 * StepHours)
		x.Advance(26.3)
	}
	if !bitsEqual(m.State(), fresh.State()) {
		t.Fatal("a reset model diverges from a new one fed the same calls")
	}
}

func TestDefaultParamsAreValid(t *testing.T) {
	p := DefaultParams()
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	if g := p.LoopGain(); g <= 0 || g > 0.3 {
		t.Fatalf("LoopGain() = %v, want a real feedback (> 0) well below 1 (≤ 0.3)", g)
	}
}

func TestValidateRejectsBadParams(t *testing.T) {
	for _, tc := range []struct {
		name  string
		spoil func(*Params)
	}{
		{"NaN time constant", func(p *Params) { p.TauLPS = math.NaN() }},
		{"zero time constant", func(p *Params) { p.TauKynTrp = 0 }},
		{"infinite gain", func(p *Params) { p.CytokinesLPS = math.Inf(1) }},
		{"negative gain", func(p *Params) { p.PermStress = -1 }},
		{"probiotic factor > 1", func(p *Params) { p.ProbioticStressPerm = 1.5 }},
		{"tryptophan floor > 1", func(p *Params) { p.TrpBrainFloor = 2 }},
		{"meal at 24:00", func(p *Params) { p.MealClockHours[2] = 24 }},
		{"meal bump of 0 h", func(p *Params) { p.MealHours = 0 }},
		{"unstable loop", func(p *Params) { p.PermCytokines = 1 }},
	} {
		p := DefaultParams()
		tc.spoil(&p)
		if p.Validate() == nil {
			t.Errorf("%s: Validate() = nil, want an error", tc.name)
		}
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: NewWithParams did not panic", tc.name)
				}
			}()
			NewWithParams(p)
		}()
	}
}

// Ranges, FieldNames and Value cover exactly the index fields of State.
func TestRangesCoverEveryIndex(t *testing.T) {
	ranges := Ranges()
	names := FieldNames()
	st := reflect.TypeOf(State{})
	if len(ranges) != st.NumField()-1 || len(names) != len(ranges) {
		t.Fatalf("%d ranges, %d names for %d index fields", len(ranges), len(names), st.NumField()-1)
	}
	var s State
	sv := reflect.ValueOf(&s).Elem()
	for i := 0; i < st.NumField(); i++ {
		sv.Field(i).SetFloat(float64(i) + 0.5) // a distinct value per field
	}
	for i := 0; i < st.NumField(); i++ {
		name := st.Field(i).Name
		r, ok := ranges[name]
		if name == "Hours" {
			if ok {
				t.Error("Hours has a range; it only grows")
			}
			continue
		}
		if !ok || !(r.Min < r.Max) {
			t.Errorf("%s: range %+v (present %v), want Min < Max", name, r, ok)
		}
		if v, ok := s.Value(name); !ok || v != float64(i)+0.5 {
			t.Errorf("Value(%q) = %v, %v; want field value %v", name, v, ok, float64(i)+0.5)
		}
		if !r.Contains(func() float64 { v, _ := Baseline().Value(name); return v }()) {
			t.Errorf("%s: baseline outside its range %+v", name, r)
		}
	}
	if _, ok := s.Value("Hours"); ok {
		t.Error(`Value("Hours") ok, want false`)
	}
}

func TestClock(t *testing.T) {
	for _, tc := range []struct {
		hours             float64
		day, hour, minute int
	}{
		{0, 1, 6, 0}, {2, 1, 8, 0}, {18, 2, 0, 0}, {26.5, 2, 8, 30}, {48, 3, 6, 0},
		{StepHours, 1, 6, 1}, {-3, 1, 6, 0}, {math.NaN(), 1, 6, 0}, {math.Inf(1), 1, 6, 0},
	} {
		d, h, m := State{Hours: tc.hours}.Clock()
		if d != tc.day || h != tc.hour || m != tc.minute {
			t.Errorf("Hours %v → Day %d %02d:%02d, want Day %d %02d:%02d",
				tc.hours, d, h, m, tc.day, tc.hour, tc.minute)
		}
	}
}

func TestCloneAndRestoreContinueExactly(t *testing.T) {
	a := New()
	a.SetInputs(Inputs{Integrity: 0.3, Stress: 0.5})
	a.Advance(7.3)
	b := a.Clone()
	a.Advance(20)
	b.Advance(20)
	if a.State() != b.State() {
		t.Fatal("a clone diverged from its original")
	}
	c := New()
	c.Restore(a)
	c.Advance(1)
	a.Advance(1)
	if a.State() != c.State() || a.Inputs() != c.Inputs() {
		t.Fatal("a restored model diverged")
	}
	b.SetInputs(Inputs{Integrity: 1})
	if a.Inputs() == b.Inputs() {
		t.Fatal("a clone shares inputs with its original")
	}
}
