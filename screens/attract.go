package screens

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gutbrain/apptheme"
)

// AttractBeatInterval is how long the attract loop shows each beat: long enough to read
// three short sentences from a few steps away.
const AttractBeatInterval = 12 * time.Second

// attractView is what the kiosk shows while nobody is using it: the story's current beat
// in large type beside the diagram, and a large call to action where the explorer's
// controls will be. Its parts fill the kiosk layout's bottom and right regions; the
// kiosk lays a full-screen TouchLayer over it, so a touch anywhere enters the explorer.
type attractView struct {
	beat   *beatText
	cta    *callToAction
	bottom fyne.CanvasObject
	right  fyne.CanvasObject
}

func newAttractView(p *StoryPlayer) *attractView {
	v := &attractView{beat: newBeatText(p, true)}
	appTitle := widget.NewLabel(lang.L("app.title"))
	appTitle.SizeName = theme.SizeNameHeadingText
	appTitle.TextStyle = fyne.TextStyle{Bold: true}
	tagline := widget.NewLabel(lang.L("kiosk.tagline"))
	tagline.SizeName = theme.SizeNameSubHeadingText
	tagline.Wrapping = fyne.TextWrapWord
	header := container.NewVBox(appTitle, tagline, widget.NewSeparator())
	v.right = container.NewBorder(header, noteLabel(lang.L("disclaimer.short")), nil, nil, v.beat.content)

	v.cta = newCallToAction(lang.L("kiosk.touch"))
	v.bottom = container.NewCenter(v.cta.content)
	return v
}

// callToAction is the attract loop's "Touch to explore": a large pill in the primary
// colour with a pointing hand. It is a picture, not a button — the whole screen is the
// button — so it never competes with the touch layer for the tap.
type callToAction struct {
	pill    *canvas.Rectangle
	text    *canvas.Text
	icon    *canvas.Image
	content fyne.CanvasObject
}

func newCallToAction(label string) *callToAction {
	c := &callToAction{}
	c.pill = canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	c.text = canvas.NewText(label, theme.Color(theme.ColorNameBackground))
	c.text.TextStyle = fyne.TextStyle{Bold: true}
	c.text.TextSize = theme.Size(apptheme.SizeNameBeatTitle)
	c.icon = canvas.NewImageFromResource(theme.NewColoredResource(ctaIcon(), theme.ColorNameBackground))
	c.icon.FillMode = canvas.ImageFillContain
	side := c.text.TextSize * 1.3
	c.icon.SetMinSize(fyne.NewSquareSize(side))
	padX := c.text.TextSize
	row := container.NewHBox(c.icon, c.text)
	c.pill.CornerRadius = (row.MinSize().Height + padX) / 2
	c.content = container.NewStack(c.pill,
		container.New(touchSize{fyne.Size{}}, container.NewPadded(container.NewPadded(
			container.NewHBox(layoutSpacer(padX/2), c.icon, c.text, layoutSpacer(padX/2))))))
	return c
}

// ctaIcon is a hand touching a screen: Material Design's "touch_app" icon (Apache 2.0, the
// icon family Fyne's own theme icons come from).
func ctaIcon() fyne.Resource { return touchAppIcon }

var touchAppIcon = fyne.NewStaticResource("touch_app.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">`+
	`<path fill="#000000" d="M9 11.24V7.5C9 6.12 10.12 5 11.5 5S14 6.12 14 7.5v3.74c1.21-.81 2-2.18 2-3.74C16 5.01 13.99 3 11.5 3S7 5.01 7 7.5c0 1.56.79 2.93 2 3.74zm9.84 4.63l-4.54-2.26c-.17-.07-.35-.11-.54-.11H13v-6c0-.83-.67-1.5-1.5-1.5S10 6.67 10 7.5v10.74l-3.43-.72c-.08-.01-.15-.03-.24-.03-.31 0-.59.13-.79.33l-.79.8 4.94 4.94c.27.27.65.44 1.06.44h6.79c.75 0 1.33-.55 1.44-1.28l.75-5.27c.01-.07.02-.14.02-.2 0-.62-.38-1.16-.91-1.38z"/></svg>`))
