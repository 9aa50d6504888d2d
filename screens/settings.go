package screens

import (
	"fmt"
	"log"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"

	"gutbrain/apptheme"
	"gutbrain/assets"
	"gutbrain/diagrams"
)

// Settings are the presentation choices a person makes in the preferences dialog: they
// change how the app looks and moves, never what it says.
type Settings struct {
	Theme    apptheme.Variant
	Scale    float64 // text size, 1 (100 %) to 2 (200 %)
	Motion   diagrams.Motion
	Language string // "en", "es", or "" for the system's language
}

// The text sizes the preferences dialog offers; --scale accepts any value in between.
var TextScales = []float64{1, 1.25, 1.5, 1.75, 2}

// Where each setting is stored in Fyne's Preferences. Every value is stored as a string,
// so a value of the wrong kind is caught by the same check as an unknown one.
const (
	prefTheme    = "settings.theme"
	prefScale    = "settings.scale"
	prefMotion   = "settings.motion"
	prefLanguage = "settings.language"
)

// DefaultSettings are the settings of a first start: dark theme, 100 % text, the
// system's language, and full motion unless the system asks for reduced motion.
func DefaultSettings(systemReducedMotion bool) Settings {
	s := Settings{Theme: apptheme.Dark, Scale: 1, Motion: diagrams.MotionFull}
	if systemReducedMotion {
		s.Motion = diagrams.MotionReduced
	}
	return s
}

// LoadSettings reads the stored settings over def. A stored value that is corrupt or
// unknown is logged and the default is used: the app always starts.
func LoadSettings(p fyne.Preferences, def Settings) Settings {
	s := def
	if v := p.String(prefTheme); v != "" {
		if t, err := ParseTheme(v); err == nil {
			s.Theme = t
		} else {
			logBadPreference(prefTheme, v, err)
		}
	}
	if v := p.String(prefScale); v != "" {
		if f, err := ParseScale(v); err == nil {
			s.Scale = f
		} else {
			logBadPreference(prefScale, v, err)
		}
	}
	if v := p.String(prefMotion); v != "" {
		if m, err := diagrams.ParseMotion(v); err == nil {
			s.Motion = m
		} else {
			logBadPreference(prefMotion, v, err)
		}
	}
	if v := p.String(prefLanguage); v != "" {
		if err := CheckLanguage(v); err == nil {
			s.Language = v
		} else {
			logBadPreference(prefLanguage, v, err)
		}
	}
	return s
}

func logBadPreference(key, value string, err error) {
	log.Printf("preferences: stored %s %q ignored, using the default: %v", key, value, err)
}

// SaveTheme, SaveScale, SaveMotion and SaveLanguage store one setting each: the dialog
// stores only what the person changed, so a value given on the command line for one run
// is not kept by changing something else.
func SaveTheme(p fyne.Preferences, t apptheme.Variant) { p.SetString(prefTheme, string(t)) }

// SaveScale stores the text size.
func SaveScale(p fyne.Preferences, f float64) {
	p.SetString(prefScale, strconv.FormatFloat(f, 'f', -1, 64))
}

// SaveMotion stores the motion setting.
func SaveMotion(p fyne.Preferences, m diagrams.Motion) { p.SetString(prefMotion, string(m)) }

// SaveLanguage stores the language; "" goes back to the system's.
func SaveLanguage(p fyne.Preferences, code string) {
	if code == "" {
		p.RemoveValue(prefLanguage)
		return
	}
	p.SetString(prefLanguage, code)
}

// ParseTheme checks a theme name.
func ParseTheme(s string) (apptheme.Variant, error) {
	v := apptheme.Variant(s)
	if !slices.Contains(apptheme.Variants(), v) {
		return "", fmt.Errorf("theme %q is not available; use %s", s, joinVariants())
	}
	return v, nil
}

func joinVariants() string {
	var names []string
	for _, v := range apptheme.Variants() {
		names = append(names, string(v))
	}
	return strings.Join(names, ", ")
}

// ParseScale checks a text size factor: a number from 1 to 2.
func ParseScale(s string) (float64, error) {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || !(f >= 1 && f <= 2) {
		return 0, fmt.Errorf("text size %q is not valid; use a number from 1 to 2, e.g. 1.5", s)
	}
	return f, nil
}

// CheckLanguage checks a language code against the languages the app is written in.
func CheckLanguage(code string) error {
	if !slices.Contains(assets.Languages(), code) {
		return fmt.Errorf("language %q is not available; use %s", code, strings.Join(assets.Languages(), " or "))
	}
	return nil
}
