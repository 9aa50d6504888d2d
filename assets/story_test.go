package assets

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"math"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"fyne.io/fyne/v2/lang"

	"gutbrain/physiology"
)

func loadStory(t *testing.T) []Beat {
	t.Helper()
	setup(t)
	beats, err := Story("en")
	if err != nil {
		t.Fatalf("Story(en): %v", err)
	}
	return beats
}

func TestStoryParsesAndIsWellFormed(t *testing.T) {
	beats := loadStory(t)
	if len(beats) < 12 || len(beats) > 16 {
		t.Errorf("the story has %d beats, want 12 to 16", len(beats))
	}
	refs, err := References("en")
	if err != nil {
		t.Fatal(err)
	}
	// The beats are exactly the files of the folder, in file-name order.
	entries, err := fs.ReadDir(Files(), "content/en/story")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(beats) {
		t.Errorf("%d story files but %d beats", len(entries), len(beats))
	}
	ids := map[string]bool{}
	for i, b := range beats {
		where := fmt.Sprintf("beat %d (%s)", i+1, b.ID)
		if b.Number != i+1 {
			t.Errorf("%s: Number = %d, want %d", where, b.Number, i+1)
		}
		if i < len(entries) && entries[i].Name() != fmt.Sprintf("%02d-%s.md", b.Number, b.ID) {
			t.Errorf("%s: comes from file %s", where, entries[i].Name())
		}
		if b.ID == "" || ids[b.ID] {
			t.Errorf("%s: empty or repeated id", where)
		}
		ids[b.ID] = true
		if b.Title == "" {
			t.Errorf("%s: empty title", where)
		}
		if !b.Evidence.valid() {
			t.Errorf("%s: evidence %q is not a valid label", where, b.Evidence)
		}
		for _, l := range b.Links {
			if !linkPattern.MatchString(l) {
				t.Errorf("%s: link %q is not L1..L18", where, l)
			}
		}
		if len(b.Links) == 0 && b.Evidence != EvidenceEstablished {
			t.Errorf("%s: no links, but evidence %q is not established", where, b.Evidence)
		}
		if len(b.Refs) == 0 {
			t.Errorf("%s: no refs", where)
		}
		for _, r := range b.Refs {
			if !slices.ContainsFunc(refs, func(x Reference) bool { return x.ID == r }) {
				t.Errorf("%s: ref %q is not in references.md", where, r)
			}
		}
		if !slices.Contains(PanelIDs(), b.Select) {
			t.Errorf("%s: select %q is not a panel id", where, b.Select)
		}
		if b.Integrity < 0 || b.Integrity > 1 || b.Stress < 0 || b.Stress > 1 {
			t.Errorf("%s: integrity %v or stress %v outside 0..1", where, b.Integrity, b.Stress)
		}
		if b.At < 0 || b.At > MaxStoryTime {
			t.Errorf("%s: at %s outside 0..%s", where, b.At, MaxStoryTime)
		}
		if i > 0 && b.At < beats[i-1].At {
			t.Errorf("%s: at %s is earlier than the previous beat's %s", where, b.At, beats[i-1].At)
		}
		// Counted independently of the loader: words, and sentences with the
		// never-list checks' own splitter (one line per narration).
		if n := len(strings.Fields(b.Narration)); n == 0 || n > 60 {
			t.Errorf("%s: narration has %d words, want 1 to 60 (about 45 reads well aloud)", where, n)
		}
		if n := len(sentences(strings.Join(strings.Fields(b.Narration), " "))); n < 1 || n > 3 {
			t.Errorf("%s: narration has %d sentences, want 1 to 3", where, n)
		}
		for _, s := range []string{"{", "#", "×"} {
			if strings.Contains(b.Narration, s) {
				t.Errorf("%s: narration contains %q", where, s)
			}
		}
	}
}

// neverHits lists the never-list items (the before-stop hook's regex, line by line,
// and the stricter per-sentence patterns of content_science_test.go) that text hits.
func neverHits(text string) []string {
	var hits []string
	for _, l := range strings.Split(text, "\n") {
		if hookPattern.MatchString(l) && !hookNegation.MatchString(l) {
			hits = append(hits, fmt.Sprintf("before-stop hook: %q", l))
		}
	}
	for _, s := range sentences(text) {
		for _, n := range neverList {
			if n.pattern.MatchString(s) && !(n.allowNegated && negation.MatchString(s)) {
				hits = append(hits, fmt.Sprintf("%s: %q", n.what, strings.TrimSpace(s)))
			}
		}
	}
	return hits
}

func TestStoryAvoidsTheNeverList(t *testing.T) {
	for _, b := range loadStory(t) {
		for _, h := range neverHits(b.Title + ".\n" + b.Narration) {
			t.Errorf("beat %d (%s): %s", b.Number, b.ID, h)
		}
	}
	// The raw files and the story's translations too, front matter included.
	names := []string{"lang/story.en.json"}
	entries, _ := fs.ReadDir(Files(), "content/en/story")
	for _, e := range entries {
		names = append(names, "content/en/story/"+e.Name())
	}
	for _, name := range names {
		for _, h := range neverHits(readFile(t, name)) {
			t.Errorf("%s: %s", name, h)
		}
	}
	// The check can fail: a beat saying what must never be said is caught.
	bad := "Serotonin made in the gut reaches the brain and lifts mood." // never
	if len(neverHits(bad)) == 0 {
		t.Errorf("neverHits misses %q", bad)
	}
}

// storyTopics is the order the story must follow, after the article (SCIENCE.md "How to
// use this file"): each beat's select must belong to the current topic or a later one,
// every topic needs a beat, and each pattern in must is matched by the title or
// narration of one of the topic's beats.
var storyTopics = []struct {
	name    string
	selects []string
	must    []string
}{
	{"the healthy barrier and tight junctions", []string{"lumen", "epithelium", "junctions", "lamina"}, []string{`(?i)tight junction`, `(?i)single layer|one cell`}},
	{"zonulin opens junctions", []string{"zonulin", "junctions"}, []string{`(?i)zonulin`}},
	{"the barrier compromised, LPS crosses", []string{"leaky-gut", "junctions", "epithelium", "lps", "blood"}, []string{`\bLPS\b`, `(?i)cannot`}},
	{"immune alarm: cytokines rise", []string{"cytokines", "immune", "lamina"}, []string{`(?i)cytokine`}},
	{"how immune signals reach the brain", []string{"bbb", "cvo", "endothelium", "immune"}, []string{`(?i)border|barrier`}},
	{"the neural route", []string{"neural", "brainstem"}, []string{`(?i)vagus`}},
	{"the humoral route", []string{"humoral", "serotonin", "acetate", "tryptophan", "blood"}, []string{`(?i)serotonin[^.]*cannot`, `(?i)acetate`, `(?i)tryptophan`}},
	{"tryptophan diverted to kynurenine", []string{"kynurenine", "tryptophan"}, []string{`(?i)kynurenine`}},
	{"what this may mean for the brain", []string{"neurons", "microglia", "brainstem"}, []string{`(?i)brain`, `(?i)not known|unknown|hypothesis`}},
	{"what human studies show", []string{"research"}, []string{`(?i)not proof|not a cause|link`}},
	{"stress works both ways", []string{"stress", "hpa"}, []string{`(?i)stress`}},
	{"probiotics in animals, small effects in people", []string{"probiotics"}, []string{`(?i)mice|rats|animals`, `(?i)small`}},
	{"what is still unknown", []string{"unknowns"}, []string{`(?i)hypothesis`}},
}

func TestStoryFollowsTheChain(t *testing.T) {
	beats := loadStory(t)
	topic := 0
	text := map[int][]string{} // topic → titles and narrations of its beats
	for _, b := range beats {
		j := topic
		for j < len(storyTopics) && !slices.Contains(storyTopics[j].selects, b.Select) {
			j++
		}
		if j == len(storyTopics) {
			t.Errorf("beat %d (%s, select %s) is out of order: it belongs to no topic from %q on",
				b.Number, b.ID, b.Select, storyTopics[topic].name)
			continue
		}
		topic = j
		text[j] = append(text[j], b.Title+"\n"+b.Narration)
	}
	for j, tp := range storyTopics {
		if len(text[j]) == 0 {
			t.Errorf("no beat covers %q (select one of %v), in its place in the order", tp.name, tp.selects)
			continue
		}
		for _, m := range tp.must {
			re := regexp.MustCompile(m)
			if !slices.ContainsFunc(text[j], re.MatchString) {
				t.Errorf("the beats about %q never match %s", tp.name, m)
			}
		}
	}
	if beats[0].Integrity != 1 || beats[0].Stress != 0 || beats[0].Probiotic {
		t.Error("the story should open on a healthy, unstressed gut")
	}
}

// playStory replays the beats on a fresh model, as story mode does, and returns the
// state at each beat.
func playStory(beats []Beat, probiotic func(Beat) bool) []physiology.State {
	m := physiology.New()
	var out []physiology.State
	for _, b := range beats {
		m.SetInputs(physiology.Inputs{Integrity: b.Integrity, Stress: b.Stress, Probiotic: probiotic(b)})
		m.Advance(b.At.Hours() - m.State().Hours)
		out = append(out, m.State())
	}
	return out
}

// The model's picture at each beat shows what the narration says, on the time scales of
// SCIENCE.md B.1. Thresholds are loose (the parameters are illustrative): they check
// directions and time scales, not values.
func TestStoryPictureMatchesNarration(t *testing.T) {
	beats := loadStory(t)
	states := playStory(beats, func(b Beat) bool { return b.Probiotic })
	bySelect := map[string]int{}
	for i, b := range beats {
		if _, ok := bySelect[b.Select]; !ok {
			bySelect[b.Select] = i
		}
		if got := states[i].Hours; math.Abs(got-b.At.Hours()) > 1.0/60 {
			t.Errorf("beat %d: model at %.2f h, want %s", b.Number, got, b.At)
		}
	}
	beat := func(sel string) (int, physiology.State) {
		i, ok := bySelect[sel]
		if !ok {
			t.Fatalf("no beat selects %q", sel)
		}
		return i, states[i]
	}
	// Compromise starts when the first beat with a compromised barrier begins, i.e. at
	// the previous beat's time.
	start := time.Duration(-1)
	for i, b := range beats {
		if b.Integrity <= 0.5 && i > 0 {
			start = beats[i-1].At
			break
		}
	}
	if start < 0 {
		t.Fatal("no beat after the first compromises the barrier")
	}

	if s := states[0]; math.Abs(s.Permeability-1) > 0.05 || math.Abs(s.Cytokines-1) > 0.05 {
		t.Errorf("beat 1 should show the healthy baseline: %+v", s)
	}
	if i, s := beat("zonulin"); beats[i].Integrity > 0.5 || s.Zonulin < 1.5 || s.Permeability <= states[0].Permeability {
		t.Errorf("zonulin beat: the barrier should be opening (integrity %v, zonulin %.2f, permeability %.2f)",
			beats[i].Integrity, s.Zonulin, s.Permeability)
	}
	if _, s := beat("leaky-gut"); s.Permeability < 1.8 {
		t.Errorf("leaky-gut beat: permeability %.2f, want it clearly raised (about double)", s.Permeability)
	}
	if _, s := beat("lps"); s.LPS < 1.8 {
		t.Errorf("lps beat: LPS %.2f, want it clearly raised", s.LPS)
	}
	i, s := beat("cytokines")
	if s.Cytokines < 2 {
		t.Errorf("cytokines beat: cytokines %.2f, want them clearly raised", s.Cytokines)
	}
	if d := beats[i].At - start; d < 2*time.Hour || d > 12*time.Hour {
		t.Errorf("cytokines beat: %s after the barrier was compromised, want 2–12 h (B.1)", d)
	}
	if s.KynTrp > 1.2 {
		t.Errorf("cytokines beat: kynurenine:tryptophan already %.2f; the shift takes days", s.KynTrp)
	}
	if _, s := beat("neural"); s.Vagal < 1.2 {
		t.Errorf("neural beat: vagal signalling %.2f, want it raised by the inflammation", s.Vagal)
	}
	i, s = beat("kynurenine")
	if beats[i].At < 3*24*time.Hour || s.KynTrp < 1.5 {
		t.Errorf("kynurenine beat at %s: kynurenine:tryptophan %.2f, want a clear shift after ≥ 3 days", beats[i].At, s.KynTrp)
	}
	i, s = beat("stress")
	if beats[i].Integrity != 1 || beats[i].Stress < 0.5 || beats[i].Probiotic {
		t.Errorf("stress beat: want an intact barrier, high stress, no probiotic; got %+v", beats[i])
	}
	if s.Damage > 0.2 || s.Permeability < 1.5 || s.Cortisol < 1.5 {
		t.Errorf("stress beat: want a healed lining made more permeable by stress alone, got damage %.2f, permeability %.2f, cortisol %.2f",
			s.Damage, s.Permeability, s.Cortisol)
	}
	i, s = beat("probiotics")
	if !beats[i].Probiotic || beats[i].Stress < 0.5 {
		t.Errorf("probiotics beat: want the probiotic on under the same stress, got %+v", beats[i])
	}
	// Against the same story without the probiotic: less permeability and cortisol.
	without := playStory(beats, func(Beat) bool { return false })[i]
	if s.Permeability >= without.Permeability || s.Cortisol >= without.Cortisol {
		t.Errorf("probiotics beat: permeability %.2f and cortisol %.2f, want both below %.2f and %.2f without it",
			s.Permeability, s.Cortisol, without.Permeability, without.Cortisol)
	}
}

// A beat that parses, for the error cases below; line numbers are those of this text.
const goodBeat = "---\n" + // 1
	"title: The barrier\n" + // 2
	"evidence: established\n" + // 3
	"links: L1\n" + // 4
	"refs: france2017\n" + // 5
	"integrity: 100\n" + // 6
	"stress: 0\n" + // 7
	"probiotic: false\n" + // 8
	"at: 2h\n" + // 9
	"select: junctions\n" + // 10
	"---\n" + // 11
	"The gut lining is one cell thick.\n" // 12

func TestStoryParseErrorsNameFileAndLine(t *testing.T) {
	const name = "content/en/story/01-x.md"
	bf, err := parseBeat(name, []byte(goodBeat))
	if err != nil {
		t.Fatalf("good beat: %v", err)
	}
	if bf.Title != "The barrier" || bf.At != 2*time.Hour || bf.Integrity != 1 || bf.Select != "junctions" ||
		bf.Narration != "The gut lining is one cell thick." {
		t.Errorf("good beat parsed as %+v", bf.Beat)
	}
	long := strings.Repeat("word ", 61) + "end."
	cases := []struct{ name, from, to, want string }{
		{"unknown key", "select: junctions", "highlight: junctions", name + `:10: unknown front matter key "highlight"`},
		{"missing key", "stress: 0\n", "", name + `:10: front matter key "stress" missing`},
		{"repeated key", "stress: 0\n", "stress: 0\nstress: 5\n", name + `:8: front matter key "stress" repeated (first on line 7)`},
		{"bad number", "integrity: 100", "integrity: full", name + `:6: integrity: "full" is not a number`},
		{"out of range", "stress: 0", "stress: 120", name + `:7: stress: 120 is out of range 0 to 100`},
		{"negative", "integrity: 100", "integrity: -5", name + `:6: integrity: -5 is out of range`},
		{"bad bool", "probiotic: false", "probiotic: yes", name + `:8: probiotic: "yes" is not true or false`},
		{"bad time", "at: 2h", "at: soon", name + `:9: at: "soon" is not a duration`},
		{"too late", "at: 2h", "at: 31d", name + `:9: at: 31d is out of range 0 to 30d`},
		{"negative time", "at: 2h", "at: -2h", name + `:9: at: -2h is out of range`},
		{"unknown select", "select: junctions", "select: liver", name + `:10: select: "liver" is not a panel id`},
		{"bad evidence", "evidence: established", "evidence: proven", name + `:3: evidence: "proven" is not one of`},
		{"bad link", "links: L1", "links: L19", name + `:4: links: "L19" is not a valid link id`},
		{"no links", "evidence: established\nlinks: L1", "evidence: animal\nlinks:", name + `:4: links: links may be empty only when evidence is "established"`},
		{"no refs", "refs: france2017", "refs:", name + `:5: refs: at least one reference is needed`},
		{"empty title", "title: The barrier", "title:", name + `:2: title: empty`},
		{"empty narration", "The gut lining is one cell thick.\n", "\n", name + `:12: empty narration`},
		{"too many words", "The gut lining is one cell thick.", long, name + `:12: too many words`},
		{"too many sentences", "The gut lining is one cell thick.", "One.\nTwo.\nThree.\nFour.", name + `:15: too many sentences`},
		{"heading", "The gut lining", "## The gut lining", name + `:12: headings are not allowed`},
		{"html", "The gut lining", "<b>The</b> gut lining", name + `:12: HTML is not supported`},
		{"unclosed", "---\nThe gut", "The gut", name + `:11: expected "key: value" in front matter`},
		{"no front matter", "---\ntitle", "title", name + `:1: expected "---" to open the front matter`},
	}
	for _, c := range cases {
		src := strings.Replace(goodBeat, c.from, c.to, 1)
		if src == goodBeat {
			t.Fatalf("%s: case does not change the beat", c.name)
		}
		_, err := parseBeat(name, []byte(src))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error = %v, want it to contain %q", c.name, err, c.want)
		}
	}

	for _, at := range []struct {
		v    string
		want time.Duration
	}{{"0h", 0}, {"90m", 90 * time.Minute}, {"3d", 72 * time.Hour}, {"1.5d", 36 * time.Hour}, {"10d2h", 242 * time.Hour}, {"30d", MaxStoryTime}} {
		if d, err := parseStoryTime(at.v); err != nil || d != at.want {
			t.Errorf("parseStoryTime(%q) = %s, %v; want %s", at.v, d, err, at.want)
		}
	}
}

// Checks across files: order, numbering, file names, references.
func TestStoryErrorsAcrossFiles(t *testing.T) {
	refs := []Reference{{ID: "france2017", Citation: "France."}}
	beat := func(at, refs string) *fstest.MapFile {
		src := strings.Replace(strings.Replace(goodBeat, "at: 2h", "at: "+at, 1), "refs: france2017", "refs: "+refs, 1)
		return &fstest.MapFile{Data: []byte(src)}
	}
	cases := []struct {
		name  string
		files fstest.MapFS
		want  string
	}{
		{"at decreases", fstest.MapFS{"s/01-a.md": beat("3d", "france2017"), "s/02-b.md": beat("2h", "france2017")},
			`s/02-b.md:9: at 2h0m0s is earlier than 72h0m0s in s/01-a.md`},
		{"unknown ref", fstest.MapFS{"s/01-a.md": beat("2h", "france2017, nobody2099")},
			`s/01-a.md:5: reference "nobody2099" is not in references.md`},
		{"gap", fstest.MapFS{"s/01-a.md": beat("2h", "france2017"), "s/03-c.md": beat("3h", "france2017")},
			`s/03-c.md: beat number 03 out of sequence; expected 02`},
		{"repeat", fstest.MapFS{"s/01-a.md": beat("2h", "france2017"), "s/01-b.md": beat("3h", "france2017")},
			`s/01-b.md: beat number 01 out of sequence; expected 02`},
		{"bad name", fstest.MapFS{"s/01-a.md": beat("2h", "france2017"), "s/2-Beat.md": beat("3h", "france2017")},
			`s/2-Beat.md: a story file must be named NN-slug.md`},
		{"not markdown", fstest.MapFS{"s/01-a.txt": beat("2h", "france2017")}, `s/01-a.txt: a story file must be named`},
		{"stray file", fstest.MapFS{"s/.keep": &fstest.MapFile{}}, `s/.keep: a story file must be named`},
		{"no beats", fstest.MapFS{"s": &fstest.MapFile{Mode: fs.ModeDir}}, `s: no beats`},
	}
	for _, c := range cases {
		_, err := parseStory(c.files, "s", refs)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error = %v, want it to contain %q", c.name, err, c.want)
		}
	}
	good := fstest.MapFS{"s/01-a.md": beat("2h", "france2017"), "s/02-b-c.md": beat("2h", "france2017")}
	beats, err := parseStory(good, "s", refs)
	if err != nil || len(beats) != 2 || beats[1].Number != 2 || beats[1].ID != "b-c" {
		t.Errorf("good story: %+v, %v", beats, err)
	}
}

func TestStoryFallsBackToEnglishAndReturnsCopies(t *testing.T) {
	en := loadStory(t)
	for _, lng := range []string{"xx", "en-GB", "", "../.."} {
		b, err := Story(lng)
		if err != nil || len(b) != len(en) || b[0].Narration != en[0].Narration {
			t.Errorf("Story(%q) did not fall back to English: %v", lng, err)
		}
	}
	b, _ := Story("en")
	want := b[0].Refs[0]
	b[0].Refs[0], b[0].Title = "changed", "changed"
	if again, _ := Story("en"); again[0].Refs[0] != want || again[0].Title == "changed" {
		t.Error("changing the returned story changed the cache")
	}
}

func TestStoryLangKeys(t *testing.T) {
	setup(t)
	var m map[string]string
	if err := json.Unmarshal([]byte(readFile(t, "lang/story.en.json")), &m); err != nil {
		t.Fatalf("lang/story.en.json: %v", err)
	}
	for k, v := range m {
		if !strings.HasPrefix(k, "story.") || v == "" {
			t.Errorf("lang/story.en.json: key %q (%q) should start with \"story.\" and have text", k, v)
		}
	}
	// No other translation file may define the same keys (Fyne would keep only one).
	others, err := fs.Glob(Files(), "lang/*.en.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range others {
		if name == "lang/story.en.json" {
			continue
		}
		var o map[string]any
		if err := json.Unmarshal([]byte(readFile(t, name)), &o); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for k := range m {
			if _, dup := o[k]; dup {
				t.Errorf("key %q is defined in both lang/story.en.json and %s", k, name)
			}
		}
	}
	if got := lang.L("story.progress", map[string]any{"N": 3, "Total": 15}); got != "3 / 15" {
		t.Errorf(`lang.L("story.progress") = %q, want "3 / 15"`, got)
	}
}
