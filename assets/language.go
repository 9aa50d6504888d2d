package assets

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// fyneLang holds copies of Fyne's own translations (dialog buttons, text-entry menus) for
// the languages we are written in, so that switching language at run time switches Fyne's
// words too. They are Fyne 2.7.1's base.<lng>.json files, unchanged.
//
//go:embed fynelang
var fyneLang embed.FS

// PseudoLanguage is a test language: English with every string made 40 % longer, to find
// text that overflows its container before a real translation does.
const PseudoLanguage = "en-XA"

var (
	current   = "en"
	currentMu sync.Mutex
)

// CurrentLanguage is the language UseLanguage last chose ("en" until then).
func CurrentLanguage() string {
	currentMu.Lock()
	defer currentMu.Unlock()
	return current
}

// ContentLanguage is the language content (markdown panels, story) is read in: the
// pseudo-language reads English.
func ContentLanguage() string {
	if l := CurrentLanguage(); l != PseudoLanguage {
		return l
	}
	return "en"
}

// UseLanguage makes code ("en", "es" or PseudoLanguage) the language of every lang.L
// lookup from now on, whatever the system's language is.
//
// Fyne 2.7.1 has no language switch: its localizer uses the system locale's closest match
// among the languages it has translations for. So the chosen language's messages (ours and
// Fyne's own) are registered under every tag that match can land on — the system locale,
// its base language and English, the fallback — and whichever it picks says the same.
// Screens built before the switch keep their words; callers rebuild them.
func UseLanguage(code string) error {
	if !slices.Contains(Languages(), code) && code != PseudoLanguage {
		return fmt.Errorf("language %q is not available; use %s", code, strings.Join(Languages(), " or "))
	}
	if err := LoadTranslations(); err != nil {
		return err
	}
	bundle, err := messageFiles(code)
	if err != nil {
		return err
	}
	for _, tag := range overrideTags() {
		for _, data := range bundle {
			if err := lang.AddTranslationsForLocale(data, tag); err != nil {
				return err
			}
		}
	}
	currentMu.Lock()
	current = code
	currentMu.Unlock()
	return nil
}

// overrideTags are the locales Fyne's localizer may settle on.
func overrideTags() []fyne.Locale {
	tags := []fyne.Locale{"en"}
	sys := lang.SystemLocale()
	if base := fyne.Locale(systemLanguage()); base != "" && !slices.Contains(tags, base) {
		tags = append(tags, base)
	}
	if !slices.Contains(tags, sys) {
		tags = append(tags, sys)
	}
	return tags
}

// messageFiles are the translation files of one language, Fyne's own first.
func messageFiles(code string) ([][]byte, error) {
	src := code
	if code == PseudoLanguage {
		src = "en"
	}
	fyneData, err := fyneLang.ReadFile("fynelang/base." + src + ".json")
	if err != nil {
		return nil, err
	}
	out := [][]byte{fyneData}
	names, err := fs.Glob(files, "lang/*."+src+".json")
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		data, err := files.ReadFile(name)
		if err != nil {
			return nil, err
		}
		out = append(out, data)
	}
	if code == PseudoLanguage {
		for i, data := range out {
			if out[i], err = pseudoFile(data); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}
