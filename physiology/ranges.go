package physiology

// Range is the closed interval [Min, Max] a state value always stays inside.
type Range struct {
	Min, Max float64
}

// Contains reports whether x lies in the range (false for NaN).
func (r Range) Contains(x float64) bool { return x >= r.Min && x <= r.Max }

// Clamp returns x limited to the range; NaN becomes Min so a bad value can never spread.
func (r Range) Clamp(x float64) float64 {
	if !(x >= r.Min) { // also true for NaN
		return r.Min
	}
	if x > r.Max {
		return r.Max
	}
	return x
}

// The bounds are generous: with DefaultParams the worst sustained inputs (integrity 0,
// stress 1, no probiotic) keep every value well inside them (tested), so clamping is a
// safety net against odd Params, never part of the dynamics. Gauges may use them as scale.
var (
	rangePermeability   = Range{0.5, 8}
	rangeZonulin        = Range{0.5, 6}
	rangeDamage         = Range{0, 2}
	rangeLPS            = Range{0.5, 8}
	rangeIFABP          = Range{0.5, 6}
	rangeCytokines      = Range{0.5, 12}
	rangeIDO            = Range{0.5, 8}
	rangeKynTrp         = Range{0.5, 8}
	rangeTrpBrain       = Range{0.4, 1.2}
	rangeGutSerotonin   = Range{0.5, 4}
	rangeBrainSerotonin = Range{0.8, 1.1} // at most −15 % by design (claim 6, L11)
	rangeVagal          = Range{0.5, 6}
	rangeAcetate        = Range{0.5, 3}
	rangeCortisol       = Range{0.5, 5}
	rangeAnxiety        = Range{0.5, 6}
)

// indexFields lists every index of State (all fields but Hours) in the order of the causal
// chain, with its range. It is the one home of the name ↔ field ↔ range mapping.
var indexFields = [...]struct {
	name string
	r    Range
	get  func(*State) float64
}{
	{"Zonulin", rangeZonulin, func(s *State) float64 { return s.Zonulin }},
	{"Permeability", rangePermeability, func(s *State) float64 { return s.Permeability }},
	{"Damage", rangeDamage, func(s *State) float64 { return s.Damage }},
	{"IFABP", rangeIFABP, func(s *State) float64 { return s.IFABP }},
	{"LPS", rangeLPS, func(s *State) float64 { return s.LPS }},
	{"Cytokines", rangeCytokines, func(s *State) float64 { return s.Cytokines }},
	{"IDO", rangeIDO, func(s *State) float64 { return s.IDO }},
	{"KynTrp", rangeKynTrp, func(s *State) float64 { return s.KynTrp }},
	{"TrpBrain", rangeTrpBrain, func(s *State) float64 { return s.TrpBrain }},
	{"BrainSerotonin", rangeBrainSerotonin, func(s *State) float64 { return s.BrainSerotonin }},
	{"GutSerotonin", rangeGutSerotonin, func(s *State) float64 { return s.GutSerotonin }},
	{"Vagal", rangeVagal, func(s *State) float64 { return s.Vagal }},
	{"Acetate", rangeAcetate, func(s *State) float64 { return s.Acetate }},
	{"Cortisol", rangeCortisol, func(s *State) float64 { return s.Cortisol }},
	{"Anxiety", rangeAnxiety, func(s *State) float64 { return s.Anxiety }},
}

// Ranges returns the bound of every index of State, keyed by its Go field name (e.g.
// "LPS"); Hours has no entry (it only grows). Every value the model produces always lies
// inside its range. The map is a fresh copy the caller may keep or change.
func Ranges() map[string]Range {
	m := make(map[string]Range, len(indexFields))
	for _, f := range indexFields {
		m[f.name] = f.r
	}
	return m
}

// FieldNames returns the names of the indices of State (every field but Hours), in the
// order of the causal chain from gut barrier to brain. It is a fresh slice.
func FieldNames() []string {
	names := make([]string, len(indexFields))
	for i, f := range indexFields {
		names[i] = f.name
	}
	return names
}

// Value returns the index of s named like its Go field (as in Ranges and FieldNames), so
// views can look values up by name; ok is false for an unknown name and for Hours.
func (s State) Value(name string) (v float64, ok bool) {
	for _, f := range indexFields {
		if f.name == name {
			return f.get(&s), true
		}
	}
	return 0, false
}

// clampAll holds every index of s inside its range. It is written out rather than looped
// over indexFields so the step stays allocation-free and cheap.
func clampAll(s *State) {
	s.Zonulin = rangeZonulin.Clamp(s.Zonulin)
	s.Permeability = rangePermeability.Clamp(s.Permeability)
	s.Damage = rangeDamage.Clamp(s.Damage)
	s.IFABP = rangeIFABP.Clamp(s.IFABP)
	s.LPS = rangeLPS.Clamp(s.LPS)
	s.Cytokines = rangeCytokines.Clamp(s.Cytokines)
	s.IDO = rangeIDO.Clamp(s.IDO)
	s.KynTrp = rangeKynTrp.Clamp(s.KynTrp)
	s.TrpBrain = rangeTrpBrain.Clamp(s.TrpBrain)
	s.BrainSerotonin = rangeBrainSerotonin.Clamp(s.BrainSerotonin)
	s.GutSerotonin = rangeGutSerotonin.Clamp(s.GutSerotonin)
	s.Vagal = rangeVagal.Clamp(s.Vagal)
	s.Acetate = rangeAcetate.Clamp(s.Acetate)
	s.Cortisol = rangeCortisol.Clamp(s.Cortisol)
	s.Anxiety = rangeAnxiety.Clamp(s.Anxiety)
}
