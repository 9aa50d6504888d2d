package diagrams

import (
	"image"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Legend is the diagram's key: one entry per particle kind (its shape and colour) and per
// route (its colour and line pattern), each with its localized name. Entries flow into as
// many rows as the width needs. Tapping an entry selects its part.
type Legend struct {
	widget.BaseWidget

	// OnSelected is called with the part of the tapped entry (a vagal impulse belongs to
	// the neural route, the stress loop to PartHPA).
	OnSelected func(Part)

	hovered int // entry under the pointer, -1 if none
	width   float32

	// Fyne asks every widget for its minimum size at every frame, so the measured entry
	// widths are kept until the text size changes or the legend is refreshed.
	m     legendMetrics
	mText float32
}

var (
	_ fyne.Tappable      = (*Legend)(nil)
	_ desktop.Hoverable  = (*Legend)(nil)
	_ desktop.Cursorable = (*Legend)(nil)
)

// NewLegend creates the diagram's key.
func NewLegend() *Legend {
	l := &Legend{hovered: -1}
	l.ExtendBaseWidget(l)
	return l
}

// legendItem is one key entry: a particle kind or a route.
type legendItem struct {
	part    Part
	kind    ParticleKind // when !isRoute
	route   linePattern
	isRoute bool
	key     string // label key for routes
}

func legendItems() []legendItem {
	var items []legendItem
	for _, k := range ParticleKinds() {
		items = append(items, legendItem{part: k.Part(), kind: k})
	}
	return append(items,
		legendItem{part: PartNeural, route: patternDashed, isRoute: true, key: "diagram.route.neural"},
		legendItem{part: PartHumoral, route: patternSolid, isRoute: true, key: "diagram.route.humoral"},
		legendItem{part: PartImmune, route: patternDotted, isRoute: true, key: "diagram.route.immune"},
		legendItem{part: PartHPA, route: patternDashDot, isRoute: true, key: "diagram.route.stress"},
	)
}

// Tapped selects the entry under the pointer.
func (l *Legend) Tapped(ev *fyne.PointEvent) {
	if i := l.entryAt(ev.Position); i >= 0 && l.OnSelected != nil {
		l.OnSelected(legendItems()[i].part)
	}
}

// MouseIn highlights the entry under the pointer.
func (l *Legend) MouseIn(ev *desktop.MouseEvent) { l.setHover(l.entryAt(ev.Position)) }

// MouseMoved follows the pointer.
func (l *Legend) MouseMoved(ev *desktop.MouseEvent) { l.setHover(l.entryAt(ev.Position)) }

// MouseOut clears the hover highlight.
func (l *Legend) MouseOut() { l.setHover(-1) }

// Cursor shows a pointing hand over an entry.
func (l *Legend) Cursor() desktop.Cursor {
	if l.hovered >= 0 {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// Resize re-flows the entries; when the number of rows changes the legend asks its parent
// for a new height (through Refresh, as Fyne's wrapping text does).
func (l *Legend) Resize(size fyne.Size) {
	old := l.width
	l.width = size.Width
	l.BaseWidget.Resize(size)
	if old != size.Width {
		l.Refresh()
	}
}

func (l *Legend) setHover(i int) {
	if i == l.hovered {
		return
	}
	l.hovered = i
	l.Refresh()
}

// entryAt is the index of the entry at pos, or -1.
func (l *Legend) entryAt(pos fyne.Position) int {
	for i, r := range l.metrics().flow(l.Size().Width) {
		if pos.X >= r.pos.X && pos.X <= r.pos.X+r.size.Width && pos.Y >= r.pos.Y && pos.Y <= r.pos.Y+r.size.Height {
			return i
		}
	}
	return -1
}

// CreateRenderer builds the swatches and names.
func (l *Legend) CreateRenderer() fyne.WidgetRenderer {
	l.ExtendBaseWidget(l)
	r := &legendRenderer{l: l, items: legendItems()}
	r.hover = canvas.NewRectangle(theme.Color(theme.ColorNameHover))
	r.hover.Hide()
	r.objects = append(r.objects, r.hover)
	for range r.items {
		sw := canvas.NewImageFromImage(image.NewRGBA(image.Rect(0, 0, 1, 1)))
		t := canvas.NewText("", nil)
		r.swatches = append(r.swatches, sw)
		r.texts = append(r.texts, t)
		r.objects = append(r.objects, sw, t)
	}
	r.Refresh()
	return r
}

// legendMetrics are the sizes an entry is built from, derived from the theme text size.
type legendMetrics struct {
	text, swatch, routeW, pad, gap float32
	widths                         []float32
}

func (l *Legend) metrics() legendMetrics {
	ts := theme.SizeForWidget(theme.SizeNameText, l)
	if ts == l.mText && l.m.widths != nil {
		return l.m
	}
	m := legendMetrics{text: ts, swatch: ts * 1.6, routeW: ts * 2.6, pad: ts * 0.4, gap: ts * 0.9}
	for _, it := range legendItems() {
		sw := m.swatch
		if it.isRoute {
			sw = m.routeW
		}
		tw := fyne.MeasureText(it.title(), ts, fyne.TextStyle{}).Width
		m.widths = append(m.widths, sw+m.pad+tw+m.pad)
	}
	l.m, l.mText = m, ts
	return m
}

func (it legendItem) title() string {
	if it.isRoute {
		return lang.L(it.key)
	}
	return it.kind.Title()
}

type entryRect struct {
	pos  fyne.Position
	size fyne.Size
}

// flow places entries left to right, wrapping at width (at least one entry per row). The
// routes start a row of their own, so particles and routes read as two groups.
func (m legendMetrics) flow(width float32) []entryRect {
	out := make([]entryRect, len(m.widths))
	h := m.swatch + m.pad
	x, y := float32(0), float32(0)
	for i, w := range m.widths {
		if x > 0 && (x+w > width || i == numKinds) {
			x, y = 0, y+h+m.pad
		}
		out[i] = entryRect{fyne.NewPos(x, y), fyne.NewSize(w, h)}
		x += w + m.gap
	}
	return out
}

// minSize is one entry wide and as tall as the flow at the current width needs (two rows,
// particles then routes, before the first layout).
func (m legendMetrics) minSize(width float32) fyne.Size {
	widest := float32(0)
	for _, w := range m.widths {
		widest = max(widest, w)
	}
	if width <= 0 {
		width = float32(math.Inf(1))
	}
	// The height of flow(max(width, widest)), without building the rectangles: MinSize
	// runs at every frame and must not allocate.
	width = max(width, widest)
	h := m.swatch + m.pad
	x, y := float32(0), float32(0)
	for i, w := range m.widths {
		if x > 0 && (x+w > width || i == numKinds) {
			x, y = 0, y+h+m.pad
		}
		x += w + m.gap
	}
	return fyne.NewSize(widest, y+h)
}

type legendRenderer struct {
	l        *Legend
	items    []legendItem
	hover    *canvas.Rectangle
	swatches []*canvas.Image
	texts    []*canvas.Text
	objects  []fyne.CanvasObject
	pal      palette
	scale    float32
	swSize   float32
	drawn    bool
}

// Objects are the hover backing, then a swatch and a name per entry.
func (r *legendRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *legendRenderer) Destroy()                     {}

func (r *legendRenderer) MinSize() fyne.Size { return r.l.metrics().minSize(r.l.width) }

// Layout flows the entries to the width and places the hover backing.
func (r *legendRenderer) Layout(size fyne.Size) {
	m := r.l.metrics()
	rects := m.flow(size.Width)
	for i, e := range rects {
		sw := m.swatch
		if r.items[i].isRoute {
			sw = m.routeW
		}
		r.swatches[i].Move(fyne.NewPos(e.pos.X+m.pad*0.5, e.pos.Y+(e.size.Height-m.swatch)/2))
		r.swatches[i].Resize(fyne.NewSize(sw, m.swatch))
		ts := r.texts[i].MinSize()
		r.texts[i].Move(fyne.NewPos(e.pos.X+m.pad*0.5+sw+m.pad, e.pos.Y+(e.size.Height-ts.Height)/2))
		r.texts[i].Resize(ts)
	}
	if h := r.l.hovered; h >= 0 && h < len(rects) {
		r.hover.Move(rects[h].pos)
		r.hover.Resize(rects[h].size)
		r.hover.CornerRadius = rects[h].size.Height / 2
		r.hover.Show()
	} else {
		r.hover.Hide()
	}
}

// Refresh redraws swatches only when the palette, scale or text size changed.
func (r *legendRenderer) Refresh() {
	r.l.m.widths = nil // measure the names again (theme or language may have changed)
	m := r.l.metrics()
	pal := currentPalette(r.l)
	scale := float32(1)
	if c := fyne.CurrentApp().Driver().CanvasForObject(r.l); c != nil {
		scale = c.Scale()
	}
	if !r.drawn || pal != r.pal || scale != r.scale || m.swatch != r.swSize {
		r.drawn, r.pal, r.scale, r.swSize = true, pal, scale, m.swatch
		px := int(math.Ceil(float64(m.swatch * scale)))
		for i, it := range r.items {
			if it.isRoute {
				r.swatches[i].Image = routeSwatch(routeColour(&pal, it.part), it.route,
					int(math.Ceil(float64(m.routeW*scale))), px, float64(m.swatch*scale)/21)
			} else {
				r.swatches[i].Image = renderSprite(it.kind, &pal, px, px)
			}
			r.swatches[i].Refresh()
		}
	}
	for i, it := range r.items {
		t := r.texts[i]
		t.Text, t.TextSize = it.title(), m.text
		t.Color = theme.ColorForWidget(theme.ColorNameForeground, r.l)
		t.Refresh()
	}
	r.hover.FillColor = theme.ColorForWidget(theme.ColorNameHover, r.l)
	r.hover.Refresh()
	r.Layout(r.l.Size())
}

// routeColour is the colour of the route a legend entry stands for.
func routeColour(pal *palette, p Part) color.Color {
	switch p {
	case PartNeural:
		return pal.neural
	case PartHumoral:
		return pal.humoral
	case PartImmune:
		return pal.immune
	}
	return pal.stress
}
