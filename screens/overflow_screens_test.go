package screens

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"gutbrain/apptheme"
	"gutbrain/assets"
)

// useTestLanguage switches the app's language for one test and back to English after it.
func useTestLanguage(t *testing.T, code string) {
	t.Helper()
	if err := assets.UseLanguage(code); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = assets.UseLanguage("en") })
}

// checkFits fails the test with every piece of text that does not fit on the screen now.
func checkFits(t *testing.T, win fyne.Window, screen string) {
	t.Helper()
	problems := textProblems(win)
	for i, p := range problems {
		if i == 12 {
			t.Errorf("%s: … and %d more", screen, len(problems)-i)
			break
		}
		t.Errorf("%s: %s", screen, p)
	}
}

// Every screen, in a language 40 % longer than English and in Spanish, at 100 % and at
// 200 % text in a 1280×800 window: no text is squeezed, cut off or drawn over other text.
func TestLongTextFitsEveryExplorerScreen(t *testing.T) {
	if testing.Short() {
		t.Skip("renders every screen in several languages and sizes")
	}
	for _, lng := range []string{assets.PseudoLanguage, "es"} {
		for _, scale := range []float32{1, 2} {
			if underRace && (lng == "es") == (scale == 2) {
				continue // the pseudo-language at 200 % and Spanish at 100 %
			}
			t.Run(fmt.Sprintf("%s-%.0f%%", lng, scale*100), func(t *testing.T) {
				useTestLanguage(t, lng)
				a := test.NewTempApp(t)
				a.Settings().SetTheme(apptheme.New(apptheme.Dark, scale))
				ex := NewExplorer()
				win := test.NewTempWindow(t, nil)
				ex.Attach(win)
				size := fyne.NewSize(1280, 800)
				ResizeSettled(win, size)
				// A real window cannot be smaller than its content's minimum: it would grow
				// past 1280×800 and off a small screen.
				if m := win.Content().MinSize(); m.Width > size.Width || m.Height > size.Height {
					t.Errorf("the explorer needs %v, more than the %v window", m, size)
				}
				for _, id := range []string{"overview", "junctions", "immune", "kynurenine"} {
					ex.Select(id)
					ResizeSettled(win, size)
					checkFits(t, win, "explain "+id)
				}
				for i, name := range []string{"explain", "story", "glossary", "references", "about"} {
					ex.tabs.SelectIndex(i)
					ResizeSettled(win, size)
					checkFits(t, win, "tab "+name)
				}
				ex.tabs.SelectIndex(0)
				ex.ShowPreferences()
				ResizeSettled(win, size)
				checkFits(t, win, "preferences")
				for _, o := range win.Canvas().Overlays().List() {
					win.Canvas().Overlays().Remove(o)
				}
				showHelp(ModeExplorer, win)
				ResizeSettled(win, size)
				checkFits(t, win, "keyboard help")
			})
		}
	}
}

// Lecture slides and the kiosk's screens size their own text to the screen; they must fit
// the long language too.
func TestLongTextFitsLectureAndKiosk(t *testing.T) {
	if testing.Short() {
		t.Skip("renders every screen in several languages and sizes")
	}
	langs := []string{assets.PseudoLanguage, "es"}
	if underRace {
		langs = langs[:1]
	}
	for _, lng := range langs {
		t.Run(lng+"-lecture", func(t *testing.T) {
			useTestLanguage(t, lng)
			a := test.NewTempApp(t)
			a.Settings().SetTheme(apptheme.New(apptheme.Dark, 1))
			ex := NewExplorer()
			win := test.NewTempWindow(t, nil)
			ex.Attach(win)
			size := fyne.NewSize(1280, 720)
			ResizeSettled(win, size)
			ex.EnterLecture()
			ex.Story().Motion = false
			for _, beat := range []int{0, 7, ex.Story().Len() - 1} {
				ex.Story().Go(beat)
				ResizeSettled(win, size)
				checkFits(t, win, fmt.Sprintf("lecture beat %d", beat+1))
			}
		})
		t.Run(lng+"-kiosk", func(t *testing.T) {
			useTestLanguage(t, lng)
			k, win, clock := newTestKiosk(t, KioskConfig{PIN: "2468"}, kioskSize)
			frames(k, clock, 2e9, 10)
			settle(win)
			checkFits(t, win, "kiosk attract")
			k.touched()
			settle(win)
			checkFits(t, win, "kiosk explorer")
			frames(k, clock, k.cfg.Idle+1e9, 4)
			settle(win)
			checkFits(t, win, "kiosk still there?")
		})
	}
}
