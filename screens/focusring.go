package screens

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// Widths of the focus ring, in Fyne units: a thick line with a thinner edge either side.
const (
	focusRingLine = 3
	focusRingEdge = 2
)

// focusRing is the app's keyboard focus indicator where Fyne draws none of its own (the
// diagram and its parts, the tab row) and around the app's own controls: a thick rounded
// line in the theme's text colour between two thin edges in its background colour. Text
// and background are the theme's strongest pair (at least 9:1, a test checks), so against
// any colour beneath — the dark brain, the pale gut lumen, a coloured button — one of the
// two stands out by 3:1 or more (WCAG technique C40).
type focusRing struct {
	owner      fyne.Widget // whose theme (and theme override) the colours follow
	edge, line *canvas.Rectangle
	objects    []fyne.CanvasObject
}

func newFocusRing(owner fyne.Widget) *focusRing {
	r := &focusRing{owner: owner, edge: canvas.NewRectangle(color.Transparent), line: canvas.NewRectangle(color.Transparent)}
	r.objects = []fyne.CanvasObject{r.edge, r.line}
	r.applyTheme()
	r.edge.Hide()
	r.line.Hide()
	return r
}

// applyTheme takes the colours and corner radius from the current theme.
func (r *focusRing) applyTheme() {
	r.edge.StrokeColor = theme.ColorForWidget(theme.ColorNameBackground, r.owner)
	r.line.StrokeColor = theme.ColorForWidget(theme.ColorNamePrimary, r.owner)
	r.edge.StrokeWidth = focusRingLine + 2*focusRingEdge
	r.line.StrokeWidth = focusRingLine
	radius := theme.SizeForWidget(theme.SizeNameInputRadius, r.owner)
	r.line.CornerRadius = radius
	r.edge.CornerRadius = radius + focusRingEdge
}

// place outlines the rectangle at pos with size: the line is drawn just inside it, its
// outer edge just outside. Fyne strokes a rectangle inside its bounds.
func (r *focusRing) place(pos fyne.Position, size fyne.Size) {
	r.line.Move(pos)
	r.line.Resize(size)
	r.edge.Move(pos.SubtractXY(focusRingEdge, focusRingEdge))
	r.edge.Resize(size.AddWidthHeight(2*focusRingEdge, 2*focusRingEdge))
}

// show shows or hides the ring.
func (r *focusRing) show(on bool) {
	if on == r.line.Visible() {
		return
	}
	for _, o := range r.objects {
		if on {
			o.Show()
			o.Refresh() // Show alone does not ask for a repaint
		} else {
			o.Hide()
		}
	}
}

// refresh repaints the ring after a theme change.
func (r *focusRing) refresh() {
	r.applyTheme()
	for _, o := range r.objects {
		o.Refresh()
	}
}

// ringState is whether a control with a ring renderer has keyboard focus.
type ringState struct{ focused bool }

// ringRenderer is a Fyne widget's own renderer with the focus ring added just inside the
// widget's bounds (outside, it would run into the neighbours). Fyne's own focus cue (a
// tinted fill, a circle round a thumb or box) stays; the ring makes it unmistakable and
// the same on every control.
type ringRenderer struct {
	fyne.WidgetRenderer
	state   *ringState
	ring    *focusRing
	objects []fyne.CanvasObject
}

func newRingRenderer(owner fyne.Widget, state *ringState, inner fyne.WidgetRenderer) *ringRenderer {
	r := &ringRenderer{WidgetRenderer: inner, state: state, ring: newFocusRing(owner)}
	r.collect()
	return r
}

// collect lists the inner renderer's objects and the ring; the inner list can change on
// Refresh (a button gaining an icon), never per frame.
func (r *ringRenderer) collect() {
	inner := r.WidgetRenderer.Objects()
	r.objects = append(append(make([]fyne.CanvasObject, 0, len(inner)+len(r.ring.objects)), inner...), r.ring.objects...)
}

func (r *ringRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *ringRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.ring.place(fyne.NewPos(focusRingEdge, focusRingEdge), size.SubtractWidthHeight(2*focusRingEdge, 2*focusRingEdge))
}

func (r *ringRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.collect()
	r.ring.refresh()
	r.ring.show(r.state.focused)
}
