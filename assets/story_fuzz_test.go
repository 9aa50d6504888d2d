package assets

import (
	"fmt"
	"io/fs"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
	"unicode/utf8"
)

// storyError is the shape of every beat error: the file, a line, then the reason.
var storyError = regexp.MustCompile(`^(s/0[12]-[a-z]+\.md):([0-9]+): \S`)

// FuzzStoryBeats feeds any bytes to the story loader as the second beat of a story
// whose first beat is the real first beat: it must either refuse with an error naming the
// file and a line of it, or give a beat whose every field is valid.
func FuzzStoryBeats(f *testing.F) {
	// Seeds: every real beat in every language, and edge cases of each front-matter key.
	real, err := fs.Glob(Files(), "content/*/story/*.md")
	if err != nil || len(real) < 15 {
		f.Fatalf("story files: %v, %v", real, err)
	}
	for _, name := range real {
		data, err := fs.ReadFile(Files(), name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, c := range []struct{ from, to string }{
		{"", ""},
		{"\n", "\r\n"},
		{"integrity: 100", "integrity: 1e-400"},
		{"integrity: 100", "integrity: 0x1p6"},
		{"integrity: 100", "integrity: NaN"},
		{"stress: 0", "stress: -0"},
		{"at: 2h", "at: 30d"},
		{"at: 2h", "at: 29d2562047h"},
		{"at: 2h", "at: 1d-2h"},
		{"at: 2h", "at: 0.5d+1h"},
		{"at: 2h", "at: 99999999999999999999d"},
		{"links: L1", "links: L1, L1"},
		{"links: L1", "links: L1,,L2"},
		{"refs: france2017", "refs: france2017, nobody2099"},
		{"title: The barrier", "title: \xff\xfe"},
		{"title: The barrier", "title:: colon"},
		{"---\n", "\xef\xbb\xbf---\n"},
		{"The gut lining is one cell thick.\n", "\n\n \t\n"},
		{"The gut lining is one cell thick.\n", "One. Two! Three? “Four.”"},
		{"The gut lining is one cell thick.\n", "| a | b |"},
		{"The gut lining is one cell thick.\n", "---\n---\n"},
		{"The gut lining is one cell thick.\n", "Text\x00with NUL."},
		{"select: junctions", "select: "},
	} {
		f.Add([]byte(strings.Replace(goodBeat, c.from, c.to, 1)))
	}
	f.Add([]byte("---"))
	f.Add([]byte("---\n---"))
	f.Add([]byte("\n"))

	first, err := fs.ReadFile(Files(), "content/en/story/01-healthy-barrier.md")
	if err != nil {
		f.Fatal(err)
	}
	refs, err := References("en")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		story := fstest.MapFS{
			"s/01-first.md":  &fstest.MapFile{Data: first},
			"s/02-fuzzed.md": &fstest.MapFile{Data: data},
		}
		beats, err := parseStory(story, "s", refs)
		if err != nil {
			checkStoryError(t, data, err)
			return
		}
		if len(beats) != 2 {
			t.Fatalf("%d beats from two files", len(beats))
		}
		b := beats[1]
		if b.Number != 2 || b.ID != "fuzzed" || b.At < beats[0].At {
			t.Fatalf("beat 2 numbered %d, id %q, at %s before beat 1's %s", b.Number, b.ID, b.At, beats[0].At)
		}
		checkBeat(t, refs, b)
	})
}

// checkStoryError fails unless err names the fuzzed file and one of its lines.
func checkStoryError(t *testing.T, data []byte, err error) {
	t.Helper()
	msg := err.Error()
	m := storyError.FindStringSubmatch(msg)
	if m == nil || m[1] != "s/02-fuzzed.md" {
		t.Fatalf("error %q does not start with the fuzzed file and a line", msg)
	}
	lines := len(splitLines(data))
	if n, _ := strconv.Atoi(m[2]); n < 1 || n > lines {
		t.Fatalf("error %q names line %s of a %d-line file", msg, m[2], lines)
	}
	if strings.ContainsRune(msg, 0) {
		t.Fatalf("error %q holds a NUL character", msg)
	}
}

// checkBeat fails unless every field of an accepted beat is valid.
func checkBeat(t *testing.T, refs []Reference, b Beat) {
	t.Helper()
	bad := func(what string, v any) { t.Fatalf("beat accepted with %s = %q", what, fmt.Sprint(v)) }
	for what, s := range map[string]string{"title": b.Title, "narration": b.Narration, "select": b.Select} {
		if strings.TrimSpace(s) == "" || !utf8.ValidString(s) ||
			strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) && r != '\t' && r != '\n' }) {
			bad(what, s)
		}
	}
	if !b.Evidence.valid() {
		bad("evidence", b.Evidence)
	}
	if len(b.Links) == 0 && b.Evidence != EvidenceEstablished {
		bad("links", b.Links)
	}
	for i, l := range b.Links {
		if !linkPattern.MatchString(l) || slices.Contains(b.Links[:i], l) {
			bad("links", b.Links)
		}
	}
	if len(b.Refs) == 0 {
		bad("refs", b.Refs)
	}
	for _, r := range b.Refs {
		if !slices.ContainsFunc(refs, func(ref Reference) bool { return ref.ID == r }) {
			bad("refs", b.Refs)
		}
	}
	for what, v := range map[string]float64{"integrity": b.Integrity, "stress": b.Stress} {
		if math.IsNaN(v) || !(v >= 0 && v <= 1) {
			bad(what, v)
		}
	}
	if b.At < 0 || b.At > MaxStoryTime {
		bad("at", b.At)
	}
	if !slices.Contains(PanelIDs(), b.Select) {
		bad("select", b.Select)
	}
	words := strings.Fields(b.Narration)
	if len(words) > maxNarrationWords {
		bad("narration words", len(words))
	}
	sentences := 0
	for _, w := range words {
		if endsSentence(w) {
			sentences++
		}
	}
	if sentences > maxNarrationSentences {
		bad("narration sentences", sentences)
	}
	for l := range strings.SplitSeq(b.Narration, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "#") || checkMarkdown(l) != nil {
			bad("narration line", l)
		}
	}
}
