package diagrams

import "math"

// Particle paths: every route a particle can take, built once from the geometry. A
// particle stores only its path index and the distance travelled, so a frame needs no
// allocation.

const maxPathPts = 12

// path is a polyline in normalised coordinates with cumulative lengths.
type path struct {
	pts    [maxPathPts]pt
	cum    [maxPathPts]float32 // distance from the start to each point
	n      int
	length float32
	loop   bool // particles circle it instead of finishing
}

func newPath(loop bool, pts ...pt) path {
	var p path
	p.loop = loop
	for _, q := range pts {
		p.add(q)
	}
	if loop {
		p.add(pts[0])
	}
	return p
}

func (p *path) add(q pt) {
	if p.n == maxPathPts {
		panic("diagrams: path too long")
	}
	if p.n > 0 {
		p.length += segLen(p.pts[p.n-1], q)
	}
	p.pts[p.n], p.cum[p.n] = q, p.length
	p.n++
}

// at returns the point at distance s along the path and the unit direction of travel
// there (in the reference aspect, so it can be turned into a normal).
func (p *path) at(s float32) (pos pt, dx, dy float32) {
	if s <= 0 {
		s = 0
	}
	i := 1
	for i < p.n-1 && p.cum[i] < s {
		i++
	}
	a, b := p.pts[i-1], p.pts[i]
	seg := p.cum[i] - p.cum[i-1]
	f := float32(1)
	if seg > 0 {
		f = clamp32((s-p.cum[i-1])/seg, 0, 1)
	}
	pos = pt{a.X + (b.X-a.X)*f, a.Y + (b.Y-a.Y)*f}
	ddx, ddy := (b.X-a.X)*refAspect, b.Y-a.Y
	l := float32(math.Hypot(float64(ddx), float64(ddy)))
	if l > 0 {
		dx, dy = ddx/l, ddy/l
	}
	return pos, dx, dy
}

// pathSet is a contiguous range of paths one stream picks from.
type pathSet struct{ lo, hi int }

func (s pathSet) count() int { return s.hi - s.lo }

// The path sets, filled by buildPaths.
var (
	allPaths []path

	setLumenLPS  pathSet // drifting loops in the lumen
	setParaLPS   pathSet // through an opened tight junction (paracellular)
	setTransLPS  pathSet // through a cell, as in chylomicrons after a fatty meal (transcellular)
	setCytoEndo  pathSet // immune cell → immune lane → endothelium
	setCytoCVO   pathSet // immune cell → immune lane → circumventricular organ
	setSerotonin pathSet // loops beside the enterochromaffin cell
	setTrp       pathSet // lamina → portal blood → liver → humoral lane → brain
	setKyn       pathSet
	setAcetate   pathSet
	setVagal     pathSet
)

// LPS crosses only where its way on through the lamina to the vessel is clear of the vagal
// endings and the serotonin cell.
const lpsMinX, lpsMaxX = 0.42, 0.79

func init() { buildPaths() }

func buildPaths() {
	allPaths = allPaths[:0]
	add := func(s *pathSet, ps ...path) {
		s.lo = len(allPaths)
		allPaths = append(allPaths, ps...)
		s.hi = len(allPaths)
	}
	var lumen []path
	for i, cx := range []float32{0.34, 0.62, 0.84, 0.47} {
		rx, cy := float32(0.06+0.015*float32(i%2)), float32(0.945+0.012*float32(i%2))
		lumen = append(lumen, newPath(true,
			pt{cx - rx, cy}, pt{cx - rx*0.5, cy - 0.024}, pt{cx + rx*0.5, cy - 0.020},
			pt{cx + rx, cy + 0.002}, pt{cx + rx*0.5, cy + 0.026}, pt{cx - rx*0.5, cy + 0.022}))
	}
	add(&setLumenLPS, lumen...)

	var para, trans []path
	for i := 1; i < cellCount; i++ {
		if x := junctionX(i); x >= lpsMinX && x <= lpsMaxX {
			para = append(para, crossingPath(x, x))
		}
		if x := cellCentre(i); x >= lpsMinX && x <= lpsMaxX {
			trans = append(trans, crossingPath(x, x+0.01))
		}
	}
	add(&setParaLPS, para...)
	add(&setTransLPS, trans...)

	var endo, cvo []path
	for _, c := range immuneCells {
		start := []pt{c.at, {c.at.X + (immuneX-c.at.X)*0.6, laminaTop + 0.012}, {immuneX, vesselBottom - 0.005}, {immuneX, immuneBranchY}}
		endo = append(endo, newPath(false, append(start, pt{immuneX, bbbBottom + 0.004})...))
		cvo = append(cvo, newPath(false, append(start, cvoBranch[1], cvoBranch[2], pt{cvoX, bbbBottom + 0.004})...))
	}
	add(&setCytoEndo, endo...)
	add(&setCytoCVO, cvo...)

	ec := cellCentre(ecCell)
	add(&setSerotonin,
		newPath(true, pt{ec, epiTop + 0.012}, pt{ec - 0.030, laminaTop + 0.060}, pt{ec - 0.010, laminaTop + 0.030}, pt{ec + 0.030, laminaTop + 0.045}),
		newPath(true, pt{ec + 0.008, epiTop + 0.006}, pt{ec + 0.040, laminaTop + 0.070}, pt{ec + 0.020, laminaTop + 0.022}, pt{ec - 0.020, laminaTop + 0.050}),
		newPath(true, pt{ec - 0.010, epiTop + 0.010}, pt{ec - 0.045, laminaTop + 0.080}, pt{ec - 0.035, laminaTop + 0.035}, pt{ec, laminaTop + 0.028}))

	add(&setTrp, humoralPaths(pt{humoralX + 0.010, 0.165}, pt{0.395, 0.125})...)
	add(&setKyn, humoralPaths(pt{humoralX - 0.012, 0.188}, pt{0.300, 0.168})...)
	add(&setAcetate, humoralPaths(pt{humoralX - 0.020, 0.160}, pt{0.275, 0.105})...)
	add(&setVagal, newPath(false, pt{neuralX, neuralBottom}, pt{neuralX, brainstemEntry - 0.02}))
}

// crossingPath takes LPS from the lumen through the lining at x (between cells or through
// one), across the lamina into a capillary and on along the portal vessel into the liver,
// where much of it is filtered out: it never travels on towards the brain.
func crossingPath(x, xUp float32) path {
	pts := []pt{{x + 0.015, 0.975}, {x, mucusBottom - 0.004}, {x, junctionY}, {x, epiTop + 0.01}, {xUp, laminaTop + 0.03}}
	if xUp > liverRect.X1 {
		pts = append(pts, pt{xUp, vesselY}, pt{0.44, vesselY})
	}
	pts = append(pts, pt{0.405, 0.560}, pt{0.385, 0.535})
	return newPath(false, pts...)
}

// humoralPaths are the blood-borne journeys: absorbed in the lamina, up a capillary into
// the portal blood, through the liver, up the humoral lane, across the barrier's
// transporter gate into the brain, ending at dest (mid is a point on the way in).
func humoralPaths(mid, dest pt) []path {
	var out []path
	for _, sx := range capillaryX {
		out = append(out, newPath(false,
			pt{sx, epiTop - 0.006}, pt{sx, laminaTop + 0.01}, pt{sx, vesselY},
			pt{0.43, vesselY}, pt{0.385, 0.545}, pt{humoralX, humoralBottom + 0.01},
			pt{humoralX, bbbBottom}, pt{humoralX, bbbTop}, mid, dest))
	}
	return out
}

// within reports whether every point of every path in a set lies inside r (tests).
func (s pathSet) within(r rectN) bool {
	for i := s.lo; i < s.hi; i++ {
		for j := 0; j < allPaths[i].n; j++ {
			if !r.contains(allPaths[i].pts[j]) {
				return false
			}
		}
	}
	return true
}
