package diagrams

import (
	"math"
)

// Drawing of the still flow arrows: a dark casing so each arrow stands clear of the
// anatomy, a shaft tinted in the particle's colour, a bright centre line in the route's
// own pattern (dashed vagus, solid blood, dotted cytokines), a solid head, and the
// particle's shape as markers along it — so kind and amount read without colour.

// vec is a point in a layer's pixels.
type vec struct{ x, y float64 }

// flowPattern is the line pattern of the route a stream travels, and whether the arrow
// shows it (LPS and serotonin do not travel a route lane; their markers say what they are).
func flowPattern(st stream) (linePattern, bool) {
	switch st {
	case sVagal:
		return patternDashed, true
	case sCytokine:
		return patternDotted, true
	case sTryptophan, sKynurenine, sAcetate:
		return patternSolid, true
	}
	return patternSolid, false
}

// drawFlow draws one stream's arrows and markers.
func drawFlow(p *pen, pal *palette, st stream, sh flowShape) {
	k := streamCfgs[st].kind
	c := pal.kindColor(k)
	lp, centre := flowPattern(st)
	casing := alpha(pal.bg, 0.82)
	lines := make([][]vec, len(sh.arrows))
	for i, a := range sh.arrows {
		lines[i] = flatten(p, a.pts)
	}
	p.dc.SetLineCapRound()
	p.dc.SetLineJoinRound()
	// Casings first, so arrows of one stream that meet (the cytokine branch) join cleanly.
	for i, a := range sh.arrows {
		w := p.U(a.width)
		shaft, tip, dir := shaftOf(p, lines[i], a)
		polylinePx(p, shaft)
		// Wide enough to cover the lane's own chevrons where an arrow runs along a lane.
		p.dc.SetLineWidth(math.Max(w+p.U(3.2), p.U(8)))
		p.dc.SetColor(casing)
		p.dc.Stroke()
		if a.head {
			headPath(p, tip, dir, w)
			p.dc.SetColor(casing)
			p.dc.SetLineWidth(p.U(3.2))
			p.dc.Stroke()
		}
	}
	for i, a := range sh.arrows {
		w := p.U(a.width)
		shaft, tip, dir := shaftOf(p, lines[i], a)
		polylinePx(p, shaft)
		p.dc.SetLineWidth(w)
		p.dc.SetColor(mix(c, pal.bg, 0.42))
		p.dc.Stroke()
		if centre {
			polylinePx(p, shaft)
			setPattern(p, lp)
			p.dc.SetLineWidth(math.Max(p.U(1.3), w*0.3))
			p.dc.SetColor(mix(c, pal.highlight, 0.25))
			p.dc.Stroke()
			p.dc.SetDash()
			p.dc.SetLineCapRound()
		}
		if a.head {
			headPath(p, tip, dir, w)
			p.dc.SetColor(c)
			p.dc.Fill()
		}
	}
	s, h := markerSize(p, k)
	for i, a := range sh.arrows {
		for _, q := range markerSpots(p, lines[i], a, k) {
			drawParticleShape(p, k, pal, q.x, q.y, s, h)
		}
	}
	for _, q := range sh.dots {
		x, y := p.P(q)
		drawParticleShape(p, k, pal, x, y, s, h)
	}
}

// markerSize is a marker's box (shape and glow) in pixels: a little smaller than the
// moving sprite, so a row of them stays apart.
func markerSize(p *pen, k ParticleKind) (s, h float64) {
	if k == ParticleVagalImpulse {
		return p.U(12), p.U(30)
	}
	return p.U(19), p.U(19)
}

// headSize is an arrowhead's length and full width in pixels for a shaft w pixels wide.
func headSize(p *pen, w float64) (length, width float64) {
	return math.Max(w*1.7, p.U(9)), math.Max(w*2.3, p.U(11))
}

// shaftOf is the part of an arrow's line the shaft covers (it stops inside the head), the
// head's tip and its unit direction.
func shaftOf(p *pen, line []vec, a flowArrow) (shaft []vec, tip, dir vec) {
	n := len(line)
	tip = line[n-1]
	dx, dy := tip.x-line[n-2].x, tip.y-line[n-2].y
	if l := math.Hypot(dx, dy); l > 0 {
		dir = vec{dx / l, dy / l}
	}
	if !a.head {
		return line, tip, dir
	}
	hl, _ := headSize(p, p.U(a.width))
	return cutAt(line, lineLength(line)-hl*0.6), tip, dir
}

// headPath traces an arrowhead with its tip at tip, pointing along dir.
func headPath(p *pen, tip, dir vec, w float64) {
	hl, hw := headSize(p, w)
	bx, by := tip.x-dir.x*hl, tip.y-dir.y*hl
	nx, ny := -dir.y*hw/2, dir.x*hw/2
	p.dc.NewSubPath()
	p.dc.MoveTo(tip.x, tip.y)
	p.dc.LineTo(bx+nx, by+ny)
	p.dc.LineTo(bx-nx, by-ny)
	p.dc.ClosePath()
}

// markerSpots spaces an arrow's markers evenly along its shaft, leaving the head clear;
// an arrow too short for all of them carries as many as fit.
func markerSpots(p *pen, line []vec, a flowArrow, k ParticleKind) []vec {
	if a.markers <= 0 {
		return nil
	}
	s, h := markerSize(p, k)
	gap := math.Max(s, h) * 0.7
	lo, hi := gap*0.6, lineLength(line)-gap*0.6
	if a.head {
		hl, _ := headSize(p, p.U(a.width))
		hi -= hl
	}
	n := min(a.markers, int(math.Max(1, math.Floor((hi-lo)/gap))))
	out := make([]vec, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, pointAlong(line, lo+(hi-lo)*(float64(i)+0.5)/float64(n)))
	}
	return out
}

// flatten turns a normalised polyline into layer pixels with its bends rounded (quadratic
// curves through the midpoints, as pen.smoothPath draws them), so markers sit on the line.
func flatten(p *pen, pts []pt) []vec {
	px := make([]vec, len(pts))
	for i, q := range pts {
		px[i].x, px[i].y = p.P(q)
	}
	if len(px) < 3 {
		return px
	}
	const steps = 12
	out := []vec{px[0]}
	cur := px[0]
	for i := 1; i < len(px)-1; i++ {
		c, end := px[i], vec{(px[i].x + px[i+1].x) / 2, (px[i].y + px[i+1].y) / 2}
		if i == len(px)-2 {
			end = px[i+1]
		}
		for j := 1; j <= steps; j++ {
			t := float64(j) / steps
			u := 1 - t
			out = append(out, vec{u*u*cur.x + 2*u*t*c.x + t*t*end.x, u*u*cur.y + 2*u*t*c.y + t*t*end.y})
		}
		cur = end
	}
	return out
}

func polylinePx(p *pen, line []vec) {
	p.dc.NewSubPath()
	for i, q := range line {
		if i == 0 {
			p.dc.MoveTo(q.x, q.y)
		} else {
			p.dc.LineTo(q.x, q.y)
		}
	}
}

func lineLength(line []vec) float64 {
	l := 0.0
	for i := 1; i < len(line); i++ {
		l += math.Hypot(line[i].x-line[i-1].x, line[i].y-line[i-1].y)
	}
	return l
}

// pointAlong is the point at distance d along a line.
func pointAlong(line []vec, d float64) vec {
	for i := 1; i < len(line); i++ {
		a, b := line[i-1], line[i]
		seg := math.Hypot(b.x-a.x, b.y-a.y)
		if d <= seg && seg > 0 {
			f := d / seg
			return vec{a.x + (b.x-a.x)*f, a.y + (b.y-a.y)*f}
		}
		d -= seg
	}
	return line[len(line)-1]
}

// cutAt is the first d pixels of a line.
func cutAt(line []vec, d float64) []vec {
	out := []vec{line[0]}
	for i := 1; i < len(line); i++ {
		a, b := line[i-1], line[i]
		seg := math.Hypot(b.x-a.x, b.y-a.y)
		if d <= seg {
			if seg > 0 && d > 0 {
				f := d / seg
				out = append(out, vec{a.x + (b.x-a.x)*f, a.y + (b.y-a.y)*f})
			}
			return out
		}
		out = append(out, b)
		d -= seg
	}
	return out
}
