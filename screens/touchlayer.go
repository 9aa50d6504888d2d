package screens

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// TouchLayer is an invisible surface that reports touches. Fyne has no global input
// hook, so the kiosk puts one full-screen TouchLayer over the attract loop (a touch
// anywhere enters the explorer) and one under the explorer (a touch on anything that is
// not itself tappable, such as text or background, still counts as someone being there).
//
// It reports the press (desktop.Mouseable) as well as the tap: a finger that lands and
// slides is still a person at the screen, although Fyne would not call it a tap.
type TouchLayer struct {
	widget.BaseWidget

	// OnTapped runs when the layer is tapped.
	OnTapped func()
	// OnTappedAt, when set, runs instead of OnTapped with the tap's position.
	OnTappedAt func(fyne.Position)
	// OnPressed runs when a finger or mouse button goes down on the layer.
	OnPressed func()
}

var (
	_ fyne.Tappable     = (*TouchLayer)(nil)
	_ desktop.Mouseable = (*TouchLayer)(nil)
)

// NewTouchLayer returns a layer that calls tapped on a tap and pressed on a press
// (either may be nil).
func NewTouchLayer(tapped, pressed func()) *TouchLayer {
	l := &TouchLayer{OnTapped: tapped, OnPressed: pressed}
	l.ExtendBaseWidget(l)
	return l
}

// Tapped reports a tap.
func (l *TouchLayer) Tapped(ev *fyne.PointEvent) {
	if l.OnTappedAt != nil {
		l.OnTappedAt(ev.Position)
		return
	}
	if l.OnTapped != nil {
		l.OnTapped()
	}
}

// MouseDown reports a press.
func (l *TouchLayer) MouseDown(*desktop.MouseEvent) {
	if l.OnPressed != nil {
		l.OnPressed()
	}
}

// MouseUp is part of desktop.Mouseable; the tap (if any) follows it.
func (l *TouchLayer) MouseUp(*desktop.MouseEvent) {}

// CreateRenderer is part of fyne.Widget.
func (l *TouchLayer) CreateRenderer() fyne.WidgetRenderer {
	return &touchLayerRenderer{rect: canvas.NewRectangle(color.Transparent)}
}

// touchLayerRenderer draws nothing visible: one transparent rectangle, so the layer has a
// size and Fyne's hit-testing finds it.
type touchLayerRenderer struct{ rect *canvas.Rectangle }

func (r *touchLayerRenderer) Layout(s fyne.Size)           { r.rect.Resize(s) }
func (r *touchLayerRenderer) MinSize() fyne.Size           { return fyne.Size{} }
func (r *touchLayerRenderer) Refresh()                     {}
func (r *touchLayerRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.rect} }
func (r *touchLayerRenderer) Destroy()                     {}
