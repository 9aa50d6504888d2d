package assets

// Content loader: the markdown panels, glossary, references and about text in
// content/<lang>/ (see content/en/ for the English originals).
//
// Everything is parsed lazily, on first request, and cached per language; nothing is
// read at start-up. A language without its own file falls back to English, file by file.

import (
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"sync"

	"fyne.io/fyne/v2/lang"
)

// Evidence is the strength-of-evidence label carried by every claim the app shows
// (SCIENCE.md section D).
type Evidence string

// The six evidence labels, from strongest to weakest in kind (contested last).
const (
	EvidenceEstablished      Evidence = "established"       // replicated, textbook-level human physiology
	EvidenceHumanExperiment  Evidence = "human-experiment"  // causal human experiments, often acute or small
	EvidenceHumanAssociation Evidence = "human-association" // observational human evidence only
	EvidenceAnimal           Evidence = "animal"            // causal evidence in animals or cells/tissue only
	EvidenceHypothesis       Evidence = "hypothesis"        // plausible, not tested in humans
	EvidenceContested        Evidence = "contested"         // conflicting findings or measurement problems
)

var evidences = []Evidence{
	EvidenceEstablished, EvidenceHumanExperiment, EvidenceHumanAssociation,
	EvidenceAnimal, EvidenceHypothesis, EvidenceContested,
}

// Evidences returns the six evidence labels in display order.
func Evidences() []Evidence { return slices.Clone(evidences) }

// Label is the human-readable, translated name of the label, e.g. "Animal / lab evidence"
// (lang key "evidence.<e>", in lang/content.*.json).
func (e Evidence) Label() string {
	key := "evidence." + string(e)
	return lang.L(key)
}

func (e Evidence) valid() bool { return slices.Contains(evidences, e) }

// Panel is one side-panel article: a diagram structure, route, particle or topic.
type Panel struct {
	ID, Title string
	Evidence  Evidence // headline label of the panel
	Links     []string // SCIENCE.md section D link ids, "L1".."L18"
	Refs      []string // reference keys (see References)
	Terms     []string // glossary keys (see Glossary)
	// Markdown is the panel body for widget.RichText: "What you see", "What it means"
	// and "Caveat", each {label} tag replaced by an italic label such as
	// "*(Animal / lab evidence)*", followed by a "References" section with the full
	// citations of Refs.
	Markdown string
}

// Panel ids, grouped, each group in teaching order:
//   - topics follow the article: the axis, what "leaky gut" is, zonulin, the human
//     evidence, stress both ways, probiotics, the open questions, then how the model works;
//   - structures follow the journey from the gut up to the brain, then the stress loop
//     that runs back down;
//   - routes from fastest to slowest: nerve, blood, immune;
//   - particles follow the article's chain: LPS → cytokines → tryptophan → kynurenine,
//     then serotonin and acetate.
var (
	topicIDs     = []string{"overview", "leaky-gut", "zonulin", "research", "stress", "probiotics", "unknowns", "model"}
	structureIDs = []string{"lumen", "epithelium", "junctions", "lamina", "blood", "bbb", "cvo", "endothelium", "brainstem", "neurons", "microglia", "hpa"}
	routeIDs     = []string{"neural", "humoral", "immune"}
	particleIDs  = []string{"lps", "cytokines", "tryptophan", "kynurenine", "serotonin", "acetate"}
)

// PanelIDs returns every panel id in article order: topics, then diagram structures
// (gut to brain, then the stress loop), routes, and particle legend entries.
func PanelIDs() []string {
	return slices.Concat(topicIDs, structureIDs, routeIDs, particleIDs)
}

// TopicIDs returns the ids of the topic panels (the article's sections), in order,
// for a topics list or a story.
func TopicIDs() []string { return slices.Clone(topicIDs) }

// Term is one glossary entry.
type Term struct{ ID, Title, Markdown string }

// Reference is one entry of the reference list; Citation is markdown without the {#id}.
type Reference struct{ ID, Citation string }

const fallbackLang = "en"

var cache = struct {
	sync.Mutex
	panels   map[string]*panelFile
	glossary map[string][]Term
	refs     map[string][]Reference
	about    map[string]string
}{
	panels:   map[string]*panelFile{},
	glossary: map[string][]Term{},
	refs:     map[string][]Reference{},
	about:    map[string]string{},
}

// LoadPanel returns the panel id in language lng ("en"); an unknown or untranslated
// language falls back to English. An unknown id is an error naming it.
func LoadPanel(lng, id string) (Panel, error) {
	if !slices.Contains(PanelIDs(), id) {
		return Panel{}, fmt.Errorf("unknown panel id %q", id)
	}
	pf, err := cached(cache.panels, langKey(lng)+"/"+id, func() (*panelFile, error) { return loadPanel(lng, id) })
	if err != nil {
		return Panel{}, err
	}
	return pf.render(), nil
}

// Glossary returns every glossary entry of language lng (falling back to English), in file order.
func Glossary(lng string) ([]Term, error) {
	t, err := cached(cache.glossary, langKey(lng), func() ([]Term, error) {
		name, data, err := readContent(lng, "glossary.md")
		if err != nil {
			return nil, err
		}
		return parseGlossary(name, data)
	})
	return slices.Clone(t), err
}

// References returns every reference of language lng (falling back to English), in file order.
func References(lng string) ([]Reference, error) {
	r, err := cached(cache.refs, langKey(lng), func() ([]Reference, error) {
		name, data, err := readContent(lng, "references.md")
		if err != nil {
			return nil, err
		}
		return parseReferences(name, data)
	})
	return slices.Clone(r), err
}

// About returns the markdown of the about page (about.md) in language lng, falling back to English.
func About(lng string) (string, error) {
	return cached(cache.about, langKey(lng), func() (string, error) {
		name, data, err := readContent(lng, "about.md")
		if err != nil {
			return "", err
		}
		lines := splitLines(data)
		for i, l := range lines {
			if err := checkMarkdown(l); err != nil {
				return "", fmt.Errorf("%s:%d: %v", name, i+1, err)
			}
		}
		a := strings.TrimSpace(strings.Join(lines, "\n"))
		if a == "" {
			return "", fmt.Errorf("%s: empty", name)
		}
		return a + "\n", nil
	})
}

// cached returns m[key], loading and storing it on first use. Loading happens outside
// the lock (it may itself call cached, e.g. a panel loads the glossary); a failed load
// is not stored, and a concurrent duplicate load is harmless because content is fixed.
func cached[T any](m map[string]T, key string, load func() (T, error)) (T, error) {
	cache.Lock()
	v, ok := m[key]
	cache.Unlock()
	if ok {
		return v, nil
	}
	v, err := load()
	if err != nil {
		var zero T
		return zero, err
	}
	cache.Lock()
	m[key] = v
	cache.Unlock()
	return v, nil
}

// ---- files and languages ----

var langPattern = regexp.MustCompile(`^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$`)

// langCandidates lists the content folders to try for lng: "pt-BR" → pt-br, pt, en.
func langCandidates(lng string) []string {
	var c []string
	if langPattern.MatchString(lng) {
		l := strings.ToLower(strings.ReplaceAll(lng, "_", "-"))
		c = append(c, l)
		if base, _, ok := strings.Cut(l, "-"); ok {
			c = append(c, base)
		}
	}
	if !slices.Contains(c, fallbackLang) {
		c = append(c, fallbackLang)
	}
	return c
}

// langKey is the cache key for lng: its first candidate folder.
func langKey(lng string) string { return langCandidates(lng)[0] }

// readContent reads content/<lang>/<name>, trying lng, its base language, then English.
// It returns the path it read, for error messages.
func readContent(lng, name string) (string, []byte, error) {
	for _, l := range langCandidates(lng) {
		path := "content/" + l + "/" + name
		data, err := fs.ReadFile(files, path)
		if err == nil {
			return path, data, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return path, nil, err
		}
	}
	return "", nil, fmt.Errorf("content file %q not found for language %q or %q", name, lng, fallbackLang)
}

func splitLines(data []byte) []string {
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

var htmlTag = regexp.MustCompile(`</?[A-Za-z][^>]*>`)

// checkMarkdown rejects what widget.RichText cannot show: tables, strikethrough, HTML.
func checkMarkdown(line string) error {
	t := strings.TrimSpace(line)
	switch {
	case strings.HasPrefix(t, "|"):
		return errors.New("markdown tables are not supported by RichText")
	case strings.Contains(t, "~~"):
		return errors.New("strikethrough (~~) is not supported by RichText")
	case htmlTag.MatchString(t):
		return errors.New("HTML is not supported by RichText")
	}
	return nil
}

// ---- panels ----

const (
	secSee     = "What you see"
	secMeans   = "What it means"
	secCaveat  = "Caveat"
	frontDelim = "---"
)

var (
	keyPattern  = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	linkPattern = regexp.MustCompile(`^L([1-9]|1[0-8])$`)
	anyTag      = regexp.MustCompile(`\{[^{}]*\}`)
)

// panelFile is a parsed and cross-checked panel. Labels are filled in by render, not
// at parse time, so the cache stays right whenever translations are loaded.
type panelFile struct {
	Panel
	refsLine, termLine int
	body               []bodyLine
	citations          []string // full citations of Refs, in order
}

// bodyLine is one line of the panel body; claim lines carry their evidence tag apart.
type bodyLine struct {
	text    string
	tag     Evidence // "" for lines without a tag
	section string   // a section marker (secSee, …), shown under its translated title
}

// sectionKeys are the lang keys of the section titles. The markers in the files are
// fixed English words in every language, so the parser stays one; people see the title
// in their language.
var sectionKeys = map[string]string{
	secSee:    "content.section.see",
	secMeans:  "content.section.means",
	secCaveat: "content.section.caveat",
}

// render builds the Panel handed to callers: fresh slices, labels in the current language.
func (pf *panelFile) render() Panel {
	p := pf.Panel
	p.Links, p.Refs, p.Terms = slices.Clone(p.Links), slices.Clone(p.Refs), slices.Clone(p.Terms)
	var b strings.Builder
	for _, l := range pf.body {
		if l.section != "" {
			b.WriteString("## " + lang.L(sectionKeys[l.section]) + "\n")
			continue
		}
		b.WriteString(l.text)
		if l.tag != "" {
			b.WriteString(" *(" + l.tag.Label() + ")*")
		}
		b.WriteByte('\n')
	}
	p.Markdown = strings.TrimSpace(b.String()) +
		"\n\n## " + lang.X("content.references", "References") + "\n\n"
	for _, c := range pf.citations {
		p.Markdown += "- " + c + "\n"
	}
	return p
}

func loadPanel(lng, id string) (*panelFile, error) {
	name, data, err := readContent(lng, "panels/"+id+".md")
	if err != nil {
		return nil, err
	}
	pf, err := parsePanel(name, id, data)
	if err != nil {
		return nil, err
	}
	refs, err := References(lng)
	if err != nil {
		return nil, err
	}
	terms, err := Glossary(lng)
	if err != nil {
		return nil, err
	}
	for _, t := range pf.Terms {
		if !slices.ContainsFunc(terms, func(g Term) bool { return g.ID == t }) {
			return nil, fmt.Errorf("%s:%d: term %q has no entry in glossary.md", name, pf.termLine, t)
		}
	}
	for _, r := range pf.Refs {
		i := slices.IndexFunc(refs, func(ref Reference) bool { return ref.ID == r })
		if i < 0 {
			return nil, fmt.Errorf("%s:%d: reference %q is not in references.md", name, pf.refsLine, r)
		}
		pf.citations = append(pf.citations, refs[i].Citation)
	}
	return pf, nil
}

// parsePanel parses a panel file: front matter between "---" lines (title, evidence,
// links, refs, terms), then the sections "What you see", "What it means" and "Caveat".
// Every line of the last two is a bullet ending in exactly one {label} tag.
func parsePanel(name, id string, data []byte) (*panelFile, error) {
	fail := func(line int, format string, a ...any) (*panelFile, error) {
		return nil, fmt.Errorf("%s:%d: %s", name, line, fmt.Sprintf(format, a...))
	}
	lines := splitLines(data)
	pf := &panelFile{Panel: Panel{ID: id}}
	fm, err := readFrontMatter(name, lines, []string{"title", "evidence", "links", "refs", "terms"})
	if err != nil {
		return nil, err
	}
	seen := fm.line
	pf.Title = fm.value["title"]
	pf.Evidence = Evidence(fm.value["evidence"])
	if !pf.Evidence.valid() {
		return fail(seen["evidence"], "evidence %q is not one of %v", pf.Evidence, evidences)
	}
	lists := []struct {
		key, what string
		valid     *regexp.Regexp
		dst       *[]string
	}{
		{"links", "link id (L1..L18)", linkPattern, &pf.Links},
		{"refs", "reference key", keyPattern, &pf.Refs},
		{"terms", "glossary key", keyPattern, &pf.Terms},
	}
	for _, l := range lists {
		if *l.dst, err = splitList(fm.value[l.key], l.valid, l.what); err != nil {
			return fail(seen[l.key], "%s: %v", l.key, err)
		}
	}
	pf.refsLine, pf.termLine = seen["refs"], seen["terms"]
	i := fm.end - 1 // the closing "---"; the body loop starts after it
	switch {
	case pf.Title == "":
		return fail(seen["title"], "empty title")
	case len(pf.Refs) == 0:
		return fail(seen["refs"], "at least one reference is needed")
	case len(pf.Links) == 0 && pf.Evidence != EvidenceEstablished:
		return fail(seen["links"], "links may be empty only when evidence is %q", EvidenceEstablished)
	}

	want := []string{secSee, secMeans, secCaveat}
	section := ""
	bullets := map[string]int{}
	for i++; i < len(lines); i++ {
		n, l := i+1, lines[i]
		if err := checkMarkdown(l); err != nil {
			return fail(n, "%v", err)
		}
		if strings.HasPrefix(l, "#") {
			h, ok := strings.CutPrefix(l, "## ")
			if !ok || len(want) == 0 || h != want[0] {
				return fail(n, "unexpected heading %q; expected \"## %s\"", l, strings.Join(want, "\", then \"## "))
			}
			section, want = h, want[1:]
			pf.body = append(pf.body, bodyLine{section: h})
			continue
		}
		if strings.TrimSpace(l) == "" {
			pf.body = append(pf.body, bodyLine{})
			continue
		}
		switch section {
		case "":
			return fail(n, "text before \"## %s\"", secSee)
		case secSee:
			if anyTag.MatchString(l) {
				return fail(n, "evidence tags belong in %q and %q, not %q", secMeans, secCaveat, secSee)
			}
			pf.body = append(pf.body, bodyLine{text: l})
		default:
			claim, tag, err := splitTag(l)
			if err != nil {
				return fail(n, "%v", err)
			}
			bullets[section]++
			pf.body = append(pf.body, bodyLine{text: claim, tag: tag})
		}
	}
	if len(want) > 0 {
		return fail(len(lines), "section \"## %s\" missing", want[0])
	}
	for _, s := range []string{secMeans, secCaveat} {
		if bullets[s] == 0 {
			return fail(len(lines), "section %q has no bullets", s)
		}
	}
	return pf, nil
}

// splitTag checks that a claim line is a bullet ending in exactly one valid {label}
// tag, and returns the bullet without the tag, and the tag.
func splitTag(line string) (string, Evidence, error) {
	text, ok := strings.CutPrefix(line, "- ")
	if !ok {
		return "", "", errors.New("every line here must be a bullet (\"- claim {label}\")")
	}
	tags := anyTag.FindAllStringIndex(text, -1)
	switch {
	case len(tags) == 0:
		return "", "", errors.New("claim has no evidence tag; end it with one of " + tagList())
	case len(tags) > 1:
		return "", "", fmt.Errorf("claim has %d evidence tags; exactly one is allowed", len(tags))
	}
	t := tags[0]
	if strings.TrimSpace(text[t[1]:]) != "" {
		return "", "", errors.New("the evidence tag must end the claim")
	}
	e := Evidence(text[t[0]+1 : t[1]-1])
	if !e.valid() {
		return "", "", fmt.Errorf("unknown evidence tag %q; use one of %s", text[t[0]:t[1]], tagList())
	}
	claim := strings.TrimSpace(text[:t[0]])
	if claim == "" {
		return "", "", errors.New("empty claim before the evidence tag")
	}
	return "- " + claim, e, nil
}

func tagList() string {
	s := make([]string, len(evidences))
	for i, e := range evidences {
		s[i] = "{" + string(e) + "}"
	}
	return strings.Join(s, ", ")
}

// splitList splits a comma-separated front-matter list; "" is an empty list.
func splitList(v string, valid *regexp.Regexp, what string) ([]string, error) {
	if v == "" {
		return nil, nil
	}
	var out []string
	for item := range strings.SplitSeq(v, ",") {
		item = strings.TrimSpace(item)
		if !valid.MatchString(item) {
			return nil, fmt.Errorf("%q is not a valid %s", item, what)
		}
		if slices.Contains(out, item) {
			return nil, fmt.Errorf("%q listed twice", item)
		}
		out = append(out, item)
	}
	return out, nil
}

// ---- glossary and references ----

var termHeading = regexp.MustCompile(`^## (.+?) \{#([a-z0-9]+(?:-[a-z0-9]+)*)\}$`)

// parseGlossary parses "## Title {#id}" entries, each followed by its text. An optional
// "# " title may come first.
func parseGlossary(name string, data []byte) ([]Term, error) {
	var terms []Term
	var body []string
	first := map[string]int{}
	lastLine := 0
	flush := func() error {
		if len(terms) == 0 {
			return nil
		}
		t := &terms[len(terms)-1]
		t.Markdown = strings.TrimSpace(strings.Join(body, "\n"))
		if t.Markdown == "" {
			return fmt.Errorf("%s:%d: glossary entry %q has no text", name, first[t.ID], t.ID)
		}
		body = body[:0]
		return nil
	}
	for i, l := range splitLines(data) {
		n := i + 1
		lastLine = n
		if err := checkMarkdown(l); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		switch {
		case strings.HasPrefix(l, "## "):
			m := termHeading.FindStringSubmatch(l)
			if m == nil {
				return nil, fmt.Errorf("%s:%d: glossary heading must be \"## Title {#key}\" with a lower-case key, got %q", name, n, l)
			}
			if err := flush(); err != nil {
				return nil, err
			}
			if prev, dup := first[m[2]]; dup {
				return nil, fmt.Errorf("%s:%d: glossary key %q repeated (first on line %d)", name, n, m[2], prev)
			}
			first[m[2]] = n
			terms = append(terms, Term{ID: m[2], Title: m[1]})
		case len(terms) == 0:
			if strings.TrimSpace(l) != "" && !strings.HasPrefix(l, "# ") {
				return nil, fmt.Errorf("%s:%d: text before the first \"## Title {#key}\" entry", name, n)
			}
		case strings.HasPrefix(l, "#"):
			return nil, fmt.Errorf("%s:%d: headings inside a glossary entry are not allowed", name, n)
		default:
			body = append(body, l)
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	if len(terms) == 0 {
		return nil, fmt.Errorf("%s:%d: no glossary entries", name, lastLine)
	}
	return terms, nil
}

var refLine = regexp.MustCompile(`^- \{#([a-z0-9]+(?:-[a-z0-9]+)*)\} (\S.*)$`)

// parseReferences parses one "- {#key} citation" per line; blank lines and an optional
// "# " title are allowed.
func parseReferences(name string, data []byte) ([]Reference, error) {
	var refs []Reference
	first := map[string]int{}
	for i, l := range splitLines(data) {
		n := i + 1
		if err := checkMarkdown(l); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		if strings.TrimSpace(l) == "" || (strings.HasPrefix(l, "# ") && len(refs) == 0) {
			continue
		}
		m := refLine.FindStringSubmatch(l)
		if m == nil {
			return nil, fmt.Errorf("%s:%d: expected \"- {#key} citation\", got %q", name, n, l)
		}
		if prev, dup := first[m[1]]; dup {
			return nil, fmt.Errorf("%s:%d: reference key %q repeated (first on line %d)", name, n, m[1], prev)
		}
		first[m[1]] = n
		refs = append(refs, Reference{ID: m[1], Citation: strings.TrimSpace(m[2])})
	}
	if len(refs) == 0 {
		return nil, fmt.Errorf("%s: no references", name)
	}
	return refs, nil
}
