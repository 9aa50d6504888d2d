package assets

import (
	"io/fs"
	"strings"
	"testing"
	"unicode/utf8"
)

// The app is built with Fyne's no_emoji tag (Makefile), which leaves out the emoji font
// to save memory: any emoji or pictograph in the content or the translations would show
// as an empty box. Arrows (→) are in the text font and stay allowed.
func TestNoEmojiInContentOrTranslations(t *testing.T) {
	err := fs.WalkDir(Files(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(Files(), path)
		if err != nil {
			return err
		}
		for line, text := range strings.Split(string(data), "\n") {
			for _, r := range text {
				if isPictograph(r) {
					t.Errorf("%s:%d: %q (U+%04X) needs the emoji font, which the build leaves out", path, line+1, r, r)
				}
			}
		}
		if !utf8.Valid(data) {
			t.Errorf("%s is not UTF-8", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func isPictograph(r rune) bool {
	return (r >= 0x2600 && r <= 0x27BF) || // miscellaneous symbols, dingbats
		(r >= 0x2B00 && r <= 0x2BFF) || // arrows and symbols that fonts draw as emoji
		(r >= 0x1F000 && r <= 0x1FAFF) || // emoji, pictographs, flags
		r == 0xFE0F // emoji presentation selector
}
