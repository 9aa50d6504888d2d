package screens

import (
	"fmt"
	"slices"
	"testing"

	"fyne.io/fyne/v2"

	"gutbrain/diagrams"
)

// pressKey types a key the way Fyne's desktop driver delivers it (internal/driver/glfw,
// processKeyPressed and processCharInput): Tab and Shift+Tab move the focus unless the
// focused object takes Tab (fyne.Tabbable); other keys go to the focused object, or to
// the canvas's handler when nothing has focus; Space is followed by the character ' '.
// The test driver has no keyboard of its own.
func pressKey(c fyne.Canvas, k fyne.KeyName, shift bool) {
	held := fyne.KeyModifier(0)
	if shift {
		held = fyne.KeyModifierShift
	}
	saved := heldModifiers
	heldModifiers = func() fyne.KeyModifier { return held }
	defer func() { heldModifiers = saved }()

	ev := &fyne.KeyEvent{Name: k}
	if k == fyne.KeyTab {
		if t, ok := c.Focused().(fyne.Tabbable); !ok || !t.AcceptsTab() {
			if shift {
				c.FocusPrevious()
			} else {
				c.FocusNext()
			}
			return
		}
	}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
		if k == fyne.KeySpace {
			f.TypedRune(' ')
		}
		return
	}
	if h := c.OnTypedKey(); h != nil {
		h(ev)
	}
	if h := c.OnTypedRune(); h != nil && k == fyne.KeySpace {
		h(' ')
	}
}

// typeRune types a character as the driver does.
func typeRune(c fyne.Canvas, r rune) {
	if f := c.Focused(); f != nil {
		f.TypedRune(r)
	} else if h := c.OnTypedRune(); h != nil {
		h(r)
	}
}

// stop names where the keyboard is: a control, or the diagram and its focused part.
func stop(ex *Explorer, c fyne.Canvas) string {
	switch f := c.Focused().(type) {
	case nil:
		return "nothing"
	case *diagramFocus:
		if p := f.FocusedPart(); p != "" {
			return "diagram/" + string(p)
		}
		return "diagram"
	case *keyButton:
		return "button/" + f.Text
	case *tabsFocus:
		return "tabs"
	default:
		for name, o := range map[string]fyne.Focusable{"integrity": ex.controls.integrity, "stress": ex.controls.stress,
			"probiotic": ex.controls.probiotic, "topics": ex.topics} {
			if o == f {
				return name
			}
		}
		return fmt.Sprintf("%T", f)
	}
}

// diagramFocusOf finds the explorer's diagram stop.
func diagramFocusOf(t *testing.T, c fyne.Canvas) *diagramFocus {
	t.Helper()
	c.Unfocus()
	for i := 0; i < 100; i++ {
		c.FocusNext()
		if d, ok := c.Focused().(*diagramFocus); ok {
			return d
		}
	}
	t.Fatal("the diagram is not a focus stop")
	return nil
}

func TestTabWalksEveryControlAndDiagramPartAndWraps(t *testing.T) {
	ex, win := newTestExplorer(t, 1280, 800)
	c := win.Canvas()

	var forward []string
	for i := 0; i < 200; i++ {
		pressKey(c, fyne.KeyTab, false)
		s := stop(ex, c)
		if len(forward) > 0 && s == forward[0] {
			break // wrapped round
		}
		forward = append(forward, s)
	}
	want := []string{"diagram"}
	for _, p := range diagrams.Parts() {
		want = append(want, "diagram/"+string(p))
	}
	want = append(want, "button/Intact", "button/Compromised", "integrity", "stress", "probiotic",
		"button/Play", "button/+1 h", "button/0.5×", "button/1×", "button/2×", "button/4×", "button/Reset all")
	if len(forward) < len(want) || !slices.Equal(forward[:len(want)], want) {
		t.Fatalf("Tab from nothing focused visits\n%q\nwant it to start with\n%q", forward, want)
	}
	// The tab row and the topic list follow the controls, in that order.
	tabs, topics := slices.Index(forward, "tabs"), slices.Index(forward, "topics")
	if tabs < len(want) || topics < tabs {
		t.Fatalf("tab row at %d, topics at %d in %q", tabs, topics, forward)
	}
	if forward[0] != "diagram" || stop(ex, c) != "diagram" {
		t.Fatalf("Tab did not wrap round to the diagram: at %q", stop(ex, c))
	}

	// Shift+Tab walks the same stops backwards, round the end and back into the diagram
	// from its last part.
	var backward []string
	for range forward {
		pressKey(c, fyne.KeyTab, true)
		backward = append(backward, stop(ex, c))
	}
	slices.Reverse(backward)
	if !slices.Equal(backward, forward) {
		t.Fatalf("Shift+Tab visits\n%q\nwant the reverse of\n%q", backward, forward)
	}
}

func TestEnterOnAFocusedPartOpensItsPanel(t *testing.T) {
	ex, win := newTestExplorer(t, 1280, 800)
	c := win.Canvas()
	d := diagramFocusOf(t, c)
	pressKey(c, fyne.KeyReturn, false) // on the whole diagram: nothing to open
	if got := ex.ShownPanel(); got != "overview" {
		t.Fatalf("Enter on the whole diagram showed %q", got)
	}
	for _, p := range diagrams.Parts() {
		pressKey(c, fyne.KeyTab, false)
		if d.FocusedPart() != p {
			t.Fatalf("focused part %q, want %q", d.FocusedPart(), p)
		}
		ex.tabs.SelectIndex(2) // Enter must bring the Explain tab back too
		key := fyne.KeyReturn
		if p == diagrams.PartLumen {
			key = fyne.KeyEnter // the keypad's Enter does the same
		}
		pressKey(c, key, false)
		if got := ex.ShownPanel(); got != string(p) {
			t.Fatalf("Enter on %s shows panel %q", p, got)
		}
		if ex.diagram.Selected() != p || ex.tabs.SelectedIndex() != 0 {
			t.Fatalf("Enter on %s: selected %q, tab %d", p, ex.diagram.Selected(), ex.tabs.SelectedIndex())
		}
		if c.Focused() != d {
			t.Fatalf("Enter on %s moved the focus to %s", p, stop(ex, c))
		}
	}
}

func TestArrowKeysWalkTheDiagramWithoutLeavingIt(t *testing.T) {
	ex, win := newTestExplorer(t, 1280, 800)
	c := win.Canvas()
	d := diagramFocusOf(t, c)
	parts := diagrams.Parts()
	for _, step := range []struct {
		k    fyne.KeyName
		want diagrams.Part
	}{
		{fyne.KeyRight, parts[0]}, {fyne.KeyRight, parts[1]}, {fyne.KeyLeft, parts[0]},
		{fyne.KeyLeft, parts[len(parts)-1]}, {fyne.KeyRight, parts[0]}, {fyne.KeyEnd, parts[len(parts)-1]},
		{fyne.KeyHome, parts[0]},
	} {
		pressKey(c, step.k, false)
		if d.FocusedPart() != step.want || c.Focused() != d {
			t.Fatalf("after %s: on %q (%s), want %q", step.k, d.FocusedPart(), stop(ex, c), step.want)
		}
	}
}

func TestHotkeysWorkWhileAControlHasFocus(t *testing.T) {
	ex, win := newTestExplorer(t, 1280, 800)
	c := win.Canvas()
	for _, focus := range []fyne.Focusable{diagramFocusOf(t, c), ex.controls.stress, ex.controls.probiotic,
		ex.controls.speed.buttons[0], ex.controls.reset} {
		c.Focus(focus)
		name := stop(ex, c)
		in := ex.sim.Model().Inputs().Integrity
		pressKey(c, fyne.KeyB, false)
		if ex.sim.Model().Inputs().Integrity == in {
			t.Fatalf("B did nothing with %s focused", name)
		}
		playing := ex.sim.Playing()
		pressKey(c, fyne.KeyP, false)
		if ex.sim.Playing() == playing {
			t.Fatalf("P did not play or pause with %s focused", name)
		}
		speed := ex.sim.Speed()
		pressKey(c, fyne.KeyMinus, false)
		if ex.sim.Speed() >= speed {
			t.Fatalf("− did not slow down with %s focused", name)
		}
		pressKey(c, fyne.KeyEqual, false)
		if ex.sim.Speed() != speed {
			t.Fatalf("+ did not speed up again with %s focused", name)
		}
		hours := ex.sim.Model().State().Hours
		pressKey(c, fyne.KeyN, false)
		if ex.sim.Model().State().Hours <= hours {
			t.Fatalf("N did not step with %s focused", name)
		}
		ex.Select("bbb")
		pressKey(c, fyne.KeyEscape, false)
		if ex.ShownPanel() != "overview" {
			t.Fatalf("Esc did not clear the selection with %s focused", name)
		}
		overlays := len(c.Overlays().List())
		typeRune(c, '?')
		if len(c.Overlays().List()) != overlays+1 {
			t.Fatalf("? did not open the help with %s focused", name)
		}
		c.Overlays().Top().Hide()
		c.Overlays().Remove(c.Overlays().Top())
		if c.Focused() != focus {
			t.Fatalf("a hotkey moved the focus away from %s to %s", name, stop(ex, c))
		}
	}
}

// A tap on a part while the diagram has the keyboard moves the ring there too (the
// desktop driver keeps the focus on the diagram when one of its parts is tapped).
func TestTapOnAPartMovesTheFocusRingThere(t *testing.T) {
	ex, win := newTestExplorer(t, 1280, 800)
	c := win.Canvas()
	d := diagramFocusOf(t, c)
	pressKey(c, fyne.KeyTab, false)
	pos, ok := findPart(ex.diagram, diagrams.PartBBB)
	if !ok {
		t.Fatal("no point on the diagram is the blood–brain barrier")
	}
	ex.diagram.Tapped(&fyne.PointEvent{Position: pos})
	if d.FocusedPart() != diagrams.PartBBB || ex.ShownPanel() != string(diagrams.PartBBB) {
		t.Fatalf("after the tap the ring is on %q and the panel %q", d.FocusedPart(), ex.ShownPanel())
	}
	pressKey(c, fyne.KeyTab, false)
	if want := diagrams.Parts()[slices.Index(diagrams.Parts(), diagrams.PartBBB)+1]; d.FocusedPart() != want {
		t.Fatalf("Tab after the tap went to %q, want %q", d.FocusedPart(), want)
	}
}
