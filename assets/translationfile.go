package assets

// Checking translation files. Fyne's lang package reads them with go-i18n, which takes
// much that the app cannot show properly: a repeated key (the last one silently wins), a
// nested object (its keys are joined with dots), a value that is not text, a broken
// {{placeholder}} (only noticed when the message is shown, which then falls back to the
// raw key). So every file is checked here first, and a bad one stops the app at start
// with a message naming the file, the key and what is valid.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// translationKey is the shape of a message key: dotted names such as "app.title" or
// "key.kp_enter". At least one dot also keeps a key from being one of go-i18n's reserved
// words ("other", "id", …), which would make it read the whole file as one message.
var translationKey = regexp.MustCompile(`^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+$`)

// translationPlaceholder is the one template action a message may hold: {{.Name}}.
var translationPlaceholder = regexp.MustCompile(`^\{\{\.[A-Za-z][A-Za-z0-9_]*\}\}`)

// ParseTranslation reads one translation file (lang/<part>.<lng>.json) and checks it: a
// JSON object of messages, each key once and a dotted name ("app.title"), each value
// text (the app looks messages up with lang.L, which has no plural forms) that is not
// blank, has no control characters but newline and tab, and whose every {{ starts a
// {{.Name}} placeholder; and go-i18n, which Fyne reads the files with, must read it too.
// It returns the messages by key. An error names the file and the key or JSON line.
func ParseTranslation(name string, data []byte) (map[string]string, error) {
	fail := func(format string, a ...any) (map[string]string, error) {
		return nil, fmt.Errorf("%s: %s", name, fmt.Sprintf(format, a...))
	}
	if !utf8.Valid(data) {
		return fail("not UTF-8 text; save the file as UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	line := func() int { return 1 + bytes.Count(data[:dec.InputOffset()], []byte("\n")) }
	syntax := func(err error) (map[string]string, error) {
		at := line()
		var se *json.SyntaxError
		if errors.As(err, &se) {
			at = 1 + bytes.Count(data[:min(max(se.Offset, 0), int64(len(data)))], []byte("\n"))
		}
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF // the file ends before its closing }
		}
		return fail("line %d: %v; write {\"part.key\": \"text\", …}", at, err)
	}
	if tok, err := dec.Token(); err != nil {
		return syntax(err)
	} else if tok != json.Delim('{') {
		return fail("line %d: the file must be one JSON object {\"part.key\": \"text\", …}", line())
	}
	out := map[string]string{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return syntax(err)
		}
		key := tok.(string) // inside an object the decoder only returns string keys
		if _, dup := out[key]; dup {
			return fail("line %d: key %q appears twice; keep one", line(), key)
		}
		if !translationKey.MatchString(key) {
			return fail("line %d: key %q is not a dotted name such as \"app.title\" (letters, digits, _ and - between the dots)", line(), key)
		}
		if tok, err = dec.Token(); err != nil {
			return syntax(err)
		}
		text, ok := tok.(string)
		if !ok {
			return fail("line %d: %q: the value must be text in quotes, not %s", line(), key, jsonKind(tok))
		}
		if err := checkMessage(text); err != nil {
			return fail("line %d: %q: %v", line(), key, err)
		}
		out[key] = text
	}
	if _, err := dec.Token(); err != nil { // the closing }
		return syntax(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fail("line %d: only white space may follow the closing }", line())
	}
	if len(out) == 0 {
		return fail("no messages")
	}
	if _, err := i18n.ParseMessageFileBytes(data, path.Base(name), nil); err != nil {
		return fail("Fyne's translation reader refuses it: %v", err)
	}
	return out, nil
}

// jsonKind names the JSON value a decoder token starts, for error messages.
func jsonKind(tok json.Token) string {
	switch tok {
	case json.Delim('{'):
		return "an object (plural forms and nesting are not used)"
	case json.Delim('['):
		return "a list"
	case nil:
		return "null"
	}
	if _, ok := tok.(bool); ok {
		return "true or false"
	}
	return "a number"
}

// checkMessage checks the text of one message.
func checkMessage(text string) error {
	if strings.TrimSpace(text) == "" {
		return errors.New("the text is blank")
	}
	for _, r := range text {
		if unicode.IsControl(r) && r != '\n' && r != '\t' {
			return fmt.Errorf("control character %U is not allowed", r)
		}
	}
	for rest := text; ; {
		i := strings.Index(rest, "{{")
		if i < 0 {
			return nil
		}
		rest = rest[i:]
		p := translationPlaceholder.FindString(rest)
		if p == "" {
			bad := rest // quote up to the first "}" (or "}}"), where the writer meant it to end
			if end := strings.Index(rest[2:], "}"); end >= 0 {
				bad = rest[:2+end+1]
				if strings.HasPrefix(rest[2+end+1:], "}") {
					bad += "}"
				}
			}
			return fmt.Errorf("%q does not start a placeholder; write {{.Name}}", truncate(bad, 24))
		}
		rest = rest[len(p):]
	}
}

// truncate shortens s to at most n runes for an error message.
func truncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// checkTranslationFiles checks every translation file under dir of fsys.
func checkTranslationFiles(fsys fs.FS, dir string) error {
	names, err := fs.Glob(fsys, dir+"/*.json")
	if err != nil {
		return err
	}
	if len(names) == 0 {
		return fmt.Errorf("%s: no translation files", dir)
	}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		if _, err := ParseTranslation(name, data); err != nil {
			return err
		}
	}
	return nil
}
