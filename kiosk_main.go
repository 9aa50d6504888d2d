package main

import (
	"fmt"
	"image/png"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"gutbrain/assets"
	"gutbrain/screens"
)

// kioskTickInterval is how often the kiosk's own clock (beats, idle countdown, drift) is
// checked. The animation runs at the display's rate on its own; this needs only to be
// fine enough for a countdown that shows whole seconds.
const kioskTickInterval = 250 * time.Millisecond

// runKiosk runs the app unattended (see screens.Kiosk) until the operator chord (and
// PIN) or a signal ends it. It returns 0 then: an operator exit is a clean exit.
func runKiosk(o options, stdout, stderr io.Writer) int {
	if o.snapshot != "" {
		return kioskSnapshot(o, stderr)
	}
	a := app.NewWithID(appID)
	a.SetIcon(assets.Icon())
	a.Settings().SetTheme(screens.NewKioskTheme(o.theme, o.kioskScale()))
	a.Driver().SetDisableScreenBlanking(true)
	w := a.NewWindow(lang.L("app.title"))
	ex := screens.NewExplorer()
	ex.SetMotion(o.kioskSettings().Motion)
	k := screens.NewKiosk(ex, o.kioskConfig(), screens.SystemClock{})
	k.Attach(w, a.Quit)
	w.Resize(fyne.NewSize(float32(o.width), float32(o.height)))
	if o.stats {
		ex.Simulation().EnableStats(screens.NewFrameStats(stdout), ex.Diagram().ParticleCount)
	}

	watch := watchExit(w)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGTERM, os.Interrupt)
	stop := make(chan struct{})
	go func() {
		select {
		case sig := <-sigs:
			watch.start(sig.String())
			fyne.Do(a.Quit)
		case <-stop:
		}
	}()
	// The one goroutine the kiosk starts: it hands the kiosk's clock tick to the main
	// goroutine, where all UI work happens.
	go func() {
		t := time.NewTicker(kioskTickInterval)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				fyne.Do(k.Tick)
			case <-stop:
				return
			}
		}
	}()
	if o.statsLimit > 0 {
		time.AfterFunc(o.statsLimit, func() { fyne.Do(a.Quit) })
	}
	a.Lifecycle().SetOnStarted(k.Start)
	w.ShowAndRun()
	close(stop)
	signal.Stop(sigs)
	return 0
}

// kioskSnapshot renders the kiosk's attract loop with the software renderer, as
// --snapshot does for the explorer, for documentation and checks without a display.
func kioskSnapshot(o options, stderr io.Writer) int {
	done := make(chan int)
	go func() {
		a := test.NewApp()
		a.Settings().SetTheme(screens.NewKioskTheme(o.theme, o.kioskScale()))
		clock := screens.NewManualClock()
		ex := screens.NewExplorer()
		ex.SetMotion(o.settingsOver(screens.DefaultSettings(false)).Motion)
		k := screens.NewKiosk(ex, o.kioskConfig(), clock)
		w := test.NewWindow(nil)
		k.Attach(w, nil)
		size := fyne.NewSize(float32(o.width), float32(o.height))
		screens.ResizeSettled(w, size)
		k.Start()
		for i := 0; i < 150; i++ { // settle the particles: five seconds at 30 frames a second
			clock.Advance(time.Second / 30)
			k.Explorer().Simulation().Advance(1.0 / 30)
			k.Tick()
		}
		// The real driver lays out again whenever a text changes its minimum size; the
		// software canvas does not, so lay the whole screen out once more.
		k.Content().Refresh()
		f, err := os.Create(o.snapshot)
		if err == nil {
			err = png.Encode(f, w.Canvas().Capture())
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			fmt.Fprintf(stderr, "gutbrain: --snapshot: %v\n", err)
			done <- 1
			return
		}
		done <- 0
	}()
	return <-done
}
