package assets

import (
	"encoding/json"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The panel ids the diagram and screens use; PanelIDs must list exactly these.
var wantPanelIDs = []string{
	// topics
	"overview", "zonulin", "leaky-gut", "research", "stress", "probiotics", "unknowns", "model",
	// diagram structures
	"lumen", "epithelium", "junctions", "lamina", "blood", "bbb", "cvo", "endothelium",
	"brainstem", "neurons", "microglia", "hpa",
	// routes
	"neural", "humoral", "immune",
	// particles
	"lps", "cytokines", "serotonin", "tryptophan", "kynurenine", "acetate",
}

func setup(t *testing.T) {
	t.Helper()
	if err := LoadTranslations(); err != nil {
		t.Fatalf("LoadTranslations: %v", err)
	}
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := fs.ReadFile(Files(), name)
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	return string(b)
}

// rawPanel is a panel file split by hand, independently of the loader's parser.
type rawPanel struct {
	front    map[string]string
	sections map[string][]string // heading → non-blank lines
	body     string              // everything after the front matter
}

func readRawPanel(t *testing.T, id string) rawPanel {
	t.Helper()
	text := readFile(t, "content/en/panels/"+id+".md")
	parts := strings.SplitN(text, "---\n", 3)
	if len(parts) != 3 || parts[0] != "" {
		t.Fatalf("%s: no front matter between --- lines", id)
	}
	rp := rawPanel{front: map[string]string{}, sections: map[string][]string{}, body: parts[2]}
	for _, l := range strings.Split(strings.TrimSpace(parts[1]), "\n") {
		k, v, _ := strings.Cut(l, ":")
		rp.front[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	sec := ""
	for _, l := range strings.Split(parts[2], "\n") {
		if h, ok := strings.CutPrefix(l, "## "); ok {
			sec = h
			continue
		}
		if strings.TrimSpace(l) != "" {
			rp.sections[sec] = append(rp.sections[sec], l)
		}
	}
	return rp
}

func list(v string) []string {
	var out []string
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func TestPanelIDsAreExactlyTheDiagramIDs(t *testing.T) {
	got := PanelIDs()
	if len(got) != len(wantPanelIDs) {
		t.Fatalf("PanelIDs has %d ids, want %d", len(got), len(wantPanelIDs))
	}
	a, b := slices.Clone(got), slices.Clone(wantPanelIDs)
	slices.Sort(a)
	slices.Sort(b)
	if !slices.Equal(a, b) {
		t.Fatalf("PanelIDs = %v\nwant the same set as %v", got, wantPanelIDs)
	}
	if got[0] != "overview" {
		t.Errorf("PanelIDs should start with the overview topic, starts with %q", got[0])
	}
	for _, id := range TopicIDs() {
		if !slices.Contains(got[:len(TopicIDs())], id) {
			t.Errorf("topic %q is not among the first (topic) ids of PanelIDs", id)
		}
	}
	// No orphan panel files.
	entries, err := fs.ReadDir(Files(), "content/en/panels")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		id := strings.TrimSuffix(e.Name(), ".md")
		if !slices.Contains(got, id) {
			t.Errorf("content/en/panels/%s has no id in PanelIDs", e.Name())
		}
	}
}

func TestEveryPanelLoads(t *testing.T) {
	setup(t)
	tagLeft := regexp.MustCompile(`\{[a-z-]*\}`)
	refs, err := References("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range PanelIDs() {
		p, err := LoadPanel("en", id)
		if err != nil {
			t.Errorf("LoadPanel(en, %s): %v", id, err)
			continue
		}
		if p.ID != id || p.Title == "" || !p.Evidence.valid() || len(p.Refs) == 0 {
			t.Errorf("%s: incomplete panel %+v", id, p)
		}
		if m := tagLeft.FindString(p.Markdown); m != "" {
			t.Errorf("%s: tag %s left in Markdown", id, m)
		}
		for _, h := range []string{"## What you see", "## What it means", "## Caveat", "## References"} {
			if !strings.Contains(p.Markdown, h+"\n") {
				t.Errorf("%s: Markdown lacks %q", id, h)
			}
		}
		// Every claim became an italic label: count them against the raw tags.
		rp := readRawPanel(t, id)
		claims := len(rp.sections["What it means"]) + len(rp.sections["Caveat"])
		labels := 0
		for _, e := range Evidences() {
			labels += strings.Count(p.Markdown, " *("+e.Label()+")*\n")
		}
		if labels != claims {
			t.Errorf("%s: %d labels in Markdown, want one per claim (%d)", id, labels, claims)
		}
		for _, r := range p.Refs {
			i := slices.IndexFunc(refs, func(x Reference) bool { return x.ID == r })
			if i < 0 || !strings.Contains(p.Markdown, "- "+refs[i].Citation+"\n") {
				t.Errorf("%s: citation of %q missing from the References section", id, r)
			}
		}
		if strings.Contains(p.Markdown, "{#") {
			t.Errorf("%s: a {#key} anchor leaked into Markdown", id)
		}
	}
}

var tagPattern = regexp.MustCompile(`\{([^{}]*)\}`)

func TestEveryClaimHasExactlyOneValidTag(t *testing.T) {
	for _, id := range PanelIDs() {
		rp := readRawPanel(t, id)
		for _, sec := range []string{"What it means", "Caveat"} {
			if len(rp.sections[sec]) == 0 {
				t.Errorf("%s: section %q is empty or missing", id, sec)
			}
			for _, l := range rp.sections[sec] {
				if !strings.HasPrefix(l, "- ") {
					t.Errorf("%s/%s: not a bullet: %q", id, sec, l)
				}
				tags := tagPattern.FindAllStringSubmatch(l, -1)
				if len(tags) != 1 {
					t.Errorf("%s/%s: %d tags, want exactly 1: %q", id, sec, len(tags), l)
					continue
				}
				if !Evidence(tags[0][1]).valid() {
					t.Errorf("%s/%s: invalid tag {%s}", id, sec, tags[0][1])
				}
				if !strings.HasSuffix(strings.TrimSpace(l), tags[0][0]) {
					t.Errorf("%s/%s: tag does not end the claim: %q", id, sec, l)
				}
			}
		}
		for _, l := range rp.sections["What you see"] {
			if tagPattern.MatchString(l) {
				t.Errorf("%s: tag in \"What you see\": %q", id, l)
			}
		}
		if !Evidence(rp.front["evidence"]).valid() {
			t.Errorf("%s: headline evidence %q is not a valid label", id, rp.front["evidence"])
		}
	}
}

func TestLinksAreL1toL18(t *testing.T) {
	link := regexp.MustCompile(`^L([1-9]|1[0-8])$`)
	for _, id := range PanelIDs() {
		rp := readRawPanel(t, id)
		links := list(rp.front["links"])
		for _, l := range links {
			if !link.MatchString(l) {
				t.Errorf("%s: link %q is not L1..L18", id, l)
			}
		}
		if len(links) == 0 && rp.front["evidence"] != string(EvidenceEstablished) {
			t.Errorf("%s: no links, but evidence %q is not established", id, rp.front["evidence"])
		}
	}
}

// anchors lists the {#key} anchors of a content file in order, found without the parser.
func anchors(t *testing.T, name string) []string {
	t.Helper()
	var keys []string
	for _, m := range regexp.MustCompile(`\{#([^}]*)\}`).FindAllStringSubmatch(readFile(t, name), -1) {
		keys = append(keys, m[1])
	}
	return keys
}

func TestRefsAndTermsExistAndAreUnique(t *testing.T) {
	refKeys := anchors(t, "content/en/references.md")
	termKeys := anchors(t, "content/en/glossary.md")
	for _, keys := range [][]string{refKeys, termKeys} {
		seen := map[string]bool{}
		for _, k := range keys {
			if seen[k] {
				t.Errorf("key {#%s} is defined twice", k)
			}
			seen[k] = true
		}
	}
	cited := map[string]bool{}
	for _, id := range PanelIDs() {
		rp := readRawPanel(t, id)
		if len(list(rp.front["refs"])) == 0 {
			t.Errorf("%s: no refs", id)
		}
		for _, r := range list(rp.front["refs"]) {
			cited[r] = true
			if !slices.Contains(refKeys, r) {
				t.Errorf("%s: ref %q is not in references.md", id, r)
			}
		}
		for _, term := range list(rp.front["terms"]) {
			if !slices.Contains(termKeys, term) {
				t.Errorf("%s: term %q is not in glossary.md", id, term)
			}
		}
	}
	for _, r := range refKeys {
		if !cited[r] {
			t.Errorf("reference %q is cited by no panel: cite it or drop it", r)
		}
	}
	// The parsed lists agree with the raw anchors.
	refs, err := References("en")
	if err != nil {
		t.Fatal(err)
	}
	terms, err := Glossary("en")
	if err != nil {
		t.Fatal(err)
	}
	if len(refs) != len(refKeys) || len(terms) != len(termKeys) {
		t.Errorf("parsed %d refs/%d terms, files have %d/%d anchors", len(refs), len(terms), len(refKeys), len(termKeys))
	}
	for _, r := range refs {
		if r.Citation == "" || strings.Contains(r.Citation, "{#") || strings.Contains(r.Citation, "◐") || strings.Contains(r.Citation, "✔") {
			t.Errorf("reference %q: bad citation text %q", r.ID, r.Citation)
		}
	}
	for _, g := range terms {
		if g.Title == "" || g.Markdown == "" {
			t.Errorf("glossary %q: empty title or text", g.ID)
		}
	}
}

// The 25 glossary notes of SCIENCE.md section C, by key (25: four keys).
func TestGlossaryCoversScienceSectionC(t *testing.T) {
	want := []string{
		"epithelium", "tight-junction", "paracellular", "intestinal-permeability", "zonulin",
		"lps", "endotoxaemia", "cytokine", "inflammation", "blood-brain-barrier",
		"circumventricular-organs", "vagus-nerve", "enteric-nervous-system",
		"enterochromaffin-cells", "serotonin", "tryptophan", "kynurenine-pathway", "ido",
		"quinolinic-acid", "kynurenic-acid", "short-chain-fatty-acids", "i-fabp", "lbp-scd14",
		"microbiota", "probiotic", "psychobiotic", "hpa-axis", "cortisol", "crh", "mast-cell",
	}
	keys := anchors(t, "content/en/glossary.md")
	for _, k := range want {
		if !slices.Contains(keys, k) {
			t.Errorf("glossary lacks {#%s}", k)
		}
	}
}

func TestEvidenceLabels(t *testing.T) {
	setup(t)
	if len(Evidences()) != 6 {
		t.Fatalf("Evidences() has %d labels, want 6", len(Evidences()))
	}
	seen := map[string]bool{}
	for _, e := range Evidences() {
		l := e.Label()
		if l == "" || l == "evidence."+string(e) || seen[l] {
			t.Errorf("Label(%s) = %q: missing translation or duplicate", e, l)
		}
		seen[l] = true
	}
	if got := EvidenceAnimal.Label(); got != "Animal / lab evidence" {
		t.Errorf("EvidenceAnimal.Label() = %q", got)
	}
}

func TestLangKeysExist(t *testing.T) {
	var m map[string]string
	if err := json.Unmarshal([]byte(readFile(t, "lang/content.en.json")), &m); err != nil {
		t.Fatalf("lang/content.en.json: %v", err)
	}
	keys := []string{"content.references"}
	for _, e := range Evidences() {
		keys = append(keys, "evidence."+string(e))
	}
	for _, k := range keys {
		if m[k] == "" {
			t.Errorf("lang/content.en.json lacks %q", k)
		}
	}
}

func TestUnknownIDIsAnErrorNamingIt(t *testing.T) {
	for _, id := range []string{"no-such-panel", "", "../about", "OVERVIEW"} {
		_, err := LoadPanel("en", id)
		if err == nil || !strings.Contains(err.Error(), `"`+id+`"`) {
			t.Errorf("LoadPanel(en, %q) error = %v, want one naming the id", id, err)
		}
	}
}

func TestLanguageFallsBackToEnglish(t *testing.T) {
	setup(t)
	en, err := LoadPanel("en", "junctions")
	if err != nil {
		t.Fatal(err)
	}
	for _, lng := range []string{"xx", "en-GB", "en_US", "", "../..", "zz-ZZ"} {
		p, err := LoadPanel(lng, "junctions")
		if err != nil || p.Markdown != en.Markdown || p.Title != en.Title {
			t.Errorf("LoadPanel(%q) did not fall back to English: %v", lng, err)
		}
		if g, err := Glossary(lng); err != nil || len(g) == 0 {
			t.Errorf("Glossary(%q): %v", lng, err)
		}
		if r, err := References(lng); err != nil || len(r) == 0 {
			t.Errorf("References(%q): %v", lng, err)
		}
		if a, err := About(lng); err != nil || a == "" {
			t.Errorf("About(%q): %v", lng, err)
		}
	}
}

func TestResultsAreCopies(t *testing.T) {
	p, err := LoadPanel("en", "lps")
	if err != nil {
		t.Fatal(err)
	}
	want := p.Refs[0]
	p.Refs[0] = "changed"
	q, _ := LoadPanel("en", "lps")
	if q.Refs[0] != want {
		t.Error("changing a returned Panel changed the cache")
	}
	g, _ := Glossary("en")
	g[0].Title = "changed"
	if h, _ := Glossary("en"); h[0].Title == "changed" {
		t.Error("changing a returned glossary changed the cache")
	}
}

func TestAbout(t *testing.T) {
	setup(t)
	a, err := About("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"not medical advice", "health professional", "network", "collects no data", "illustrative"} {
		if !strings.Contains(a, s) {
			t.Errorf("about.md does not say %q", s)
		}
	}
	for _, e := range Evidences() {
		if !strings.Contains(a, "*"+e.Label()+"*") {
			t.Errorf("about.md does not explain the label %q", e.Label())
		}
	}
}

func TestNoUnsupportedMarkdown(t *testing.T) {
	bad := regexp.MustCompile(`(?m)^\s*\||~~|</?[A-Za-z][^>]*>`)
	err := fs.WalkDir(Files(), "content", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if path.Ext(p) != ".md" {
			t.Errorf("%s: content files are markdown only", p)
		}
		if m := bad.FindString(readFile(t, p)); m != "" {
			t.Errorf("%s: RichText cannot show %q (no tables, strikethrough or HTML)", p, m)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestPanelLength(t *testing.T) {
	for _, id := range PanelIDs() {
		body := tagPattern.ReplaceAllString(readRawPanel(t, id).body, "")
		n := len(strings.Fields(body))
		if n < 100 || n > 240 {
			t.Errorf("%s: %d words; keep a side panel to roughly 120–220", id, n)
		}
	}
}

// Parse errors must name the file and the line, and say what is wrong.
func TestParseErrorsNameFileAndLine(t *testing.T) {
	const good = "---\ntitle: T\nevidence: animal\nlinks: L3\nrefs: france2017\nterms: zonulin\n---\n" +
		"## What you see\nA thing.\n\n## What it means\n- A claim. {animal}\n\n## Caveat\n- A caveat. {contested}\n"
	if _, err := parsePanel("p.md", "p", []byte(good)); err != nil {
		t.Fatalf("good panel: %v", err)
	}
	cases := []struct{ name, from, to, want string }{
		{"no tag", "- A claim. {animal}", "- A claim.", "p.md:12: claim has no evidence tag"},
		{"two tags", "- A claim. {animal}", "- A {hypothesis} claim. {animal}", "p.md:12: claim has 2 evidence tags"},
		{"bad tag", "{contested}", "{proven}", `p.md:15: unknown evidence tag "{proven}"`},
		{"tag not last", "- A claim. {animal}", "- A claim {animal} here.", "p.md:12: the evidence tag must end the claim"},
		{"not a bullet", "- A caveat. {contested}", "A caveat. {contested}", "p.md:15: every line here must be a bullet"},
		{"tag in what you see", "A thing.", "A thing. {animal}", "p.md:9: evidence tags belong"},
		{"bad evidence", "evidence: animal", "evidence: proven", `p.md:3: evidence "proven" is not one of`},
		{"bad link", "links: L3", "links: L3, L19", `p.md:4: links: "L19" is not a valid link id`},
		{"no links", "links: L3", "links:", "p.md:4: links may be empty only when evidence is \"established\""},
		{"no refs", "refs: france2017", "refs:", "p.md:5: at least one reference is needed"},
		{"unknown key", "terms: zonulin", "term: zonulin", `p.md:6: unknown front matter key "term"`},
		{"missing section", "## Caveat\n", "## Caveats\n", `p.md:14: unexpected heading "## Caveats"`},
		{"unclosed front", "terms: zonulin\n---\n", "terms: zonulin\n", `p.md:7: expected "key: value" in front matter, got "## What you see" (is the closing "---" missing?)`},
		{"table", "A thing.", "| a | b |", "p.md:9: markdown tables are not supported"},
		{"strikethrough", "A thing.", "A ~~thing~~.", "p.md:9: strikethrough"},
	}
	for _, c := range cases {
		src := strings.Replace(good, c.from, c.to, 1)
		if src == good {
			t.Fatalf("%s: case does not change the panel", c.name)
		}
		_, err := parsePanel("p.md", "p", []byte(src))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error = %v, want it to contain %q", c.name, err, c.want)
		}
	}

	if _, err := parseGlossary("g.md", []byte("## A {#a}\nText.\n\n## B {#a}\nMore.\n")); err == nil ||
		!strings.Contains(err.Error(), `g.md:4: glossary key "a" repeated (first on line 1)`) {
		t.Errorf("duplicate glossary key: %v", err)
	}
	if _, err := parseGlossary("g.md", []byte("## A {#a}\n\n## B\nMore.\n")); err == nil ||
		!strings.Contains(err.Error(), "g.md:3: glossary heading must be") {
		t.Errorf("glossary heading without key: %v", err)
	}
	if _, err := parseGlossary("g.md", []byte("## A {#a}\n\n## B {#b}\nMore.\n")); err == nil ||
		!strings.Contains(err.Error(), `g.md:1: glossary entry "a" has no text`) {
		t.Errorf("empty glossary entry: %v", err)
	}
	if _, err := parseReferences("r.md", []byte("- {#a} A.\n- {#a} B.\n")); err == nil ||
		!strings.Contains(err.Error(), `r.md:2: reference key "a" repeated (first on line 1)`) {
		t.Errorf("duplicate reference: %v", err)
	}
	if _, err := parseReferences("r.md", []byte("- {#a} A.\nB without key.\n")); err == nil ||
		!strings.Contains(err.Error(), `r.md:2: expected "- {#key} citation"`) {
		t.Errorf("reference line without key: %v", err)
	}
}
