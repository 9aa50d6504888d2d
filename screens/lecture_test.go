package screens

import (
	"image"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"gutbrain/physiology"
)

func newTestLecture(t *testing.T, w, h float32) (*Explorer, fyne.Window) {
	t.Helper()
	ex, win := newTestExplorer(t, w, h)
	ex.EnterLecture()
	ResizeSettled(win, fyne.NewSize(w, h))
	if !ex.InLecture() || ex.Lecture() == nil {
		t.Fatal("lecture mode did not start")
	}
	return ex, win
}

func press(win fyne.Window, k fyne.KeyName) { win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }

func TestLectureKeysMoveThroughBeats(t *testing.T) {
	ex, win := newTestLecture(t, 1280, 720)
	p := ex.Story()
	p.Motion = false
	if p.Len() < 12 || p.Len() > 16 {
		t.Fatalf("story has %d beats, want 12–16", p.Len())
	}
	if p.Index() != 0 || !win.FullScreen() {
		t.Fatalf("lecture starts at beat %d, full screen %v", p.Index(), win.FullScreen())
	}
	steps := []struct {
		key  fyne.KeyName
		want int
	}{
		{fyne.KeyPageDown, 1}, {fyne.KeyRight, 2}, {fyne.KeyDown, 3}, {fyne.KeySpace, 4}, {fyne.KeyReturn, 5},
		{fyne.KeyEnter, 6}, {fyne.KeyPageUp, 5}, {fyne.KeyLeft, 4}, {fyne.KeyUp, 3}, {fyne.KeyBackspace, 2},
		{fyne.KeyEnd, p.Len() - 1}, {fyne.KeyPageDown, p.Len() - 1}, {fyne.KeyHome, 0}, {fyne.KeyPageUp, 0},
	}
	for _, s := range steps {
		press(win, s.key)
		if p.Index() != s.want {
			t.Fatalf("%s: beat %d, want %d", s.key, p.Index(), s.want)
		}
	}
	press(win, fyne.Key1)
	press(win, fyne.Key2)
	press(win, fyne.KeyReturn)
	if p.Index() != 11 {
		t.Fatalf("1 2 Enter went to beat %d, want index 11", p.Index())
	}
	if got := ex.Lecture().Progress(); got != "12 / "+itoa(p.Len()) {
		t.Fatalf("progress shows %q", got)
	}
	press(win, fyne.Key9)
	press(win, fyne.Key9)
	press(win, fyne.KeyReturn)
	if p.Index() != p.Len()-1 {
		t.Fatalf("99 Enter should clamp to the last beat, got %d", p.Index())
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestLectureBlankScreensAndSpotlight(t *testing.T) {
	ex, win := newTestLecture(t, 1280, 720)
	l := ex.Lecture()
	p := ex.Story()
	p.Motion = false
	for _, k := range []fyne.KeyName{fyne.KeyB, fyne.KeyPeriod, fyne.KeyW, fyne.KeyComma} {
		press(win, k)
		if !l.Blanked() {
			t.Fatalf("%s did not blank the screen", k)
		}
		img := win.Canvas().Capture()
		if k == fyne.KeyB || k == fyne.KeyPeriod {
			if !uniform(img, 0) {
				t.Fatalf("%s: screen is not black", k)
			}
		} else if !uniform(img, 255) {
			t.Fatalf("%s: screen is not white", k)
		}
		before := p.Index()
		press(win, fyne.KeyPageDown) // any key returns, and does nothing else
		if l.Blanked() || p.Index() != before {
			t.Fatalf("after %s a key should only unblank", k)
		}
	}
	press(win, fyne.KeyS)
	if !l.SpotlightOn() {
		t.Fatal("S did not turn the spotlight on")
	}
	press(win, fyne.KeyS)
	if l.SpotlightOn() {
		t.Fatal("S again did not end the spotlight")
	}
	press(win, fyne.KeyS)
	press(win, fyne.KeyEscape)
	if l.SpotlightOn() || !win.FullScreen() {
		t.Fatal("Esc should end the spotlight first and stay full screen")
	}
	press(win, fyne.KeyEscape)
	if win.FullScreen() || !ex.InLecture() {
		t.Fatal("Esc should leave full screen, never quit or leave the lecture")
	}
	press(win, fyne.KeyF5)
	if !win.FullScreen() {
		t.Fatal("F5 (a clicker's start-show) should go full screen")
	}
	press(win, fyne.KeyF)
	if win.FullScreen() {
		t.Fatal("F should toggle full screen off")
	}
	press(win, fyne.KeyF11)
	if !win.FullScreen() {
		t.Fatal("F11 should toggle full screen on")
	}
}

// uniform reports whether every sampled pixel has the grey level v.
func uniform(img image.Image, v uint8) bool {
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 17 {
		for x := b.Min.X; x < b.Max.X; x += 17 {
			r, g, bl, _ := img.At(x, y).RGBA()
			if uint8(r>>8) != v || uint8(g>>8) != v || uint8(bl>>8) != v {
				return false
			}
		}
	}
	return true
}

func TestLectureHelpSheet(t *testing.T) {
	_, win := newTestLecture(t, 1280, 720)
	win.Canvas().OnTypedRune()('?')
	if len(win.Canvas().Overlays().List()) == 0 {
		t.Fatal("? did not open the keyboard help")
	}
	win.Canvas().Overlays().Top().Hide()
	win.Canvas().Overlays().Remove(win.Canvas().Overlays().Top())
	press(win, fyne.KeyF1)
	if len(win.Canvas().Overlays().List()) == 0 {
		t.Fatal("F1 did not open the keyboard help")
	}
}

// Forward through every beat (animated), then back to the first, restores the first
// beat's state exactly.
func TestStoryForwardThenBackIsExact(t *testing.T) {
	ex, _ := newTestExplorer(t, 1280, 800)
	p := ex.Story()
	p.Go(0)
	first := ex.Simulation().Model().State()
	firstIn := ex.Simulation().Model().Inputs()
	for i := 1; i < p.Len(); i++ {
		p.Next() // a time-lapse: run the frames until it arrives
		for n := 0; ex.Simulation().Running() && n < 10000; n++ {
			ex.Simulation().Advance(1.0 / 60)
		}
		if got, want := ex.Simulation().Model().State(), p.BeatState(i).State(); got != want {
			t.Fatalf("beat %d: animated state %+v differs from the beat's state %+v", i+1, got, want)
		}
	}
	for i := p.Len() - 2; i >= 0; i-- {
		p.Prev()
		if got, want := ex.Simulation().Model().State(), p.BeatState(i).State(); got != want {
			t.Fatalf("back to beat %d: state differs", i+1)
		}
	}
	if ex.Simulation().Model().State() != first || ex.Simulation().Model().Inputs() != firstIn {
		t.Fatal("forward then back did not restore the first beat exactly")
	}
	// The beat state is history: fresh model, each beat's inputs run to its time.
	m := physiology.New()
	b := p.Beat(0)
	m.SetInputs(physiology.Inputs{Integrity: b.Integrity, Stress: b.Stress, Probiotic: b.Probiotic})
	m.Advance(b.At.Hours())
	if m.State() != first {
		t.Fatal("the first beat's state is not the replayed history")
	}
}

func TestEveryBeatRendersAsSlide(t *testing.T) {
	ex, _ := newTestLecture(t, 1280, 720)
	p := ex.Story()
	for i := 0; i < p.Len(); i++ {
		img := RenderSlide(p, i, fyne.NewSize(960, 540))
		if b := img.Bounds(); b.Dx() != 960 || b.Dy() != 540 {
			t.Fatalf("beat %d slide is %v", i+1, b)
		}
		if uniform(img, 255) {
			t.Fatalf("beat %d slide is blank", i+1)
		}
	}
}

func TestGoldenLectureBeats(t *testing.T) {
	ex, win := newTestLecture(t, 1280, 720)
	p := ex.Story()
	p.Motion = false
	for _, i := range []int{0, p.Len() / 2, p.Len() - 1} {
		p.Go(i)
		ex.Warm(0)
		ResizeSettled(win, fyne.NewSize(1280, 720))
		test.AssertImageMatches(t, "lecture-beat-"+itoa(i+1)+".png", win.Canvas().Capture())
	}
}
