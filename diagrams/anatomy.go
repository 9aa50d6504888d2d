package diagrams

import (
	"image"
	"image/color"
	"math"
)

// The static anatomy is drawn with gg into a few cached images (see DESIGN.md, "Rendering
// budget"): the base picture (everything that never changes), the epithelium strip (redrawn
// only when junction opening crosses one of its 8 steps) and the bright stress-loop overlay
// (faded in with cortisol). scene.go composes them, with the glows and highlights, into the
// tiles that are shown. Nothing here runs per frame.

// anatomyInput is everything the static pictures depend on; when it is unchanged the
// cached images are reused.
type anatomyInput struct {
	W, H   float32 // widget size, Fyne units
	scale  float32 // canvas scale
	pal    palette
	labels []labelBox
}

// baseLayer covers the whole widget.
func baseLayer(W, H, scale float32) layer {
	return layer{0, 0, W, H, pixelsPerUnit(W, scale)}
}

// renderBase draws the whole static picture.
func renderBase(in anatomyInput) *image.RGBA {
	p := newPen(in.W, in.H, baseLayer(in.W, in.H, in.scale))
	pal := &in.pal
	p.fillRect(0, 0, float64(p.img.Rect.Dx()), float64(p.img.Rect.Dy()), pal.bg)
	drawBrain(p, pal)
	drawBBB(p, pal)
	drawLumen(p, pal)
	drawLamina(p, pal)
	drawVessel(p, pal)
	drawRoutes(p, pal)
	drawLiver(p, pal)
	drawVagalEndings(p, pal)
	drawLabelPills(p, pal, in.labels)
	return p.img
}

// drawRoutes draws the four route lanes: each has its own colour AND line pattern (and a
// label), so they stay distinct without colour vision. A soft halo makes them read as
// gently glowing pathways rather than chart lines.
func drawRoutes(p *pen, pal *palette) {
	halo := func(pts []pt, c color.Color) {
		p.polyline(pts)
		p.dc.SetLineCapRound()
		p.stroke(alpha(c, 0.10), 11)
		p.polyline(pts)
		p.stroke(alpha(c, 0.10), 5)
	}
	halo(neuralRoute, pal.neural)
	halo(humoralRoute, pal.humoral)
	halo(immuneRoute, pal.immune)
	halo(stressRoute, pal.stress)
	p.smoothPath(cvoBranch)
	p.stroke(alpha(pal.immune, 0.10), 5)

	routeLine(p, neuralRoute, pal.neural, patternDashed, false)
	routeLine(p, humoralRoute, pal.humoral, patternSolid, false)
	routeLine(p, immuneRoute, pal.immune, patternDotted, false)
	routeLine(p, cvoBranch, pal.immune, patternDotted, true)
	routeLine(p, stressRoute, pal.stress, patternDashDot, false)

	// Arrowheads say which way each route carries its signal: up to the brain, and for the
	// stress loop down to the gut.
	for _, f := range []float32{0.35, 0.8} {
		arrowOn(p, neuralRoute, f, pal.neural)
		arrowOn(p, humoralRoute, f, pal.humoral)
		arrowOn(p, immuneRoute, f, pal.immune)
		arrowOn(p, stressRoute, f, pal.stress)
	}
	arrowOn(p, stressRoute, 1, pal.stress)
}

// linePattern is a route's line pattern.
type linePattern int

const (
	patternSolid linePattern = iota
	patternDashed
	patternDotted
	patternDashDot
)

// setPattern sets gg's dash array for a pattern, in design units.
func setPattern(p *pen, lp linePattern) {
	u := p.u
	switch lp {
	case patternDashed:
		p.dc.SetDash(9*u, 6*u)
		p.dc.SetLineCapButt()
	case patternDotted:
		p.dc.SetDash(0.6*u, 6*u)
		p.dc.SetLineCapRound()
	case patternDashDot:
		p.dc.SetDash(11*u, 5*u, 0.6*u, 5*u)
		p.dc.SetLineCapRound()
	default:
		p.dc.SetDash()
		p.dc.SetLineCapRound()
	}
}

// routeLine strokes one route in its pattern.
func routeLine(p *pen, pts []pt, c color.Color, lp linePattern, smooth bool) {
	if smooth {
		p.smoothPath(pts)
	} else {
		p.polyline(pts)
	}
	setPattern(p, lp)
	w := strokeRoute
	if lp == patternDotted {
		w = strokeRoute * 1.6 // round dots need more weight to read as a line
	}
	p.stroke(c, w)
	p.dc.SetDash()
	p.dc.SetLineCapRound()
}

// arrowOn draws a chevron at fraction f along a two-point route, pointing from its first
// point towards its last.
func arrowOn(p *pen, route []pt, f float32, c color.Color) {
	a, b := route[0], route[len(route)-1]
	x0, y0 := p.P(a)
	x1, y1 := p.P(b)
	x, y := x0+(x1-x0)*float64(f), y0+(y1-y0)*float64(f)
	ang := math.Atan2(y1-y0, x1-x0)
	s := p.U(6)
	p.dc.NewSubPath()
	p.dc.MoveTo(x-s*math.Cos(ang-0.6), y-s*math.Sin(ang-0.6))
	p.dc.LineTo(x, y)
	p.dc.LineTo(x-s*math.Cos(ang+0.6), y-s*math.Sin(ang+0.6))
	p.dc.SetLineJoinRound()
	p.stroke(c, strokeRoute)
}

// drawLabelPills paints a dark rounded backing behind every label so text stays readable
// over cells, lanes and particles.
func drawLabelPills(p *pen, pal *palette, labels []labelBox) {
	for _, b := range labels {
		if b.spec.tone == toneOnOrgan || b.text == "" {
			continue
		}
		x0, y0, x1, y1 := b.pill()
		px0, py0 := float64(x0)*p.k-p.ox*p.k, float64(y0)*p.k-p.oy*p.k
		pw, ph := float64(x1-x0)*p.k, float64(y1-y0)*p.k
		p.dc.DrawRoundedRectangle(px0, py0, pw, ph, ph/2)
		p.fill(alpha(pal.bg, 0.72))
	}
}

// labelColor is the colour a label is written in.
func labelColor(pal *palette, t labelTone) color.Color {
	switch t {
	case toneNeural:
		return pal.neural
	case toneHumoral:
		return pal.humoral
	case toneImmune:
		return pal.immune
	case toneStress:
		return pal.stress
	}
	return pal.text
}

// hpaLayer is the strip around the stress loop that its bright overlay covers.
func hpaLayer(W, H, scale float32) layer {
	u := detailUnit(W, H)
	x := float32(math.Floor(float64(stressX*W - 16*u)))
	y := float32(math.Floor(float64(stressTop*H - 8*u)))
	h := float32(math.Ceil(float64(stressBottom*H+10*u))) - y
	return layer{x, y, float32(math.Ceil(float64(32 * u))), h, pixelsPerUnit(W, scale)}
}

// renderHPAOverlay draws a brighter, glowing copy of the stress loop; the diagram fades it
// in as cortisol rises.
func renderHPAOverlay(W, H, scale float32, pal *palette) (*image.RGBA, layer) {
	l := hpaLayer(W, H, scale)
	p := newPen(W, H, l)
	x := p.X(stressX)
	y0, y1 := p.Y(stressTop), p.Y(stressBottom)
	for i := 0; i < 3; i++ {
		w := p.U(14 - float64(i)*4)
		p.dc.DrawRoundedRectangle(x-w/2, y0, w, y1-y0, w/2)
		p.fill(alpha(pal.stress, 0.10))
	}
	routeLine(p, stressRoute, mix(pal.stress, pal.highlight, 0.35), patternDashDot, false)
	return p.img, l
}
