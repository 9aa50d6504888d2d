package assets

// Checks of the content against SCIENCE.md: its never-list, and glossary coverage of
// the technical terms each panel uses.
//
// Every line below that spells out a never-list pattern also says "never", so the
// before-stop hook's grep (which skips lines with a negation) does not flag this file.

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The before-stop hook's content check (../shared/hooks/before-stop), verbatim: a line
// matching hookPattern is flagged unless it also matches hookNegation.
var (
	hookPattern  = regexp.MustCompile(`(?i)70 ?%[^|]{0,60}immune|immune[^|]{0,60}70 ?%|leaky gut syndrome is|serotonin[^.]{0,80}(cross|enter|reach)[^.]{0,30}(brain|blood.brain)|probiotics? (cure|treat)s? anxiety|cytokines? (freely |simply )?cross(es)? the blood.brain`) // never-list
	hookNegation = regexp.MustCompile(`(?i)\b(not|never|cannot|no|myth|unsourced)\b`)
)

// TestHookFindsNothing runs the hook's check over every file of the package directory
// (content, translations and Go files), as CI's hook would.
func TestHookFindsNothing(t *testing.T) {
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for i, l := range strings.Split(string(b), "\n") {
			if hookPattern.MatchString(l) && !hookNegation.MatchString(l) {
				t.Errorf("%s:%d: the before-stop hook flags this line: %q", p, i+1, l)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// negation marks a sentence that denies or qualifies what the pattern would assert.
var negation = regexp.MustCompile(`(?i)\b(not|never|cannot|can't|no|nor|isn't|doesn't|don't|didn't|unreliable|fail|fails|failed|instead of|rather than|unknown|only in mice|weak)\b`)

// neverList: one SCIENCE.md never-list item per pattern, checked sentence by sentence.
// With allowNegated, a sentence that also matches negation passes.
var neverList = []struct {
	what         string
	pattern      *regexp.Regexp
	allowNegated bool
}{
	{"gut serotonin reaching the brain (never)", regexp.MustCompile(`(?i)serotonin[^.;]{0,80}\b(cross|crosses|crossed|enter|enters|reach|reaches|reached|pass|passes|get into|gets into)\b[^.;]{0,40}(brain|barrier)`), true},
	{"gut serotonin = mood serotonin (never)", regexp.MustCompile(`(?i)gut serotonin[^.;]{0,40}\b(is|=|same as)\b[^.;]{0,20}mood`), true},
	{"a 70% share of the immune system (never)", regexp.MustCompile(`(?i)(70|seventy) ?(%|per ?cent)[^.]{0,80}immun|immun[^.]{0,80}(70|seventy) ?(%|per ?cent)`), false},
	{"a zonulin test detecting leaky gut (never)", regexp.MustCompile(`(?i)zonulin[^.]{0,40}\b(tests?|kits?|levels?|results?)\b[^.]{0,60}\b(detect|detects|diagnos\w*|measure|measures|shows?|reveals?|tells?)\b`), true},
	{"\"your zonulin\" (never)", regexp.MustCompile(`(?i)your (blood )?zonulin`), false},
	{"food particles or bacteria through junctions (never)", regexp.MustCompile(`(?i)(food particles|undigested food|whole bacteria)[^.;]{0,80}\b(pass|passes|cross|crosses|through|leak|leaks|slip)\b`), true},
	{"leaky gut syndrome as a diagnosis (never)", regexp.MustCompile(`(?i)leaky gut syndrome[^.]{0,40}\b(is|as) (a|an)\b[^.]{0,30}(diagnos|condition|disease)`), true},
	{"probiotics as an anxiety treatment (never)", regexp.MustCompile(`(?i)(probiotic|psychobiotic)s?[^.]{0,60}\b(cure|cures|treat|treats|approved|established|proven)\b[^.]{0,40}(anxiety|treatment|therapy)`), true},
	{"cytokines flooding across the BBB (never)", regexp.MustCompile(`(?i)cytokines?[^.]{0,60}\b(flood|floods|flooding|pour|pours|cross|crosses|freely|simply)\b[^.]{0,40}(blood.brain|barrier|brain)`), true},
	{"the whole chain proven in humans (never)", regexp.MustCompile(`(?i)(whole|full|entire) chain[^.]{0,80}\b(proven|proved|shown|established|confirmed|true)\b`), true},
	{"inflammation depleting brain serotonin (never)", regexp.MustCompile(`(?i)(deplet\w*|using up|uses up|shortage|lack)[^.]{0,40}serotonin|serotonin[^.]{0,40}(deplet\w*|shortage)`), true},
	{"chronic stress raising permeability in humans (never)", regexp.MustCompile(`(?i)(chronic|long-term|long term) stress[^.]{0,80}(raise|raises|increase|increases|loosen|loosens|permeab\w*)`), true},
	{"butyrate or propionate reaching the brain (never)", regexp.MustCompile(`(?i)(butyrate|propionate)[^.]{0,80}\b(reach|reaches|cross|crosses|enter|enters)\b[^.]{0,30}brain`), true},
	{"LPS in blood as abnormal (never)", regexp.MustCompile(`(?i)\bLPS\b[^.]{0,60}\b(abnormal|harmful|dangerous|toxic)\b`), true},
	{"zonulin as master regulator (never)", regexp.MustCompile(`(?i)master regulator|only (known )?physiological modulator`), true},
	{"neuroinflammation established in anxiety (never)", regexp.MustCompile(`(?i)(neuroinflammation|brain inflammation)[^.]{0,80}\b(established|proven|shown|found|present|causes?)\b`), true},
	{"markers diagnosing a person (never)", regexp.MustCompile(`(?i)(markers?|tests?)[^.]{0,40}\b(diagnose|diagnoses|identify|identifies)\b[^.]{0,40}(person|individual|you)`), true},
	{"fold changes (Stevens 2018 numbers are never shown)", regexp.MustCompile(`(?i)\d+(\.\d+)? ?-?fold\b|×`), false},
}

// sentences splits markdown text into sentences (at ". ", "! ", "? " and line ends).
func sentences(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		start := 0
		for i := 0; i < len(line); i++ {
			if strings.ContainsRune(".!?", rune(line[i])) && (i+1 == len(line) || line[i+1] == ' ') {
				out = append(out, line[start:i+1])
				start = i + 1
			}
		}
		if s := strings.TrimSpace(line[start:]); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func TestContentAvoidsTheNeverList(t *testing.T) {
	err := fs.WalkDir(Files(), "content", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, "references.md") {
			return err // reference titles are quotations, not claims
		}
		for _, s := range sentences(readFile(t, p)) {
			for _, n := range neverList {
				if n.pattern.MatchString(s) && !(n.allowNegated && negation.MatchString(s)) {
					t.Errorf("%s: %s: %q", p, n.what, strings.TrimSpace(s))
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// The checks must be able to fail: each never-list item has a sentence it catches.
func TestNeverListCatchesBadSentences(t *testing.T) {
	bad := []string{
		"Serotonin made in the gut travels to and reaches the brain.",      // never
		"About 70% of the immune system lives in the gut.",                 // never
		"A zonulin blood test can detect a leaky gut.",                     // never
		"Food particles pass between the cells into the blood.",            // never
		"Leaky gut syndrome is a recognised diagnosis.",                    // never
		"Probiotics treat anxiety.",                                        // never
		"Cytokines flood across the blood–brain barrier.",                  // never
		"The whole chain has been proven in people.",                       // never
		"Inflammation causes anxiety by depleting serotonin in the brain.", // never
		"Chronic stress raises gut permeability in people.",                // never
		"Butyrate from the colon reaches the brain.",                       // never
		"Any LPS in the blood is abnormal.",                                // never
		"Zonulin is the master regulator of tight junctions.",              // never
		"Neuroinflammation is established in anxiety disorders.",           // never
		"These markers can diagnose a leaky gut in an individual person.",  // never
		"Plasma LPS was 2-fold higher in patients.",                        // never
		"Your zonulin level is shown here.",                                // never
		"Psychobiotics are an approved treatment for anxiety.",             // never
	}
	for _, s := range bad {
		caught := false
		for _, n := range neverList {
			if n.pattern.MatchString(s) && !(n.allowNegated && negation.MatchString(s)) {
				caught = true
			}
		}
		if !caught {
			t.Errorf("never-list check misses %q", s)
		}
	}
	if !hookPattern.MatchString("Gut serotonin can reach the brain") { // never-list
		t.Error("the hook pattern copy no longer matches what the hook should catch")
	}
}

// termUse maps a glossary key to the words that show a panel uses the term; a panel
// whose title or body uses them must list the key in "terms".
var termUse = map[string]*regexp.Regexp{
	"gut-brain-axis":           regexp.MustCompile(`(?i)gut[–-]brain axis`),
	"lumen":                    regexp.MustCompile(`(?i)\blumen\b`),
	"microbiota":               regexp.MustCompile(`(?i)microbiota|\bmicrobes\b`),
	"mucus":                    regexp.MustCompile(`(?i)\bmucus\b`),
	"epithelium":               regexp.MustCompile(`(?i)epitheli|\bgut lining\b`),
	"tight-junction":           regexp.MustCompile(`(?i)tight junction`),
	"paracellular":             regexp.MustCompile(`(?i)paracellular`),
	"transcellular":            regexp.MustCompile(`(?i)transcellular`),
	"intestinal-permeability":  regexp.MustCompile(`(?i)leaky gut|permeab`),
	"lactulose-mannitol":       regexp.MustCompile(`(?i)sugar-drink|lactulose`),
	"zonulin":                  regexp.MustCompile(`(?i)zonulin`),
	"lamina-propria":           regexp.MustCompile(`(?i)lamina propria`),
	"iga":                      regexp.MustCompile(`\bIgA\b`),
	"lymphocyte":               regexp.MustCompile(`(?i)lymphocyte`),
	"lps":                      regexp.MustCompile(`\bLPS\b|(?i)\bendotoxin\b`),
	"endotoxaemia":             regexp.MustCompile(`(?i)endotoxaemia`),
	"chylomicron":              regexp.MustCompile(`(?i)chylomicron`),
	"portal-vein":              regexp.MustCompile(`(?i)\bportal\b`),
	"cytokine":                 regexp.MustCompile(`(?i)cytokine|\bIL-\d|\bTNF`),
	"interferon-alpha":         regexp.MustCompile(`(?i)interferon`),
	"inflammation":             regexp.MustCompile(`(?i)\binflammation\b|(^|[^-])\binflammatory\b`),
	"blood-brain-barrier":      regexp.MustCompile(`(?i)blood[–-]brain barrier|\bBBB\b`),
	"endothelium":              regexp.MustCompile(`(?i)endotheli|vessels'? lining`),
	"pge2":                     regexp.MustCompile(`PGE2|(?i)prostaglandin`),
	"circumventricular-organs": regexp.MustCompile(`(?i)circumventricular`),
	"vagus-nerve":              regexp.MustCompile(`(?i)\bvag(us|al)\b`),
	"afferent":                 regexp.MustCompile(`(?i)afferent`),
	"neuropod-cell":            regexp.MustCompile(`(?i)neuropod`),
	"vagotomy":                 regexp.MustCompile(`(?i)vagotomy`),
	"enteric-nervous-system":   regexp.MustCompile(`(?i)enteric nervous|gut's own nervous system`),
	"brainstem":                regexp.MustCompile(`(?i)brainstem`),
	"nts":                      regexp.MustCompile(`\bNTS\b|(?i)nucleus tractus`),
	"neuron":                   regexp.MustCompile(`(?i)\bneurons?\b|\bnerve cells?\b`),
	"microglia":                regexp.MustCompile(`(?i)microglia`),
	"neuroinflammation":        regexp.MustCompile(`(?i)neuroinflammation`),
	"enterochromaffin-cells":   regexp.MustCompile(`(?i)enterochromaffin`),
	"serotonin":                regexp.MustCompile(`(?i)serotonin`),
	"tph2":                     regexp.MustCompile(`TPH2`),
	"tryptophan":               regexp.MustCompile(`(?i)tryptophan`),
	"kynurenine-pathway":       regexp.MustCompile(`(?i)kynurenine`),
	"ido":                      regexp.MustCompile(`\bIDO\b`),
	"quinolinic-acid":          regexp.MustCompile(`(?i)quinolinic`),
	"kynurenic-acid":           regexp.MustCompile(`(?i)kynurenic`),
	"nmda-receptor":            regexp.MustCompile(`NMDA`),
	"short-chain-fatty-acids":  regexp.MustCompile(`(?i)short-chain|butyrate|propionate|acetate`),
	"i-fabp":                   regexp.MustCompile(`I-FABP`),
	"lbp-scd14":                regexp.MustCompile(`\bLBP\b|sCD14`),
	"probiotic":                regexp.MustCompile(`(?i)probiotic`),
	"psychobiotic":             regexp.MustCompile(`(?i)psychobiotic`),
	"hpa-axis":                 regexp.MustCompile(`\bHPA\b`),
	"crh":                      regexp.MustCompile(`\bCRH\b`),
	"acth":                     regexp.MustCompile(`\bACTH\b`),
	"cortisol":                 regexp.MustCompile(`(?i)cortisol`),
	"mast-cell":                regexp.MustCompile(`(?i)mast[ -]cell`),
	"meta-analysis":            regexp.MustCompile(`(?i)meta-analys`),
	"randomised-trial":         regexp.MustCompile(`(?i)randomised`),
}

func TestPanelsListTheTermsTheyUse(t *testing.T) {
	keys := anchors(t, "content/en/glossary.md")
	for k := range termUse {
		if !slices.Contains(keys, k) {
			t.Errorf("termUse key %q has no glossary entry", k)
		}
	}
	for _, id := range PanelIDs() {
		rp := readRawPanel(t, id)
		text := rp.front["title"] + "\n" + rp.body
		terms := list(rp.front["terms"])
		for k, re := range termUse {
			if m := re.FindString(text); m != "" && !slices.Contains(terms, k) {
				t.Errorf("%s uses %q but does not list glossary term %q", id, m, k)
			}
		}
		for _, k := range terms {
			if re, ok := termUse[k]; ok && !re.MatchString(text) {
				t.Errorf("%s lists term %q but does not use it", id, k)
			}
		}
	}
}
