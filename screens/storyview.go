package screens

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// storyView shows the current beat — progress ("5 / 14"), title, evidence label and
// narration — with buttons and a beat list to move through the story.
type storyView struct {
	player  *StoryPlayer
	text    *beatText
	prev    *keyButton
	next    *keyButton
	list    *widget.Select
	content fyne.CanvasObject

	showing bool // true while show() updates the list, so it does not jump
}

// newStoryView builds the view; large uses the hall-sized narration and title text.
func newStoryView(p *StoryPlayer, large bool) *storyView {
	v := &storyView{player: p, text: newBeatText(p, large)}

	var names []string
	for i := 0; i < p.Len(); i++ {
		names = append(names, beatName(i, p))
	}
	v.list = widget.NewSelect(names, func(name string) {
		if v.showing {
			return
		}
		for i, n := range names {
			if n == name {
				p.Go(i)
			}
		}
	})
	v.list.PlaceHolder = lang.L("story.list")
	v.prev = newKeyButton(lang.L("story.prev"), theme.NavigateBackIcon(), p.Prev)
	v.next = newKeyButton(lang.L("story.next"), theme.NavigateNextIcon(), p.Next)
	v.next.IconPlacement = widget.ButtonIconTrailingText

	var nav fyne.CanvasObject = container.NewBorder(nil, nil, v.prev, v.next, v.list)
	if LargeText() { // one row would be wider than the panel
		nav = container.NewVBox(container.NewGridWithColumns(2, v.prev, v.next), v.list)
	}
	v.content = container.NewBorder(nil, nav, nil, nil, container.NewVScroll(v.text.content))
	return v
}

func beatName(i int, p *StoryPlayer) string {
	return fmt.Sprintf("%d. %s", i+1, p.Beat(i).Title)
}

// show displays beat i.
func (v *storyView) show(i int) {
	if i < 0 || i >= v.player.Len() {
		return
	}
	v.text.show(i)
	v.showing = true
	v.list.SetSelected(beatName(i, v.player))
	v.showing = false
	if i == 0 {
		v.prev.Disable()
	} else {
		v.prev.Enable()
	}
	if i == v.player.Len()-1 {
		v.next.Disable()
	} else {
		v.next.Enable()
	}
}

// Progress is the progress text on screen, e.g. "5 / 14".
func (v *storyView) Progress() string { return v.text.progress.Text }
