package diagrams

import (
	"math"

	"fyne.io/fyne/v2"
)

// The diagram hit-tests its own geometry (Fyne would only see one big rectangle). Thin
// things (routes, the junction row) get a touch-friendly tolerance; small structures are
// tested before the bands they sit on.

// hitTolerance is how far from a route or the junction row a tap still counts, in Fyne
// units: at least a finger's half-width, growing with the diagram.
func hitTolerance(W, H float32) float32 { return max(12, 15*detailUnit(W, H)) }

// partAt finds the part under pos for a diagram of size W×H ("" if none).
func partAt(W, H float32, pos fyne.Position) Part {
	if W <= 0 || H <= 0 || pos.X < 0 || pos.Y < 0 || pos.X > W || pos.Y > H {
		return ""
	}
	q := pt{pos.X / W, pos.Y / H}
	tol := hitTolerance(W, H)
	near := func(route []pt) bool { return distToRoute(W, H, pos, route) <= tol }

	switch {
	case cvoRect.contains(q):
		return PartCVO
	case endoRect.contains(q):
		return PartEndothelium
	case inEllipse(brainstemRect, q):
		return PartBrainstem
	case hypoZone.contains(q), near(stressRoute), distTo(W, H, pos, pituitary) <= tol:
		return PartHPA
	case near(neuralRoute):
		return PartNeural
	case near(humoralRoute):
		return PartHumoral
	case near(immuneRoute), near(cvoBranch):
		return PartImmune
	case brainRect.contains(q):
		if q.X < (neuronsRect.X1+microgliaRect.X0)/2 {
			return PartNeurons
		}
		return PartMicroglia
	case bbbRect.contains(q):
		return PartBBB
	case vesselRect.contains(q), inEllipse(liverRect, q):
		return PartBlood
	case q.Y >= epiTop && q.Y <= epiBottom+0.01 && math.Abs(float64(q.Y-junctionY)*float64(H)) <= float64(tol)*0.8:
		return PartJunctions
	case laminaRect.contains(q):
		return PartLamina
	case epiRect.contains(q):
		return PartEpithelium
	case lumenRect.contains(q):
		return PartLumen
	}
	return ""
}

// hypoZone is the brain's right end: hypothalamus and the start of the stress loop.
var hypoZone = rectN{0.845, brainTop, brainRect.X1, bbbTop}

func inEllipse(r rectN, q pt) bool {
	c := r.centre()
	dx := (q.X - c.X) / ((r.X1 - r.X0) / 2)
	dy := (q.Y - c.Y) / ((r.Y1 - r.Y0) / 2)
	return dx*dx+dy*dy <= 1
}

func distTo(W, H float32, pos fyne.Position, q pt) float32 {
	return float32(math.Hypot(float64(pos.X-q.X*W), float64(pos.Y-q.Y*H)))
}

// distToRoute is the distance in Fyne units from pos to a polyline.
func distToRoute(W, H float32, pos fyne.Position, route []pt) float32 {
	best := float32(math.MaxFloat32)
	for i := 1; i < len(route); i++ {
		ax, ay := route[i-1].X*W, route[i-1].Y*H
		bx, by := route[i].X*W, route[i].Y*H
		dx, dy := bx-ax, by-ay
		t := float32(0)
		if l2 := dx*dx + dy*dy; l2 > 0 {
			t = clamp32(((pos.X-ax)*dx+(pos.Y-ay)*dy)/l2, 0, 1)
		}
		d := float32(math.Hypot(float64(pos.X-(ax+t*dx)), float64(pos.Y-(ay+t*dy))))
		best = min(best, d)
	}
	return best
}

// partAnchor is a point that is unmistakably on each part: the middle of its geometry,
// moved off any lane that crosses it. Tests tap these; screens may use them to point at a
// part (e.g. a story beat's spotlight).
func partAnchor(p Part) (pt, bool) {
	switch p {
	case PartLumen:
		return pt{0.5, (mucusBottom + 1) / 2}, true
	case PartEpithelium:
		return pt{0.5, epiTop + 0.05}, true
	case PartJunctions:
		return pt{junctionX(7), junctionY}, true
	case PartLamina:
		return pt{0.40, (laminaTop + epiTop) / 2}, true
	case PartBlood:
		return pt{0.56, vesselY}, true
	case PartBBB:
		return pt{0.26, (bbbTop + bbbBottom) / 2}, true
	case PartCVO:
		return cvoRect.centre(), true
	case PartEndothelium:
		return endoRect.centre(), true
	case PartBrainstem:
		return pt{neuralX, 0.10}, true
	case PartNeurons:
		return neuronsRect.centre(), true
	case PartMicroglia:
		return microgliaRect.centre(), true
	case PartHPA:
		return pt{stressX, (stressTop + stressBottom) / 2}, true
	case PartNeural:
		return pt{neuralX, 0.46}, true
	case PartHumoral:
		return pt{humoralX, 0.32}, true
	case PartImmune:
		return pt{immuneX, 0.48}, true
	}
	return pt{}, false
}

// highlightShape is what the hover and selection highlights outline: a rounded box for
// structures, a glowing band along the line for routes.
func highlightShape(p Part) (box rectN, routes [][]pt) {
	switch p {
	case PartLumen:
		return rectN{0.004, mucusBottom + 0.004, 0.996, 0.996}, nil
	case PartEpithelium:
		return rectN{0.004, epiTop - 0.004, 0.996, mucusBottom}, nil
	case PartJunctions:
		return rectN{0.004, junctionY - 0.022, 0.996, junctionY + 0.022}, nil
	case PartLamina:
		return rectN{0.004, laminaTop, 0.996, epiTop - 0.002}, nil
	case PartBlood:
		return rectN{liverRect.X0 - 0.006, liverRect.Y0 - 0.008, vesselRect.X1 + 0.006, liverRect.Y1 + 0.004}, nil
	case PartBBB:
		return rectN{bbbRect.X0 - 0.004, bbbTop - 0.006, bbbRect.X1 + 0.004, bbbBottom + 0.006}, nil
	case PartCVO:
		return cvoRect, nil
	case PartEndothelium:
		return endoRect, nil
	case PartBrainstem:
		return rectN{brainstemRect.X0 - 0.012, brainTop + 0.008, brainstemRect.X1 + 0.012, brainstemRect.Y1 + 0.008}, nil
	case PartNeurons:
		return rectN{neuronsRect.X0 - 0.01, brainTop + 0.008, neuronsRect.X1 + 0.01, bbbTop - 0.004}, nil
	case PartMicroglia:
		return rectN{microgliaRect.X0 - 0.01, brainTop + 0.008, microgliaRect.X1 + 0.01, bbbTop - 0.004}, nil
	case PartHPA:
		return rectN{}, [][]pt{{{stressX, hypoRect.Y0 + 0.03}, {stressX, stressBottom}}}
	case PartNeural:
		return rectN{}, [][]pt{neuralRoute}
	case PartHumoral:
		return rectN{}, [][]pt{humoralRoute}
	case PartImmune:
		return rectN{}, [][]pt{immuneRoute, cvoBranch}
	}
	return rectN{}, nil
}
