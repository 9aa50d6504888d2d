package physiology

import (
	"fmt"
	"math"
	"reflect"
)

// Params holds every parameter of the toy model (SCIENCE.md B.3). Every value is
// illustrative: it was chosen so the model shows the right directions of effect, the
// time scales of SCIENCE.md B.1 and the rough magnitudes of B.2, and for nothing else.
// Time constants (fields named Tau…) are in simulated hours; gains are dimensionless.
// Only the calibration targets quoted in the comments come from studies.
//
// Every gain is non-negative: the sign of each effect is fixed by the equations in
// model.go, so a parameter can weaken or strengthen a link but never reverse it.
type Params struct {
	// TauZonulin: zonulin signal time constant, 0.5 h. Illustrative; lab studies
	// describe a "rapid", "reversible" opening (Clemente 2003), time constants unverified (B.1).
	TauZonulin float64
	// TauDamage: time constant of epithelial injury building up under compromise, 12 h.
	// Illustrative; no study in SCIENCE.md gives it.
	TauDamage float64
	// TauRepair: time constant of damage healing, 96 h. Illustrative; epithelial
	// turnover is ~3–5 days (B.1: Cheng & Leblond 1974; Darwich 2014).
	TauRepair float64
	// TauPermeability: tight-junction (functional) permeability time constant, 1.25 h.
	// Illustrative; B.3 gives τB ≈ 1–2 h; stress acts "within ~2 h" (Vanuytsel 2014).
	TauPermeability float64
	// TauLPS: plasma endotoxin time constant, 0.75 h. Illustrative; B.3 gives
	// τE ≈ 0.5–1 h (hepatic clearance, unverified ◐).
	TauLPS float64
	// TauIFABP: blood I-FABP time constant, 0.5 h. Illustrative; a small cytosolic
	// protein released on injury (A.1 claim 7); kinetics unverified.
	TauIFABP float64
	// TauCytokines: systemic cytokine time constant, 1.5 h. Illustrative; B.3 gives
	// τI ≈ 1–3 h; IV LPS raises TNF-α and IL-6 within 1–2 h (B.1).
	TauCytokines float64
	// TauIDO: IDO induction time constant, 12 h. Illustrative; the mouse
	// IDO → kynurenine → behaviour sequence takes ~24 h (O'Connor lab, B.1).
	TauIDO float64
	// TauKynTrp: kynurenine:tryptophan time constant, 36 h. Illustrative; B.3 gives
	// τK ≈ 1–3 days (mouse ~24 h; human IFN-α: weeks).
	TauKynTrp float64
	// TauTrpBrain: brain tryptophan supply time constant, 24 h. Illustrative; follows
	// the slow kynurenine shift (B.1).
	TauTrpBrain float64
	// TauBrainSerotonin: brain (TPH2) serotonin synthesis time constant, 24 h. Illustrative.
	TauBrainSerotonin float64
	// TauGutSerotonin: enterochromaffin serotonin release time constant, 0.5 h.
	// Illustrative; no time constant in SCIENCE.md.
	TauGutSerotonin float64
	// TauAcetate: blood acetate time constant, 2 h. Illustrative; colonic acetate reaches
	// blood in ~45 min to hours (Pomare 1985, B.1).
	TauAcetate float64
	// TauCortisol: cortisol time constant, 0.5 h. Illustrative; the HPA rise takes
	// tens of minutes, recovery ~1 h (Dickerson & Kemeny 2004, B.1 ◐).
	TauCortisol float64
	// TauAnxiety: anxiety-like index time constant, 1 h. Illustrative; after IV LPS
	// anxiety follows within hours, the same day (Reichenberg 2001, B.1).
	TauAnxiety float64

	// ZonulinCompromise: zonulin signal rise at full compromise (target 1 + 2·c).
	// Illustrative; mechanism from lab studies only (L3 [Animal/lab causal]); never a blood test.
	ZonulinCompromise float64
	// DamageCompromise: epithelial damage reached under sustained compromise, scaled by
	// c² so mild compromise mostly loosens junctions and only severe compromise injures
	// cells (A.1 claim 1: pore/leak versus the unrestricted route). Illustrative.
	DamageCompromise float64
	// PermZonulin: permeability per unit of zonulin signal above baseline. Illustrative (L3).
	PermZonulin float64
	// PermStress: permeability added by stress 1, chosen so stress 1 alone gives
	// permeability ≈ 2 after 2 h. Illustrative gain; the ×2 target is Vanuytsel 2014
	// (public speech, L/M 0.030 → 0.059; L2 [Human experiment], acute only).
	PermStress float64
	// PermCytokines: feedback of cytokines onto tight junctions (IL-1β, TNF;
	// Al-Sadi & Ma 2007, A.1 claim 8). Illustrative; keeps LoopGain well below 1.
	PermCytokines float64
	// PermDamage: permeability added per unit of epithelial damage (the unrestricted
	// route, A.1 claim 1). Illustrative.
	PermDamage float64
	// ProbioticStressPerm multiplies the stress → permeability term while a probiotic is
	// given (0.5 halves it). Illustrative; animal evidence only: L. farciminis prevented
	// stress-induced hyperpermeability in rats (Ait-Belgnaoui 2012; L17 [Animal/lab causal]).
	ProbioticStressPerm float64

	// LPSPermeability: endotoxin activity per unit of permeability above baseline.
	// Illustrative; L5 is [Animal/lab causal] (Ait-Belgnaoui 2012), human evidence indirect.
	LPSPermeability float64
	// MealLPS: peak of the normal postprandial endotoxin bump (claim 5b: some LPS entry is
	// normal, e.g. in chylomicrons after a fatty meal). Illustrative; timing from B.1
	// (peak ~30 min, raised up to 3–5 h).
	MealLPS float64
	// MealClockHours: clock hours of the three daily meals (08:00, 13:00, 19:00). Illustrative.
	MealClockHours [3]float64
	// MealHours: how long one meal bump lasts (it peaks a quarter of the way in), 4 h.
	// Illustrative; postprandial LPS raised for ~3–5 h (Deopurkar 2010 via B.1).
	MealHours float64

	// IFABPDamage: blood I-FABP per unit of damage. I-FABP marks enterocyte damage, not
	// tight-junction opening (A.1 claim 7), so it depends on Damage only. Illustrative.
	IFABPDamage float64
	// CytokinesLPS: cytokine index per unit of endotoxin above baseline. Illustrative;
	// L6 [Established] for injected LPS (IL-6 ~×10, TNF-α ~×5 after 0.8 ng/kg, B.2 unverified);
	// the far lower "leaky gut" levels are not shown to do this (claim 5c).
	CytokinesLPS float64
	// IDOCytokines: IDO activity per unit of cytokines above baseline. Illustrative;
	// L9 [Established] biochemistry (O'Connor 2009b; Capuron 2003).
	IDOCytokines float64
	// KynTrpIDO: kynurenine:tryptophan ratio per unit of IDO above baseline. Illustrative (L9).
	KynTrpIDO float64
	// TrpBrainKynTrp: fall of brain tryptophan supply per unit of KynTrp above baseline;
	// deliberately small because under IFN-α blood but not CSF tryptophan fell
	// (Raison 2010). Illustrative.
	TrpBrainKynTrp float64
	// TrpBrainFloor: lowest brain tryptophan supply the model allows, 0.5. Illustrative.
	TrpBrainFloor float64
	// BrainSerotoninTrp: brain serotonin synthesis per unit of tryptophan supply; small so
	// that the worst case (TrpBrain at its floor) lowers it by at most 15 %, because the
	// "serotonin depletion" framing is weak (L11 [Hypothesis]/[Contested]). Illustrative.
	BrainSerotoninTrp float64

	// GutSerotoninCytokines: rise of enterochromaffin serotonin release with inflammation.
	// Illustrative assumption; gut serotonin acts locally and on vagal afferents only
	// (claim 4c) and never enters the brain (L12).
	GutSerotoninCytokines float64
	// GutSerotoninStress: rise of enterochromaffin serotonin release with stress.
	// Illustrative assumption, not a value from SCIENCE.md.
	GutSerotoninStress float64
	// VagalGutSerotonin: vagal afferent activity per unit of gut serotonin (5-HT3 receptors
	// on afferents; Mawe & Hoffman 2013, claim 4c). Illustrative.
	VagalGutSerotonin float64
	// VagalCytokines: vagal sensing of inflammation (neural route, Dantzer 2008; L7). Illustrative.
	VagalCytokines float64
	// VagalProbiotic: vagal signal while a probiotic is given. Illustrative; animal evidence
	// only: JB-1 effects abolished by vagotomy (Bravo 2011; L14 [Animal/lab causal]).
	VagalProbiotic float64

	// AcetateProbiotic: blood acetate added while a probiotic (with its fibre) is given.
	// Illustrative assumption; acetate is largely independent of the barrier (claim 4d).
	AcetateProbiotic float64
	// MealAcetate: peak of the meal-linked acetate drive (fermentation of meal fibre).
	// Illustrative; smoothed by TauAcetate into a bump peaking hours after a meal (Pomare 1985).
	MealAcetate float64

	// CortisolStress: cortisol rise at stress 1. Illustrative; HPA stress response (B.1).
	CortisolStress float64
	// ProbioticCortisol multiplies the stress → cortisol term while a probiotic is given.
	// Illustrative; animal evidence only: blunted HPA response (Ait-Belgnaoui 2012, 2014;
	// L17); in humans JB-1 had no effect on the HPA response (Kelly 2017).
	ProbioticCortisol float64
	// CortisolCytokines: cortisol rise with systemic inflammation (IV LPS raised cortisol,
	// Reichenberg 2001). Illustrative.
	CortisolCytokines float64

	// AnxietyStress: direct effect of psychological stress on the anxiety-like index (B.3: "A
	// includes direct psychological stress"). Illustrative.
	AnxietyStress float64
	// AnxietyVagal: anxiety-like index per unit of the inflammatory ("sickness") part of the
	// vagal signal (neural route, Dantzer 2008). Illustrative.
	AnxietyVagal float64
	// AnxietyCytokines: anxiety-like index per unit of cytokines; acute, transient anxiety
	// after IV LPS (Reichenberg 2001; L8 [Human experiment]). Illustrative.
	AnxietyCytokines float64
	// AnxietyKynTrp: anxiety-like index per unit of KynTrp; stands for kynurenine
	// metabolites acting on NMDA receptors, not serotonin shortage (O'Connor 2009a;
	// L10 [Animal/lab causal]; evidence mostly depression). Illustrative.
	AnxietyKynTrp float64
	// AnxietyProbiotic: small fall of the anxiety-like index while a probiotic is given.
	// Illustrative; animal evidence (Bravo 2011); in humans the pooled effect is very small
	// (d ≈ −0.10, Liu 2019) and contested (L16): not an established treatment.
	AnxietyProbiotic float64
}

// DefaultParams returns the illustrative parameter set the app uses. See Params for the
// basis of every value. With these values full compromise (integrity 0) for 2 days gives
// permeability ≈ 3.1, LPS ≈ 3.1, cytokines ≈ 4.1, KynTrp ≈ 1.9 (still rising over days)
// and an anxiety-like index ≈ 1.7; stress 1 alone gives permeability ≈ 2 after 2 h.
func DefaultParams() Params {
	return Params{
		TauZonulin:        0.5,
		TauDamage:         12,
		TauRepair:         96,
		TauPermeability:   1.25,
		TauLPS:            0.75,
		TauIFABP:          0.5,
		TauCytokines:      1.5,
		TauIDO:            12,
		TauKynTrp:         36,
		TauTrpBrain:       24,
		TauBrainSerotonin: 24,
		TauGutSerotonin:   0.5,
		TauAcetate:        2,
		TauCortisol:       0.5,
		TauAnxiety:        1,

		ZonulinCompromise:   2,
		DamageCompromise:    1,
		PermZonulin:         0.8,
		PermStress:          1.2,
		PermCytokines:       0.1,
		PermDamage:          0.15,
		ProbioticStressPerm: 0.5,

		LPSPermeability: 1,
		MealLPS:         0.15,
		MealClockHours:  [3]float64{8, 13, 19},
		MealHours:       4,

		IFABPDamage:       1.2,
		CytokinesLPS:      1.5,
		IDOCytokines:      0.5,
		KynTrpIDO:         1,
		TrpBrainKynTrp:    0.1,
		TrpBrainFloor:     0.5,
		BrainSerotoninTrp: 0.3,

		GutSerotoninCytokines: 0.1,
		GutSerotoninStress:    0.3,
		VagalGutSerotonin:     0.5,
		VagalCytokines:        0.2,
		VagalProbiotic:        0.2,

		AcetateProbiotic: 0.15,
		MealAcetate:      0.3,

		CortisolStress:    1.5,
		ProbioticCortisol: 0.7,
		CortisolCytokines: 0.1,

		AnxietyStress:    0.6,
		AnxietyVagal:     0.2,
		AnxietyCytokines: 0.1,
		AnxietyKynTrp:    0.3,
		AnxietyProbiotic: 0.05,
	}
}

// LoopGain is the gain around the inflammation ⇄ barrier feedback loop
// (permeability → LPS → cytokines → permeability). Below 1 the loop settles; the default
// is 0.15, so the feedback amplifies a leak by 1/(1−0.15) ≈ 1.18 and never runs away.
func (p Params) LoopGain() float64 {
	return p.PermCytokines * p.LPSPermeability * p.CytokinesLPS
}

// maxLoopGain keeps the feedback loop well below instability, so clamping to Ranges
// stays a safety net rather than the thing that stops a runaway.
const maxLoopGain = 0.5

// Validate reports the first field that would make the model meaningless: a time constant
// that is not positive and finite, a negative or non-finite gain, a probiotic factor or
// tryptophan floor outside 0..1, a meal outside the day, a meal bump longer than 12 h, or a
// feedback loop gain of maxLoopGain or more.
func (p Params) Validate() error {
	// Walk the struct by reflection so a field added later is checked too; Validate runs
	// once per model, never in the step loop.
	v := reflect.ValueOf(p)
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Type.Kind() != reflect.Float64 {
			continue
		}
		x := v.Field(i).Float()
		if math.IsNaN(x) || math.IsInf(x, 0) || x < 0 {
			return fmt.Errorf("physiology: Params.%s = %v, want a finite value ≥ 0", f.Name, x)
		}
		if len(f.Name) > 3 && f.Name[:3] == "Tau" && x == 0 {
			return fmt.Errorf("physiology: Params.%s = 0, want a time constant > 0", f.Name)
		}
	}
	// A slice, not a map, so the reported field is the same on every run.
	for _, f := range []struct {
		name string
		x    float64
	}{
		{"ProbioticStressPerm", p.ProbioticStressPerm},
		{"ProbioticCortisol", p.ProbioticCortisol},
		{"TrpBrainFloor", p.TrpBrainFloor},
	} {
		if f.x > 1 {
			return fmt.Errorf("physiology: Params.%s = %v, want 0..1", f.name, f.x)
		}
	}
	for i, h := range p.MealClockHours {
		if !(h >= 0 && h < 24) {
			return fmt.Errorf("physiology: Params.MealClockHours[%d] = %v, want 0 ≤ h < 24", i, h)
		}
	}
	if !(p.MealHours > 0 && p.MealHours <= 12) {
		return fmt.Errorf("physiology: Params.MealHours = %v, want 0 < h ≤ 12", p.MealHours)
	}
	if g := p.LoopGain(); !(g < maxLoopGain) {
		return fmt.Errorf("physiology: Params.LoopGain() = %v, want < %v for a stable loop", g, maxLoopGain)
	}
	return nil
}
