package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// The GUI fuzz harness delivers pointer and key events the way Fyne's desktop driver
// (internal/driver/glfw, v2.7.1) does, not the way fyne.io/fyne/v2/test's helpers do:
// test.TapCanvas only calls Tapped, while a real click also presses and releases
// (desktop.Mouseable, which the kiosk's touch layers and touch buttons rely on), moves
// focus, and may start a drag; a real key press goes to the focused widget, moves focus
// on Tab, fires shortcuts for Ctrl/Alt chords and is followed by the character it types.

// fuzzDragThreshold is how far, in Fyne units, the pointer must move with a button down
// before the driver starts a drag (glfw's dragMoveThreshold).
const fuzzDragThreshold = 2

// fuzzHit is an object found under a point, with the point in the object's coordinates.
type fuzzHit struct {
	obj fyne.CanvasObject
	pos fyne.Position // relative to obj
	abs fyne.Position // of obj's origin on the canvas
}

// fuzzInputRoot are the trees that receive pointer input: the top overlay alone when one is
// open (a dialog or pop-up is modal), else the window's content.
func fuzzInputRoot(c fyne.Canvas) fyne.CanvasObject {
	if top := c.Overlays().Top(); top != nil {
		return top
	}
	return c.Content()
}

// fuzzObjectAt is the driver's FindObjectAtPositionMatching: of the visible objects whose
// rectangle (clipped by scrolling ancestors) contains p, the last one drawn that matches.
func fuzzObjectAt(c fyne.Canvas, p fyne.Position, matches func(fyne.CanvasObject) bool) (fuzzHit, bool) {
	var found fuzzHit
	ok := false
	fuzzWalk(fuzzInputRoot(c), func(o fyne.CanvasObject, abs fyne.Position, clip fyne.Position, clipSize fyne.Size) {
		if p.X < clip.X || p.Y < clip.Y || p.X >= clip.X+clipSize.Width || p.Y >= clip.Y+clipSize.Height {
			return
		}
		size := o.Size()
		if p.X < abs.X || p.Y < abs.Y || p.X >= abs.X+size.Width || p.Y >= abs.Y+size.Height {
			return
		}
		if matches(o) {
			found, ok = fuzzHit{obj: o, pos: p.Subtract(abs), abs: abs}, true
		}
	})
	return found, ok
}

// fuzzWalk visits every visible object of a tree in drawing order with its absolute
// position and the clip rectangle it is drawn in.
func fuzzWalk(root fyne.CanvasObject, visit func(o fyne.CanvasObject, abs, clip fyne.Position, clipSize fyne.Size)) {
	var walk func(o fyne.CanvasObject, offset, clip fyne.Position, clipSize fyne.Size)
	walk = func(o fyne.CanvasObject, offset, clip fyne.Position, clipSize fyne.Size) {
		if o == nil || !o.Visible() {
			return
		}
		abs := offset.Add(o.Position())
		var children []fyne.CanvasObject
		switch co := o.(type) {
		case *fyne.Container:
			children = co.Objects
		case fyne.Widget:
			r := test.WidgetRenderer(co)
			children = r.Objects()
			if _, isClip := r.(interface{ IsClip() }); isClip {
				clip, clipSize = abs, o.Size()
			}
		}
		if _, scroll := o.(fyne.Scrollable); scroll {
			clip, clipSize = abs, o.Size()
		}
		visit(o, abs, clip, clipSize)
		for _, child := range children {
			walk(child, abs, clip, clipSize)
		}
	}
	walk(root, fyne.Position{}, fyne.Position{}, fyne.NewSize(1e9, 1e9))
}

// fuzzClickable is what the driver sends a click to.
func fuzzClickable(o fyne.CanvasObject) bool {
	switch o.(type) {
	case fyne.Tappable, fyne.SecondaryTappable, fyne.DoubleTappable, fyne.Focusable, desktop.Mouseable:
		return true
	}
	return false
}

func fuzzIsFocusable(o fyne.CanvasObject) bool { _, ok := o.(fyne.Focusable); return ok }

func fuzzIsDraggable(o fyne.CanvasObject) bool { _, ok := o.(fyne.Draggable); return ok }

// fuzzClick presses and releases a mouse button at p, as glfw's processMouseClicked does for
// each of the two actions: mouse down and up to a Mouseable, focus dropped unless a
// focusable is under the pointer, and on release a tap (primary) or secondary tap. A
// double-tappable widget gets its single tap at once (the driver waits 300 ms first).
func fuzzClick(c fyne.Canvas, p fyne.Position, button desktop.MouseButton) {
	pressed, ok := fuzzObjectAt(c, p, fuzzClickable)
	fuzzMouse(c, p, button, true)
	if !ok {
		return
	}
	released, ok := fuzzObjectAt(c, p, fuzzClickable)
	fuzzMouse(c, p, button, false)
	if !ok || released.obj != pressed.obj {
		return
	}
	ev := &fyne.PointEvent{Position: released.pos, AbsolutePosition: p}
	switch button {
	case desktop.MouseButtonPrimary:
		if t, ok := released.obj.(fyne.Tappable); ok {
			t.Tapped(ev)
		}
	case desktop.MouseButtonSecondary:
		if t, ok := released.obj.(fyne.SecondaryTappable); ok {
			t.TappedSecondary(ev)
		}
	}
}

// fuzzMouse delivers one press (down) or release to the clickable object under p and drops
// focus the way the driver does.
func fuzzMouse(c fyne.Canvas, p fyne.Position, button desktop.MouseButton, down bool) {
	h, ok := fuzzObjectAt(c, p, fuzzClickable)
	if !ok {
		c.Unfocus()
		return
	}
	if m, isMouse := h.obj.(desktop.Mouseable); isMouse {
		ev := &desktop.MouseEvent{Button: button}
		ev.Position, ev.AbsolutePosition = h.pos, p
		if down {
			m.MouseDown(ev)
		} else {
			m.MouseUp(ev)
		}
	}
	if f, isFocus := h.obj.(fyne.Focusable); !isFocus || f != c.Focused() {
		if _, under := fuzzObjectAt(c, p, fuzzIsFocusable); !under {
			c.Unfocus()
		}
	}
}

// fuzzDrag presses at p, moves by (dx, dy) in steps and releases: the draggable under the
// start point gets Dragged for each step and DragEnd; a move shorter than the driver's
// threshold is a click.
func fuzzDrag(c fyne.Canvas, p fyne.Position, dx, dy float32, steps int) {
	if fuzzAbs32(dx) < fuzzDragThreshold && fuzzAbs32(dy) < fuzzDragThreshold {
		fuzzClick(c, p, desktop.MouseButtonPrimary)
		return
	}
	fuzzMouse(c, p, desktop.MouseButtonPrimary, true)
	h, ok := fuzzObjectAt(c, p, fuzzIsDraggable)
	steps = max(steps, 1)
	if ok {
		d := h.obj.(fyne.Draggable)
		at := h.pos
		for i := 0; i < steps; i++ {
			step := fyne.Delta{DX: dx / float32(steps), DY: dy / float32(steps)}
			at = at.Add(fyne.NewPos(step.DX, step.DY))
			d.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: at, AbsolutePosition: h.abs.Add(at)}, Dragged: step})
		}
		d.DragEnd()
	}
	end := p.Add(fyne.NewPos(dx, dy))
	if m, isMouse := h.obj.(desktop.Mouseable); ok && isMouse {
		ev := &desktop.MouseEvent{Button: desktop.MouseButtonPrimary}
		ev.Position, ev.AbsolutePosition = end.Subtract(h.abs), end
		m.MouseUp(ev)
		return
	}
	fuzzMouse(c, end, desktop.MouseButtonPrimary, false)
}

func fuzzAbs32(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}

// fuzzPressKey is glfw's processKeyPressed for one press and release, then the character the
// key types (as its char callback does, unless Ctrl, Alt or Super is held).
func fuzzPressKey(c fyne.Canvas, name fyne.KeyName, mod fyne.KeyModifier) {
	ev := &fyne.KeyEvent{Name: name}
	if k, ok := c.Focused().(desktop.Keyable); ok {
		k.KeyDown(ev)
	}
	fuzzTypedKey(c, ev, mod)
	if k, ok := c.Focused().(desktop.Keyable); ok {
		k.KeyUp(ev)
	}
	if mod&(fyne.KeyModifierControl|fyne.KeyModifierAlt|fyne.KeyModifierSuper) == 0 {
		if r, ok := fuzzKeyRune(name, mod&fyne.KeyModifierShift != 0); ok {
			fuzzTypeRune(c, r)
		}
	}
}

func fuzzTypedKey(c fyne.Canvas, ev *fyne.KeyEvent, mod fyne.KeyModifier) {
	other := mod & (fyne.KeyModifierControl | fyne.KeyModifierAlt | fyne.KeyModifierSuper)
	if ev.Name == fyne.KeyTab && other == 0 {
		if t, ok := c.Focused().(fyne.Tabbable); !ok || !t.AcceptsTab() {
			switch mod {
			case 0:
				c.FocusNext()
			case fyne.KeyModifierShift:
				c.FocusPrevious()
			}
			return
		}
	}
	if other != 0 && !fuzzIsModifierKey(ev.Name) {
		var sc fyne.Shortcut = &desktop.CustomShortcut{KeyName: ev.Name, Modifier: mod}
		if mod == fyne.KeyModifierControl {
			switch ev.Name {
			case fyne.KeyA:
				sc = &fyne.ShortcutSelectAll{}
			case fyne.KeyC:
				sc = &fyne.ShortcutCopy{Clipboard: fyne.CurrentApp().Clipboard()}
			}
		}
		if f, ok := c.Focused().(fyne.Shortcutable); ok {
			f.TypedShortcut(sc)
			return
		}
		if h, ok := c.(fyne.Shortcutable); ok {
			h.TypedShortcut(sc)
		}
		return
	}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
	} else if h := c.OnTypedKey(); h != nil {
		h(ev)
	}
}

// fuzzTypeRune is glfw's processCharInput.
func fuzzTypeRune(c fyne.Canvas, r rune) {
	if f := c.Focused(); f != nil {
		f.TypedRune(r)
	} else if h := c.OnTypedRune(); h != nil {
		h(r)
	}
}

func fuzzIsModifierKey(k fyne.KeyName) bool {
	switch k {
	case desktop.KeyShiftLeft, desktop.KeyShiftRight, desktop.KeyControlLeft, desktop.KeyControlRight,
		desktop.KeyAltLeft, desktop.KeyAltRight, desktop.KeySuperLeft, desktop.KeySuperRight:
		return true
	}
	return false
}

// fuzzKeyRunes are the characters of the other keys, plain and with Shift (US layout).
var fuzzKeyRunes = map[fyne.KeyName][2]rune{
	fyne.KeySpace: {' ', ' '}, fyne.KeyMinus: {'-', '_'}, fyne.KeyEqual: {'=', '+'},
	fyne.KeyPeriod: {'.', '>'}, fyne.KeyComma: {',', '<'}, fyne.KeySlash: {'/', '?'},
	fyne.KeySemicolon: {';', ':'}, fyne.KeyApostrophe: {'\'', '"'}, fyne.KeyBackslash: {'\\', '|'},
	fyne.KeyLeftBracket: {'[', '{'}, fyne.KeyRightBracket: {']', '}'}, fyne.KeyBackTick: {'`', '~'},
	fyne.Key1: {'1', '!'}, fyne.Key2: {'2', '@'}, fyne.Key3: {'3', '#'},
}

// fuzzKeyRune is the character a key types on a US layout.
func fuzzKeyRune(k fyne.KeyName, shift bool) (rune, bool) {
	s := string(k)
	switch {
	case len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z':
		if shift {
			return rune(s[0]), true
		}
		return rune(s[0] - 'A' + 'a'), true
	case len(s) == 1 && s[0] >= '0' && s[0] <= '9' && !shift:
		return rune(s[0]), true
	}
	if rs, ok := fuzzKeyRunes[k]; ok {
		if shift {
			return rs[1], true
		}
		return rs[0], true
	}
	return 0, false
}
