package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gutbrain/assets"
)

// The kiosk explorer's right-hand column: pages chosen with a grid of big buttons instead
// of Fyne's tabs and drop-downs (whose pop-up lists scroll, and lose taps on touch screens
// in Fyne 2.7.1). Text that can be longer than the screen scrolls with big Up/Down
// buttons, because a finger drag does not scroll a Fyne scroll container on desktop.

// The kiosk pages, in button order.
const (
	pageExplain = iota
	pageTopics
	pageStory
	pageMeasures
	pageGlossary
	pageReferences
	pageAbout
	numPages
)

var pageKeys = [numPages]string{"tab.explain", "kiosk.topics", "tab.story", "kiosk.measures",
	"tab.glossary", "tab.references", "tab.about"}

// kioskPages switches between the pages; one is visible at a time.
type kioskPages struct {
	tabs     *segmented
	pages    [numPages]fyne.CanvasObject
	pagers   []*pager
	markdown map[int]*markdownPage
	story    *beatText
	current  int
	content  fyne.CanvasObject
}

func newKioskPages(k *Kiosk) *kioskPages {
	e := k.ex
	p := &kioskPages{markdown: map[int]*markdownPage{}, current: -1}
	labels := make([]string, numPages)
	for i, key := range pageKeys {
		labels[i] = lang.L(key)
	}
	p.tabs = newSegmented(labels, func(i int) { k.touched(); p.show(i) })
	tabCells := make([]fyne.CanvasObject, len(p.tabs.buttons))
	for i, b := range p.tabs.buttons {
		tabCells[i] = touchSized(b)
	}
	tabGrid := container.NewGridWithColumns(4, tabCells...)

	explainPager := newPager(e.panel.scroll, k.touched)
	p.pagers = append(p.pagers, explainPager)
	p.pages[pageExplain] = container.NewBorder(nil, explainPager.content, nil, nil, e.panel.content)
	p.pages[pageTopics] = p.topicsPage(k)
	p.pages[pageStory] = p.storyPage(k)
	p.pages[pageMeasures] = container.NewVBox(e.gauges, e.plot, e.plotLegend(), noteLabel(lang.L("gauges.note")))
	for _, mp := range []struct {
		page int
		load func() (string, error)
	}{{pageGlossary, glossaryMarkdown}, {pageReferences, referencesMarkdown}, {pageAbout, aboutMarkdown}} {
		m := newMarkdownPage(mp.load)
		p.markdown[mp.page] = m
		pg := newPager(m.scroll, k.touched)
		p.pagers = append(p.pagers, pg)
		p.pages[mp.page] = container.NewBorder(nil, pg.content, nil, nil, m.scroll)
	}
	stack := container.NewStack(p.pages[:]...)
	disclaimer := noteLabel(lang.L("disclaimer.short"))
	p.content = container.NewBorder(tabGrid, disclaimer, nil, nil, stack)
	p.show(pageExplain)
	return p
}

// noteLabel is small wrapped text.
func noteLabel(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.SizeName = theme.SizeNameCaptionText
	l.Wrapping = fyne.TextWrapWord
	return l
}

// topicsPage lists the article's topics as big buttons, one a row (some titles are long);
// a topic opens in Explain.
func (p *kioskPages) topicsPage(k *Kiosk) fyne.CanvasObject {
	var cells []fyne.CanvasObject
	for _, id := range assets.TopicIDs() {
		_, cell := touchButton(topicTitle(id), nil, func() {
			k.touched()
			k.ex.Select(id)
			k.afterAction()
			p.show(pageExplain)
		})
		cells = append(cells, cell)
	}
	return container.NewVBox(cells...)
}

// storyPage shows the current beat with big Back and Next buttons; the diagram follows.
func (p *kioskPages) storyPage(k *Kiosk) fyne.CanvasObject {
	p.story = newBeatText(k.ex.story, false)
	step := func(f func()) func() {
		return func() {
			k.touched()
			f()
			k.afterAction()
		}
	}
	_, prevCell := touchButton(lang.L("story.prev"), theme.NavigateBackIcon(), step(k.ex.story.Prev))
	next, nextCell := touchButton(lang.L("story.next"), theme.NavigateNextIcon(), step(k.ex.story.Next))
	next.IconPlacement = widget.ButtonIconTrailingText
	nav := container.NewGridWithColumns(2, prevCell, nextCell)
	return container.NewBorder(nil, nav, nil, nil, p.story.content)
}

// show makes page i the visible one.
func (p *kioskPages) show(i int) {
	if i < 0 || i >= numPages {
		return
	}
	if m, ok := p.markdown[i]; ok {
		if !m.loaded {
			m.ensureLoaded()
			kioskText(m.text)
		}
	}
	p.tabs.Select(i)
	if i == p.current {
		return
	}
	p.current = i
	for j, pg := range p.pages {
		if j == i {
			pg.Show()
		} else {
			pg.Hide()
		}
	}
	for _, pg := range p.pagers {
		pg.update()
	}
}

// Current is the visible page.
func (p *kioskPages) Current() int { return p.current }
