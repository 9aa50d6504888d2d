package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tabsFocus makes a tab row a keyboard stop: Fyne 2.7.1's tab buttons take no focus, so
// without it the Story, Glossary, References and About tabs are out of a keyboard user's
// reach. ← and → (Home, End) choose the tab; ↓ ↑ and Page Down/Up scroll the text the tab
// shows, which otherwise only a mouse wheel or a finger could scroll. Every other key goes
// to the window's hotkeys. A focus ring outlines the tab row while it has focus.
//
// The stop is an invisible widget over the tab row, beside the tabs rather than around
// them: Fyne's backwards focus walk visits a parent before its children, so a wrapper
// would come before the controls inside the tabs on Shift+Tab as well as on Tab. Place
// content, which holds the stop, the tabs and the ring in that order.
type tabsFocus struct {
	widget.BaseWidget

	tabs    *container.AppTabs
	ring    *focusRing
	content *fyne.Container
	focused bool
}

var _ fyne.Focusable = (*tabsFocus)(nil)

func newTabsFocus(tabs *container.AppTabs) *tabsFocus {
	t := &tabsFocus{tabs: tabs}
	t.ExtendBaseWidget(t)
	t.ring = newFocusRing(t, bigRing)
	t.content = container.New(&tabsFocusLayout{t}, append([]fyne.CanvasObject{t, tabs}, t.ring.objects...)...)
	return t
}

// FocusGained shows the ring.
func (t *tabsFocus) FocusGained() {
	t.focused = true
	t.placeRing()
}

// FocusLost hides the ring.
func (t *tabsFocus) FocusLost() {
	t.focused = false
	t.placeRing()
}

// TypedKey chooses tabs and scrolls; other keys go to the window's hotkeys.
func (t *tabsFocus) TypedKey(ev *fyne.KeyEvent) {
	a, ok := focusActionFor(ev)
	n := len(t.tabs.Items)
	if !ok || n == 0 {
		forwardKey(t, ev)
		return
	}
	i := t.tabs.SelectedIndex()
	switch a {
	case ActionMoveNext:
		t.tabs.SelectIndex((i + 1) % n)
	case ActionMovePrevious:
		t.tabs.SelectIndex((i - 1 + n) % n)
	case ActionMoveFirst:
		t.tabs.SelectIndex(0)
	case ActionMoveLast:
		t.tabs.SelectIndex(n - 1)
	case ActionScrollDown, ActionScrollUp:
		t.scroll(ev.Name, a == ActionScrollDown)
	default:
		forwardKey(t, ev)
		return
	}
	t.placeRing()
}

// TypedRune hands typed characters ("?" for help) to the window.
func (t *tabsFocus) TypedRune(r rune) { forwardRune(t, r) }

// scroll moves the shown tab's text by a few lines (arrows) or most of a page.
func (t *tabsFocus) scroll(k fyne.KeyName, down bool) {
	if item := t.tabs.Selected(); item != nil {
		scrollByKey(firstScroll(item.Content), k, down, t)
	}
}

// firstScroll finds the first vertical scroll among o and the containers inside it.
func firstScroll(o fyne.CanvasObject) *container.Scroll {
	switch c := o.(type) {
	case *container.Scroll:
		if c.Direction != container.ScrollHorizontalOnly && c.Direction != container.ScrollNone {
			return c
		}
	case *fyne.Container:
		for _, child := range c.Objects {
			if !child.Visible() {
				continue
			}
			if s := firstScroll(child); s != nil {
				return s
			}
		}
	}
	return nil
}

// barHeight is the height of the tab row: from the top down to where the content begins.
func (t *tabsFocus) barHeight() float32 {
	item := t.tabs.Selected()
	if item == nil {
		return 0
	}
	if h := item.Content.Position().Y; h > 0 {
		return h
	}
	return t.tabs.MinSize().Height - item.Content.MinSize().Height
}

// placeRing outlines the tab row while the stop has focus.
func (t *tabsFocus) placeRing() {
	t.ring.show(t.focused)
	if !t.focused {
		return
	}
	// The ring stays above the divider, where the selected tab's indicator is drawn.
	w, h := t.tabs.Size().Width, t.barHeight()-theme.SizeForWidget(theme.SizeNamePadding, t)
	in := bigRing.inset()
	t.ring.place(fyne.NewSquareOffsetPos(in), fyne.NewSize(max(w-2*in, 0), max(h-2*in, 0)))
}

// CreateRenderer draws nothing: the stop only takes the keyboard; the ring is drawn over
// the tabs by content.
func (t *tabsFocus) CreateRenderer() fyne.WidgetRenderer {
	t.ExtendBaseWidget(t)
	return &tabsFocusRenderer{t: t}
}

type tabsFocusRenderer struct{ t *tabsFocus }

func (r *tabsFocusRenderer) Destroy()                     {}
func (r *tabsFocusRenderer) Objects() []fyne.CanvasObject { return nil }
func (r *tabsFocusRenderer) MinSize() fyne.Size           { return fyne.Size{} }
func (r *tabsFocusRenderer) Layout(fyne.Size)             {}

// Refresh follows a theme change: the ring takes the new colours.
func (r *tabsFocusRenderer) Refresh() {
	r.t.ring.refresh()
	r.t.placeRing()
}

// tabsFocusLayout gives the tabs the whole space, puts the stop over the tab row and
// places the ring.
type tabsFocusLayout struct{ t *tabsFocus }

func (l *tabsFocusLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	t := l.t
	t.tabs.Move(fyne.Position{})
	t.tabs.Resize(size)
	t.Move(fyne.Position{})
	t.Resize(fyne.NewSize(size.Width, t.barHeight()))
	t.placeRing()
}

func (l *tabsFocusLayout) MinSize([]fyne.CanvasObject) fyne.Size { return l.t.tabs.MinSize() }
