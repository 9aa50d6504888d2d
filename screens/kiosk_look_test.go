package screens

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"gutbrain/apptheme"
	"gutbrain/assets"
)

// kioskSize is the screen the kiosk is designed and measured for.
var kioskSize = fyne.NewSize(1920, 1080)

// newTestKiosk builds a kiosk in a test window at size, in the kiosk theme, started on
// its attract loop with a manual clock.
func newTestKiosk(t testing.TB, cfg KioskConfig, size fyne.Size) (*Kiosk, fyne.Window, *ManualClock) {
	t.Helper()
	if err := assets.LoadTranslations(); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	a.Settings().SetTheme(NewKioskTheme(apptheme.Dark, DefaultKioskScale))
	clock := NewManualClock()
	ex := NewExplorer()
	k := NewKiosk(ex, cfg, clock)
	win := test.NewTempWindow(t, nil)
	k.Attach(win, func() {})
	ResizeSettled(win, size)
	k.Start()
	return k, win, clock
}

// frames advances the kiosk by d of real time at fps frames a second, as the app's
// animation and ticker would: the simulation moves each frame, the kiosk ticks each frame.
func frames(k *Kiosk, clock *ManualClock, d time.Duration, fps int) {
	step := time.Second / time.Duration(fps)
	for done := time.Duration(0); done < d; done += step {
		clock.Advance(step)
		k.ex.sim.Advance(step.Seconds())
		k.Tick()
	}
}

// settle lays the window out again, as the real driver does on its next frame after a
// text changed its minimum size; the test canvas has no such frame.
func settle(win fyne.Window) {
	ResizeSettled(win, win.Canvas().Size())
	if c, ok := win.Content().(*fyne.Container); ok {
		c.Refresh()
	}
}

// TestKioskLook writes the kiosk's screens at 1920×1080 as PNGs to $KIOSK_CAPTURE_DIR, to
// be looked at by a person; without the variable it only checks that they render.
func TestKioskLook(t *testing.T) {
	k, win, clock := newTestKiosk(t, KioskConfig{}, kioskSize)
	dir := os.Getenv("KIOSK_CAPTURE_DIR")
	shot := func(name string) {
		settle(win)
		if underRace && dir == "" && name != "kiosk-explorer" {
			return // one full-HD software render is enough to know the screens render
		}
		img := win.Canvas().Capture()
		if b := img.Bounds(); b.Dx() != 1920 || b.Dy() != 1080 {
			t.Fatalf("%s: capture is %v", name, b)
		}
		if dir == "" {
			return
		}
		f, err := os.Create(filepath.Join(dir, name+".png"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := png.Encode(f, img); err != nil {
			t.Fatal(err)
		}
	}
	frames(k, clock, 5*time.Second, 10)
	shot("kiosk-attract-1")
	frames(k, clock, 3*AttractBeatInterval, 10)
	shot("kiosk-attract-4")
	test.TapCanvas(win.Canvas(), fyne.NewPos(960, 540))
	if k.Mode() != KioskExplore {
		t.Fatal("a touch did not enter the explorer")
	}
	k.ex.SetBarrierCompromised(true)
	k.afterAction()
	frames(k, clock, 20*time.Second, 10)
	k.ex.Select("junctions")
	k.afterAction()
	shot("kiosk-explorer")
	k.pages.show(pageMeasures)
	shot("kiosk-measures")
	k.pages.show(pageStory)
	shot("kiosk-story")
	k.pages.show(pageTopics)
	shot("kiosk-topics")
	k.touched()
	frames(k, clock, DefaultIdle+5*time.Second, 4)
	shot("kiosk-still-there")
	k.touched()
	k.OperatorChord()
	shot("kiosk-no-pin-exit")
}

// TestKioskPinLook captures the PIN pad.
func TestKioskPinLook(t *testing.T) {
	k, win, _ := newTestKiosk(t, KioskConfig{PIN: "2468"}, kioskSize)
	k.OperatorChord()
	k.pin.Digit("2")
	k.pin.Digit("4")
	if dir := os.Getenv("KIOSK_CAPTURE_DIR"); dir != "" {
		f, err := os.Create(filepath.Join(dir, "kiosk-pin.png"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		settle(win)
		if err := png.Encode(f, win.Canvas().Capture()); err != nil {
			t.Fatal(err)
		}
	}
}
