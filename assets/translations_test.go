package assets

// Completeness and faithfulness of the translations. Every language other than English
// (a folder under content/, or a lang/*.<lng>.json file) must have:
//   - exactly the content files of content/en, each read from its own folder (not the
//     English fallback) and each keeping the English science mapping: panel evidence,
//     links, refs, terms and the evidence tag of every claim, in order; story beats with
//     the same inputs, time, selection, evidence, links and refs; the same glossary
//     and reference keys, DOIs and years;
//   - a negation wherever the English claim or narration has one;
//   - every key of every lang/*.en.json, non-empty, with the same {{.Placeholders}}
//     and symbols, and no key English lacks;
//   - nothing from the SCIENCE.md never-list, checked in the language's own words.
//
// The panel loader matches the section headings literally, so translated panels keep
// the English "## What you see", "## What it means" and "## Caveat" lines.

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

// neverItem is one SCIENCE.md never-list item in a translation's language.
type neverItem struct {
	what         string
	pattern      *regexp.Regexp
	allowNegated bool
}

// langCheck is what the checks need to know about one translation's language.
type langCheck struct {
	negation  *regexp.Regexp // words that deny or hedge a claim
	neverList []neverItem
	about     []string // phrases about.md must contain
	bad       []string // sentences the never-list must catch (each item at least one)
	good      []string // negated or harmless sentences it must let through
}

// words matches any of the alternatives as a whole word; unlike \b it treats accented
// letters (á, ñ, ü) as letters.
func words(alts string) string {
	return `(?:^|[^\p{L}\p{N}])(?:` + alts + `)(?:$|[^\p{L}\p{N}])`
}

func ci(s string) *regexp.Regexp { return regexp.MustCompile(`(?i)` + s) }

var (
	esTests  = words(`pruebas?|kits?|análisis|niveles?|resultados?|valor(?:es)?`)
	esProven = words(`probad[ao]s?|demostrad[ao]s?|comprobad[ao]s?|confirmad[ao]s?|establecid[ao]s?`)
)

// langChecks: add an entry here with each new language.
var langChecks = map[string]langCheck{
	"es": {
		negation: ci(words(`no|nunca|jamás|ni|ningún|ninguna|ninguno|tampoco|en lugar de|en vez de|desconoc\p{L}*|poco fiables?|fall\p{L}*|débil(?:es)?|s[oó]lo en (?:ratones|animales)`)),
		neverList: []neverItem{
			{"gut serotonin reaching the brain (never)", ci(`serotonina[^.;]{0,80}` + words(`llega|llegan|llegó|llegar|alcanza|alcanzan|alcanzar|entra|entran|entrar|cruza|cruzan|cruzar|pasa|pasan|pasar|atraviesa|atraviesan|atravesar|sube|suben|subir`) + `[^.;]{0,40}(cerebro|encéfalo|barrera)`), true},
			{"gut serotonin = mood serotonin (never)", ci(`serotonina (del intestino|intestinal)[^.;]{0,40}` + words(`es|=|igual|misma`) + `[^.;]{0,30}ánimo`), true},
			{"a 70% share of the immune system (never)", ci(`(70|setenta)[\s\x{00A0}\x{202F}]?(%|por\s?ciento)[^.]{0,80}inmun|inmun[^.]{0,80}(70|setenta)[\s\x{00A0}\x{202F}]?(%|por\s?ciento)`), false},
			{"a zonulin test detecting leaky gut (never)", ci(`(zonulina[^.]{0,40}` + esTests + `|` + esTests + `[^.]{0,30}zonulina)[^.]{0,60}` + words(`detecta|detectan|detectar|diagnostica|diagnostican|diagnosticar|mide|miden|muestra|muestran|mostrar|revela|revelan|indica|indican`)), true},
			{"\"your zonulin\" (never)", ci(words(`tu|tus`) + `(nivel(es)? de |valor(es)? de |resultados? de )?zonulina`), false},
			{"food particles or bacteria through junctions (never)", ci(`(partículas de (alimentos|comida)|(alimentos|comida) sin digerir|bacterias enteras)[^.;]{0,80}` + words(`pasa|pasan|pasar|cruza|cruzan|cruzar|atraviesa|atraviesan|atravesar|se filtra|se filtran|se cuela|se cuelan|escapa|escapan|a través`)), true},
			{"leaky gut syndrome as a diagnosis (never)", ci(`síndrome del intestino permeable»?(\s+es(?:$|[^\p{L}])|[^.]{0,40}` + words(`es|como`) + `[^.]{0,30}(diagnóstico|enfermedad|afección|trastorno))`), true},
			{"probiotics as an anxiety treatment (never)", ci(`(probiótic|psicobiótic)\p{L}*[^.]{0,80}(` + words(`curan?|tratan?`) + `(la\s+)?ansiedad|(tratamiento|terapia)\s+(aprobad|establecid|probad|demostrad|eficaz)|` + words(`aprobad\p{L}*|establecid\p{L}*|probad\p{L}*|demostrad\p{L}*`) + `[^.]{0,30}(ansiedad|tratamiento|terapia))`), true},
			{"cytokines flooding across the BBB (never)", ci(`citocinas?[^.]{0,60}` + words(`inunda|inundan|inundar|atraviesa|atraviesan|atravesar|cruza|cruzan|cruzar|fluye|fluyen|se vierte|se vierten|pasa|pasan|entra|entran|libremente`) + `[^.]{0,40}(barrera|cerebro|encéfalo)`), true},
			{"the whole chain proven in humans (never)", ci(`cadena (completa|entera)[^.]{0,80}` + esProven + `|` + esProven + `[^.]{0,40}cadena (completa|entera)`), true},
			{"inflammation depleting brain serotonin (never)", ci(words(`agot\p{L}*|falta|escasez|déficit|carencia|consum\p{L}*`) + `[^.]{0,40}serotonina|serotonina[^.]{0,40}` + words(`agot\p{L}*|escasez|déficit|carencia`)), true},
			{"chronic stress raising permeability in humans (never)", ci(`estrés (crónico|prolongado|mantenido|continuo|a largo plazo)[^.]{0,80}(aument|elev|aflo|permeab)`), true},
			{"butyrate or propionate reaching the brain (never)", ci(`(butirato|propionato)[^.;]{0,80}` + words(`llega|llegan|llegó|alcanza|alcanzan|alcanzó|cruza|cruzan|cruzó|entra|entran|entró|atraviesa|atraviesan|atravesó|pasa|pasan|pasó`) + `[^.;]{0,30}(cerebro|encéfalo)`), true},
			{"LPS in blood as abnormal (never)", ci(words(`LPS`) + `[^.]{0,60}` + words(`anormal(es)?|dañin[ao]s?|peligros[ao]s?|tóxic[ao]s?|perjudicial(es)?|patológic[ao]s?`)), true},
			{"zonulin as master regulator (never)", ci(`regulador (maestro|principal)|único modulador`), true},
			{"neuroinflammation established in anxiety (never)", ci(`(neuroinflamación|inflamación (cerebral|del cerebro))[^.]{0,80}` + words(`establecid[ao]|demostrad[ao]|probad[ao]|comprobad[ao]|presente|causa|causan|provoca|provocan`)), true},
			{"markers diagnosing a person (never)", ci(words(`marcador(es)?|pruebas?|análisis|tests?`) + `[^.]{0,40}` + words(`diagnostica|diagnostican|diagnosticar|identifica|identifican|identificar|detecta|detectan|detectar`) + `[^.]{0,40}` + words(`persona|personas|individuo|paciente|usted|ti|tu`)), true},
			{"fold changes (Stevens 2018 numbers are never shown)", ci(`\d+([.,]\d+)?[\s\x{00A0}]?veces (más|mayor|superior)`), false},
		},
		about: []string{"no es consejo médico", "profesional de la salud", "conexión a la red", "no recopila datos", "ilustrativ"},
		bad: []string{
			"La serotonina fabricada en el intestino llega al cerebro y mejora el ánimo.",
			"La serotonina del intestino es la misma que la del estado de ánimo.",
			"Alrededor del 70 % del sistema inmunitario está en el intestino.",
			"Una prueba de zonulina en sangre puede detectar un intestino permeable.",
			"Tu nivel de zonulina aparece aquí.",
			"Las partículas de alimentos sin digerir pasan a la sangre.",
			"El síndrome del intestino permeable es una enfermedad reconocida.",
			"Los probióticos curan la ansiedad.",
			"Los psicobióticos son un tratamiento aprobado para la ansiedad.",
			"Las citocinas inundan el cerebro a través de la barrera hematoencefálica.",
			"Se ha demostrado la cadena completa en personas.",
			"La inflamación causa ansiedad al agotar la serotonina del cerebro.",
			"El estrés crónico aumenta la permeabilidad intestinal en las personas.",
			"El butirato del colon llega al cerebro.",
			"Cualquier LPS en la sangre es anormal.",
			"La zonulina es el regulador maestro de las uniones estrechas.",
			"La neuroinflamación está demostrada en los trastornos de ansiedad.",
			"Estos marcadores pueden diagnosticar un intestino permeable en una persona.",
			"El LPS en plasma era 2,5 veces mayor en los pacientes.",
		},
		good: []string{
			"La serotonina del intestino no puede llegar al cerebro.",
			"El «síndrome del intestino permeable» no es un diagnóstico reconocido.",
			"Ningún probiótico es un tratamiento establecido para la ansiedad.",
			"Las citocinas no inundan sin más el cerebro.",
			"El triptófano llega al cerebro, que fabrica con él su propia serotonina.",
			"En ratones, el acetato llegó al cerebro; el butirato lo usa el colon.",
		},
	},
}

// translatedLangs lists every language besides English that has content or lang files,
// and fails if Spanish is not among them (so these checks cannot pass vacuously).
func translatedLangs(t *testing.T) []string {
	t.Helper()
	set := map[string]bool{}
	dirs, err := fs.ReadDir(Files(), "content")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if d.IsDir() && d.Name() != fallbackLang {
			set[d.Name()] = true
		}
	}
	names, err := fs.Glob(Files(), "lang/*.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		parts := strings.Split(path.Base(n), ".")
		if l := parts[len(parts)-2]; len(parts) >= 3 && l != fallbackLang {
			set[l] = true
		}
	}
	var langs []string
	for l := range set {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	if !slices.Contains(langs, "es") {
		t.Fatal("no Spanish translation found (content/es, lang/*.es.json)")
	}
	return langs
}

func checksFor(t *testing.T, lng string) (langCheck, bool) {
	t.Helper()
	c, ok := langChecks[lng]
	if !ok {
		t.Errorf("%s: no entry in langChecks (negation words, never-list, about phrases) for this language", lng)
	}
	return c, ok
}

// contentFiles lists the files under dir, relative to it.
func contentFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := fs.WalkDir(Files(), dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			out = append(out, strings.TrimPrefix(p, dir+"/"))
		}
		return err
	})
	if err != nil {
		t.Fatalf("%s: %v", dir, err)
	}
	sort.Strings(out)
	return out
}

// readsOwnFile checks that the loader reads name from the language's own folder.
func readsOwnFile(t *testing.T, lng, name string) bool {
	t.Helper()
	got, _, err := readContent(lng, name)
	if want := "content/" + lng + "/" + name; err != nil || got != want {
		t.Errorf("%s: the loader reads %q for %s, want %q (%v)", lng, got, name, want, err)
		return false
	}
	return true
}

func TestTranslationsHaveEveryContentFile(t *testing.T) {
	want := contentFiles(t, "content/"+fallbackLang)
	for _, lng := range translatedLangs(t) {
		got := contentFiles(t, "content/"+lng)
		for _, f := range want {
			if !slices.Contains(got, f) {
				t.Errorf("content/%s/%s is missing (translate content/en/%s)", lng, f, f)
			}
		}
		for _, f := range got {
			if !slices.Contains(want, f) {
				t.Errorf("content/%s/%s has no English original in content/en", lng, f)
			}
		}
	}
}

// panelBody is a panel file's text after the front matter.
func panelBody(t *testing.T, lng, id string) string {
	t.Helper()
	parts := strings.SplitN(readFile(t, "content/"+lng+"/panels/"+id+".md"), frontDelim+"\n", 3)
	return parts[len(parts)-1]
}

// panelShape is a parsed panel's outline: headings, "see" lines and claim tags, in
// order, blank lines left out; claims holds the claim texts.
func panelShape(t *testing.T, lng, id string) (shape, claims []string) {
	t.Helper()
	name := "content/" + lng + "/panels/" + id + ".md"
	pf, err := parsePanel(name, id, []byte(readFile(t, name)))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range pf.body {
		switch {
		case l.tag != "":
			shape = append(shape, "{"+string(l.tag)+"}")
			claims = append(claims, l.text)
		case strings.HasPrefix(l.text, "#"):
			shape = append(shape, l.text)
		case strings.TrimSpace(l.text) != "":
			shape = append(shape, "text")
		}
	}
	return shape, claims
}

func TestTranslatedPanelsKeepTheScience(t *testing.T) {
	setup(t)
	for _, lng := range translatedLangs(t) {
		check, _ := checksFor(t, lng)
		for _, id := range PanelIDs() {
			if !readsOwnFile(t, lng, "panels/"+id+".md") {
				continue
			}
			en, err := LoadPanel(fallbackLang, id)
			if err != nil {
				t.Fatal(err)
			}
			p, err := LoadPanel(lng, id)
			if err != nil {
				t.Errorf("LoadPanel(%s, %s): %v", lng, id, err)
				continue
			}
			if p.Evidence != en.Evidence || !slices.Equal(p.Links, en.Links) || !slices.Equal(p.Refs, en.Refs) || !slices.Equal(p.Terms, en.Terms) {
				t.Errorf("%s/%s: evidence, links, refs or terms differ from English:\n got %s %v %v %v\nwant %s %v %v %v",
					lng, id, p.Evidence, p.Links, p.Refs, p.Terms, en.Evidence, en.Links, en.Refs, en.Terms)
			}
			if p.Title == "" || panelBody(t, lng, id) == panelBody(t, fallbackLang, id) {
				t.Errorf("%s/%s: the panel text is still the English text", lng, id)
			}
			if strings.Contains(p.Markdown, "{") {
				t.Errorf("%s/%s: a {tag} or {#key} is left in the Markdown", lng, id)
			}
			enShape, enClaims := panelShape(t, fallbackLang, id)
			shape, claims := panelShape(t, lng, id)
			if !slices.Equal(shape, enShape) {
				t.Errorf("%s/%s: sections, lines or claim tags differ from English:\n got %v\nwant %v", lng, id, shape, enShape)
				continue
			}
			for i, c := range enClaims {
				if check.negation != nil && negation.MatchString(c) && !check.negation.MatchString(claims[i]) {
					t.Errorf("%s/%s: the English claim is negated or hedged, the translation is not:\n en: %s\n %s: %s", lng, id, c, lng, claims[i])
				}
			}
		}
	}
}

func TestTranslatedStoryKeepsTheBeats(t *testing.T) {
	en := loadStory(t)
	for _, lng := range translatedLangs(t) {
		check, _ := checksFor(t, lng)
		if dir, err := storyDir(lng); err != nil || dir != "content/"+lng+"/story" {
			t.Errorf("%s: the story is read from %q, not content/%s/story (%v)", lng, dir, lng, err)
			continue
		}
		beats, err := Story(lng)
		if err != nil {
			t.Errorf("Story(%s): %v", lng, err)
			continue
		}
		if len(beats) != len(en) {
			t.Errorf("%s: %d beats, English has %d", lng, len(beats), len(en))
			continue
		}
		for i, b := range beats {
			e := en[i]
			where := fmt.Sprintf("%s beat %d (%s)", lng, b.Number, b.ID)
			if b.Number != e.Number || b.ID != e.ID || b.Evidence != e.Evidence || !slices.Equal(b.Links, e.Links) ||
				!slices.Equal(b.Refs, e.Refs) || b.Integrity != e.Integrity || b.Stress != e.Stress ||
				b.Probiotic != e.Probiotic || b.At != e.At || b.Select != e.Select {
				t.Errorf("%s: inputs, time, selection or evidence differ from English:\n got %+v\nwant %+v", where, b, e)
			}
			if b.Title == "" || b.Narration == e.Narration {
				t.Errorf("%s: not translated", where)
			}
			if n := len(sentences(strings.Join(strings.Fields(b.Narration), " "))); n < 1 || n > maxNarrationSentences {
				t.Errorf("%s: narration has %d sentences, want 1 to %d", where, n, maxNarrationSentences)
			}
			for _, s := range []string{"{", "#", "×"} {
				if strings.Contains(b.Narration, s) {
					t.Errorf("%s: narration contains %q", where, s)
				}
			}
			if check.negation != nil && countMatching(negation, e.Narration) > countMatching(check.negation, b.Narration) {
				t.Errorf("%s: fewer negated sentences than the English narration:\n en: %s\n %s: %s", where, e.Narration, lng, b.Narration)
			}
		}
	}
}

// countMatching counts the sentences of text that re matches.
func countMatching(re *regexp.Regexp, text string) int {
	n := 0
	for _, s := range sentences(text) {
		if re.MatchString(s) {
			n++
		}
	}
	return n
}

var (
	doiPattern  = regexp.MustCompile(`doi:\S+[0-9A-Za-z]`)
	yearPattern = regexp.MustCompile(`\b(19|20)\d\d\b`)
)

func TestTranslatedGlossaryAndReferences(t *testing.T) {
	enTerms, err := Glossary(fallbackLang)
	if err != nil {
		t.Fatal(err)
	}
	enRefs, err := References(fallbackLang)
	if err != nil {
		t.Fatal(err)
	}
	for _, lng := range translatedLangs(t) {
		if readsOwnFile(t, lng, "glossary.md") {
			terms, err := Glossary(lng)
			if err != nil {
				t.Errorf("Glossary(%s): %v", lng, err)
			} else if len(terms) != len(enTerms) {
				t.Errorf("%s: %d glossary entries, English has %d", lng, len(terms), len(enTerms))
			} else {
				for i, g := range terms {
					if g.ID != enTerms[i].ID {
						t.Errorf("%s glossary entry %d: key %q, English has %q in that place", lng, i+1, g.ID, enTerms[i].ID)
					}
					if g.Title == "" || g.Markdown == enTerms[i].Markdown {
						t.Errorf("%s glossary %q: not translated", lng, g.ID)
					}
				}
			}
		}
		if readsOwnFile(t, lng, "references.md") {
			refs, err := References(lng)
			if err != nil {
				t.Errorf("References(%s): %v", lng, err)
			} else if len(refs) != len(enRefs) {
				t.Errorf("%s: %d references, English has %d", lng, len(refs), len(enRefs))
			} else {
				for i, r := range refs {
					e := enRefs[i]
					if r.ID != e.ID {
						t.Errorf("%s reference %d: key %q, English has %q in that place", lng, i+1, r.ID, e.ID)
					}
					// Citations stay as they are: same DOIs and years; only notes are translated.
					if !slices.Equal(doiPattern.FindAllString(r.Citation, -1), doiPattern.FindAllString(e.Citation, -1)) ||
						!slices.Equal(yearPattern.FindAllString(r.Citation, -1), yearPattern.FindAllString(e.Citation, -1)) {
						t.Errorf("%s reference %q: DOI or year differs from English:\n got %s\nwant %s", lng, r.ID, r.Citation, e.Citation)
					}
					if strings.Contains(r.Citation, "details to be checked") {
						t.Errorf("%s reference %q: the note \"details to be checked\" is not translated", lng, r.ID)
					}
				}
			}
		}
	}
}

// readLang reads and checks a lang JSON file with the app's own reader.
func readLang(t *testing.T, name string) map[string]string {
	t.Helper()
	b, err := fs.ReadFile(Files(), name)
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return nil
	}
	m, err := ParseTranslation(name, b)
	if err != nil {
		t.Error(err)
	}
	return m
}

var placeholder = regexp.MustCompile(`\{\{[^}]*\}\}`)

func placeholders(s string) []string {
	p := placeholder.FindAllString(s, -1)
	sort.Strings(p)
	return p
}

// keptSymbols must appear as often in a translation as in the English text.
const keptSymbols = "×→←↑↓·"

func TestTranslatedLangFilesMatchEnglish(t *testing.T) {
	enFiles, err := fs.Glob(Files(), "lang/*."+fallbackLang+".json")
	if err != nil || len(enFiles) == 0 {
		t.Fatalf("no lang/*.en.json files: %v", err)
	}
	for _, lng := range translatedLangs(t) {
		for _, enName := range enFiles {
			name := strings.TrimSuffix(enName, "."+fallbackLang+".json") + "." + lng + ".json"
			en, tr := readLang(t, enName), readLang(t, name)
			if tr == nil {
				continue
			}
			for k, v := range en {
				tv, ok := tr[k]
				switch {
				case !ok:
					t.Errorf("%s lacks %q (English: %q)", name, k, v)
				case strings.TrimSpace(tv) == "":
					t.Errorf("%s: %q is empty", name, k)
				case !slices.Equal(placeholders(tv), placeholders(v)):
					t.Errorf("%s: %q has placeholders %v, English has %v", name, k, placeholders(tv), placeholders(v))
				}
				for _, r := range keptSymbols {
					if ok && strings.Count(tv, string(r)) != strings.Count(v, string(r)) {
						t.Errorf("%s: %q should keep the symbol %q as English does: %q", name, k, r, tv)
					}
				}
			}
			for k := range tr {
				if _, ok := en[k]; !ok {
					t.Errorf("%s: key %q is not in %s", name, k, enName)
				}
			}
		}
		trFiles, _ := fs.Glob(Files(), "lang/*."+lng+".json")
		for _, name := range trFiles {
			if enName := strings.TrimSuffix(name, "."+lng+".json") + "." + fallbackLang + ".json"; !slices.Contains(enFiles, enName) {
				t.Errorf("%s has no English original %s", name, enName)
			}
		}
	}
}

func TestTranslatedAbout(t *testing.T) {
	en, err := About(fallbackLang)
	if err != nil {
		t.Fatal(err)
	}
	for _, lng := range translatedLangs(t) {
		check, _ := checksFor(t, lng)
		if !readsOwnFile(t, lng, "about.md") {
			continue
		}
		a, err := About(lng)
		if err != nil || a == en {
			t.Errorf("About(%s): not translated (%v)", lng, err)
			continue
		}
		for _, s := range check.about {
			if !strings.Contains(strings.ToLower(a), strings.ToLower(s)) {
				t.Errorf("content/%s/about.md does not say %q", lng, s)
			}
		}
		// The page explains the labels exactly as the panels show them in this language.
		labels := readLang(t, "lang/content."+lng+".json")
		seen := map[string]bool{}
		for _, e := range Evidences() {
			l := labels["evidence."+string(e)]
			if l == "" || seen[l] {
				t.Errorf("lang/content.%s.json: label of %s is empty or repeated", lng, e)
			}
			seen[l] = true
			if !strings.Contains(a, "*"+l+"*") {
				t.Errorf("content/%s/about.md does not explain the label %q", lng, l)
			}
		}
	}
}

// neverHitsIn lists the never-list items of a language that text hits, sentence by sentence.
func neverHitsIn(c langCheck, text string) []string {
	var hits []string
	for _, s := range sentences(text) {
		for _, n := range c.neverList {
			if n.pattern.MatchString(s) && !(n.allowNegated && c.negation.MatchString(s)) {
				hits = append(hits, fmt.Sprintf("%s: %q", n.what, strings.TrimSpace(s)))
			}
		}
	}
	return hits
}

// The English never-list already runs over every content folder
// (TestContentAvoidsTheNeverList); this adds each language's own patterns, over its
// content and its lang files, plus the English checks over its story translations.
func TestTranslationsAvoidTheNeverList(t *testing.T) {
	for _, lng := range translatedLangs(t) {
		check, ok := checksFor(t, lng)
		if !ok {
			continue
		}
		for _, f := range contentFiles(t, "content/"+lng) {
			if f == "references.md" {
				continue // reference titles are quotations, not claims
			}
			for _, h := range neverHitsIn(check, readFile(t, "content/"+lng+"/"+f)) {
				t.Errorf("content/%s/%s: %s", lng, f, h)
			}
		}
		names, _ := fs.Glob(Files(), "lang/*."+lng+".json")
		for _, name := range names {
			m := readLang(t, name)
			keys := make([]string, 0, len(m))
			for k := range m {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				hits := neverHitsIn(check, m[k])
				if strings.HasPrefix(path.Base(name), "story.") {
					hits = append(hits, neverHits(m[k])...)
				}
				for _, h := range hits {
					t.Errorf("%s: %s: %s", name, k, h)
				}
			}
		}
	}
}

// Each language's never-list must be able to fail, and must let negated sentences pass.
func TestTranslatedNeverListsCatchBadSentences(t *testing.T) {
	for lng, c := range langChecks {
		caught := make([]bool, len(c.neverList))
		for _, s := range c.bad {
			hit := false
			for i, n := range c.neverList {
				if n.pattern.MatchString(s) && !(n.allowNegated && c.negation.MatchString(s)) {
					caught[i], hit = true, true
				}
			}
			if !hit {
				t.Errorf("%s: the never-list misses %q", lng, s)
			}
		}
		for i, n := range c.neverList {
			if !caught[i] {
				t.Errorf("%s: no bad sentence exercises %q", lng, n.what)
			}
		}
		for _, s := range c.good {
			if h := neverHitsIn(c, s); len(h) > 0 {
				t.Errorf("%s: the never-list flags a sentence it should let through: %v", lng, h)
			}
		}
	}
}
