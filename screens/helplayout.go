package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// helpKeyShare is the most of the help sheet's width the key column takes.
const helpKeyShare = 0.4

// helpLayout lays out the keyboard help: pairs of labels, keys then what they do, in two
// columns. The key column is as wide as its widest entry, up to helpKeyShare of the
// width, and its entries wrap beyond that (a long list of keys, large text, a long
// language), so a wide entry never squeezes every description into a narrow strip. Each
// row is as tall as its taller label.
type helpLayout struct{}

// keyWidth is the key column's width when the sheet is width wide.
func (helpLayout) keyWidth(objects []fyne.CanvasObject, width float32) float32 {
	var widest float32
	for i := 0; i+1 < len(objects); i += 2 {
		if l, ok := objects[i].(*widget.Label); ok {
			name := l.SizeName
			if name == "" {
				name = theme.SizeNameText
			}
			w := fyne.MeasureText(l.Text, theme.SizeForWidget(name, l), l.TextStyle).Width + 2*theme.SizeForWidget(theme.SizeNameInnerPadding, l)
			widest = max(widest, w)
		}
	}
	return min(widest, width*helpKeyShare)
}

func (h helpLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	kw := h.keyWidth(objects, size.Width)
	dw := max(size.Width-kw-pad, 0)
	y := float32(0)
	for i := 0; i+1 < len(objects); i += 2 {
		k, d := objects[i], objects[i+1]
		// Give each its width first: a wrapping label's height follows its width.
		k.Resize(fyne.NewSize(kw, k.Size().Height))
		d.Resize(fyne.NewSize(dw, d.Size().Height))
		rowH := max(k.MinSize().Height, d.MinSize().Height)
		k.Move(fyne.NewPos(0, y))
		k.Resize(fyne.NewSize(kw, rowH))
		d.Move(fyne.NewPos(kw+pad, y))
		d.Resize(fyne.NewSize(dw, rowH))
		y += rowH + pad
	}
}

// MinSize is narrow (the labels wrap) and as tall as the rows are at their present width.
func (helpLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	var w, h float32
	for i := 0; i+1 < len(objects); i += 2 {
		k, d := objects[i].MinSize(), objects[i+1].MinSize()
		w = max(w, k.Width+pad+d.Width)
		if i > 0 {
			h += pad
		}
		h += max(k.Height, d.Height)
	}
	return fyne.NewSize(w, h)
}
