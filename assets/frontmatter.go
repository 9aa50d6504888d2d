package assets

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// frontMatter is a parsed front-matter block: each key's value and line number, and the
// index of the first line after the closing "---".
type frontMatter struct {
	value map[string]string
	line  map[string]int
	end   int
}

// readFrontMatter reads the "key: value" lines between two "---" lines at the top of a
// content file. Every key must be one of keys, appear once, and be present. Errors name
// the file and line.
func readFrontMatter(name string, lines []string, keys []string) (frontMatter, error) {
	fail := func(line int, format string, a ...any) (frontMatter, error) {
		return frontMatter{}, fmt.Errorf("%s:%d: %s", name, line, fmt.Sprintf(format, a...))
	}
	fm := frontMatter{value: map[string]string{}, line: map[string]int{}}
	if len(lines) == 0 || lines[0] != frontDelim {
		return fail(1, "expected %q to open the front matter", frontDelim)
	}
	i := 1
	for ; i < len(lines) && lines[i] != frontDelim; i++ {
		n := i + 1
		k, v, ok := strings.Cut(lines[i], ":")
		if !ok {
			return fail(n, "expected \"key: value\" in front matter, got %q (is the closing %q missing?)", lines[i], frontDelim)
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if !slices.Contains(keys, k) {
			return fail(n, "unknown front matter key %q (want %s)", k, strings.Join(keys, ", "))
		}
		if prev, dup := fm.line[k]; dup {
			return fail(n, "front matter key %q repeated (first on line %d)", k, prev)
		}
		fm.value[k], fm.line[k] = v, n
	}
	if i == len(lines) {
		return fail(len(lines), "front matter is not closed with %q", frontDelim)
	}
	for _, k := range keys {
		if _, ok := fm.line[k]; !ok {
			return fail(i+1, "front matter key %q missing", k)
		}
	}
	fm.end = i + 1
	return fm, nil
}

// checkText rejects a line that is not plain UTF-8 text: invalid bytes or a control
// character other than tab would reach the screen as boxes or nothing at all, and are
// almost always a stray from copying and pasting.
func checkText(line string) error {
	if !utf8.ValidString(line) {
		return errors.New("not UTF-8 text; save the file as UTF-8")
	}
	for _, r := range line {
		if unicode.IsControl(r) && r != '\t' {
			return fmt.Errorf("control character %U is not allowed; remove it", r)
		}
	}
	return nil
}
