package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"gutbrain/diagrams"
)

// focusMargin is how far, in Fyne units, the focus ring stands outside a part's outline,
// so it never covers the selection highlight drawn on the part itself.
const focusMargin = 8

// diagramFocus makes the diagram one keyboard stop whose selectable parts are walked in
// turn. Focus lands on the whole diagram first (a ring around it); Tab then moves
// through the parts in diagrams.Parts' order (gut to brain, then the routes) and, after the
// last, on to the next control; Shift+Tab walks back the same way. The arrow keys, Home
// and End move among the parts without leaving; Enter opens the focused part's panel, as a
// tap would. Every other key — Space for play/pause included — goes to the window's
// hotkeys. Pointer taps go straight to the diagram and never focus it.
type diagramFocus struct {
	widget.BaseWidget

	diagram *diagrams.Diagram
	parts   []diagrams.Part
	index   int // focused part in parts, or -1 for the whole diagram
	focused bool
	r       *diagramFocusRenderer
}

var (
	_ fyne.Focusable = (*diagramFocus)(nil)
	_ fyne.Tabbable  = (*diagramFocus)(nil)
)

func newDiagramFocus(d *diagrams.Diagram) *diagramFocus {
	f := &diagramFocus{diagram: d, parts: diagrams.Parts(), index: -1}
	f.ExtendBaseWidget(f)
	// A tap on a part while the diagram has focus (Fyne keeps the focus on a focusable
	// parent under the pointer) moves the ring there, so ring and selection agree.
	selected := d.OnSelected
	d.OnSelected = func(p diagrams.Part) {
		f.follow(p)
		if selected != nil {
			selected(p)
		}
	}
	return f
}

// follow puts the keyboard on part p, when the diagram has focus.
func (f *diagramFocus) follow(p diagrams.Part) {
	if !f.focused {
		return
	}
	for i, q := range f.parts {
		if q == p {
			f.index = i
			f.showRing()
		}
	}
}

// FocusedPart is the part the keyboard is on ("" for the whole diagram or no focus).
func (f *diagramFocus) FocusedPart() diagrams.Part {
	if !f.focused || f.index < 0 {
		return ""
	}
	return f.parts[f.index]
}

// AcceptsTab keeps Tab while focused: it walks the parts before leaving the diagram.
func (f *diagramFocus) AcceptsTab() bool { return true }

// FocusGained starts on the whole diagram, or on the last part when Shift+Tab came back
// into it, so walking backwards visits the parts in reverse.
func (f *diagramFocus) FocusGained() {
	f.focused = true
	f.index = -1
	if heldModifiers()&fyne.KeyModifierShift != 0 {
		f.index = len(f.parts) - 1
	}
	f.showRing()
}

// FocusLost hides the ring.
func (f *diagramFocus) FocusLost() {
	f.focused = false
	f.showRing()
}

// TypedKey moves among the parts or opens one; other keys go to the window's hotkeys.
func (f *diagramFocus) TypedKey(ev *fyne.KeyEvent) {
	a, ok := focusActionFor(ev)
	if !ok {
		forwardKey(f, ev)
		return
	}
	last := len(f.parts) - 1
	switch a {
	case ActionFocusNext:
		if f.index == last {
			passFocus(f, true)
			return
		}
		f.index++
	case ActionFocusPrevious:
		if f.index < 0 {
			passFocus(f, false)
			return
		}
		f.index--
	case ActionMoveNext:
		f.index = (f.index + 1) % len(f.parts)
	case ActionMovePrevious:
		if f.index <= 0 {
			f.index = last
		} else {
			f.index--
		}
	case ActionMoveFirst:
		f.index = 0
	case ActionMoveLast:
		f.index = last
	case ActionActivate:
		f.activate()
		return
	default:
		forwardKey(f, ev)
		return
	}
	f.showRing()
}

// TypedRune hands typed characters ("?" for help) to the window.
func (f *diagramFocus) TypedRune(r rune) { forwardRune(f, r) }

// activate selects the focused part just as tapping it does.
func (f *diagramFocus) activate() {
	p := f.FocusedPart()
	if p == "" {
		return
	}
	f.diagram.Select(p)
	if f.diagram.OnSelected != nil {
		f.diagram.OnSelected(p)
	}
}

func (f *diagramFocus) showRing() {
	if f.r != nil {
		f.r.placeRing()
	}
}

// CreateRenderer puts the ring over the diagram.
func (f *diagramFocus) CreateRenderer() fyne.WidgetRenderer {
	f.ExtendBaseWidget(f)
	r := &diagramFocusRenderer{f: f}
	r.ring = newFocusRing(f, bigRing)
	r.objects = append([]fyne.CanvasObject{f.diagram}, r.ring.objects...)
	f.r = r
	return r
}

type diagramFocusRenderer struct {
	f       *diagramFocus
	ring    *focusRing
	objects []fyne.CanvasObject
}

func (r *diagramFocusRenderer) Destroy() {}

func (r *diagramFocusRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *diagramFocusRenderer) MinSize() fyne.Size { return r.f.diagram.MinSize() }

func (r *diagramFocusRenderer) Layout(size fyne.Size) {
	r.f.diagram.Move(fyne.Position{})
	r.f.diagram.Resize(size)
	r.placeRing()
}

func (r *diagramFocusRenderer) Refresh() {
	r.ring.refresh()
	r.placeRing()
}

// placeRing outlines the focused part, standing focusMargin outside it and kept inside
// the diagram, or the whole diagram when no part is focused.
func (r *diagramFocusRenderer) placeRing() {
	f := r.f
	r.ring.show(f.focused)
	if !f.focused {
		return
	}
	size := f.Size()
	pos, box := fyne.Position{}, size
	if p := f.FocusedPart(); p != "" {
		if pp, ps, ok := f.diagram.PartBounds(p); ok {
			pos = pp.SubtractXY(focusMargin, focusMargin)
			box = ps.AddWidthHeight(2*focusMargin, 2*focusMargin)
		}
	}
	// Keep the whole ring on the widget.
	in := bigRing.inset()
	x0, y0 := max(pos.X, in), max(pos.Y, in)
	x1 := min(pos.X+box.Width, size.Width-in)
	y1 := min(pos.Y+box.Height, size.Height-in)
	r.ring.place(fyne.NewPos(x0, y0), fyne.NewSize(max(x1-x0, 0), max(y1-y0, 0)))
}
