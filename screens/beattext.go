package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gutbrain/apptheme"
)

// beatText shows one story beat as text — progress, title, evidence label, narration —
// with no controls, for the kiosk's attract loop and its Story page. Nothing in it is
// tappable and nothing scrolls: a narration is at most three sentences.
type beatText struct {
	player    *StoryPlayer
	progress  *widget.Label
	title     *widget.Label
	badge     *evidenceBadge
	narration *widget.Label
	content   fyne.CanvasObject
	shown     int
}

// newBeatText builds the text; large uses the lecture's hall-sized title and narration.
func newBeatText(p *StoryPlayer, large bool) *beatText {
	t := &beatText{player: p, shown: -1}
	t.progress = widget.NewLabel("")
	t.title = widget.NewLabel("")
	t.title.TextStyle = fyne.TextStyle{Bold: true}
	t.title.Wrapping = fyne.TextWrapWord
	t.narration = widget.NewLabel("")
	t.narration.Wrapping = fyne.TextWrapWord
	badge := theme.SizeNameText
	if large {
		t.title.SizeName = apptheme.SizeNameBeatTitle
		t.narration.SizeName = apptheme.SizeNameNarration
		t.progress.SizeName = theme.SizeNameSubHeadingText
		badge = theme.SizeNameSubHeadingText
	} else {
		t.title.SizeName = theme.SizeNameHeadingText
		t.narration.SizeName = theme.SizeNameSubHeadingText
	}
	t.badge = newEvidenceBadge(badge)
	t.content = container.NewVBox(t.progress, t.title, t.badge.hugging(), t.narration)
	return t
}

// show displays beat i (out-of-range indexes are ignored). Text is set only when the beat
// changes, so calling it again costs nothing.
func (t *beatText) show(i int) {
	if i < 0 || i >= t.player.Len() || i == t.shown {
		return
	}
	t.shown = i
	b := t.player.Beat(i)
	t.progress.SetText(lang.L("beat.progress", map[string]any{"N": i + 1, "Total": t.player.Len()}))
	t.title.SetText(b.Title)
	t.badge.Set(b.Evidence)
	t.narration.SetText(b.Narration)
}
