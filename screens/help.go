package screens

import (
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

// showHelp opens the keyboard help for a mode over the window, with the keyboard on the
// sheet: arrows and Page keys scroll it, Esc closes it, Tab reaches the Close button.
func showHelp(m Mode, w fyne.Window) dialog.Dialog {
	sheet := newHelpSheet(m)
	d := dialog.NewCustom(lang.L("help.title"), lang.L("help.close"), sheet.content, w)
	sheet.OnEscape = d.Hide
	size := w.Canvas().Size()
	d.Resize(fyne.NewSize(size.Width*0.6, size.Height*0.8))
	d.Show()
	w.Canvas().Focus(sheet)
	return d
}
