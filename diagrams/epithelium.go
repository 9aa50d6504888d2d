package diagrams

import (
	"image"
	"math"
)

// junctionLevels is how many steps junction opening is drawn in. The strip is redrawn only
// when the opening crosses a step, never per frame.
const junctionLevels = 8

// openingLevel quantises junction opening 0..1 into 0..junctionLevels-1.
func openingLevel(o float64) int {
	return int(math.Round(clamp(o, 0, 1) * (junctionLevels - 1)))
}

// levelOpening is the opening a level stands for.
func levelOpening(level int) float64 { return float64(level) / (junctionLevels - 1) }

// epiLayer is the strip the lining cells are drawn in (with room for the microvilli).
func epiLayer(W, H, scale float32) layer {
	u := detailUnit(W, H)
	y := float32(math.Floor(float64(epiTop*H - 3*u)))
	h := float32(math.Ceil(float64(epiBottom*H+8*u))) - y
	return layer{0, y, W, h, pixelsPerUnit(W, scale)}
}

// gapHalfWidth is how far (pixels) each cell's apical edge pulls back from a junction at
// this opening: at full opening the gap is about a quarter of a cell wide, so LPS visibly
// slips through while the cells themselves stay whole.
func gapHalfWidth(p *pen, level int) float64 {
	cw := p.X(cellWidth()) - p.X(0)
	return levelOpening(level) * 0.17 * cw
}

// renderEpithelium draws the row of lining cells and their tight junctions at a given
// opening level.
func renderEpithelium(W, H, scale float32, pal *palette, level int, labels []labelBox) (*image.RGBA, layer) {
	l := epiLayer(W, H, scale)
	p := newPen(W, H, l)
	o := levelOpening(level)
	g := gapHalfWidth(p, level)
	yb, ya := p.Y(epiTop), p.Y(epiBottom)
	ch := ya - yb
	for i := 0; i < cellCount; i++ {
		xl, xr := p.X(junctionX(i)), p.X(junctionX(i+1))
		base, inner := mix(pal.epithelium, pal.bg, 0.42), mix(pal.epithelium, pal.bg, 0.16)
		if i == ecCell {
			base, inner = mix(base, pal.serotonin, 0.30), mix(inner, pal.serotonin, 0.30)
		}
		cellPath(p, xl, xr, yb, ya, g, o, 0)
		p.fill(base)
		cellPath(p, xl, xr, yb, ya, g, o, p.U(2.6))
		p.fill(alpha(inner, 0.6))
		xc := (xl + xr) / 2
		// Nucleus near the basal side.
		p.dc.DrawEllipse(xc, yb+ch*0.32, (xr-xl)*0.24, ch*0.13)
		p.fill(alpha(mix(pal.epithelium, pal.ink, 0.55), 0.95))
		p.dc.DrawCircle(xc+(xr-xl)*0.06, yb+ch*0.30, p.U(1.6))
		p.fill(alpha(mix(pal.epithelium, pal.highlight, 0.2), 0.6))
		if i == ecCell {
			// Serotonin granules, released from the basal side into the gut wall.
			for j := 0; j < 7; j++ {
				gx := xc + (xr-xl)*0.28*math.Cos(float64(j)*0.9)
				gy := yb + ch*(0.10+0.05*math.Sin(float64(j)*1.7))
				p.dc.DrawCircle(gx, gy, p.U(1.8))
				p.fill(pal.serotonin)
			}
		}
		// Brush border (microvilli) on the apical, lumen-facing surface.
		for x := xl + p.U(1.2) + g + p.U(3); x < xr-g-p.U(3); x += p.U(3.2) {
			p.dc.NewSubPath()
			p.dc.MoveTo(x, ya-p.U(0.5))
			p.dc.LineTo(x, ya+p.U(4.5))
			p.stroke(alpha(mix(pal.epithelium, pal.highlight, 0.1), 0.55), strokeFine)
		}
	}
	for i := 1; i < cellCount; i++ {
		drawJunction(p, pal, p.X(junctionX(i)), p.Y(junctionY), g, o)
	}
	// Label backings that fall on the cells must sit above them.
	drawLabelPills(p, pal, labels)
	return p.img, l
}

// cellPath traces one columnar cell between junction positions xl and xr, basal side at yb
// (top) and apical side at ya (bottom, the lumen). Near the apical end each side pulls back
// by g, opening a gap at the junction; inset shrinks the shape for its inner soft fill.
func cellPath(p *pen, xl, xr, yb, ya, g, o, inset float64) {
	s0 := p.U(0.9) + inset
	rb, ra := p.U(6), p.U(4)
	yb += inset
	ya -= inset
	yt := ya - (ya-yb)*(0.15+0.45*o) // where the side starts to pull back
	l, r := xl+s0, xr-s0
	dc := p.dc
	dc.NewSubPath()
	dc.MoveTo(l+rb, yb)
	dc.LineTo(r-rb, yb)
	dc.QuadraticTo(r, yb, r, yb+rb)
	dc.LineTo(r, yt)
	dc.CubicTo(r, yt+(ya-ra-yt)*0.6, r-g, ya-ra-(ya-ra-yt)*0.3, r-g, ya-ra)
	dc.QuadraticTo(r-g, ya, r-g-ra, ya)
	dc.LineTo(l+g+ra, ya)
	dc.QuadraticTo(l+g, ya, l+g, ya-ra)
	dc.CubicTo(l+g, ya-ra-(ya-ra-yt)*0.3, l, yt+(ya-ra-yt)*0.6, l, yt)
	dc.LineTo(l, yb+rb)
	dc.QuadraticTo(l, yb, l+rb, yb)
	dc.ClosePath()
}

// drawJunction draws one tight junction at x, y. Sealed, it is a bright bead joining the
// two cells; as it opens it splits into two dimmer halves with a dark gap between them.
func drawJunction(p *pen, pal *palette, x, y, g, o float64) {
	h := p.U(12) * (1 - 0.25*o)
	w := p.U(3.4)
	c := mix(pal.junction, pal.highlight, 0.15)
	if o < 0.01 {
		p.glow(x, y, p.U(11), p.U(13), pal.junction, 0.55)
		p.dc.DrawRoundedRectangle(x-w/2-p.U(0.9), y-h/2, w+p.U(1.8), h, w/2)
		p.fill(c)
		// Strands: the sealing kiss points.
		for _, dy := range []float64{-0.28, 0, 0.28} {
			p.dc.DrawCircle(x, y+h*dy, p.U(1.1))
			p.fill(alpha(pal.ink, 0.45))
		}
		return
	}
	gy := g * 0.85
	for _, s := range []float64{-1, 1} {
		hx := x + s*(p.U(0.9)+gy) - s*w/2
		p.glow(hx, y, p.U(5), p.U(8), pal.junction, 0.3*(1-o*0.5))
		p.dc.DrawRoundedRectangle(hx-w/2, y-h/2, w, h, w/2)
		p.fill(alpha(c, 1-0.45*o))
	}
}
