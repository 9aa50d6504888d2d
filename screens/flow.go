package screens

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// flowLayout places objects left to right at their minimum size and starts a new row
// when the next one would not fit, as words wrap in a paragraph: with large text the
// controls take more rows instead of running off the window.
//
// Its minimum height depends on its width, which a Fyne layout's MinSize is not told;
// it uses the width it was last laid out at (the real driver lays the window out again on
// its next frame when a minimum size changed, see ResizeSettled).
type flowLayout struct {
	width float32
}

func newFlow(objects ...fyne.CanvasObject) *fyne.Container {
	return container.New(&flowLayout{}, objects...)
}

// rows walks the objects row by row; with place it also moves and sizes them, each
// centred vertically in its row. It returns the widest object's width and the height.
func (f *flowLayout) rows(objects []fyne.CanvasObject, width float32, place bool) (float32, float32) {
	pad := theme.Padding()
	var y, widest float32
	start := 0
	for start < len(objects) {
		// Take as many objects as fit in this row (at least one).
		x, rowH, end := float32(0), float32(0), start
		for ; end < len(objects); end++ {
			o := objects[end]
			if !o.Visible() {
				continue
			}
			m := o.MinSize()
			if x > 0 && x+m.Width > width {
				break
			}
			x += m.Width + pad
			rowH = max(rowH, m.Height)
			widest = max(widest, m.Width)
		}
		if place {
			x = 0
			for _, o := range objects[start:end] {
				if !o.Visible() {
					continue
				}
				m := o.MinSize()
				o.Move(fyne.NewPos(x, y+(rowH-m.Height)/2))
				o.Resize(m)
				x += m.Width + pad
			}
		}
		if end == start { // only invisible objects were left
			break
		}
		start = end
		if start < len(objects) {
			y += rowH + pad
		} else {
			y += rowH
		}
	}
	return widest, y
}

// Layout places the objects in as many rows as the width needs.
func (f *flowLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	f.width = size.Width
	f.rows(objects, size.Width, true)
}

// MinSize is as wide as the widest object and as tall as the rows need at the width the
// layout last had (one row per object before its first layout).
func (f *flowLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	width := f.width
	if width <= 0 {
		width = 1
	}
	widest, height := f.rows(objects, width, false)
	return fyne.NewSize(widest, height)
}

// withMinWidth gives an object (a slider, whose own minimum is only its handle) a width
// to keep when it sits in a flow.
func withMinWidth(o fyne.CanvasObject, w float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(w, 0))
	return container.NewStack(r, o)
}
