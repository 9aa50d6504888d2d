// Gut–Brain Explorer: an interactive explainer of how the gut barrier ("leaky gut") is
// linked to anxiety through the gut–brain axis. Educational, not medical advice.
//
// main reads the flags, picks the mode and hands over to screens.
package main

import (
	"errors"
	"flag"
	"fmt"
	"image"
	"image/png"
	"io"
	"log"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"gutbrain/apptheme"
	"gutbrain/assets"
	"gutbrain/osprefs"
	"gutbrain/screens"
)

// appID keeps preferences between runs; it matches FyneApp.toml.
const appID = "org.gutbrain.explorer"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole program; it returns the exit status (0 ok, 1 failure, 2 bad input).
func run(args []string, stdout, stderr io.Writer) int {
	o, err := parseOptions(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "gutbrain: %v\nRun with --help to see every flag and its valid values.\n", err)
		return 2
	}
	if err := assets.LoadTranslations(); err != nil {
		fmt.Fprintf(stderr, "gutbrain: loading translations: %v\n", err)
		return 1
	}
	if err := useLanguage(o.lang); err != nil {
		fmt.Fprintf(stderr, "gutbrain: %v\n", err)
		return 1
	}
	if o.kiosk.on {
		return runKiosk(o, stdout, stderr)
	}
	if o.snapshot != "" {
		return snapshot(o, stderr)
	}
	return runWindow(o, stdout)
}

// newExplorer builds the explorer in the state the options ask for.
func newExplorer(o options) *screens.Explorer {
	ex := screens.NewExplorer()
	ex.Simulation().SetSpeed(o.speed)
	ex.SetIntegrity(o.startIntegrity())
	ex.SetStress(o.stress)
	ex.SetProbiotic(o.probiotic)
	if o.at > 0 {
		ex.Warm(o.at.Hours())
	}
	if o.selectID != "" {
		ex.Select(o.selectID)
	}
	return ex
}

// snapshot renders the requested state with Fyne's software renderer, so no display is
// needed, writes the PNG and exits. It runs off the main goroutine, which Fyne's thread
// checks reserve for a real driver.
func snapshot(o options, stderr io.Writer) int {
	done := make(chan int)
	go func() { done <- renderSnapshot(o, stderr) }()
	return <-done
}

func renderSnapshot(o options, stderr io.Writer) int {
	a := test.NewApp()
	// A snapshot shows what the flags ask for, whatever this computer's preferences are.
	settings := o.settingsOver(screens.DefaultSettings(false))
	screens.ApplyTheme(settings)
	size := fyne.NewSize(float32(o.width), float32(o.height))
	var img image.Image
	switch {
	case o.beat > 0: // the slide image lecture mode saves with Ctrl+S, in its theme
		if !o.sizeGiven {
			size = screens.SlideSize
		}
		a.Settings().SetTheme(apptheme.New(apptheme.Projector, screens.LectureScaleFor(size.Height)))
		ex := screens.NewExplorer()
		img = screens.RenderSlide(ex.Story(), o.beat-1, size)
	default:
		ex := newExplorer(o)
		ex.UseSettings(settings, nil)
		if o.at == 0 {
			ex.Warm(0) // settle the particles even at the start
		}
		w := test.NewWindow(nil)
		ex.Attach(w)
		screens.ResizeSettled(w, size)
		if o.lecture {
			ex.EnterLecture()
			ex.Story().Motion = false
			ex.Story().Go(0)
			ex.Warm(0)
			screens.ResizeSettled(w, size)
		}
		img = w.Canvas().Capture()
	}
	f, err := os.Create(o.snapshot)
	if err != nil {
		fmt.Fprintf(stderr, "gutbrain: --snapshot: %v\n", err)
		return 1
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		fmt.Fprintf(stderr, "gutbrain: --snapshot: writing %s: %v\n", o.snapshot, err)
		return 1
	}
	if err := f.Close(); err != nil {
		fmt.Fprintf(stderr, "gutbrain: --snapshot: %v\n", err)
		return 1
	}
	return 0
}

// runWindow opens the explorer window and runs until it is closed or the process is told to stop.
func runWindow(o options, stdout io.Writer) int {
	a := app.NewWithID(appID)
	a.SetIcon(assets.Icon())
	settings := o.settingsOver(screens.LoadSettings(a.Preferences(), screens.DefaultSettings(systemReducedMotion())))
	if settings.Language != o.lang {
		if err := useLanguage(settings.Language); err != nil {
			log.Printf("preferences: %v", err)
		}
	}
	screens.ApplyTheme(settings)
	w := a.NewWindow(lang.L("app.title"))
	ex := newExplorer(o)
	ex.UseSettings(settings, a.Preferences())
	// Size the window before giving it content, so the content is laid out at its final
	// size straight away rather than first at its minimum size and then again.
	w.Resize(fyne.NewSize(float32(o.width), float32(o.height)))
	ex.Attach(w)
	if o.stats {
		ex.Simulation().EnableStats(screens.NewFrameStats(stdout), ex.Diagram().ParticleCount)
	}

	// SIGTERM and Ctrl+C in a terminal end the app cleanly, through Fyne's own quit.
	watch := watchExit(w)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGTERM, os.Interrupt)
	go func() {
		sig := <-sigs
		watch.start(sig.String())
		fyne.Do(a.Quit)
	}()
	if o.statsLimit > 0 {
		time.AfterFunc(o.statsLimit, func() { fyne.Do(a.Quit) })
	}
	a.Lifecycle().SetOnStarted(func() {
		if o.lecture {
			ex.EnterLecture()
		}
		if o.beat > 0 {
			ex.Story().Go(o.beat - 1)
		}
		// Building the window leaves a lot of garbage (text measuring, font parsing);
		// once it is up, hand it back and keep the heap close to what is live.
		time.AfterFunc(2*time.Second, releaseStartupMemory)
		if !o.paused {
			ex.Simulation().Play()
		}
	})
	w.ShowAndRun()
	return 0
}

// systemReducedMotion is the operating system's "reduce motion" setting, false when it
// has none or it cannot be read.
func systemReducedMotion() bool {
	reduced, known := osprefs.ReducedMotion()
	return known && reduced
}

// useLanguage makes code ("es") the language of the app's words and content; "" means the
// system's language when the app is written in it, else English.
func useLanguage(code string) error {
	if code == "" {
		code = assets.Language()
	}
	return assets.UseLanguage(code)
}

// releaseStartupMemory returns the start-up garbage to the system and lowers the garbage
// collector's target: while animating, Fyne allocates a little every frame, and with the
// default target the heap (about 40 MB live, mostly parsed fonts) would grow to twice its
// live size between collections.
func releaseStartupMemory() {
	debug.SetGCPercent(25)
	debug.FreeOSMemory()
}
