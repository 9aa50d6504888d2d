package assets

import (
	"encoding/json"
	"io/fs"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// translationError is the shape of every refusal: the file, then what is wrong.
var translationError = regexp.MustCompile(`^lang/fuzz\.en\.json: \S`)

var placeholderName = regexp.MustCompile(`\{\{\.([A-Za-z][A-Za-z0-9_]*)\}\}`)

// FuzzTranslations feeds any bytes to the translation file check. It must refuse with a
// message naming the file, or accept a file whose every message Fyne's reader (go-i18n,
// in a bundle of its own, so Fyne's global one is untouched) reads and shows exactly, with
// its placeholders filled in.
func FuzzTranslations(f *testing.F) {
	names, err := fs.Glob(Files(), "lang/*.json")
	if err != nil || len(names) < 2 {
		f.Fatalf("lang files: %v, %v", names, err)
	}
	for _, name := range names {
		data, err := fs.ReadFile(Files(), name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		``, `{}`, `[]`, `null`, `"text"`, `{"app.title": "A"}{}`, `{"app.title": "A"`,
		`{"app.title": "A", "app.title": "B"}`,
		`{"other": "A"}`, `{"app.title": {"one": "a", "other": "b"}}`, `{"app": {"title": "A"}}`,
		`{"app.title": 1}`, `{"app.title": null}`, `{"app.title": ["A"]}`, `{"app.title": true}`,
		`{"app.title": "  "}`, `{"app.title": "A\u0000B"}`, `{"app.title": "A\nB\tC"}`,
		`{"app.title": "{{.N}} / {{.Total}}"}`, `{"app.title": "{{.N"}`, `{"app.title": "{{ .N }}"}`,
		`{"app.title": "{{.N.M}}"}`, `{"app.title": "{{call .F}}"}`, `{"app.title": "{{template \"x\"}}"}`,
		`{"app.title": "}} {{"}`, `{"app.title": "{{{.N}}}"}`, `{"app.title": "\ud800"}`,
		`{"app..title": "A"}`, `{".app": "A"}`, `{"app title.x": "A"}`, `{"ID": "A"}`,
		"\xef\xbb\xbf{\"app.title\": \"A\"}", "{\"app.title\": \"\xff\"}",
		`{"app.title": "A",}`, `{"app.title": "A"} // note`,
	} {
		f.Add([]byte(s))
	}

	f.Fuzz(func(t *testing.T, data []byte) {
		const name = "lang/fuzz.en.json"
		msgs, err := ParseTranslation(name, data)
		if err != nil {
			if msg := err.Error(); !translationError.MatchString(msg) || strings.ContainsRune(msg, 0) {
				t.Fatalf("error %q does not name the file, or holds a NUL", msg)
			}
			return
		}
		if len(msgs) == 0 {
			t.Fatal("accepted a file with no messages")
		}
		bundle := i18n.NewBundle(language.English)
		bundle.RegisterUnmarshalFunc("json", json.Unmarshal)
		file, err := bundle.ParseMessageFileBytes(data, "fuzz.en.json")
		if err != nil {
			t.Fatalf("accepted, but go-i18n refuses it: %v", err)
		}
		if len(file.Messages) != len(msgs) {
			t.Fatalf("accepted %d messages, go-i18n reads %d", len(msgs), len(file.Messages))
		}
		localizer := i18n.NewLocalizer(bundle, "en")
		for key, text := range msgs {
			if !translationKey.MatchString(key) {
				t.Fatalf("accepted key %q", key)
			}
			if strings.ContainsFunc(text, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' }) {
				t.Fatalf("%q: accepted control characters in %q", key, text)
			}
			// Fill every placeholder with a value of its own and expect exactly that text.
			values := map[string]string{}
			want := placeholderName.ReplaceAllStringFunc(text, func(p string) string {
				n := placeholderName.FindStringSubmatch(p)[1]
				values[n] = "<" + n + ">"
				return values[n]
			})
			got, err := localizer.Localize(&i18n.LocalizeConfig{MessageID: key, TemplateData: values})
			if err != nil || got != want {
				t.Fatalf("%q: go-i18n shows %q (%v), want %q", key, got, err, want)
			}
		}
	})
}
