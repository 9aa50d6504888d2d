package screens

import (
	"bytes"
	"log"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"gutbrain/apptheme"
	"gutbrain/diagrams"
)

func TestSettingsRoundTripThroughPreferences(t *testing.T) {
	a := test.NewTempApp(t)
	p := a.Preferences()
	def := DefaultSettings(false)
	if got := LoadSettings(p, def); got != def {
		t.Fatalf("nothing stored: %+v, want the defaults %+v", got, def)
	}
	SaveTheme(p, apptheme.Projector)
	SaveScale(p, 1.75)
	SaveMotion(p, diagrams.MotionOff)
	SaveLanguage(p, "es")
	want := Settings{Theme: apptheme.Projector, Scale: 1.75, Motion: diagrams.MotionOff, Language: "es"}
	if got := LoadSettings(p, def); got != want {
		t.Errorf("stored %+v, read back %+v", want, LoadSettings(p, def))
	}
	SaveLanguage(p, "")
	if got := LoadSettings(p, def).Language; got != "" {
		t.Errorf("language back to the system's, read %q", got)
	}
}

func TestCorruptStoredSettingsFallBackWithALogLine(t *testing.T) {
	a := test.NewTempApp(t)
	p := a.Preferences()
	p.SetString(prefTheme, "neon")
	p.SetString(prefScale, "NaN")
	p.SetString(prefMotion, "wobbly")
	p.SetString(prefLanguage, "tlh")
	var buf bytes.Buffer
	log.SetOutput(&buf)
	t.Cleanup(func() { log.SetOutput(os.Stderr) })
	def := DefaultSettings(true)
	if got := LoadSettings(p, def); got != def {
		t.Errorf("corrupt values gave %+v, want the defaults %+v", got, def)
	}
	for _, v := range []string{`"neon"`, `"NaN"`, `"wobbly"`, `"tlh"`, "dark, light, projector", "full, reduced or off", "1 to 2", "en or es"} {
		if !strings.Contains(buf.String(), v) {
			t.Errorf("log %q does not name %s", buf.String(), v)
		}
	}
	// The scale is stored as a string; one of another kind is as corrupt as a bad string.
	p.SetFloat(prefScale, 3)
	if got := LoadSettings(p, def).Scale; got != 1 {
		t.Errorf("a float stored under the scale gave %v", got)
	}
}

func TestDefaultSettingsFollowTheSystemsReducedMotion(t *testing.T) {
	if DefaultSettings(false).Motion != diagrams.MotionFull || DefaultSettings(true).Motion != diagrams.MotionReduced {
		t.Error("the system's reduced-motion setting does not pick the default motion")
	}
}
