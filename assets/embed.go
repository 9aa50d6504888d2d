// Package assets holds everything the app shows that is not code: translations (Fyne
// lang JSON files, one set per language, split by the part of the app that owns them) and
// content (markdown panels, glossary, references, about; one folder per language).
package assets

import (
	"embed"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

//go:embed lang content
var files embed.FS

var loadOnce sync.Once
var loadErr error

// LoadTranslations registers the app's translations with Fyne's lang package. It is safe
// to call more than once (tests and main both call it); only the first call loads.
func LoadTranslations() error {
	loadOnce.Do(func() { loadErr = lang.AddTranslationsFS(files, "lang") })
	return loadErr
}

// Files is the embedded file system, for tests that check content completeness.
func Files() embed.FS { return files }

//go:embed icon.png
var iconPNG []byte

// Icon is the app icon (the same picture FyneApp.toml gives `fyne package`).
func Icon() fyne.Resource { return fyne.NewStaticResource("icon.png", iconPNG) }
