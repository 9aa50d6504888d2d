package screens

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"gutbrain/apptheme"
)

// Regression tests for what the GUI fuzz (guifuzz_test.go) found. Each names the seed,
// mode and event that first showed the failure.

// The control bar mirrored the inputs of the state before a beat: the story called
// OnBeat (which mirrors the controls) before it put the model at the beat, so after a
// jump the barrier toggle showed "compromised" at an intact beat. Found by seed=20250601
// mode=explorer event=49 (story "first" after the barrier had been compromised).
func TestStoryBeatControlsShowTheBeatsInputs(t *testing.T) {
	ex, _ := newTestExplorer(t, 1280, 800)
	p := ex.story
	check := func(when string, i int) {
		t.Helper()
		want := beatInputs(p.Beat(i))
		c := ex.controls
		barrier := barrierCompromised
		if want.Integrity >= 0.999 {
			barrier = barrierIntact
		}
		if c.barrier.Selected() != barrier || c.integrity.Value != math.Round(want.Integrity*100) ||
			c.stress.Value != math.Round(want.Stress*100) || c.probiotic.Checked != want.Probiotic {
			t.Fatalf("%s beat %d: controls show barrier #%d, integrity %v, stress %v, probiotic %v; the beat has %+v",
				when, i, c.barrier.Selected(), c.integrity.Value, c.stress.Value, c.probiotic.Checked, want)
		}
	}
	for _, motion := range []bool{true, false} {
		p.Motion = motion
		for i := 0; i < p.Len(); i++ {
			// The person changes every input, then the story moves: first a jump, then
			// one step forward (a time-lapse when motion is on).
			ex.SetIntegrity(0.5)
			ex.SetStress(0.37)
			ex.SetProbiotic(!beatInputs(p.Beat(i)).Probiotic)
			p.Go(i)
			check("after a jump to", i)
			if i+1 < p.Len() {
				p.Next()
				check("after a step forward to", i+1)
			}
		}
	}
}

// With the lecture's "Save slide" dialog open, a larger screen (the window going full
// screen on a 4K projector) raised the lecture's text scale, and the theme change made
// Fyne's file dialog panic (a wrapping, truncating label shorter than one line of the
// new text). Leaving the lecture to a larger theme did the same. Found by seed=20250601
// mode=story event=218 (a language switch, which leaves the lecture, with the dialog up).
func TestLectureSaveDialogSurvivesThemeChanges(t *testing.T) {
	t.Setenv("HOME", t.TempDir()) // the dialog lists the home folder
	ex, win := newTestLecture(t, 1280, 720)
	ex.Lecture().SaveSlide()
	if len(win.Canvas().Overlays().List()) == 0 {
		t.Fatal("Save slide opened no dialog")
	}
	ResizeSettled(win, fyne.NewSize(3840, 2160)) // the lecture's text scale goes 1 → 2
	if n := len(win.Canvas().Overlays().List()); n != 0 {
		t.Fatalf("%d overlays after the scale change, want the dialog closed", n)
	}

	ex.Lecture().SaveSlide()
	ex.prevTheme = apptheme.New(apptheme.Projector, 2)
	ResizeSettled(win, fyne.NewSize(1280, 720))
	ex.Lecture().SaveSlide()
	ex.LeaveLecture() // back to a theme with twice the text size
	if ex.InLecture() || len(win.Canvas().Overlays().List()) != 0 {
		t.Fatalf("after leaving: in lecture %v, %d overlays", ex.InLecture(), len(win.Canvas().Overlays().List()))
	}
}

// A label that wraps and truncates (as Fyne's file dialog names its files) panicked when
// laid out at its own minimum height under a text scale like 1.1 (--scale) or 1038/720 (a
// lecture on a 1038-pixel-high screen): float32 rounding left it a hair shorter than its
// line. Found by seed=20250601 mode=story event=619 (the lecture's Save slide dialog
// switched to its list view).
func TestTruncatingLabelsFitAtAnyTextScale(t *testing.T) {
	a := test.NewTempApp(t)
	scales := []float32{LectureScaleFor(1038), 1.1, 1.9}
	for s := float32(1); s <= 2; s += 0.01 {
		scales = append(scales, s)
	}
	for _, s := range scales {
		a.Settings().SetTheme(apptheme.New(apptheme.Projector, s))
		for _, text := range []string{"bin", "lost+found", "gut-brain-beat-01.png"} {
			l := widget.NewLabel(text)
			l.Truncation = fyne.TextTruncateEllipsis
			l.Wrapping = fyne.TextWrapBreak
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Fatalf("text scale %v, label %q at its minimum height: panic %v", s, text, p)
					}
				}()
				l.Resize(fyne.NewSize(88, l.MinSize().Height))
				l.Refresh()
			}()
		}
	}
}

// The help sheet hands the keys it does not use to the window, so ? or F1 pressed while
// it was open piled another sheet on it, one more for every press. Found by seed=20250601
// mode=lecture event=254 (? typed twice: four pop-ups open).
func TestHelpSheetDoesNotPileUp(t *testing.T) {
	ex, win := newTestExplorer(t, 1280, 800)
	c := win.Canvas()
	c.OnTypedRune()('?')
	if n := len(c.Overlays().List()); n != 1 {
		t.Fatalf("? opened %d pop-ups, want the help sheet", n)
	}
	fuzzTypeRune(c, '?') // to the focused sheet, which hands it to the window
	fuzzPressKey(c, fyne.KeyF1, 0)
	if n := len(c.Overlays().List()); n != 1 {
		t.Fatalf("? and F1 on the open help sheet: %d pop-ups, want 1", n)
	}
	fuzzPressKey(c, fyne.KeyEscape, 0) // closes the sheet
	if n := len(c.Overlays().List()); n != 0 {
		t.Fatalf("Esc left %d pop-ups", n)
	}
	ex.HandleKey(&fyne.KeyEvent{Name: fyne.KeyF1})
	if n := len(c.Overlays().List()); n != 1 {
		t.Fatalf("F1 after the sheet closed opened %d pop-ups, want 1", n)
	}
}

// A resize below the content's minimum size (the story tab at 200 % text in a 640×480
// window) squeezed widgets to a negative width, and Fyne's software painter panicked
// drawing them (rasterx: slice bounds out of range). The desktop driver never lets a
// window that is not full screen shrink below its content's minimum, so the fuzz must not
// either: after any event the window is at least that size and still renders. Found by
// seed=739114342 mode=story event=4049.
func TestFuzzWindowNeverSmallerThanItsContent(t *testing.T) {
	r := newFuzzRun(t, fuzzStory, 739114342)
	for _, e := range []fuzzEvent{
		{kind: evScale, n: len(TextScales) - 1}, // 200 %
		{kind: evResize, w: 640, h: 480},
	} {
		r.apply(e)
	}
	least := r.win.Content().MinSize()
	if size := r.win.Canvas().Size(); size.Width < least.Width || size.Height < least.Height {
		t.Fatalf("window %v is smaller than its content's minimum %v", size, least)
	}
	if msg := r.checkAll(true); msg != "" {
		t.Fatal(msg)
	}
}
