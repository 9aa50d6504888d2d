package diagrams

import "fyne.io/fyne/v2"

// PartBounds is the rectangle, in the diagram's own coordinates at its current size, that
// outlines a part for a keyboard focus indicator: a structure's highlight box, or a band
// around a route's main line as wide as the touch tolerance (for the immune route, its
// lane rather than the branch to the CVO, so the outline stays on the route). It reads
// the same geometry as hit-testing and the highlights; ok is false for a part not drawn
// on the diagram (particles, "") or before the diagram has a size.
func (d *Diagram) PartBounds(p Part) (pos fyne.Position, size fyne.Size, ok bool) {
	s := d.Size()
	return partBounds(s.Width, s.Height, p)
}

func partBounds(W, H float32, p Part) (fyne.Position, fyne.Size, bool) {
	if W <= 0 || H <= 0 {
		return fyne.Position{}, fyne.Size{}, false
	}
	box, routes := highlightShape(p)
	pad := float32(0)
	if len(routes) > 0 {
		box = rectN{1, 1, 0, 0}
		for _, q := range routes[0] {
			box = rectN{min(box.X0, q.X), min(box.Y0, q.Y), max(box.X1, q.X), max(box.Y1, q.Y)}
		}
		pad = hitTolerance(W, H)
	}
	if box.X1 < box.X0 || box.Y1 < box.Y0 || (box.X1 == box.X0 && len(routes) == 0) {
		return fyne.Position{}, fyne.Size{}, false
	}
	x0, y0 := max(box.X0*W-pad, 0), max(box.Y0*H-pad, 0)
	x1, y1 := min(box.X1*W+pad, W), min(box.Y1*H+pad, H)
	return fyne.NewPos(x0, y0), fyne.NewSize(x1-x0, y1-y0), true
}
