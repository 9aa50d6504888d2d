package assets

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestParseTranslationReadsMessages(t *testing.T) {
	m, err := ParseTranslation("lang/x.en.json", []byte("{\n  \"story.progress\": \"{{.N}} / {{.Total}}\",\n  \"key.kp_enter\": \"Enter\"\n}\n"))
	if err != nil || len(m) != 2 || m["story.progress"] != "{{.N}} / {{.Total}}" || m["key.kp_enter"] != "Enter" {
		t.Fatalf("got %v, %v", m, err)
	}
}

// Every refusal names the file, the line and the key, and says what is valid.
func TestParseTranslationErrors(t *testing.T) {
	const name = "lang/x.en.json"
	for _, c := range []struct{ data, want string }{
		{"", name + `: line 1: unexpected EOF; write {"part.key": "text", …}`},
		{`["a.b"]`, name + `: line 1: the file must be one JSON object`},
		{"{\n\"a.b\": \"A\",\n\"a.b\": \"B\"}", name + `: line 3: key "a.b" appears twice; keep one`},
		{`{"other": "A"}`, name + `: line 1: key "other" is not a dotted name such as "app.title"`},
		{`{"a.b": {"one": "a", "other": "b"}}`, name + `: line 1: "a.b": the value must be text in quotes, not an object (plural forms and nesting are not used)`},
		{`{"a.b": 2}`, `"a.b": the value must be text in quotes, not a number`},
		{`{"a.b": null}`, `"a.b": the value must be text in quotes, not null`},
		{`{"a.b": " "}`, `"a.b": the text is blank`},
		{`{"a.b": "x\u0007"}`, `"a.b": control character U+0007 is not allowed`},
		{`{"a.b": "Day {{.Day}, {{.Time}}"}`, `"a.b": "{{.Day}" does not start a placeholder; write {{.Name}}`},
		{`{"a.b": "{{ .N }}"}`, `"{{ .N }}" does not start a placeholder`},
		{`{"a.b": "A"} x`, name + `: line 1: only white space may follow the closing }`},
		{"{\n\"a.b\": \"A\"\n\"c.d\": \"B\"}", name + `: line 3: invalid character '"' after object key:value pair`},
		{"{\"a.b\": \"\xff\"}", name + `: not UTF-8 text; save the file as UTF-8`},
		{`{}`, name + `: no messages`},
	} {
		_, err := ParseTranslation(name, []byte(c.data))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want it to contain %q", c.data, err, c.want)
		}
	}
}

// The app checks every translation file before Fyne reads it.
func TestCheckTranslationFiles(t *testing.T) {
	if err := checkTranslationFiles(Files(), "lang"); err != nil {
		t.Fatalf("the app's own files: %v", err)
	}
	bad := fstest.MapFS{"lang/a.en.json": {Data: []byte(`{"a.b": "A"}`)}, "lang/a.es.json": {Data: []byte(`{"a.b": "{{.X"}`)}}
	if err := checkTranslationFiles(bad, "lang"); err == nil || !strings.HasPrefix(err.Error(), "lang/a.es.json: line 1: \"a.b\"") {
		t.Fatalf("a bad file: %v", err)
	}
	if err := checkTranslationFiles(fstest.MapFS{}, "lang"); err == nil {
		t.Fatal("no files accepted")
	}
}
