package screens

import (
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/software"
	"fyne.io/fyne/v2/widget"

	"gutbrain/apptheme"
	"gutbrain/diagrams"
)

// SlideSize is the size of a saved slide image: full HD, for presentation software.
var SlideSize = fyne.NewSize(1920, 1080)

// slideWarmFrames animates the particles for a few seconds before the picture is taken,
// so a slide shows a settled scene; the particle motion is deterministic.
const slideWarmFrames = 150

// RenderSlide draws beat i as a slide — the diagram in the beat's exact state with the
// beat's title, evidence label and narration — through Fyne's software renderer, so it
// needs no display. It uses the current theme (the projector theme in lecture mode).
func RenderSlide(p *StoryPlayer, i int, size fyne.Size) image.Image {
	b := p.Beat(i)
	m := p.BeatState(i)
	d := diagrams.NewDiagram()
	if onDiagram(b.Select) {
		d.Select(diagrams.Part(b.Select))
	}
	title := widget.NewLabel(b.Title)
	title.TextStyle = fyne.TextStyle{Bold: true}
	title.SizeName = apptheme.SizeNameBeatTitle
	title.Wrapping = fyne.TextWrapWord
	badge := newEvidenceBadge(apptheme.SizeNameNarration)
	badge.Set(b.Evidence)
	narration := widget.NewLabel(b.Narration)
	narration.SizeName = apptheme.SizeNameNarration
	narration.Wrapping = fyne.TextWrapWord
	legend := diagrams.NewLegend()

	header := container.NewBorder(nil, nil, nil, badge.content, title)
	content := container.NewBorder(header, container.NewVBox(legend, narration), nil, nil, d)
	c := software.NewCanvas()
	c.SetPadded(true)
	c.SetContent(content)
	c.Resize(size.AddWidthHeight(1, 1)) // settle the wrapping legend, as ResizeSettled does
	c.Resize(size)
	st, in := m.State(), m.Inputs()
	for k := 0; k < slideWarmFrames; k++ {
		d.SetState(st, in)
		d.Step(1.0 / 30)
	}
	return c.Capture()
}

// onDiagram reports whether an id names a part drawn on the diagram.
func onDiagram(id string) bool {
	for _, p := range diagrams.Parts() {
		if string(p) == id {
			return true
		}
	}
	return false
}
