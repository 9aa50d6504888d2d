package diagrams

import (
	"image"
	"math"
)

// Hover and selection highlights are small cached images around the part, redrawn only
// when the hovered or selected part (or the size or theme) changes.

// highlightLayer is the region a part's highlight image covers.
func highlightLayer(W, H, scale float32, p Part) (layer, bool) {
	box, routes := highlightShape(p)
	u := detailUnit(W, H)
	m := 12 * u
	if len(routes) > 0 {
		box = rectN{1, 1, 0, 0}
		for _, r := range routes {
			for _, q := range r {
				box = rectN{min(box.X0, q.X), min(box.Y0, q.Y), max(box.X1, q.X), max(box.Y1, q.Y)}
			}
		}
	}
	if box.X1 <= box.X0 && len(routes) == 0 {
		return layer{}, false
	}
	x0 := float32(math.Floor(float64(box.X0*W - m)))
	y0 := float32(math.Floor(float64(box.Y0*H - m)))
	x1 := float32(math.Ceil(float64(box.X1*W + m)))
	y1 := float32(math.Ceil(float64(box.Y1*H + m)))
	return layer{x0, y0, x1 - x0, y1 - y0, pixelsPerUnit(W, scale)}, true
}

// renderHighlight draws a part's highlight: strong for the selection (a clear bright
// outline with a soft glow), faint for hover.
func renderHighlight(W, H, scale float32, pal *palette, p Part, strong bool) (*image.RGBA, layer, bool) {
	l, ok := highlightLayer(W, H, scale, p)
	if !ok {
		return nil, l, false
	}
	pe := newPen(W, H, l)
	a := 0.45
	if strong {
		a = 1
	}
	box, routes := highlightShape(p)
	if len(routes) > 0 {
		pe.dc.SetLineCapRound()
		pe.dc.SetLineJoinRound()
		for _, r := range routes {
			for _, w := range []float64{22, 14} {
				pe.smoothPath(r)
				pe.stroke(alpha(pal.highlight, 0.10*a), w)
			}
			pe.smoothPath(r)
			pe.stroke(alpha(pal.highlight, 0.35*a), 7)
		}
		return pe.img, l, true
	}
	x0, y0 := pe.P(pt{box.X0, box.Y0})
	x1, y1 := pe.P(pt{box.X1, box.Y1})
	rad := math.Min(pe.U(10), (y1-y0)/2)
	for _, w := range []float64{9, 5} {
		pe.dc.DrawRoundedRectangle(x0, y0, x1-x0, y1-y0, rad)
		pe.stroke(alpha(pal.highlight, 0.10*a), w)
	}
	pe.dc.DrawRoundedRectangle(x0, y0, x1-x0, y1-y0, rad)
	pe.stroke(alpha(pal.highlight, 0.85*a), 1.8)
	return pe.img, l, true
}
