package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// scrollByKey scrolls s by three lines of text for an arrow key, or by most of its height
// for Page Up and Page Down. Fyne 2.7.1's scrolls take no keys of their own.
func scrollByKey(s *container.Scroll, k fyne.KeyName, down bool, owner fyne.Widget) {
	if s == nil {
		return
	}
	if s.Content.Size().Height < s.Content.MinSize().Height {
		s.Refresh() // text loaded since the last frame: lay it out before measuring it
	}
	step := 3 * theme.SizeForWidget(theme.SizeNameText, owner)
	if k == fyne.KeyPageDown || k == fyne.KeyPageUp {
		step = max(s.Size().Height-2*step, step)
	}
	if !down {
		step = -step
	}
	s.ScrollToOffset(s.Offset.AddXY(0, step)) // Fyne keeps the offset within the content
}

// scrollFocus makes a scrolling text a keyboard stop: ↓ ↑ Page Down/Up scroll it, Home and
// End go to its top and bottom, Esc runs OnEscape (the help sheet closes), and every
// other key goes to the window's hotkeys. A focus ring outlines the text while it has
// focus. Like tabsFocus, the stop is an invisible widget beside the scroll; place content.
type scrollFocus struct {
	widget.BaseWidget

	scroll   *container.Scroll
	ring     *focusRing
	content  *fyne.Container
	focused  bool
	OnEscape func()
}

var _ fyne.Focusable = (*scrollFocus)(nil)

func newScrollFocus(s *container.Scroll) *scrollFocus {
	f := &scrollFocus{scroll: s}
	f.ExtendBaseWidget(f)
	f.ring = newFocusRing(f, bigRing)
	f.content = container.New(&scrollFocusLayout{f}, append([]fyne.CanvasObject{f, s}, f.ring.objects...)...)
	return f
}

// FocusGained shows the ring.
func (f *scrollFocus) FocusGained() {
	f.focused = true
	f.placeRing()
}

// FocusLost hides the ring.
func (f *scrollFocus) FocusLost() {
	f.focused = false
	f.placeRing()
}

// TypedKey scrolls, or closes on Esc; other keys go to the window's hotkeys.
func (f *scrollFocus) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && f.OnEscape != nil {
		f.OnEscape()
		return
	}
	a, _ := focusActionFor(ev)
	switch a {
	case ActionScrollDown, ActionScrollUp:
		scrollByKey(f.scroll, ev.Name, a == ActionScrollDown, f)
	case ActionMoveFirst:
		f.scroll.ScrollToTop()
	case ActionMoveLast:
		f.scroll.ScrollToBottom()
	default:
		forwardKey(f, ev)
	}
}

// TypedRune hands typed characters to the window.
func (f *scrollFocus) TypedRune(r rune) { forwardRune(f, r) }

func (f *scrollFocus) placeRing() {
	f.ring.show(f.focused)
	if !f.focused {
		return
	}
	in := bigRing.inset()
	f.ring.place(fyne.NewSquareOffsetPos(in), f.scroll.Size().SubtractWidthHeight(2*in, 2*in))
}

// CreateRenderer draws nothing: the ring is drawn over the scroll by content.
func (f *scrollFocus) CreateRenderer() fyne.WidgetRenderer {
	f.ExtendBaseWidget(f)
	return &scrollFocusRenderer{f: f}
}

type scrollFocusRenderer struct{ f *scrollFocus }

func (r *scrollFocusRenderer) Destroy()                     {}
func (r *scrollFocusRenderer) Objects() []fyne.CanvasObject { return nil }
func (r *scrollFocusRenderer) MinSize() fyne.Size           { return fyne.Size{} }
func (r *scrollFocusRenderer) Layout(fyne.Size)             {}

// Refresh follows a theme change: the ring takes the new colours.
func (r *scrollFocusRenderer) Refresh() {
	r.f.ring.refresh()
	r.f.placeRing()
}

// scrollFocusLayout gives the stop and the scroll the whole space and places the ring.
type scrollFocusLayout struct{ f *scrollFocus }

func (l *scrollFocusLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	for _, o := range []fyne.CanvasObject{l.f, l.f.scroll} {
		o.Move(fyne.Position{})
		o.Resize(size)
	}
	l.f.placeRing()
}

func (l *scrollFocusLayout) MinSize([]fyne.CanvasObject) fyne.Size { return l.f.scroll.MinSize() }
