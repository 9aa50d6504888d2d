package screens

import (
	"fmt"
	"image/color"
	"log"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gutbrain/apptheme"
	"gutbrain/assets"
)

// evidenceColors gives each evidence label its badge colour. The label is always shown as
// text too, never by colour alone.
var evidenceColors = map[assets.Evidence]fyne.ThemeColorName{
	assets.EvidenceEstablished:      apptheme.ColorEvidenceEstablished,
	assets.EvidenceHumanExperiment:  apptheme.ColorEvidenceHumanExperiment,
	assets.EvidenceHumanAssociation: apptheme.ColorEvidenceHumanAssociation,
	assets.EvidenceAnimal:           apptheme.ColorEvidenceAnimal,
	assets.EvidenceHypothesis:       apptheme.ColorEvidenceHypothesis,
	assets.EvidenceContested:        apptheme.ColorEvidenceContested,
}

// infoPanel explains one panel id: its title, the evidence label of its main claim, and
// its markdown (what you see, what it means, caveat, references).
type infoPanel struct {
	shown   string
	title   *widget.Label
	badge   *evidenceBadge
	body    *widget.RichText
	scroll  *container.Scroll
	content fyne.CanvasObject
}

func newInfoPanel() *infoPanel {
	p := &infoPanel{
		title: widget.NewLabel(""),
		badge: newEvidenceBadge(theme.SizeNameText),
		body:  widget.NewRichText(),
	}
	p.title.TextStyle = fyne.TextStyle{Bold: true}
	p.title.SizeName = theme.SizeNameHeadingText
	p.title.Wrapping = fyne.TextWrapWord
	p.body.Wrapping = fyne.TextWrapWord
	header := container.NewVBox(p.title, p.badge.hugging())
	p.scroll = container.NewVScroll(p.body)
	p.content = container.NewBorder(header, nil, nil, nil, p.scroll)
	return p
}

// Show loads and shows a panel; a missing panel shows a plain message instead of failing.
func (p *infoPanel) Show(id string) {
	panel, err := assets.LoadPanel(assets.ContentLanguage(), id)
	if err != nil {
		log.Printf("content: %v", err)
		p.shown = id
		p.title.SetText(lang.L("panel.missing.title"))
		p.badge.Set("")
		p.body.ParseMarkdown(lang.L("panel.missing.body"))
		return
	}
	p.shown = id
	p.title.SetText(panel.Title)
	p.badge.Set(panel.Evidence)
	p.body.ParseMarkdown(panel.Markdown)
	p.scroll.ScrollToTop()
}

// Shown is the id of the panel on screen.
func (p *infoPanel) Shown() string { return p.shown }

// Evidence is the badge text on screen.
func (p *infoPanel) Evidence() string { return p.badge.Text() }

// hugging is the badge as wide as its text on one line when there is room for that,
// and as wide as there is room for otherwise (its text then wraps).
func (b *evidenceBadge) hugging() fyne.CanvasObject {
	return container.New(&hugLayout{natural: b.naturalWidth, label: b.label}, b.content)
}

// naturalWidth is the badge's width with its text on one line.
func (b *evidenceBadge) naturalWidth() float32 {
	text := fyne.MeasureText(b.label.Text, theme.Size(b.label.SizeName), b.label.TextStyle).Width
	d := theme.Size(b.label.SizeName) * 0.85
	return text + d + 8 + 2*theme.InnerPadding() + 3*theme.Padding()
}

// hugLayout gives its objects the width natural reports, or all the width there is when
// that is less; its label wraps only then. Wrapping is switched here rather than left on
// because a wrapping label's minimum height depends on a width it has not been given yet.
type hugLayout struct {
	natural func() float32
	label   *widget.Label
}

func (h *hugLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	natural := h.natural()
	wrap := fyne.TextWrapOff
	if natural > size.Width+0.5 {
		wrap = fyne.TextWrapWord
	}
	if h.label.Wrapping != wrap {
		h.label.Wrapping = wrap
		h.label.Refresh()
	}
	w := min(natural, size.Width)
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		o.Resize(fyne.NewSize(w, max(size.Height, o.MinSize().Height)))
	}
}

// MinSize is the height the badge needs as it is now laid out, and a narrow width: the
// badge may wrap rather than widen what holds it.
func (h *hugLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var m fyne.Size
	for _, o := range objects {
		m = m.Max(o.MinSize())
	}
	return fyne.NewSize(min(m.Width, 8*theme.TextSize()), m.Height)
}

// evidenceBadge shows an evidence label as text in an outlined pill with a coloured dot:
// the words carry the meaning, the colour only helps.
type evidenceBadge struct {
	box     *canvas.Rectangle
	dot     *canvas.Circle
	label   *widget.Label
	content fyne.CanvasObject
}

func newEvidenceBadge(size fyne.ThemeSizeName) *evidenceBadge {
	b := &evidenceBadge{
		box:   canvas.NewRectangle(color.Transparent),
		dot:   canvas.NewCircle(color.Transparent),
		label: widget.NewLabel(""),
	}
	b.label.SizeName = size
	b.box.CornerRadius = theme.InputRadiusSize() * 2
	b.box.StrokeWidth = 2
	d := theme.Size(size) * 0.85
	dot := container.NewCenter(container.NewGridWrap(fyne.NewSize(d, d), b.dot))
	b.content = container.NewStack(b.box, container.NewBorder(nil, nil,
		container.NewHBox(layoutSpacer(4), dot), layoutSpacer(4), b.label))
	return b
}

// Set shows an evidence label ("" hides the badge).
func (b *evidenceBadge) Set(e assets.Evidence) {
	if e == "" {
		b.content.Hide()
		b.label.SetText("")
		return
	}
	c := theme.Color(evidenceColors[e])
	b.box.StrokeColor = c
	b.box.FillColor = theme.Color(theme.ColorNameInputBackground)
	b.dot.FillColor = c
	b.content.Show()
	b.box.Refresh()
	b.dot.Refresh()
	b.label.SetText(lang.L("panel.evidence", map[string]any{"Label": e.Label()}))
}

// Text is the badge's words.
func (b *evidenceBadge) Text() string { return b.label.Text }

// markdownPage is a lazily loaded scrolling markdown page (glossary, references, about).
type markdownPage struct {
	load   func() (string, error)
	text   *widget.RichText
	scroll *container.Scroll
	loaded bool
}

func newMarkdownPage(load func() (string, error)) *markdownPage {
	m := &markdownPage{load: load, text: widget.NewRichText()}
	m.text.Wrapping = fyne.TextWrapWord
	m.scroll = container.NewVScroll(m.text)
	return m
}

// ensureLoaded reads the content the first time the page is shown.
func (m *markdownPage) ensureLoaded() {
	if m.loaded {
		return
	}
	md, err := m.load()
	if err != nil {
		log.Printf("content: %v", err)
		md = lang.L("panel.missing.body")
	}
	m.text.ParseMarkdown(md)
	m.loaded = true
}

func glossaryMarkdown() (string, error) {
	terms, err := assets.Glossary(assets.ContentLanguage())
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, t := range terms {
		fmt.Fprintf(&b, "## %s\n\n%s\n\n", t.Title, strings.TrimSpace(t.Markdown))
	}
	return b.String(), nil
}

func referencesMarkdown() (string, error) {
	refs, err := assets.References(assets.ContentLanguage())
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString("## " + lang.L("tab.references") + "\n\n")
	for _, r := range refs {
		b.WriteString("- " + r.Citation + "\n")
	}
	return b.String(), nil
}

func aboutMarkdown() (string, error) { return assets.About(assets.ContentLanguage()) }

// layoutSpacer is a fixed-width gap.
func layoutSpacer(w float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(w, 1))
	return r
}
