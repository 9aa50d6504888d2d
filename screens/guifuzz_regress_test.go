package screens

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"

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
