// Package assets holds everything the app shows that is not code: translations (Fyne
// lang JSON files, one set per language, split by the part of the app that owns them) and
// content (markdown panels, glossary, references, about; one folder per language).
package assets

import (
	"embed"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

//go:embed lang content
var files embed.FS

var loadOnce sync.Once
var loadErr error

// Languages lists the languages the app is written in; English is the fallback.
func Languages() []string { return []string{"en", "es"} }

// LoadTranslations registers the app's translations with Fyne's lang package. It is safe
// to call more than once (tests and main both call it); only the first call loads.
//
// Fyne picks the UI language from the system locale among every language it knows, its
// own widgets' included, and shows a raw key when a message is missing there. So on a
// system in a language we are not written in, our English is registered under that
// language too: people get English, never keys.
func LoadTranslations() error {
	loadOnce.Do(func() {
		if loadErr = checkTranslationFiles(files, "lang"); loadErr != nil { // before Fyne sees them
			return
		}
		if loadErr = lang.AddTranslationsFS(files, "lang"); loadErr != nil {
			return
		}
		if sys := systemLanguage(); sys != "" && !slices.Contains(Languages(), sys) {
			loadErr = registerEnglishAs(fyne.Locale(sys))
		}
	})
	return loadErr
}

// Language is the language the app shows: the system's when the app is written in it,
// English otherwise. Content (panels, story) is loaded in this language.
func Language() string {
	if sys := systemLanguage(); slices.Contains(Languages(), sys) {
		return sys
	}
	return "en"
}

// systemLanguage is the base language of the system locale, e.g. "fr" for fr-FR.
func systemLanguage() string {
	l := strings.ToLower(lang.SystemLocale().String())
	base, _, _ := strings.Cut(strings.ReplaceAll(l, "_", "-"), "-")
	return base
}

func registerEnglishAs(l fyne.Locale) error {
	names, err := fs.Glob(files, "lang/*en.json")
	if err != nil {
		return err
	}
	for _, name := range names {
		data, err := files.ReadFile(name)
		if err != nil {
			return err
		}
		if err := lang.AddTranslationsForLocale(data, l); err != nil {
			return err
		}
	}
	return nil
}

// Files is the embedded file system, for tests that check content completeness.
func Files() embed.FS { return files }

//go:embed icon.png
var iconPNG []byte

// Icon is the app icon (the same picture FyneApp.toml gives `fyne package`).
func Icon() fyne.Resource { return fyne.NewStaticResource("icon.png", iconPNG) }
