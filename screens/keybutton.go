package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// keyButton is a widget.Button for keyboard users as well: Enter presses it as Space does
// (Fyne's button knows only Space), the focus ring shows where the keyboard is, and every
// key it does not use goes to the window's hotkeys. Like every Fyne button it never takes
// focus from a pointer tap. In a segmented group, ← → Home End choose within the group.
type keyButton struct {
	widget.Button
	ring ringState

	group *segmented // nil for a lone button
	index int        // its place in group
}

func newKeyButton(label string, icon fyne.Resource, tapped func()) *keyButton {
	b := &keyButton{}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// FocusGained shows the focus ring and scrolls the button into view.
func (b *keyButton) FocusGained() {
	b.ring.focused = true
	b.Button.FocusGained()
	revealFocused(b)
}

// FocusLost hides the focus ring.
func (b *keyButton) FocusLost() {
	b.ring.focused = false
	b.Button.FocusLost()
}

// TypedKey presses the button on Space or Enter and moves within its group on the arrow
// keys; other keys go to the window's hotkeys.
func (b *keyButton) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeySpace {
		b.Button.TypedKey(ev)
		return
	}
	a, ok := focusActionFor(ev)
	switch {
	case ok && a == ActionActivate:
		b.Button.Tapped(nil)
	case ok && b.group != nil && b.group.moveBy(b.index, a):
	default:
		forwardKey(b, ev)
	}
}

// TypedRune hands typed characters ("?" for help) to the window.
func (b *keyButton) TypedRune(r rune) { forwardRune(b, r) }

// CreateRenderer is the button's own, with the focus ring.
func (b *keyButton) CreateRenderer() fyne.WidgetRenderer {
	return newRingRenderer(b, &b.ring, b.Button.CreateRenderer())
}
