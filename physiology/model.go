package physiology

import "math"

// StepHours is the fixed integration step: one simulated minute. It is far shorter than
// every time constant (the fastest is 0.5 h) and the vagal signal, faster still, is
// computed algebraically, so the step is always stable and accurate.
const StepHours = 1.0 / 60

// MaxAdvanceHours caps the simulated time one Advance call may cover (30 days), so a
// runaway caller (a huge or corrupted frame time) cannot freeze the app.
const MaxAdvanceHours = 30 * 24

const (
	nanosPerHour = 3600e9
	nanosPerStep = int64(60e9) // one simulated minute
)

// Model is the toy gut–brain model: inputs, state and fixed parameters. Time only moves
// inside Advance, in whole steps, so the same sequence of calls always gives a
// bit-identical state. A Model is not safe for concurrent use.
type Model struct {
	p  Params
	in Inputs
	s  State

	steps int64 // whole steps integrated so far; Hours and the clock derive from it
	carry int64 // simulated nanoseconds requested but not yet integrated (< one step)

	// Per-step relaxation fractions 1 − exp(−StepHours/τ), precomputed once. Using the
	// exact exponential of a first-order relaxation keeps a step stable for any τ > 0.
	aZon, aDmgUp, aDmgDown, aPerm, aLPS, aIFABP, aCyt, aIDO, aKyn,
	aTrp, aBrain5HT, aGut5HT, aAcetate, aCort, aAnx float64

	mealMinute  [3]int64 // minute of the day each meal starts
	mealMinutes float64  // length of one meal bump in minutes
}

// New returns a model in the baseline steady state: integrity 1, stress 0, no probiotic,
// Hours 0 (Day 1, 06:00) and every index at its baseline, with DefaultParams.
func New() *Model { return NewWithParams(DefaultParams()) }

// NewWithParams is New with the given parameters. Params are compiled into the app, so
// invalid ones are a programming error: it panics with the message of p.Validate.
func NewWithParams(p Params) *Model {
	if err := p.Validate(); err != nil {
		panic(err)
	}
	m := &Model{p: p}
	frac := func(tau float64) float64 { return -math.Expm1(-StepHours / tau) }
	m.aZon = frac(p.TauZonulin)
	m.aDmgUp = frac(p.TauDamage)
	m.aDmgDown = frac(p.TauRepair)
	m.aPerm = frac(p.TauPermeability)
	m.aLPS = frac(p.TauLPS)
	m.aIFABP = frac(p.TauIFABP)
	m.aCyt = frac(p.TauCytokines)
	m.aIDO = frac(p.TauIDO)
	m.aKyn = frac(p.TauKynTrp)
	m.aTrp = frac(p.TauTrpBrain)
	m.aBrain5HT = frac(p.TauBrainSerotonin)
	m.aGut5HT = frac(p.TauGutSerotonin)
	m.aAcetate = frac(p.TauAcetate)
	m.aCort = frac(p.TauCortisol)
	m.aAnx = frac(p.TauAnxiety)
	for i, h := range p.MealClockHours {
		m.mealMinute[i] = int64(math.Round(h*60)) % minutesPerDay
	}
	m.mealMinutes = p.MealHours * 60
	m.Reset()
	return m
}

// Baseline returns the healthy rest state at Hours 0: every index 1, Damage 0. It is the
// fixed point of the equations with an intact barrier, no stress, no probiotic, no meal.
func Baseline() State {
	return State{
		Permeability: 1, Zonulin: 1, Damage: 0, LPS: 1, IFABP: 1, Cytokines: 1,
		IDO: 1, KynTrp: 1, TrpBrain: 1, GutSerotonin: 1, BrainSerotonin: 1,
		Vagal: 1, Acetate: 1, Cortisol: 1, Anxiety: 1,
	}
}

// Reset returns the model to New's state and inputs (Baseline, intact, no stress, no
// probiotic, Hours 0), keeping its parameters.
func (m *Model) Reset() {
	m.in = Inputs{Integrity: 1}
	m.s = Baseline()
	m.steps, m.carry = 0, 0
}

// SetInputs sets the inputs for the following steps. Integrity and Stress are clamped into
// 0..1; NaN or ±Inf becomes the safe default (intact barrier, no stress), so no input can
// make the state non-finite.
func (m *Model) SetInputs(in Inputs) {
	m.in = Inputs{
		Integrity: clampInput(in.Integrity, 1),
		Stress:    clampInput(in.Stress, 0),
		Probiotic: in.Probiotic,
	}
}

// clampInput limits x to 0..1 and replaces a non-finite x by def.
func clampInput(x, def float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return def
	case x < 0:
		return 0
	case x > 1:
		return 1
	}
	return x
}

// Inputs returns the current (clamped) inputs.
func (m *Model) Inputs() Inputs { return m.in }

// State returns a copy of the current state; changing it does not affect the model.
func (m *Model) State() State { return m.s }

// Advance moves simulated time forward by hours, in whole StepHours steps. Time that does
// not fill a step is carried to the next call (to the nanosecond), so Advance(a) then
// Advance(b) integrates the same steps as Advance(a+b). Negative, zero, NaN and ±Inf
// durations are ignored; one call covers at most MaxAdvanceHours. It allocates nothing.
func (m *Model) Advance(hours float64) {
	if !(hours > 0) || math.IsInf(hours, 1) {
		return
	}
	if hours > MaxAdvanceHours {
		hours = MaxAdvanceHours
	}
	// Integer nanoseconds make the carry exact: a multiple of the step converts to an exact
	// multiple of nanosPerStep, so split and whole calls count the same steps.
	m.carry += int64(math.Round(hours * nanosPerHour))
	n := m.carry / nanosPerStep
	m.carry -= n * nanosPerStep
	for ; n > 0; n-- {
		m.step()
	}
}

// step integrates one StepHours. Every target is computed from the state at the start of
// the step, then every index relaxes towards its target by the exact first-order fraction,
// so the update does not depend on the order of the lines. Indices have baseline 1; the
// "x − 1" terms are deviations from baseline. c is compromise (1 − integrity).
func (m *Model) step() {
	p := &m.p
	s := &m.s
	in := m.in

	c := 1 - in.Integrity
	stressPerm, stressCort, probiotic := in.Stress, in.Stress, 0.0
	if in.Probiotic {
		// Animal evidence only (Ait-Belgnaoui 2012): the probiotic blunts the stress route.
		stressPerm *= p.ProbioticStressPerm
		stressCort *= p.ProbioticCortisol
		probiotic = 1
	}
	meal := m.mealDrive((m.steps + startMinute) % minutesPerDay)
	cyt := s.Cytokines - 1
	// The inflammatory ("sickness") part of the vagal signal, as of the start of the step.
	alarm := p.VagalGutSerotonin*(s.GutSerotonin-1) + p.VagalCytokines*cyt

	// Barrier: the zonulin signal and injury follow compromise; permeability sums the
	// junction (zonulin), stress (CRH, mast cells), cytokine feedback and damage routes.
	zonT := 1 + p.ZonulinCompromise*c
	dmgT := p.DamageCompromise * c * c
	permT := 1 + p.PermZonulin*(s.Zonulin-1) + p.PermStress*stressPerm +
		p.PermCytokines*cyt + p.PermDamage*s.Damage
	// Blood: endotoxin from the leak plus the normal meal entry; I-FABP from damage only.
	lpsT := 1 + p.LPSPermeability*(s.Permeability-1) + p.MealLPS*meal
	ifabpT := 1 + p.IFABPDamage*s.Damage
	// Immune: cytokines from endotoxin; IDO from cytokines; the kynurenine shift from IDO.
	cytT := 1 + p.CytokinesLPS*(s.LPS-1)
	idoT := 1 + p.IDOCytokines*cyt
	kynT := 1 + p.KynTrpIDO*(s.IDO-1)
	// Brain supply: tryptophan falls modestly with the shift; brain serotonin (TPH2) follows
	// tryptophan a little and never reads gut serotonin, which cannot cross the BBB.
	trpT := math.Max(p.TrpBrainFloor, 1-p.TrpBrainKynTrp*(s.KynTrp-1))
	brain5HTT := 1 + p.BrainSerotoninTrp*(s.TrpBrain-1)
	gut5HTT := 1 + p.GutSerotoninCytokines*cyt + p.GutSerotoninStress*in.Stress
	acetateT := 1 + p.AcetateProbiotic*probiotic + p.MealAcetate*meal
	cortT := 1 + p.CortisolStress*stressCort + p.CortisolCytokines*cyt
	// Anxiety-like index: stress, vagal sickness signal, cytokines and kynurenine metabolites;
	// deliberately no brain-serotonin term (claim 6: not "serotonin depletion").
	anxT := 1 + p.AnxietyStress*in.Stress + p.AnxietyVagal*alarm + p.AnxietyCytokines*cyt +
		p.AnxietyKynTrp*(s.KynTrp-1) - p.AnxietyProbiotic*probiotic

	s.Zonulin += m.aZon * (zonT - s.Zonulin)
	if dmgT > s.Damage {
		s.Damage += m.aDmgUp * (dmgT - s.Damage)
	} else {
		s.Damage += m.aDmgDown * (dmgT - s.Damage) // healing needs epithelial turnover
	}
	s.Permeability += m.aPerm * (permT - s.Permeability)
	s.LPS += m.aLPS * (lpsT - s.LPS)
	s.IFABP += m.aIFABP * (ifabpT - s.IFABP)
	s.Cytokines += m.aCyt * (cytT - s.Cytokines)
	s.IDO += m.aIDO * (idoT - s.IDO)
	s.KynTrp += m.aKyn * (kynT - s.KynTrp)
	s.TrpBrain += m.aTrp * (trpT - s.TrpBrain)
	s.BrainSerotonin += m.aBrain5HT * (brain5HTT - s.BrainSerotonin)
	s.GutSerotonin += m.aGut5HT * (gut5HTT - s.GutSerotonin)
	s.Acetate += m.aAcetate * (acetateT - s.Acetate)
	s.Cortisol += m.aCort * (cortT - s.Cortisol)
	s.Anxiety += m.aAnx * (anxT - s.Anxiety)
	clampAll(s)

	// Vagal afferents respond in about a second (B.1), far below one step, so the signal is
	// set algebraically from the updated gut serotonin, cytokines and probiotic.
	s.Vagal = rangeVagal.Clamp(1 + p.VagalGutSerotonin*(s.GutSerotonin-1) +
		p.VagalCytokines*(s.Cytokines-1) + p.VagalProbiotic*probiotic)

	m.steps++
	s.Hours = float64(m.steps) / 60
}

// Clone returns an independent copy of the model: same parameters, inputs, state and
// step carry, so it continues exactly as the original would.
func (m *Model) Clone() *Model {
	c := *m
	return &c
}

// Restore makes the model an exact copy of another (for example a story beat's state).
func (m *Model) Restore(from *Model) { *m = *from }
