package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Helpers that make controls finger-sized for the kiosk. Fyne's buttons size themselves
// to their text; at the kiosk's text scale a short label ("1×") would still be narrower
// or lower than a fingertip, so every kiosk control sits in a touchSize container that
// gives it at least TouchTarget in both directions.

// touchSize is a layout that stretches its objects to fill it and asks for at least min.
type touchSize struct{ min fyne.Size }

func (l touchSize) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.Position{})
		o.Resize(size)
	}
}

func (l touchSize) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := l.min
	for _, o := range objs {
		m = m.Max(o.MinSize())
	}
	return m
}

// touchSized wraps a control so it is at least TouchTarget×TouchTarget.
func touchSized(o fyne.CanvasObject) fyne.CanvasObject {
	return container.New(touchSize{fyne.NewSquareSize(TouchTarget)}, o)
}

// touchButton is a button with a touch-sized hit area. Buttons fire on release inside
// themselves and never take keyboard focus from a tap.
func touchButton(label string, icon fyne.Resource, tapped func()) (*widget.Button, fyne.CanvasObject) {
	b := widget.NewButtonWithIcon(label, icon, tapped)
	return b, touchSized(b)
}

// newTouchChoice is a segmented choice whose buttons are touch-sized and TouchGap apart
// (the kiosk theme's padding, which HBox puts between them).
func newTouchChoice(labels []string, onChange func(i int)) *segmented {
	s := newSegmented(labels, onChange)
	objs := make([]fyne.CanvasObject, len(s.buttons))
	for i, b := range s.buttons {
		objs[i] = touchSized(b)
	}
	s.content = container.NewHBox(objs...)
	return s
}
