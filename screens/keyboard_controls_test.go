package screens

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"gutbrain/apptheme"
	"gutbrain/assets"
)

func TestSpaceIsPlayPauseExceptOnButtonsAndCheckBoxes(t *testing.T) {
	ex, win := newTestExplorer(t, 1280, 800)
	c := win.Canvas()

	for _, focus := range []fyne.Focusable{nil, diagramFocusOf(t, c), ex.controls.integrity} {
		if focus == nil {
			c.Unfocus()
		} else {
			c.Focus(focus)
		}
		playing := ex.sim.Playing()
		pressKey(c, fyne.KeySpace, false)
		if ex.sim.Playing() == playing {
			t.Fatalf("Space did not play or pause with %s focused", stop(ex, c))
		}
	}

	c.Focus(ex.controls.step)
	playing, hours := ex.sim.Playing(), ex.sim.Model().State().Hours
	pressKey(c, fyne.KeySpace, false)
	if ex.sim.Playing() != playing || ex.sim.Model().State().Hours <= hours {
		t.Fatal("Space on the step button did not press it (or also played)")
	}
	hours = ex.sim.Model().State().Hours
	pressKey(c, fyne.KeyReturn, false)
	if ex.sim.Model().State().Hours <= hours || c.Focused() != ex.controls.step {
		t.Fatal("Enter on the step button did not press it and keep the focus")
	}

	c.Focus(ex.controls.probiotic)
	playing = ex.sim.Playing()
	pressKey(c, fyne.KeySpace, false)
	if !ex.sim.Model().Inputs().Probiotic || ex.sim.Playing() != playing {
		t.Fatal("Space on the probiotic box did not tick it exactly once (or also played)")
	}
	pressKey(c, fyne.KeyReturn, false)
	if ex.sim.Model().Inputs().Probiotic || c.Focused() != ex.controls.probiotic {
		t.Fatal("Enter on the probiotic box did not untick it and keep the focus")
	}
}

func TestArrowKeysChooseWithinGroups(t *testing.T) {
	ex, win := newTestExplorer(t, 1280, 800)
	c := win.Canvas()

	speed := ex.controls.speed
	c.Focus(speed.buttons[1]) // 1×, reached with Tab
	for _, step := range []struct {
		k    fyne.KeyName
		want int
	}{{fyne.KeyRight, 2}, {fyne.KeyRight, 3}, {fyne.KeyRight, 3}, {fyne.KeyLeft, 2}, {fyne.KeyHome, 0}, {fyne.KeyLeft, 0}, {fyne.KeyEnd, 3}} {
		pressKey(c, step.k, false)
		if ex.sim.Speed() != Speeds[step.want] || speed.Selected() != step.want || c.Focused() != speed.buttons[step.want] {
			t.Fatalf("after %s: speed %v, selected %d, focus on %s; want %v on button %d",
				step.k, ex.sim.Speed(), speed.Selected(), stop(ex, c), Speeds[step.want], step.want)
		}
	}

	c.Focus(ex.controls.barrier.buttons[barrierIntact])
	pressKey(c, fyne.KeyRight, false)
	if ex.sim.Model().Inputs().Integrity != CompromisedIntegrity {
		t.Fatalf("→ on the barrier choice left integrity at %v", ex.sim.Model().Inputs().Integrity)
	}

	c.Focus(ex.controls.stress)
	for _, step := range []struct {
		k    fyne.KeyName
		want float64
	}{{fyne.KeyRight, 0.01}, {fyne.KeyRight, 0.02}, {fyne.KeyLeft, 0.01}, {fyne.KeyEnd, 1}, {fyne.KeyHome, 0}} {
		pressKey(c, step.k, false)
		if got := ex.sim.Model().Inputs().Stress; got < step.want-1e-9 || got > step.want+1e-9 {
			t.Fatalf("after %s on the stress slider: stress %v, want %v", step.k, got, step.want)
		}
	}
	if c.Focused() != ex.controls.stress {
		t.Fatalf("the slider lost the focus to %s", stop(ex, c))
	}
}

func TestTabRowChoosesTabsAndScrollsTheirText(t *testing.T) {
	ex, win := newTestExplorer(t, 1280, 800)
	c := win.Canvas()
	var row *tabsFocus
	for i := 0; i < 100 && row == nil; i++ {
		pressKey(c, fyne.KeyTab, false)
		row, _ = c.Focused().(*tabsFocus)
	}
	if row == nil {
		t.Fatal("the tab row is not a focus stop")
	}
	n := len(ex.tabs.Items)
	for _, step := range []struct {
		k    fyne.KeyName
		want int
	}{{fyne.KeyRight, 1}, {fyne.KeyLeft, 0}, {fyne.KeyLeft, n - 1}, {fyne.KeyHome, 0}, {fyne.KeyEnd, n - 1}} {
		pressKey(c, step.k, false)
		if ex.tabs.SelectedIndex() != step.want {
			t.Fatalf("after %s: tab %d, want %d", step.k, ex.tabs.SelectedIndex(), step.want)
		}
	}

	ex.tabs.SelectIndex(2) // the glossary: far longer than the tab
	s := firstScroll(ex.tabs.Selected().Content)
	if s == nil || s.Content.MinSize().Height <= s.Size().Height {
		t.Fatal("the glossary does not scroll")
	}
	pressKey(c, fyne.KeyDown, false)
	line := s.Offset.Y
	pressKey(c, fyne.KeyPageDown, false)
	page := s.Offset.Y - line
	if line <= 0 || page <= line {
		t.Fatalf("↓ scrolled %v, Page Down %v more", line, page)
	}
	pressKey(c, fyne.KeyPageUp, false)
	pressKey(c, fyne.KeyUp, false)
	if s.Offset.Y != 0 {
		t.Fatalf("Page Up and ↑ left the text at %v", s.Offset.Y)
	}
	pressKey(c, fyne.KeyB, false)
	if ex.sim.Model().Inputs().Integrity != CompromisedIntegrity || c.Focused() != row {
		t.Fatal("B did not reach the hotkeys from the tab row")
	}
}

// A control reached with Tab keeps the focus when used; a pointer tap on the same
// control gives it back, so Space is play/pause again.
func TestPointerTapsReleaseFocusButKeyboardUseKeepsIt(t *testing.T) {
	ex, win := newTestExplorer(t, 1280, 800)
	c := win.Canvas()
	c.Focus(ex.controls.probiotic)
	pressKey(c, fyne.KeySpace, false)
	if c.Focused() != ex.controls.probiotic {
		t.Fatal("the check box lost the focus to Space")
	}
	test.Tap(ex.controls.probiotic)
	if c.Focused() != nil {
		t.Fatalf("a tap left %s focused", stop(ex, c))
	}
	c.Focus(ex.controls.integrity)
	test.Tap(ex.controls.integrity)
	if c.Focused() != nil {
		t.Fatalf("a tap left %s focused", stop(ex, c))
	}
	test.TapAt(ex.diagram, fyne.NewPos(ex.diagram.Size().Width/2, ex.diagram.Size().Height*0.95))
	if c.Focused() != nil {
		t.Fatalf("a tap on the diagram focused %s", stop(ex, c))
	}
}

// With 200 % text the controls sit in a scroll under the diagram; each control Tab
// reaches is scrolled into view.
func TestTabScrollsTheFocusedControlIntoView(t *testing.T) {
	if err := assets.LoadTranslations(); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	a.Settings().SetTheme(apptheme.New(apptheme.Dark, 2))
	ex := NewExplorer()
	win := test.NewTempWindow(t, nil)
	ex.Attach(win)
	ResizeSettled(win, fyne.NewSize(1280, 800))
	c := win.Canvas()
	_, area := c.InteractiveArea()
	reached := 0
	for i := 0; i < 40; i++ {
		pressKey(c, fyne.KeyTab, false)
		name := stop(ex, c)
		if !strings.HasPrefix(name, "button/") && name != "integrity" && name != "stress" && name != "probiotic" {
			continue
		}
		o := c.Focused().(fyne.CanvasObject)
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
		if pos.Y < 0 || pos.Y+o.Size().Height > area.Height {
			t.Errorf("%s is focused but out of view at y %v…%v (window %v high)", name, pos.Y, pos.Y+o.Size().Height, area.Height)
		}
		if name == "button/Reset all" {
			reached++
		}
	}
	if reached == 0 {
		t.Fatal("Tab never reached the reset button")
	}
}

// Lecture mode is started from the keyboard too, and then its clicker keys work: it
// starts with nothing focused. Back in the explorer, Tab starts again at the diagram.
func TestLectureStartedFromTheKeyboardTakesItsKeys(t *testing.T) {
	ex, win := newTestExplorer(t, 1280, 720)
	c := win.Canvas()
	for i := 0; i < 60 && stop(ex, c) != "tabs"; i++ {
		pressKey(c, fyne.KeyTab, false)
	}
	pressKey(c, fyne.KeyRight, false) // the Story tab
	var start *keyButton
	for i := 0; i < 20 && start == nil; i++ {
		pressKey(c, fyne.KeyTab, false)
		if b, ok := c.Focused().(*keyButton); ok && b.Text == lang.L("lecture.start") {
			start = b
		}
	}
	if start == nil {
		t.Fatal("Tab does not reach the lecture button in the Story tab")
	}
	pressKey(c, fyne.KeySpace, false)
	if !ex.InLecture() {
		t.Fatal("Space on the lecture button did not start lecture mode")
	}
	ex.Story().Motion = false
	if c.Focused() != nil {
		t.Fatalf("lecture mode starts with %T focused", c.Focused())
	}
	beat := ex.Story().Index()
	pressKey(c, fyne.KeyPageDown, false)
	if ex.Story().Index() != beat+1 {
		t.Fatalf("Page Down went from beat %d to %d", beat, ex.Story().Index())
	}

	ex.LeaveLecture()
	pressKey(c, fyne.KeyTab, false)
	if stop(ex, c) != "diagram" {
		t.Fatalf("back in the explorer, Tab goes to %s", stop(ex, c))
	}
	in := ex.sim.Model().Inputs().Integrity
	pressKey(c, fyne.KeyB, false)
	if ex.sim.Model().Inputs().Integrity == in {
		t.Fatal("B does nothing back in the explorer")
	}
}

// The help sheet opens with the keyboard on it: ↓ and Page Down scroll it, End goes to
// its end, Tab reaches Close, and Esc closes it, leaving the focus where it was.
func TestHelpSheetScrollsAndClosesFromTheKeyboard(t *testing.T) {
	if err := assets.LoadTranslations(); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	a.Settings().SetTheme(apptheme.New(apptheme.Dark, 2)) // large text: the sheet scrolls
	ex := NewExplorer()
	win := test.NewTempWindow(t, nil)
	ex.Attach(win)
	ResizeSettled(win, fyne.NewSize(1280, 800))
	c := win.Canvas()
	ex.Select("bbb")
	c.Focus(ex.controls.stress)

	typeRune(c, '?')
	sheet, ok := c.Focused().(*scrollFocus)
	if !ok || c.Overlays().Top() == nil {
		t.Fatalf("the help opened with %T focused", c.Focused())
	}
	ResizeSettled(win, fyne.NewSize(1280, 800))
	s := sheet.scroll
	if s.Content.MinSize().Height <= s.Size().Height {
		t.Fatal("the help sheet does not scroll at 200 % text")
	}
	pressKey(c, fyne.KeyDown, false)
	line := s.Offset.Y
	pressKey(c, fyne.KeyPageDown, false)
	if line <= 0 || s.Offset.Y <= line {
		t.Fatalf("↓ scrolled the help to %v, Page Down to %v", line, s.Offset.Y)
	}
	pressKey(c, fyne.KeyEnd, false)
	if end := s.Content.Size().Height - s.Size().Height; s.Offset.Y < end-1 {
		t.Fatalf("End scrolled to %v of %v", s.Offset.Y, end)
	}
	pressKey(c, fyne.KeyTab, false)
	if b, ok := c.Focused().(*widget.Button); !ok || b.Text != lang.L("help.close") {
		t.Fatalf("Tab from the help sheet went to %T", c.Focused())
	}
	pressKey(c, fyne.KeyTab, true)
	pressKey(c, fyne.KeyEscape, false)
	if top := c.Overlays().Top(); top != nil && top.Visible() {
		t.Fatal("Esc did not close the help")
	}
	if ex.ShownPanel() != "bbb" || c.Focused() != ex.controls.stress {
		t.Fatalf("closing the help cleared the selection or moved the focus (to %s)", stop(ex, c))
	}
}
