package screens

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// kioskDiagramShare is the share of the width the diagram column takes.
const kioskDiagramShare = 0.64

// kioskLayout places the kiosk's four regions — diagram, legend, the bottom bar and the
// right-hand column — the same way on the attract loop and in the explorer, so the
// diagram keeps its size when a visitor touches the screen (its cached anatomy images
// are not redrawn) and the change of screen reads as the same picture coming alive.
//
// Objects, in order: diagram, legend, bottom, right, then any objects that cover the
// diagram exactly (the kiosk's fingertip layer).
type kioskLayout struct {
	// offset moves everything by a few units (screen care on the attract loop).
	offset fyne.Position
	// reserve is the tallest bottom bar (the explorer's controls); both screens keep
	// that much room under the legend.
	reserve fyne.CanvasObject
}

func (l *kioskLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if len(objs) < 4 {
		return
	}
	legend, bottom, right := objs[1], objs[2], objs[3]
	pad := theme.Padding() * 2
	leftW := float32(math.Floor(float64(size.Width * kioskDiagramShare)))
	colW := leftW - pad
	bottomH := bottom.MinSize().Height
	if l.reserve != nil {
		bottomH = max(bottomH, l.reserve.MinSize().Height)
	}
	// The legend wraps to its width, so its height is known only after a resize.
	legend.Resize(fyne.NewSize(colW, legend.MinSize().Height))
	legendH := legend.MinSize().Height
	diagramH := max(size.Height-2*pad-legendH-bottomH-3*theme.Padding(), 0)

	o := l.offset
	for i, d := range objs {
		if i == 0 || i > 3 {
			d.Move(fyne.NewPos(pad, pad).Add(o))
			d.Resize(fyne.NewSize(colW, diagramH))
		}
	}
	y := pad + diagramH + theme.Padding()
	legend.Move(fyne.NewPos(pad, y).Add(o))
	legend.Resize(fyne.NewSize(colW, legendH))
	y += legendH + 2*theme.Padding() // the legend's entries are touch targets too
	bottom.Move(fyne.NewPos(pad, y).Add(o))
	bottom.Resize(fyne.NewSize(colW, bottomH))
	x := leftW + pad
	right.Move(fyne.NewPos(x, pad).Add(o))
	right.Resize(fyne.NewSize(max(size.Width-x-pad, 0), size.Height-2*pad))
}

func (l *kioskLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(800, 600)
}

// screenCareAmplitude is how far, in units, the attract loop drifts from its place; the
// periods are long and unrelated, so the drift never repeats a short pattern and no edge
// stays on the same pixels for more than a few minutes.
var (
	screenCareAmplitude = fyne.NewSize(10, 8)
	screenCarePeriodX   = 11 * 60.0 // seconds
	screenCarePeriodY   = 7 * 60.0
)

// screenCareOffset is the attract loop's drift after elapsed seconds, in whole units so a
// change moves objects by a pixel step and nothing is redrawn in between.
func screenCareOffset(elapsed float64) fyne.Position {
	x := float64(screenCareAmplitude.Width) * math.Sin(2*math.Pi*elapsed/screenCarePeriodX)
	y := float64(screenCareAmplitude.Height) * math.Sin(2*math.Pi*elapsed/screenCarePeriodY)
	return fyne.NewPos(float32(math.Round(x)), float32(math.Round(y)))
}
