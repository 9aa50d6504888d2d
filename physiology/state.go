// Package physiology is the causal model of the gut–brain axis that the app animates.
//
// It is a small system of first-order relaxations in simulated hours, following the toy
// model of SCIENCE.md (section B.3). Every quantity is a dimensionless index with a
// baseline of 1 (healthy, intact barrier, no stress). Every parameter is illustrative: the
// model teaches directions of effect and time scales, it does not predict a person.
//
// The package never imports Fyne: views read State and draw it.
package physiology

// Inputs are what a person controls. Setters clamp them into range, so any value is safe.
type Inputs struct {
	// Integrity of the gut barrier, 0 (badly compromised) to 1 (intact).
	Integrity float64
	// Stress is psychological stress, 0 (none) to 1 (intense).
	Stress float64
	// Probiotic is true while an (animal-evidence) barrier-protective probiotic is given.
	Probiotic bool
}

// State is the model's full state at one simulated moment. Index values are
// dimensionless with baseline 1 unless said otherwise.
type State struct {
	// Hours of simulated time since the start, in whole StepHours steps. Hours 0 is
	// Day 1, 06:00 (StartClockHour); Clock turns it into a day and time of day.
	Hours float64

	// Permeability of the gut lining (lactulose/mannitol-like index).
	Permeability float64
	// Zonulin is the local zonulin signal loosening tight junctions (lab-study mechanism).
	Zonulin float64
	// Damage is epithelial injury, 0 (none) upward; repaired over days by cell turnover.
	Damage float64
	// LPS is endotoxin activity in the blood.
	LPS float64
	// IFABP is intestinal fatty acid-binding protein in blood, a marker of lining-cell damage.
	IFABP float64
	// Cytokines are systemic pro-inflammatory cytokines (IL-6, TNF-α, IL-1β).
	Cytokines float64
	// IDO is the activity of indoleamine 2,3-dioxygenase.
	IDO float64
	// KynTrp is the kynurenine:tryptophan ratio in blood.
	KynTrp float64
	// TrpBrain is tryptophan available to the brain (crosses the BBB on LAT1).
	TrpBrain float64
	// GutSerotonin is serotonin released in the gut wall; it never reaches the brain.
	GutSerotonin float64
	// BrainSerotonin is serotonin synthesis inside the brain (TPH2), fed by TrpBrain.
	BrainSerotonin float64
	// Vagal is vagal afferent activity. It responds in about a second, far below one step,
	// so the model sets it algebraically each step from gut serotonin, cytokines and the
	// probiotic signal.
	Vagal float64
	// Acetate is microbial acetate in blood.
	Acetate float64
	// Cortisol is the HPA-axis stress hormone output.
	Cortisol float64
	// Anxiety is an anxiety-like ("sickness behaviour") index; illustrative, not a score of a person.
	Anxiety float64
}
