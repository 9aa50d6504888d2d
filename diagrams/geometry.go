package diagrams

import "math"

// All diagram geometry lives here, ONCE, in normalised coordinates: x runs 0 (left) … 1
// (right), y runs 0 (top, brain) … 1 (bottom, gut lumen), so "up" always means "towards
// the brain". Drawing, particles, labels and hit-testing all scale these same numbers to
// the widget, which keeps them in register from 800×600 to 4K.

// pt is a point in normalised diagram coordinates.
type pt struct{ X, Y float32 }

// rectN is a rectangle in normalised diagram coordinates.
type rectN struct{ X0, Y0, X1, Y1 float32 }

func (r rectN) contains(p pt) bool { return p.X >= r.X0 && p.X <= r.X1 && p.Y >= r.Y0 && p.Y <= r.Y1 }
func (r rectN) centre() pt         { return pt{(r.X0 + r.X1) / 2, (r.Y0 + r.Y1) / 2} }

// Horizontal bands, top to bottom.
const (
	brainTop     = 0.012 // top of the brain tissue
	bbbTop       = 0.205 // the blood–brain barrier is the brain's lower border
	bbbBottom    = 0.250
	vesselTop    = 0.548 // portal blood vessel
	vesselBottom = 0.598
	vesselY      = (vesselTop + vesselBottom) / 2
	laminaTop    = 0.606
	epiTop       = 0.716 // basal side of the lining cells (apical side faces the lumen, below)
	junctionY    = 0.838 // tight junctions sit near the apical (lumen) end of the cells
	epiBottom    = 0.856
	mucusBottom  = 0.893
)

// Vertical route lanes and the spots where they meet the brain's border.
const (
	neuralX  = 0.095 // vagus nerve, gut wall → brainstem
	humoralX = 0.355 // blood, leaving the liver upwards
	immuneX  = 0.680 // cytokines in blood, ending at the endothelium
	stressX  = 0.935 // stress (HPA) loop, brain → gut wall
	cvoX     = 0.540 // a circumventricular organ on the barrier

	neuralBottom   = 0.672 // vagal endings in the lamina propria
	brainstemEntry = 0.272 // where the vagus enters the brainstem
	humoralBottom  = 0.452 // top of the liver
	immuneBottom   = 0.640
	immuneBranchY  = 0.350 // where the branch to the CVO leaves the immune lane
	stressTop      = 0.262 // below the pituitary
	stressBottom   = 0.600 // arrow tip at the gut wall
)

// Structures.
var (
	brainRect     = rectN{0.012, brainTop, 0.988, bbbTop}
	bbbRect       = rectN{0.178, bbbTop, 0.885, bbbBottom}
	brainstemRect = rectN{0.035, 0.068, 0.155, 0.280}
	neuronsRect   = rectN{0.235, 0.070, 0.505, 0.185}
	microgliaRect = rectN{0.590, 0.075, 0.800, 0.185}
	hypoRect      = rectN{0.870, 0.075, 0.980, 0.175} // hypothalamus, where CRH is made
	pituitary     = pt{stressX, 0.232}
	cvoRect       = rectN{cvoX - 0.036, bbbTop - 0.006, cvoX + 0.036, bbbBottom + 0.006}
	endoRect      = rectN{immuneX - 0.036, bbbTop - 0.006, immuneX + 0.036, bbbBottom + 0.006}
	vesselRect    = rectN{0.370, vesselTop, 0.900, vesselBottom}
	liverRect     = rectN{0.190, 0.440, 0.425, 0.604}
	laminaRect    = rectN{0, laminaTop, 1, epiTop}
	epiRect       = rectN{0, epiTop, 1, mucusBottom} // cells and their mucus layer
	lumenRect     = rectN{0, mucusBottom, 1, 1}
)

// Epithelium: a row of columnar cells running off both edges, so the lining reads as
// continuing beyond the picture.
const (
	cellCount = 14
	cellX0    = -0.03
	cellX1    = 1.03
	ecCell    = 1 // the enterochromaffin cell, right above the vagal endings
)

func cellWidth() float32 { return (cellX1 - cellX0) / cellCount }

// cellCentre is the x centre of cell i.
func cellCentre(i int) float32 { return cellX0 + (float32(i)+0.5)*cellWidth() }

// junctionX is the x of the tight junction between cell i-1 and cell i.
func junctionX(i int) float32 { return cellX0 + float32(i)*cellWidth() }

// Capillaries rising from under the lining into the portal vessel; blood-borne particles
// take them.
var capillaryX = []float32{0.515, 0.600, 0.765}

// Immune cells in the lamina propria; they glow as cytokines rise and are where cytokine
// particles are born.
type immuneCell struct {
	at         pt
	dendritic  bool // dendritic cell (star shape) rather than macrophage (round, ruffled)
	rotate, sz float32
}

var immuneCells = []immuneCell{
	{pt{0.470, 0.648}, false, 0.3, 1.0},
	{pt{0.555, 0.690}, true, 0.9, 1.0},
	{pt{0.630, 0.655}, false, 1.7, 0.9},
	{pt{0.735, 0.688}, true, 2.4, 0.95},
	{pt{0.815, 0.648}, false, 0.8, 1.0},
}

// Bacteria in the lumen (rods and cocci). Kept clear of the lumen label at the left.
type bacterium struct {
	at       pt
	rod      bool
	angle    float32
	sizeRank float32
}

var bacteria = []bacterium{
	{pt{0.235, 0.950}, true, 0.25, 1},
	{pt{0.300, 0.928}, false, 0, 1},
	{pt{0.318, 0.968}, false, 0, 0.8},
	{pt{0.400, 0.955}, true, -0.35, 1.1},
	{pt{0.495, 0.935}, true, 0.15, 0.9},
	{pt{0.560, 0.968}, false, 0, 1},
	{pt{0.585, 0.930}, false, 0, 0.85},
	{pt{0.660, 0.952}, true, 0.5, 1},
	{pt{0.760, 0.930}, true, -0.2, 0.95},
	{pt{0.790, 0.972}, false, 0, 0.9},
	{pt{0.870, 0.950}, true, 0.3, 1.05},
	{pt{0.945, 0.930}, false, 0, 0.9},
	{pt{0.960, 0.972}, true, -0.45, 0.8},
}

// Neuron somata in the brain (their serotonin glow follows BrainSerotonin).
var neuronSomata = []pt{{0.285, 0.118}, {0.360, 0.152}, {0.420, 0.106}, {0.468, 0.156}}

// Microglia cell bodies.
var microgliaCells = []pt{{0.635, 0.130}, {0.720, 0.110}, {0.765, 0.160}}

// Route polylines, used to draw the lanes and to hit-test them.
var (
	neuralRoute  = []pt{{neuralX, neuralBottom}, {neuralX, brainstemEntry}}
	humoralRoute = []pt{{humoralX, humoralBottom}, {humoralX, bbbBottom}}
	immuneRoute  = []pt{{immuneX, immuneBottom}, {immuneX, bbbBottom}}
	cvoBranch    = []pt{{immuneX, immuneBranchY}, {0.640, 0.330}, {0.585, 0.300}, {cvoX, bbbBottom}}
	stressRoute  = []pt{{stressX, stressTop}, {stressX, stressBottom}}
)

// refAspect is the width:height ratio path lengths are measured in, so particle speeds
// look alike across and along the lanes (the diagram is usually about this shape).
const refAspect = 1.42

func segLen(a, b pt) float32 {
	dx := float64(b.X-a.X) * refAspect
	dy := float64(b.Y - a.Y)
	return float32(math.Hypot(dx, dy))
}

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }

func clamp32(v, lo, hi float32) float32 {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
