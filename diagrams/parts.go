package diagrams

import "fyne.io/fyne/v2/lang"

// Part names one thing a person can select on the diagram or in its legend: an anatomical
// structure, a route of the gut–brain axis, or a kind of particle. The screens show the
// panel for the selected part, so the string values are stable keys (also used in content
// file names) and must not change.
type Part string

// Structures, bottom (gut) to top (brain).
const (
	// PartLumen is the inside of the gut with its bacteria (and their LPS).
	PartLumen Part = "lumen"
	// PartEpithelium is the one-cell-thick lining (with its mucus layer).
	PartEpithelium Part = "epithelium"
	// PartJunctions are the tight junctions that seal the gaps between lining cells.
	PartJunctions Part = "junctions"
	// PartLamina is the lamina propria under the lining, with its immune cells.
	PartLamina Part = "lamina"
	// PartBlood is the portal blood vessel and the liver it drains into.
	PartBlood Part = "blood"
	// PartBBB is the blood–brain barrier.
	PartBBB Part = "bbb"
	// PartCVO is a circumventricular organ, a naturally leaky spot of the barrier.
	PartCVO Part = "cvo"
	// PartEndothelium is the barrier's endothelium where cytokines signal without entering.
	PartEndothelium Part = "endothelium"
	// PartBrainstem is the brainstem (nucleus tractus solitarius) where the vagus ends.
	PartBrainstem Part = "brainstem"
	// PartNeurons are brain neurons, which make the brain's own serotonin.
	PartNeurons Part = "neurons"
	// PartMicroglia are the brain's resident immune cells.
	PartMicroglia Part = "microglia"
	// PartHPA is the stress (hypothalamic–pituitary–adrenal) loop from brain back to gut.
	PartHPA Part = "hpa"
)

// Routes of the gut–brain axis.
const (
	// PartNeural is the neural route: the vagus nerve.
	PartNeural Part = "neural"
	// PartHumoral is the humoral route: molecules carried in the blood.
	PartHumoral Part = "humoral"
	// PartImmune is the immune route: cytokines.
	PartImmune Part = "immune"
)

// Particle parts, selectable through the Legend.
const (
	// PartLPS is lipopolysaccharide (endotoxin) from bacterial outer membranes.
	PartLPS Part = "lps"
	// PartCytokines are pro-inflammatory cytokines (IL-6, TNF-α, IL-1β).
	PartCytokines Part = "cytokines"
	// PartSerotonin is serotonin (gut serotonin in the gut wall; the brain makes its own).
	PartSerotonin Part = "serotonin"
	// PartTryptophan is tryptophan, serotonin's building block.
	PartTryptophan Part = "tryptophan"
	// PartKynurenine is kynurenine, where inflammation diverts tryptophan.
	PartKynurenine Part = "kynurenine"
	// PartAcetate is acetate, the short-chain fatty acid shown to reach the brain.
	PartAcetate Part = "acetate"
)

// Parts lists every part selectable on the diagram itself (structures and routes), bottom
// to top, then the routes. Particle parts are selected through the Legend.
func Parts() []Part {
	return []Part{
		PartLumen, PartEpithelium, PartJunctions, PartLamina, PartBlood,
		PartBBB, PartCVO, PartEndothelium, PartBrainstem, PartNeurons, PartMicroglia, PartHPA,
		PartNeural, PartHumoral, PartImmune,
	}
}

// Title is the part's localized name ("" for an unknown part).
func (p Part) Title() string {
	if p == "" {
		return ""
	}
	return lang.L("diagram.part." + string(p))
}

// ParticleKind is one kind of moving particle. Each kind has its own shape and colour so
// it can be told apart without colour vision.
type ParticleKind int

// The particle kinds, in legend order.
const (
	// ParticleLPS is endotoxin: a vermilion spiky triangle.
	ParticleLPS ParticleKind = iota
	// ParticleCytokine is a cytokine: a purple diamond.
	ParticleCytokine
	// ParticleSerotonin is gut serotonin: a green disc that never leaves the gut wall.
	ParticleSerotonin
	// ParticleTryptophan is tryptophan: a yellow square carried to the brain.
	ParticleTryptophan
	// ParticleKynurenine is kynurenine: an orange hexagon.
	ParticleKynurenine
	// ParticleAcetate is acetate: a light-blue ring carried to the brain.
	ParticleAcetate
	// ParticleVagalImpulse is a nerve impulse: a bright streak running up the vagus.
	ParticleVagalImpulse

	numKinds = int(ParticleVagalImpulse) + 1
)

// ParticleKinds lists every particle kind in legend order.
func ParticleKinds() []ParticleKind {
	return []ParticleKind{ParticleLPS, ParticleCytokine, ParticleSerotonin, ParticleTryptophan,
		ParticleKynurenine, ParticleAcetate, ParticleVagalImpulse}
}

// Part is the part selected when a person taps this kind's legend entry. A vagal impulse
// belongs to the neural route.
func (k ParticleKind) Part() Part {
	switch k {
	case ParticleLPS:
		return PartLPS
	case ParticleCytokine:
		return PartCytokines
	case ParticleSerotonin:
		return PartSerotonin
	case ParticleTryptophan:
		return PartTryptophan
	case ParticleKynurenine:
		return PartKynurenine
	case ParticleAcetate:
		return PartAcetate
	case ParticleVagalImpulse:
		return PartNeural
	}
	return ""
}

// Title is the kind's localized legend name.
func (k ParticleKind) Title() string {
	if k < 0 || int(k) >= numKinds {
		return ""
	}
	return lang.L("diagram.particle." + particleKeys[k])
}

var particleKeys = [numKinds]string{"lps", "cytokine", "serotonin", "tryptophan", "kynurenine", "acetate", "vagal"}
