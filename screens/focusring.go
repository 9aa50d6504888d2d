package screens

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// ringSize is a focus ring's line width and the width of the edge on each side of it, in
// Fyne units.
type ringSize struct{ line, edge float32 }

var (
	// bigRing outlines the diagram, its parts and the tab row.
	bigRing = ringSize{line: 4, edge: 2}
	// smallRing sits inside the app's buttons, check box and sliders, clear of their text.
	smallRing = ringSize{line: 2, edge: 2}
)

// inset is how far inside a rectangle the ring's outline must be for the whole ring to
// stay inside it.
func (s ringSize) inset() float32 { return s.line/2 + s.edge }

// focusRing is the app's keyboard focus indicator where Fyne draws none of its own (the
// diagram and its parts, the tab row) and on the app's own controls, where Fyne's is a
// faint tint: a rounded line in the theme's primary colour (Fyne's focus hue, unlike the
// white or black outline of the diagram's selection) with an edge in the background
// colour beside it. The primary colour stands out from the background and the panels by
// 3:1 or more (apptheme's contrast test); where a ring crosses a fill of the primary's own
// lightness (a selected segment, some tissue), the edge, the darkest or lightest colour
// of the theme, does. A test measures the ring against what it covers in every theme.
type focusRing struct {
	owner      fyne.Widget // whose theme (and theme override) the colours follow
	size       ringSize
	edge, line *canvas.Rectangle
	objects    []fyne.CanvasObject
}

func newFocusRing(owner fyne.Widget, size ringSize) *focusRing {
	r := &focusRing{owner: owner, size: size, edge: canvas.NewRectangle(color.Transparent), line: canvas.NewRectangle(color.Transparent)}
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
	r.edge.StrokeWidth = r.size.line + 2*r.size.edge
	r.line.StrokeWidth = r.size.line
	radius := theme.SizeForWidget(theme.SizeNameInputRadius, r.owner) + r.size.inset()
	r.line.CornerRadius = radius
	r.edge.CornerRadius = radius
}

// place outlines the rectangle at pos with size. Both strokes follow the same outline,
// the edge's wider, so the line always has the edge colour beside it: Fyne's software
// painter centres a stroke on the outline (edge on both sides), its OpenGL painter draws
// it inside (edge on the inner side). Keep the outline size.inset() inside whatever must
// contain the ring.
func (r *focusRing) place(pos fyne.Position, size fyne.Size) {
	for _, o := range r.objects {
		o.Move(pos)
		o.Resize(size)
	}
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
	r := &ringRenderer{WidgetRenderer: inner, state: state, ring: newFocusRing(owner, smallRing)}
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
	in := r.ring.size.inset()
	r.ring.place(fyne.NewSquareOffsetPos(in), size.SubtractWidthHeight(2*in, 2*in))
}

func (r *ringRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.collect()
	r.ring.refresh()
	r.ring.show(r.state.focused)
}
