package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Fyne's check boxes and sliders take keyboard focus when clicked, and a focused widget
// swallows Space. These variants give the focus back after a click or tap, so Space keeps
// meaning play/pause; Tab still focuses them for people who use the keyboard, and then
// they keep it, show the focus ring, and hand the keys they do not use to the window's
// hotkeys.

// pointerCheck is a widget.Check that does not keep focus after a tap.
type pointerCheck struct {
	widget.Check
	ring ringState
}

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

// FocusGained shows the focus ring and scrolls the control into view.
func (c *pointerCheck) FocusGained() {
	c.ring.focused = true
	c.Check.FocusGained()
	revealFocused(c)
}

// FocusLost hides the focus ring.
func (c *pointerCheck) FocusLost() {
	c.ring.focused = false
	c.Check.FocusLost()
}

// TypedKey ticks or unticks on Enter; Space does so through TypedRune, as in Fyne. Other
// keys go to the window's hotkeys.
func (c *pointerCheck) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeySpace {
		return // the ' ' that follows toggles the box
	}
	if a, ok := focusActionFor(ev); ok && a == ActionActivate {
		if !c.Disabled() {
			c.SetChecked(!c.Checked)
		}
		return
	}
	forwardKey(c, ev)
}

// TypedRune toggles on Space like widget.Check; other characters go to the window.
func (c *pointerCheck) TypedRune(r rune) {
	if r == ' ' {
		c.Check.TypedRune(r)
		return
	}
	forwardRune(c, r)
}

// CreateRenderer is the check's own, with the focus ring.
func (c *pointerCheck) CreateRenderer() fyne.WidgetRenderer {
	return newRingRenderer(c, &c.ring, c.Check.CreateRenderer())
}

// pointerSlider is a widget.Slider that does not keep focus after a tap.
type pointerSlider struct {
	widget.Slider
	ring ringState
}

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

// FocusGained shows the focus ring and scrolls the control into view.
func (s *pointerSlider) FocusGained() {
	s.ring.focused = true
	s.Slider.FocusGained()
	revealFocused(s)
}

// FocusLost hides the focus ring.
func (s *pointerSlider) FocusLost() {
	s.ring.focused = false
	s.Slider.FocusLost()
}

// TypedKey steps with ← → (Fyne's slider) and jumps to the ends with Home and End; other
// keys go to the window's hotkeys.
func (s *pointerSlider) TypedKey(ev *fyne.KeyEvent) {
	a, _ := focusActionFor(ev)
	switch a {
	case ActionMoveNext, ActionMovePrevious:
		s.Slider.TypedKey(ev)
	case ActionMoveFirst:
		s.SetValue(s.Min)
	case ActionMoveLast:
		s.SetValue(s.Max)
	default:
		forwardKey(s, ev)
	}
}

// TypedRune hands typed characters ("?" for help) to the window.
func (s *pointerSlider) TypedRune(r rune) { forwardRune(s, r) }

// CreateRenderer is the slider's own, with the focus ring and a track that stands out.
func (s *pointerSlider) CreateRenderer() fyne.WidgetRenderer {
	r := &sliderTrackRenderer{ringRenderer: newRingRenderer(s, &s.ring, s.Slider.CreateRenderer()), slider: s}
	r.recolour()
	return r
}

// sliderTrackRenderer draws the slider's track in the theme's input-border colour. Fyne
// draws it in the input background, about 1.3:1 against the page — too faint to show where
// the control is (WCAG 2.2 asks 3:1 of a control's boundary); the border colour is at
// least 3:1 against the page and against the track's filled part (apptheme's contrast test).
type sliderTrackRenderer struct {
	*ringRenderer
	slider *pointerSlider
}

func (r *sliderTrackRenderer) Refresh() {
	r.ringRenderer.Refresh()
	r.recolour()
}

// recolour paints the track, which Fyne 2.7.1's slider renderer lists first.
func (r *sliderTrackRenderer) recolour() {
	objs := r.ringRenderer.WidgetRenderer.Objects()
	if len(objs) == 0 {
		return
	}
	track, ok := objs[0].(*canvas.Rectangle)
	if !ok {
		return
	}
	c := r.slider.Theme().Color(theme.ColorNameInputBorder, fyne.CurrentApp().Settings().ThemeVariant())
	if track.FillColor != c {
		track.FillColor = c
		track.Refresh()
	}
}

func releaseFocus(o interface {
	fyne.CanvasObject
	fyne.Focusable
}) {
	if c := canvasOf(o); c != nil && c.Focused() == o {
		c.Unfocus()
	}
}

// segmented is a row of buttons of which one is selected: a touch-friendly choice that,
// like every button, never takes focus from a tap. From the keyboard each button is a
// Tab stop that Space or Enter chooses, and ← → Home End choose the neighbour, first or
// last and take the focus with them, as in a radio group.
type segmented struct {
	buttons  []*keyButton
	selected int
	onChange func(i int)
	content  fyne.CanvasObject
}

func newSegmented(labels []string, onChange func(i int)) *segmented {
	s := &segmented{onChange: onChange, selected: -1}
	objs := make([]fyne.CanvasObject, len(labels))
	for i, l := range labels {
		b := newKeyButton(l, nil, func() { s.choose(i) })
		b.group, b.index = s, i
		s.buttons = append(s.buttons, b)
		objs[i] = b
	}
	s.content = container.NewHBox(objs...)
	return s
}

// choose selects button i and runs onChange, as a tap on it does.
func (s *segmented) choose(i int) {
	s.Select(i)
	if s.onChange != nil {
		s.onChange(i)
	}
}

// moveBy runs a focus action from button i: ← → Home End choose another button and move
// the focus to it. It reports whether the action was one of those.
func (s *segmented) moveBy(i int, a Action) bool {
	j := i
	switch a {
	case ActionMoveNext:
		j = min(i+1, len(s.buttons)-1)
	case ActionMovePrevious:
		j = max(i-1, 0)
	case ActionMoveFirst:
		j = 0
	case ActionMoveLast:
		j = len(s.buttons) - 1
	default:
		return false
	}
	if j != i {
		if c := canvasOf(s.buttons[i]); c != nil {
			c.Focus(s.buttons[j])
		}
	}
	if j != s.selected {
		s.choose(j)
	}
	return true
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
