package screens

import (
	"bytes"
	"log"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"gutbrain/apptheme"
	"gutbrain/assets"
	"gutbrain/diagrams"
)

// How FuzzPreferenceValues stores each value, two bits per key.
const (
	storeString = iota // SetString(value)
	storeNone          // nothing stored
	storeFloat         // SetFloat: a value of the wrong kind, as an older or hand-edited file may hold
	storeList          // SetStringList([value]): another wrong kind
)

// FuzzPreferenceValues stores any values, of any kind, under the four settings keys and
// loads them: LoadSettings never panics and always gives valid settings; a value its
// parser accepts is used, anything else gives the default and a log line naming the key
// and the value; and what is loaded saves and loads back unchanged.
func FuzzPreferenceValues(f *testing.F) {
	for _, s := range []struct {
		theme, scale, motion, language string
		kinds                          uint8
		reduced                        bool
	}{
		{"projector", "1.75", "off", "es", 0, false},
		{"dark", "1", "full", "en", 0, true},
		{"light", "2", " Reduced ", "", 0, false},
		{"neon", "NaN", "wobbly", "tlh", 0, true},
		{"Dark", "+Inf", "FULL", "ES", 0, false},
		{"", "0x1p0", "", "en-GB", 0, false},
		{"dark\x00", "1e-400", "off\n", " es", 0, false},
		{"light", "1.0000000000000002", "reduced", "es", 0b10101010, false},
		{"projector", "3", "off", "en", 0b11111111, true},
		{"dark", " 1.5 ", "full", "es", 0b01010101, false},
		{"light", "99999999999999999999999999", "off", "es", 0b11100100, true},
	} {
		f.Add(s.theme, s.scale, s.motion, s.language, s.kinds, s.reduced)
	}
	p := test.NewTempApp(f).Preferences()
	keys := []string{prefTheme, prefScale, prefMotion, prefLanguage}
	var logged bytes.Buffer
	log.SetOutput(&logged)
	f.Cleanup(func() { log.SetOutput(os.Stderr) })

	f.Fuzz(func(t *testing.T, theme, scale, motion, language string, kinds uint8, reduced bool) {
		values := []string{theme, scale, motion, language}
		for i, key := range keys {
			p.RemoveValue(key)
			switch kinds >> (2 * i) & 3 {
			case storeString:
				p.SetString(key, values[i])
			case storeFloat:
				p.SetFloat(key, float64(len(values[i])))
			case storeList:
				p.SetStringList(key, []string{values[i]})
			}
		}
		def := DefaultSettings(reduced)
		logged.Reset()
		got := LoadSettings(p, def)
		checkSettingsValid(t, got)

		// Each field: the parsed value when stored as a valid string, else the default.
		stored := func(i int) (string, bool) {
			return values[i], kinds>>(2*i)&3 == storeString && values[i] != ""
		}
		want := def
		var rejected []int
		if v, ok := stored(0); ok {
			if th, err := ParseTheme(v); err == nil {
				want.Theme = th
			} else {
				rejected = append(rejected, 0)
			}
		}
		if v, ok := stored(1); ok {
			if sc, err := ParseScale(v); err == nil {
				want.Scale = sc
			} else {
				rejected = append(rejected, 1)
			}
		}
		if v, ok := stored(2); ok {
			if m, err := diagrams.ParseMotion(v); err == nil {
				want.Motion = m
			} else {
				rejected = append(rejected, 2)
			}
		}
		if v, ok := stored(3); ok {
			if CheckLanguage(v) == nil {
				want.Language = v
			} else {
				rejected = append(rejected, 3)
			}
		}
		if got != want {
			t.Fatalf("stored %q (kinds %08b) loaded as %+v, want %+v", values, kinds, got, want)
		}
		for _, i := range rejected {
			if line := keys[i] + " " + strconv.Quote(values[i]); !strings.Contains(logged.String(), line) {
				t.Fatalf("rejected %s %q without a log line naming it: %q", keys[i], values[i], logged.String())
			}
		}

		// What was loaded saves and loads back exactly, over different defaults.
		SaveTheme(p, got.Theme)
		SaveScale(p, got.Scale)
		SaveMotion(p, got.Motion)
		SaveLanguage(p, got.Language)
		if again := LoadSettings(p, DefaultSettings(!reduced)); again != got {
			t.Fatalf("saved %+v, loaded back %+v", got, again)
		}
	})
}

// checkSettingsValid fails unless every setting is one the app can use.
func checkSettingsValid(t *testing.T, s Settings) {
	t.Helper()
	if !slices.Contains(apptheme.Variants(), s.Theme) {
		t.Fatalf("theme %q", s.Theme)
	}
	if math.IsNaN(s.Scale) || s.Scale < 1 || s.Scale > 2 {
		t.Fatalf("scale %v", s.Scale)
	}
	if !slices.Contains(diagrams.Motions(), s.Motion) {
		t.Fatalf("motion %q", s.Motion)
	}
	if s.Language != "" && !slices.Contains(assets.Languages(), s.Language) {
		t.Fatalf("language %q", s.Language)
	}
}
