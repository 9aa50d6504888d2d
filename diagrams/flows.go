package diagrams

import (
	"image"
	"math"

	"github.com/fogleman/gg"
)

// Flows are the still pictures of the particle streams, shown in reduced and no motion:
// each stream becomes arrows along its route whose thickness and number of markers (its
// particle's shape) show the same amount the moving particles show — the stream's
// particle target, so both modes read the model alike. They are drawn into the composed
// picture (one overlay per stream, scene.go) and redrawn only when a stream's level
// changes, never per frame.

// flowLevel is what one stream's arrows show. amount is the stream's particle target (for
// vagal impulses, their rate in half-impulses per second); split is the junction opening
// level for the crossing LPS, which decides how much of it goes between the cells.
type flowLevel struct{ amount, split int }

// flowLevels are every stream's levels; the diagram redraws a stream's arrows when its
// level changes.
type flowLevels [numStreams]flowLevel

// flowLevels reads the levels off the particle system's current targets.
func (ps *particleSystem) flowLevels(junction int) flowLevels {
	var f flowLevels
	if !ps.primed {
		return f // no state yet: nothing to show
	}
	for st := range f {
		f[st].amount = ps.target[st]
	}
	f[sVagal].amount = vagalLevel(ps.vagalRate)
	f[sCrossLPS].split = junction
	return f
}

// vagalLevel is the impulse rate in half-impulses per second, 1..maxVagalLevel.
func vagalLevel(rate float32) int { return roundClamp(float64(rate)*2, 1, maxVagalLevel) }

// maxVagalLevel is the highest vagal level: the particle system's highest rate, 6 per second.
const maxVagalLevel = 12

// flowRange is the lowest and highest amount a stream's arrows can show.
func flowRange(st stream) (lo, hi int) {
	switch st {
	case sVagal:
		return 1, maxVagalLevel
	case sCytokine, sSerotonin:
		return 2, streamCfgs[st].n
	}
	return 1, streamCfgs[st].n
}

// Arrow shaft widths in design units, from the lowest amount to the highest.
const (
	flowMinWidth = 2.0
	flowMaxWidth = 8.5
)

// flowWidth is the shaft width for an amount: thicker means more.
func flowWidth(st stream, amount int) float64 {
	lo, hi := flowRange(st)
	f := clamp(float64(amount-lo)/float64(max(hi-lo, 1)), 0, 1)
	return flowMinWidth + (flowMaxWidth-flowMinWidth)*f
}

// flowArrow is one arrow: a polyline in normalised coordinates (drawn with rounded bends,
// head at the last point), its shaft width in design units and how many markers it carries.
type flowArrow struct {
	pts     []pt
	width   float64
	markers int
	head    bool
}

// flowShape is everything one stream draws: arrows, and markers that stay where they are
// (LPS among the bacteria, serotonin in the gut wall).
type flowShape struct {
	arrows []flowArrow
	dots   []pt
}

// flowShapeFor lays out one stream's arrows at a level.
func flowShapeFor(st stream, l flowLevel) flowShape {
	var sh flowShape
	if l.amount <= 0 {
		return sh // no state yet
	}
	lo, hi := flowRange(st)
	a := max(l.amount, lo)
	w := flowWidth(st, a)
	switch st {
	case sLumenLPS:
		for i := setLumenLPS.lo; i < setLumenLPS.hi && i-setLumenLPS.lo < a; i++ {
			q, _, _ := allPaths[i].at(allPaths[i].length * 0.3)
			sh.dots = append(sh.dots, q)
		}
	case sCrossLPS:
		// More LPS: more crossing arrows, each thicker; open junctions send it between
		// the cells, sealed ones leave only the way through them.
		para, trans := crossingSpots()
		n := 1 + int(math.Round(float64(a-lo)*float64(len(para)-1)/float64(hi-lo)))
		for _, x := range crossingXs(para, trans, n, int(math.Round(float64(n)*levelOpening(l.split)))) {
			sh.arrows = append(sh.arrows, flowArrow{pts: []pt{{x, 0.950}, {x, epiTop - 0.014}}, width: w, head: true})
		}
		spreadMarkers(sh.arrows, a)
		sh.arrows = append(sh.arrows, flowArrow{pts: []pt{{0.835, vesselY}, {0.432, vesselY}}, width: w * 0.8,
			markers: 1 + (a-lo)/5, head: true})
	case sCytokine:
		// Up the immune lane; at the branch most go on to the endothelium, some to the CVO.
		base := pt{immuneX, immuneBottom}
		branch := pt{immuneX, immuneBranchY}
		sh.arrows = []flowArrow{
			{pts: []pt{base, branch}, width: w},
			{pts: []pt{branch, {immuneX, bbbBottom + 0.012}}, width: w * 0.8, head: true},
			{pts: []pt{branch, cvoBranch[1], cvoBranch[2], {cvoX + 0.004, bbbBottom + 0.012}}, width: w * 0.55, head: true},
		}
		spreadMarkers(sh.arrows, a)
	case sSerotonin:
		// Serotonin stays in the gut wall: markers beside the enterochromaffin cell.
		for i := 0; i < a; i++ {
			pa := &allPaths[setSerotonin.lo+i%setSerotonin.count()]
			q, _, _ := pa.at(pa.length * (0.12 + 0.29*float32(i/setSerotonin.count())))
			sh.dots = append(sh.dots, q)
		}
	case sTryptophan, sKynurenine, sAcetate:
		sh.arrows = []flowArrow{{pts: humoralFlow(st), width: w, markers: a, head: true}}
	case sVagal:
		sh.arrows = []flowArrow{{pts: []pt{{neuralX, neuralBottom - 0.012}, {neuralX, brainstemEntry + 0.014}},
			width: w, markers: (a + 1) / 2, head: true}}
	}
	return sh
}

// crossingSpots are the junctions (between cells) and cell centres (through cells) where
// LPS crosses, the same places its particles take.
func crossingSpots() (para, trans []float32) {
	for i := 1; i < cellCount; i++ {
		if x := junctionX(i); x >= lpsMinX && x <= lpsMaxX {
			para = append(para, x)
		}
		if x := cellCentre(i); x >= lpsMinX && x <= lpsMaxX {
			trans = append(trans, x)
		}
	}
	return para, trans
}

// crossingXs places n crossing arrows, nPara of them between cells: spread evenly over the
// crossing stretch, the between-cell ones spread among the others, each at the nearest
// free spot of its kind.
func crossingXs(para, trans []float32, n, nPara int) []float32 {
	lo, hi := min(para[0], trans[0]), max(para[len(para)-1], trans[len(trans)-1])
	taken := map[float32]bool{}
	var xs []float32
	for i := 0; i < n; i++ {
		spots := trans
		if (i+1)*nPara/n > i*nPara/n {
			spots = para
		}
		want := lo + (float32(i)+0.5)/float32(n)*(hi-lo)
		best := float32(-1)
		for _, x := range spots {
			if !taken[x] && (best < 0 || abs32(x-want) < abs32(best-want)) {
				best = x
			}
		}
		if best >= 0 {
			taken[best] = true
			xs = append(xs, best)
		}
	}
	return xs
}

func abs32(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}

// humoralFlow is a blood-borne substance's way from the liver up its own strand beside the
// humoral lane, through the barrier's transporter gate, to where it acts in the brain. The
// strands sit side by side (acetate, kynurenine, tryptophan from the left) and fan out in
// the same order above the gate, so they never cross.
func humoralFlow(st stream) []pt {
	off, dest := float32(0), pt{0.405, 0.118}
	switch st {
	case sKynurenine:
		off, dest = -0.024, pt{0.318, 0.104}
	case sAcetate:
		off, dest = -0.048, pt{0.272, 0.170}
	}
	x, gate := humoralX+off, humoralX+off*0.15
	return []pt{{x, humoralBottom + 0.004}, {x, 0.335}, {gate, 0.290}, {gate, bbbTop - 0.006},
		{gate + (dest.X-gate)*0.3, dest.Y + (bbbTop-dest.Y)*0.55}, dest}
}

// spreadMarkers gives n markers to the arrows, each to the arrow with the most room per
// marker, so they are evenly spaced over all of them.
func spreadMarkers(arrows []flowArrow, n int) {
	lengths := make([]float64, len(arrows))
	for i, a := range arrows {
		for j := 1; j < len(a.pts); j++ {
			lengths[i] += float64(segLen(a.pts[j-1], a.pts[j]))
		}
	}
	for ; n > 0; n-- {
		best := 0
		for i := range arrows {
			if lengths[i]/float64(arrows[i].markers+1) > lengths[best]/float64(arrows[best].markers+1) {
				best = i
			}
		}
		arrows[best].markers++
	}
}

// flowMargin is how far, in design units, a stream's drawing reaches beyond its points
// (the widest shaft with its casing, arrowheads and marker glows).
const flowMargin = 24

// flowBox is the region every level of a stream can draw in, normalised: its overlay image
// covers it, so images of two levels line up for a cross-fade.
func flowBox(st stream) rectN {
	b := rectN{1, 1, 0, 0}
	add := func(q pt) { b = rectN{min(b.X0, q.X), min(b.Y0, q.Y), max(b.X1, q.X), max(b.Y1, q.Y)} }
	_, hi := flowRange(st)
	for split := 0; split < junctionLevels; split++ {
		sh := flowShapeFor(st, flowLevel{amount: hi, split: split})
		for _, a := range sh.arrows {
			for _, q := range a.pts {
				add(q)
			}
		}
		for _, q := range sh.dots {
			add(q)
		}
	}
	return b
}

// flowLayer is the pixel region of a stream's overlay.
func flowLayer(W, H, scale float32, st stream) layer {
	b, m := flowBox(st), flowMargin*detailUnit(W, H)
	x0 := float32(math.Floor(float64(b.X0*W - m)))
	y0 := float32(math.Floor(float64(b.Y0*H - m)))
	x1 := float32(math.Ceil(float64(b.X1*W + m)))
	y1 := float32(math.Ceil(float64(b.Y1*H + m)))
	return layer{x0, y0, x1 - x0, y1 - y0, pixelsPerUnit(W, scale)}
}

// renderFlow draws one stream's arrows at a level into its overlay image.
// The label backings are laid over the arrows, as over the lining cells, so every label
// stays readable whatever its length in any language.
func renderFlow(W, H, scale float32, pal *palette, st stream, l flowLevel, labels []labelBox) (*image.RGBA, layer) {
	ly := flowLayer(W, H, scale, st)
	p := newPen(W, H, ly)
	drawFlow(p, pal, st, flowShapeFor(st, l))
	coverWithPills(p, pal, labels)
	return p.img, ly
}

// coverWithPills lays the label backings over what the pen drew, and only over that: the
// picture under the overlay already has its backings, so where the overlay is empty it
// stays empty, and where it draws, the result is the backing over the drawing (for a
// backing P over drawing A over what lies below: A' = (1 − αP)·A + αA·P).
func coverWithPills(p *pen, pal *palette, labels []labelBox) {
	mask := &pen{dc: gg.NewContextForRGBA(image.NewRGBA(p.img.Rect)), W: p.W, H: p.H, k: p.k, ox: p.ox, oy: p.oy, u: p.u}
	mask.img = mask.dc.Image().(*image.RGBA)
	drawLabelPills(mask, pal, labels)
	a, m := p.img.Pix, mask.img.Pix
	for i := 0; i < len(a); i += 4 {
		pa := uint32(m[i+3])
		if pa == 0 || a[i+3] == 0 {
			continue
		}
		aa := uint32(a[i+3])
		for c := 0; c < 3; c++ {
			a[i+c] = uint8((uint32(a[i+c])*(255-pa) + aa*uint32(m[i+c]) + 127) / 255)
		}
	}
}
