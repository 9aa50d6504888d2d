package assets

import (
	"encoding/json"
	"math"
	"strings"
	"unicode/utf8"
)

// accented keeps pseudo-text readable while showing at a glance that it went through
// the translation path (a raw key or a hard-coded string stays plain).
var accented = strings.NewReplacer(
	"a", "á", "e", "é", "i", "í", "o", "ó", "u", "ú", "c", "ç", "n", "ñ",
	"A", "Á", "E", "É", "I", "Í", "O", "Ó", "U", "Ú", "C", "Ç", "N", "Ñ",
)

// pseudoPadding is the text added to lengthen a string: short words of average-width
// letters, so wrapping text can still break between them as a real translation would.
const pseudoPadding = "ēxţŕà lõñğ ŵóŕđş àñđ ḿóŕé ţéxţ ţó ŕéàđ "

// Pseudo makes s 40 % longer (counted in characters, {{.Placeholders}} kept as they are).
func Pseudo(s string) string {
	if strings.TrimSpace(s) == "" {
		return s
	}
	var b strings.Builder
	rest := s
	for {
		open := strings.Index(rest, "{{")
		if open < 0 {
			b.WriteString(accented.Replace(rest))
			break
		}
		end := strings.Index(rest[open:], "}}")
		if end < 0 {
			b.WriteString(accented.Replace(rest))
			break
		}
		b.WriteString(accented.Replace(rest[:open]))
		b.WriteString(rest[open : open+end+2])
		rest = rest[open+end+2:]
	}
	extra := int(math.Ceil(0.4 * float64(utf8.RuneCountInString(s))))
	pad := []rune(strings.Repeat(pseudoPadding, extra/utf8.RuneCountInString(pseudoPadding)+1))
	b.WriteString(" ")
	b.WriteString(strings.TrimSpace(string(pad[:max(extra-1, 1)])))
	return b.String()
}

// pseudoFile lengthens every message of a go-i18n JSON file: plain strings and the
// plural forms ("one", "other") of object messages.
func pseudoFile(data []byte) ([]byte, error) {
	var raw map[string]any
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	for k, v := range raw {
		switch m := v.(type) {
		case string:
			raw[k] = Pseudo(m)
		case map[string]any:
			for form, text := range m {
				if s, ok := text.(string); ok && form != "description" && form != "hash" {
					m[form] = Pseudo(s)
				}
			}
		}
	}
	return json.Marshal(raw)
}
