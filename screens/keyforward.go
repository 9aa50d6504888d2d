package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// A focused widget gets every key first, and the window's hotkey handlers
// (Canvas.SetOnTypedKey/SetOnTypedRune) only see keys when nothing has focus. So the
// app's focusable controls hand each key they do not use to those handlers, exactly as if
// nothing had focus: B, N, R, +, −, Esc, F1 and P work wherever the keyboard is, on
// whichever screen installed the handlers (explorer, kiosk).

// forwardKey gives a key the focused object o does not use to its window's key handler.
func forwardKey(o fyne.CanvasObject, ev *fyne.KeyEvent) {
	if c := canvasOf(o); c != nil {
		if h := c.OnTypedKey(); h != nil {
			h(ev)
		}
	}
}

// forwardRune gives a typed character o does not use to its window's rune handler.
func forwardRune(o fyne.CanvasObject, r rune) {
	if c := canvasOf(o); c != nil {
		if h := c.OnTypedRune(); h != nil {
			h(r)
		}
	}
}

func canvasOf(o fyne.CanvasObject) fyne.Canvas {
	a := fyne.CurrentApp()
	if a == nil {
		return nil
	}
	return a.Driver().CanvasForObject(o)
}

// heldModifiers reports the modifier keys held right now. Fyne passes no modifiers with
// a key event, and a widget that takes Tab itself must still tell Shift+Tab apart; the
// desktop driver knows them (other drivers have no Shift+Tab). Tests replace it.
var heldModifiers = func() fyne.KeyModifier {
	if a := fyne.CurrentApp(); a != nil {
		if d, ok := a.Driver().(desktop.Driver); ok {
			return d.CurrentKeyModifiers()
		}
	}
	return 0
}

// focusActionFor is what a key does to the focused control, from the hotkey table.
func focusActionFor(ev *fyne.KeyEvent) (Action, bool) {
	return FocusAction(ModeExplorer, ev.Name, heldModifiers())
}

// passFocus moves keyboard focus on from o to the next (or previous) stop of its window.
func passFocus(o fyne.CanvasObject, forward bool) {
	c := canvasOf(o)
	if c == nil {
		return
	}
	if forward {
		c.FocusNext()
	} else {
		c.FocusPrevious()
	}
}
