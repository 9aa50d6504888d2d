package screens

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// textBox is one piece of text as the renderer draws it: where, how big, and the space
// it had to be drawn in.
type textBox struct {
	text       string
	layer      int // 0 the window's content, 1… its overlays (dialogs, pop-ups)
	pos, size  fyne.Position
	minWidth   float32
	minHeight  float32
	clipMin    fyne.Position // the visible rectangle (window ∩ scrolls) around it
	clipMax    fyne.Position
	scrolledIn bool // inside a scroll container, so it may be scrolled out of view
	align      fyne.TextAlign
}

// drawn is the horizontal extent the text's glyphs cover, by its alignment in its box.
func (b textBox) drawn() (float32, float32) {
	x := b.pos.X
	switch b.align {
	case fyne.TextAlignCenter:
		x += (b.size.X - b.minWidth) / 2
	case fyne.TextAlignTrailing:
		x += b.size.X - b.minWidth
	}
	return x, x + b.minWidth
}

func (b textBox) String() string {
	return fmt.Sprintf("%q at (%.0f,%.0f) %.0f×%.0f (needs %.0f)", b.text, b.pos.X, b.pos.Y, b.size.X, b.size.Y, b.minWidth)
}

// visibleTexts walks what the window's canvas draws — its content and every overlay,
// through each widget's renderer — and lists the text objects that are shown.
func visibleTexts(win fyne.Window) []textBox {
	c := win.Canvas()
	size := c.Size()
	var out []textBox
	walk := func(layer int, root fyne.CanvasObject) {
		var visit func(o fyne.CanvasObject, origin, clipMin, clipMax fyne.Position, scrolled bool)
		visit = func(o fyne.CanvasObject, origin, clipMin, clipMax fyne.Position, scrolled bool) {
			if o == nil || !o.Visible() {
				return
			}
			pos := origin.Add(o.Position())
			end := pos.Add(o.Size())
			switch t := o.(type) {
			case *canvas.Text:
				if strings.TrimSpace(t.Text) != "" {
					out = append(out, textBox{text: t.Text, layer: layer, pos: pos,
						size: fyne.NewPos(t.Size().Width, t.Size().Height), minWidth: t.MinSize().Width, minHeight: t.MinSize().Height,
						clipMin: clipMin, clipMax: clipMax, scrolledIn: scrolled, align: t.Alignment})
				}
				return
			case *container.Scroll:
				clipMin = fyne.NewPos(max(clipMin.X, pos.X), max(clipMin.Y, pos.Y))
				clipMax = fyne.NewPos(min(clipMax.X, end.X), min(clipMax.Y, end.Y))
				scrolled = true
			}
			switch t := o.(type) {
			case fyne.Widget:
				for _, child := range test.WidgetRenderer(t).Objects() {
					visit(child, pos, clipMin, clipMax, scrolled)
				}
			case *fyne.Container:
				for _, child := range t.Objects {
					visit(child, pos, clipMin, clipMax, scrolled)
				}
			}
		}
		visit(root, fyne.Position{}, fyne.Position{}, fyne.NewPos(size.Width, size.Height), false)
	}
	walk(0, c.Content())
	for i, o := range c.Overlays().List() {
		walk(i+1, o)
	}
	return out
}

// textProblems lists text that does not fit: squeezed narrower than it needs, running
// past the edge of what is visible around it, or drawn over other text in the same layer.
// Text scrolled out of view, or cut only by a scroll's top or bottom edge, is fine: that
// is what scrolling is for.
func textProblems(win fyne.Window) []string {
	const slack = 1.5 // sub-pixel rounding
	// Fyne's RichText word wrap measures lines a little differently from how it draws
	// them, leaving a wrapped line up to a few pixels wider than its box, inside the
	// padding; that is not visible as overflow.
	const wrapSlack = 6
	var problems []string
	var shown []textBox
	for _, b := range visibleTexts(win) {
		endX, endY := b.pos.X+b.size.X, b.pos.Y+b.size.Y
		if endY <= b.clipMin.Y || b.pos.Y >= b.clipMax.Y || endX <= b.clipMin.X || b.pos.X >= b.clipMax.X {
			continue // scrolled or laid out of view
		}
		if b.size.X == 0 && b.size.Y == 0 {
			b.size = fyne.NewPos(b.minWidth, b.minHeight) // never resized: drawn at its natural size
		}
		if b.minWidth > b.size.X+wrapSlack {
			problems = append(problems, "squeezed: "+b.String())
		}
		if x0, x1 := b.drawn(); x1 > b.clipMax.X+slack || x0 < b.clipMin.X-slack {
			problems = append(problems, fmt.Sprintf("runs past the visible edge x=%.0f…%.0f: %s", b.clipMin.X, b.clipMax.X, b))
		}
		if !b.scrolledIn && (b.pos.Y < b.clipMin.Y-slack || endY > b.clipMax.Y+slack) {
			problems = append(problems, fmt.Sprintf("cut off by the edge y=%.0f…%.0f: %s", b.clipMin.Y, b.clipMax.Y, b))
		}
		if b.pos.Y >= b.clipMin.Y-slack && endY <= b.clipMax.Y+slack {
			shown = append(shown, b)
		}
	}
	for i, a := range shown {
		for _, b := range shown[i+1:] {
			if a.layer != b.layer {
				continue
			}
			ax0, ax1 := a.drawn()
			bx0, bx1 := b.drawn()
			ay1, by1 := a.pos.Y+a.size.Y, b.pos.Y+b.size.Y
			ox := min(ax1, bx1) - max(ax0, bx0)
			oy := min(ay1, by1) - max(a.pos.Y, b.pos.Y)
			if ox > 2 && oy > 2 {
				problems = append(problems, fmt.Sprintf("overlap: %s and %s", a, b))
			}
		}
	}
	return problems
}
