package screens

import (
	"math"
	"slices"

	"fyne.io/fyne/v2"

	"gutbrain/diagrams"
)

// A fingertip covers more than one point. The diagram hit-tests a point, and at the
// kiosk's 1080p size some parts are thinner than a fingertip (measured by
// TestKioskDiagramPartsAreTouchSized: the routes about 38 units wide, the blood–brain
// barrier 36, the tight-junction row 30, the CVO and endothelium spots 44). The kiosk
// therefore resolves a tap as a fingertip: a thin part within fingerReach of the tap
// wins over the broad part under it, so every part gets at least a 48-unit square
// without changing the diagram's own geometry (which desktop pointers use as drawn).

// fingerReach is how far, in units, a thin part reaches out to a tap.
const fingerReach = 12

// thinParts are the parts thinner than a fingertip, in the diagram's own precedence
// (spots on the barrier before the routes crossing it, the routes before the bands).
var thinParts = []diagrams.Part{
	diagrams.PartCVO, diagrams.PartEndothelium, diagrams.PartNeural, diagrams.PartHumoral,
	diagrams.PartImmune, diagrams.PartBBB, diagrams.PartJunctions,
}

// fingerOffsets are the points a fingertip covers around a tap, nearest first, computed
// once so resolving a tap allocates nothing.
var fingerOffsets = func() []fyne.Position {
	var out []fyne.Position
	for r := float32(2); r <= fingerReach; r += 2 {
		for i := 0; i < 16; i++ {
			a := 2 * math.Pi * float64(i) / 16
			out = append(out, fyne.NewPos(r*float32(math.Cos(a)), r*float32(math.Sin(a))))
		}
	}
	return out
}()

// fingerPartAt is the part a fingertip at pos selects: the highest-precedence thin part
// under any point of the fingertip, else the part under its centre.
func fingerPartAt(d *diagrams.Diagram, pos fyne.Position) diagrams.Part {
	direct := d.PartAt(pos)
	best := slices.Index(thinParts, direct)
	if best == 0 {
		return direct
	}
	for _, o := range fingerOffsets {
		if i := slices.Index(thinParts, d.PartAt(pos.Add(o))); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	if best >= 0 {
		return thinParts[best]
	}
	return direct
}
