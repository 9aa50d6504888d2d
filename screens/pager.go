package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// pageFraction is how much of the visible text one Up/Down press scrolls: most of a
// screen, keeping a few lines in view so the reader does not lose their place.
const pageFraction = 0.85

// pager scrolls long text a page at a time with two big buttons. On the kiosk this
// replaces dragging (which Fyne's desktop driver does not turn into scrolling) and the
// thin scroll bar.
type pager struct {
	scroll   *container.Scroll
	up, down *widget.Button
	content  fyne.CanvasObject
}

func newPager(s *container.Scroll, touched func()) *pager {
	p := &pager{scroll: s}
	var up, down fyne.CanvasObject
	p.up, up = touchButton(lang.L("kiosk.page.up"), theme.MoveUpIcon(), func() { touched(); p.by(-1) })
	p.down, down = touchButton(lang.L("kiosk.page.down"), theme.MoveDownIcon(), func() { touched(); p.by(1) })
	p.content = container.NewGridWithColumns(2, up, down)
	return p
}

// maxOffset is how far the text can scroll.
func (p *pager) maxOffset() float32 {
	return max(0, p.scroll.Content.MinSize().Height-p.scroll.Size().Height)
}

// by scrolls one page up (-1) or down (+1).
func (p *pager) by(dir float32) {
	y := p.scroll.Offset.Y + dir*p.scroll.Size().Height*pageFraction
	p.scroll.ScrollToOffset(fyne.NewPos(0, min(max(y, 0), p.maxOffset())))
	p.update()
}

// update enables each button only when there is text in its direction.
func (p *pager) update() {
	setEnabled(p.up, p.scroll.Offset.Y > 0.5)
	setEnabled(p.down, p.scroll.Offset.Y < p.maxOffset()-0.5)
}

func setEnabled(b *widget.Button, on bool) {
	if on == b.Disabled() {
		if on {
			b.Enable()
		} else {
			b.Disable()
		}
	}
}
