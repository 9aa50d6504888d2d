package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Fyne's check boxes and sliders take keyboard focus when clicked, and a focused widget
// swallows Space. These variants give the focus back after a click or tap, so Space keeps
// meaning play/pause; Tab still focuses them for people who use the keyboard.

// pointerCheck is a widget.Check that does not keep focus after a tap.
type pointerCheck struct{ widget.Check }

func newPointerCheck(label string, changed func(bool)) *pointerCheck {
	c := &pointerCheck{}
	c.Text = label
	c.OnChanged = changed
	c.ExtendBaseWidget(c)
	return c
}

// Tapped toggles the check like widget.Check, then releases keyboard focus.
func (c *pointerCheck) Tapped(e *fyne.PointEvent) {
	c.Check.Tapped(e)
	releaseFocus(c)
}

// pointerSlider is a widget.Slider that does not keep focus after a tap.
type pointerSlider struct{ widget.Slider }

func newPointerSlider(min, max float64) *pointerSlider {
	s := &pointerSlider{}
	s.Min, s.Max, s.Step = min, max, 1
	s.Orientation = widget.Horizontal
	s.ExtendBaseWidget(s)
	return s
}

// Tapped moves the slider like widget.Slider, then releases keyboard focus.
func (s *pointerSlider) Tapped(e *fyne.PointEvent) {
	s.Slider.Tapped(e)
	releaseFocus(s)
}

func releaseFocus(o interface {
	fyne.CanvasObject
	fyne.Focusable
}) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(o); c != nil && c.Focused() == o {
		c.Unfocus()
	}
}

// segmented is a row of buttons of which one is selected: a touch-friendly choice that,
// like every button, never takes focus from a tap.
type segmented struct {
	buttons  []*widget.Button
	selected int
	onChange func(i int)
	content  fyne.CanvasObject
}

func newSegmented(labels []string, onChange func(i int)) *segmented {
	s := &segmented{onChange: onChange, selected: -1}
	objs := make([]fyne.CanvasObject, len(labels))
	for i, l := range labels {
		b := widget.NewButton(l, func() {
			s.Select(i)
			if s.onChange != nil {
				s.onChange(i)
			}
		})
		s.buttons = append(s.buttons, b)
		objs[i] = b
	}
	s.content = container.NewHBox(objs...)
	return s
}

// Select shows button i as the selected one without running onChange.
func (s *segmented) Select(i int) {
	if i == s.selected {
		return
	}
	s.selected = i
	for j, b := range s.buttons {
		if j == i {
			b.Importance = widget.HighImportance
		} else {
			b.Importance = widget.MediumImportance
		}
		b.Refresh()
	}
}

// Selected is the index of the selected button (-1 for none).
func (s *segmented) Selected() int { return s.selected }
