package assets

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2/lang"
)

func TestUseLanguageSwitchesOursAndFynesWords(t *testing.T) {
	t.Cleanup(func() { _ = UseLanguage("en") })
	if err := UseLanguage("en"); err != nil {
		t.Fatal(err)
	}
	enTitle, enCancel := lang.L("app.title"), lang.L("Cancel")
	if enCancel != "Cancel" || enTitle == "app.title" {
		t.Fatalf("English: title %q, Cancel %q", enTitle, enCancel)
	}
	if err := UseLanguage("es"); err != nil {
		t.Fatal(err)
	}
	if got := lang.L("Cancel"); got != "Cancelar" {
		t.Errorf("Fyne's own words stay English after switching to es: Cancel = %q", got)
	}
	if got := lang.L("tab.glossary"); got != "Glosario" {
		t.Errorf("tab.glossary in es = %q, want Glosario", got)
	}
	if CurrentLanguage() != "es" || ContentLanguage() != "es" {
		t.Errorf("current %q, content %q", CurrentLanguage(), ContentLanguage())
	}
	if err := UseLanguage("en"); err != nil {
		t.Fatal(err)
	}
	if got := lang.L("app.title"); got != enTitle {
		t.Errorf("back in English the title is %q, want %q", got, enTitle)
	}
}

func TestUseLanguageRejectsUnknown(t *testing.T) {
	err := UseLanguage("fr")
	if err == nil || !strings.Contains(err.Error(), `"fr"`) || !strings.Contains(err.Error(), "en or es") {
		t.Fatalf("UseLanguage(fr) = %v, want an error naming fr and the valid languages", err)
	}
}

func TestPseudoLanguageIsLongerAndKeepsPlaceholders(t *testing.T) {
	t.Cleanup(func() { _ = UseLanguage("en") })
	for _, s := range []string{"Play", "Day {{.Day}}, {{.Time}}", "Glossary of every term used"} {
		p := Pseudo(s)
		if n, m := utf8.RuneCountInString(s), utf8.RuneCountInString(p); float64(m) < 1.4*float64(n) {
			t.Errorf("Pseudo(%q) = %q: %d characters, want at least 1.4 × %d", s, p, m, n)
		}
		for _, ph := range []string{"{{.Day}}", "{{.Time}}"} {
			if strings.Contains(s, ph) && !strings.Contains(p, ph) {
				t.Errorf("Pseudo(%q) = %q lost %s", s, p, ph)
			}
		}
	}
	if err := UseLanguage(PseudoLanguage); err != nil {
		t.Fatal(err)
	}
	if got := lang.L("tab.glossary"); !strings.HasPrefix(got, "Glóssáry") {
		t.Errorf("pseudo tab.glossary = %q", got)
	}
	if ContentLanguage() != "en" {
		t.Errorf("the pseudo-language reads English content, not %q", ContentLanguage())
	}
}
