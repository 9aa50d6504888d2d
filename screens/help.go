package screens

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// newHelpSheet lays out a mode's keyboard help as two columns, made from the hotkey
// table: the keys, and what they do; both wrap (helpLayout). It scrolls when it is taller
// than the window (large text, a long language), with the keyboard too (scrollFocus).
func newHelpSheet(m Mode) *scrollFocus {
	form := container.New(helpLayout{})
	for _, r := range HelpRows(m) {
		keys := strings.Join(r.Keys, ", ")
		if r.Action == ActionDigit {
			keys = lang.L("key.digits")
		}
		k := widget.NewLabel(keys)
		k.TextStyle = fyne.TextStyle{Bold: true}
		k.Wrapping = fyne.TextWrapWord
		d := widget.NewLabel(r.Action.Description())
		d.Wrapping = fyne.TextWrapWord
		form.Add(k)
		form.Add(d)
	}
	return newScrollFocus(container.NewVScroll(form))
}

// openHelp is the help sheet each window shows, with the pop-up it shows in. The sheet
// hands the keys it does not use to the window, so F1 or ? pressed again would pile a
// second sheet on the first (found by the GUI fuzz).
var openHelp = map[fyne.Window]helpShown{}

type helpShown struct {
	d   dialog.Dialog
	pop fyne.CanvasObject
}

// showHelp opens the keyboard help for a mode over the window, with the keyboard on the
// sheet: arrows and Page keys scroll it, Esc closes it, Tab reaches the Close button.
// While the window shows a help sheet it opens no other.
func showHelp(m Mode, w fyne.Window) dialog.Dialog {
	if h, ok := openHelp[w]; ok && h.pop.Visible() && slices.Contains(w.Canvas().Overlays().List(), h.pop) {
		return h.d
	}
	sheet := newHelpSheet(m)
	d := dialog.NewCustom(lang.L("help.title"), lang.L("help.close"), sheet.content, w)
	d.SetOnClosed(func() { delete(openHelp, w) })
	sheet.OnEscape = d.Hide
	size := w.Canvas().Size()
	d.Resize(fyne.NewSize(size.Width*0.6, size.Height*0.8))
	d.Show()
	openHelp[w] = helpShown{d, w.Canvas().Overlays().Top()}
	w.Canvas().Focus(sheet)
	return d
}
