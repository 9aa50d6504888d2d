package assets

// Story loader: the narrated walk through the gut–brain chain that story mode, lecture
// mode and the kiosk loop step through, beat by beat. Each beat is one file
// content/<lang>/story/NN-slug.md: front matter (what the picture shows: model inputs,
// simulated time and the highlighted part) and a short narration read aloud.
//
// Like the panels, the story is parsed on first request and cached per language. A
// language falls back to English as a whole story, never file by file, so the beats
// of one story always come from one language.

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Beat is one step of the story. Its model inputs hold from the previous beat's At to its
// own At, so a beat's picture is: a fresh model, then each beat up to this one in turn
// (set its inputs, advance to its At). Inputs therefore persist as history.
type Beat struct {
	Number    int    // 1-based position, from the file name's NN
	ID, Title string // ID is the file name's slug, e.g. "healthy-barrier"
	Evidence  Evidence
	Links     []string // SCIENCE.md section D link ids, "L1".."L18"
	Refs      []string // reference keys (see References)
	// Model inputs while the story runs up to this beat: barrier integrity and stress,
	// 0..1 (the files give per cent), and whether the probiotic is given.
	Integrity, Stress float64
	Probiotic         bool
	// At is the simulated time since the story's start at which the beat is shown;
	// it never decreases along the story and is at most MaxStoryTime.
	At time.Duration
	// Select is the panel id (see PanelIDs) whose part, route, particle or topic the
	// beat highlights and explains.
	Select string
	// Narration is the markdown text to read aloud: one to three short sentences.
	Narration string
}

const (
	// MaxStoryTime is the latest simulated time a beat may have (30 days).
	MaxStoryTime = 30 * 24 * time.Hour
	// maxNarrationWords and maxNarrationSentences keep a beat readable from the back
	// row and aloud in a breath or two (aim for about 45 words).
	maxNarrationWords     = 60
	maxNarrationSentences = 3
)

var storyCache = map[string][]Beat{}

// Story returns the beats of the story in language lng, in order. A language without its
// own story folder falls back to English. A malformed beat is an error naming its file
// and line.
func Story(lng string) ([]Beat, error) {
	b, err := cached(storyCache, langKey(lng), func() ([]Beat, error) {
		refs, err := References(lng)
		if err != nil {
			return nil, err
		}
		dir, err := storyDir(lng)
		if err != nil {
			return nil, err
		}
		return parseStory(files, dir, refs)
	})
	if err != nil {
		return nil, err
	}
	return cloneBeats(b), nil
}

// storyDir returns the first story folder that exists among lng's candidate languages.
func storyDir(lng string) (string, error) {
	for _, l := range langCandidates(lng) {
		dir := "content/" + l + "/story"
		_, err := fs.Stat(files, dir)
		if err == nil {
			return dir, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
	}
	return "", fmt.Errorf("story folder not found for language %q or %q", lng, fallbackLang)
}

func cloneBeats(b []Beat) []Beat {
	out := slices.Clone(b)
	for i := range out {
		out[i].Links, out[i].Refs = slices.Clone(out[i].Links), slices.Clone(out[i].Refs)
	}
	return out
}

var beatFileName = regexp.MustCompile(`^([0-9]{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$`)

// parseStory parses every beat file in dir, checks the numbering, that At never
// decreases and that every ref is one of refs.
func parseStory(fsys fs.FS, dir string, refs []Reference) ([]Beat, error) {
	entries, err := fs.ReadDir(fsys, dir) // sorted by name, hence by NN
	if err != nil {
		return nil, err
	}
	var beats []Beat
	var prev string // file of the previous beat, for the At message
	for _, e := range entries {
		name := dir + "/" + e.Name()
		m := beatFileName.FindStringSubmatch(e.Name())
		if e.IsDir() || m == nil {
			return nil, fmt.Errorf("%s: a story file must be named NN-slug.md (e.g. 01-healthy-barrier.md)", name)
		}
		if n, _ := strconv.Atoi(m[1]); n != len(beats)+1 {
			return nil, fmt.Errorf("%s: beat number %s out of sequence; expected %02d (numbers run 01, 02, … without gaps or repeats)", name, m[1], len(beats)+1)
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		bf, err := parseBeat(name, data)
		if err != nil {
			return nil, err
		}
		bf.Number, bf.ID = len(beats)+1, m[2]
		for _, r := range bf.Refs {
			if !slices.ContainsFunc(refs, func(ref Reference) bool { return ref.ID == r }) {
				return nil, fmt.Errorf("%s:%d: reference %q is not in references.md", name, bf.refsLine, r)
			}
		}
		if len(beats) > 0 && bf.At < beats[len(beats)-1].At {
			return nil, fmt.Errorf("%s:%d: at %s is earlier than %s in %s; at must never decrease along the story",
				name, bf.atLine, bf.At, beats[len(beats)-1].At, prev)
		}
		beats, prev = append(beats, bf.Beat), name
	}
	if len(beats) == 0 {
		return nil, fmt.Errorf("%s: no beats", dir)
	}
	return beats, nil
}

// beatFile is a parsed beat with the lines that cross-file checks report.
type beatFile struct {
	Beat
	refsLine, atLine int
}

var beatKeys = []string{"title", "evidence", "links", "refs", "integrity", "stress", "probiotic", "at", "select"}

// parseBeat parses one beat file: front matter with every key of beatKeys, then the
// narration. Number and ID come from the file name and are set by the caller.
func parseBeat(name string, data []byte) (*beatFile, error) {
	fail := func(line int, format string, a ...any) (*beatFile, error) {
		return nil, fmt.Errorf("%s:%d: %s", name, line, fmt.Sprintf(format, a...))
	}
	lines := splitLines(data)
	for i, l := range lines { // before the front matter, whose values reach the screen too
		if err := checkText(l); err != nil {
			return fail(i+1, "%v", err)
		}
	}
	fm, err := readFrontMatter(name, lines, beatKeys)
	if err != nil {
		return nil, err
	}
	bf := &beatFile{refsLine: fm.line["refs"], atLine: fm.line["at"]}
	b := &bf.Beat
	for _, k := range beatKeys { // in a fixed order, so the first error is stable
		n, v := fm.line[k], fm.value[k]
		var err error
		switch k {
		case "title":
			if b.Title = v; v == "" {
				err = errors.New("empty")
			}
		case "evidence":
			if b.Evidence = Evidence(v); !b.Evidence.valid() {
				err = fmt.Errorf("%q is not one of %v", v, evidences)
			}
		case "links":
			b.Links, err = splitList(v, linkPattern, "link id (L1..L18)")
			if err == nil && len(b.Links) == 0 && b.Evidence != EvidenceEstablished {
				err = fmt.Errorf("links may be empty only when evidence is %q", EvidenceEstablished)
			}
		case "refs":
			b.Refs, err = splitList(v, keyPattern, "reference key")
			if err == nil && len(b.Refs) == 0 {
				err = errors.New("at least one reference is needed")
			}
		case "integrity":
			b.Integrity, err = parsePercent(v)
		case "stress":
			b.Stress, err = parsePercent(v)
		case "probiotic":
			switch v {
			case "true", "false":
				b.Probiotic = v == "true"
			default:
				err = fmt.Errorf("%q is not true or false", v)
			}
		case "at":
			b.At, err = parseStoryTime(v)
		case "select":
			if b.Select = v; !slices.Contains(PanelIDs(), v) {
				err = fmt.Errorf("%q is not a panel id (one of %s)", v, strings.Join(PanelIDs(), ", "))
			}
		}
		if err != nil {
			return fail(n, "%s: %v", k, err)
		}
	}

	var body []string
	words, sentences := 0, 0
	for i := fm.end; i < len(lines); i++ {
		n, l := i+1, lines[i]
		if err := checkMarkdown(l); err != nil {
			return fail(n, "%v", err)
		}
		if strings.HasPrefix(strings.TrimSpace(l), "#") {
			return fail(n, "headings are not allowed in a narration")
		}
		for _, w := range strings.Fields(l) {
			if words++; words > maxNarrationWords {
				return fail(n, "too many words: the narration has more than %d (aim for about 45, read aloud)", maxNarrationWords)
			}
			if endsSentence(w) {
				if sentences++; sentences > maxNarrationSentences {
					return fail(n, "too many sentences: the narration has more than %d", maxNarrationSentences)
				}
			}
		}
		body = append(body, l)
	}
	b.Narration = strings.TrimSpace(strings.Join(body, "\n"))
	if b.Narration == "" {
		return fail(len(lines), "empty narration: write 1 to %d short sentences after the front matter", maxNarrationSentences)
	}
	return bf, nil
}

// endsSentence reports whether a word ends a sentence: its last letter-like character,
// ignoring closing quotes, brackets and emphasis marks, is '.', '!' or '?'.
func endsSentence(w string) bool {
	w = strings.TrimRight(w, `"'”’)]*_`)
	return strings.HasSuffix(w, ".") || strings.HasSuffix(w, "!") || strings.HasSuffix(w, "?")
}

// parsePercent parses a per-cent value 0..100 and returns it as 0..1.
func parsePercent(v string) (float64, error) {
	x, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
		return 0, fmt.Errorf("%q is not a number (want per cent, 0 to 100)", v)
	}
	if x < 0 || x > 100 {
		return 0, fmt.Errorf("%v is out of range 0 to 100", x)
	}
	return x / 100, nil
}

var daysPrefix = regexp.MustCompile(`^([0-9]+(?:\.[0-9]+)?)d(.*)$`)

// parseStoryTime parses a simulated time: a Go duration ("90m", "12h") or days with an
// optional Go duration after them ("3d", "1.5d", "10d2h"); 0 to MaxStoryTime.
func parseStoryTime(v string) (time.Duration, error) {
	bad := fmt.Errorf("%q is not a duration (e.g. 0h, 90m, 12h, 3d, 10d2h)", v)
	var d time.Duration
	if m := daysPrefix.FindStringSubmatch(v); m != nil {
		days, err := strconv.ParseFloat(m[1], 64)
		if err != nil || days > MaxStoryTime.Hours()/24 {
			return 0, fmt.Errorf("%s is out of range 0 to %s", v, fmtDays(MaxStoryTime))
		}
		d = time.Duration(math.Round(days * float64(24*time.Hour)))
		if m[2] != "" {
			rest, err := time.ParseDuration(m[2])
			if err != nil || strings.HasPrefix(m[2], "-") || strings.HasPrefix(m[2], "+") {
				return 0, bad
			}
			d += rest
		}
	} else {
		var err error
		if d, err = time.ParseDuration(v); err != nil {
			return 0, bad
		}
	}
	if d < 0 || d > MaxStoryTime {
		return 0, fmt.Errorf("%s is out of range 0 to %s", v, fmtDays(MaxStoryTime))
	}
	return d, nil
}

func fmtDays(d time.Duration) string { return strconv.Itoa(int(d/(24*time.Hour))) + "d" }
