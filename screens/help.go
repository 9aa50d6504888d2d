package screens

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// newHelpSheet lays out a mode's keyboard help as two columns, made from the hotkey
// table: the keys, and what they do, which wraps. It scrolls when it is taller than the
// window (large text, a long language).
func newHelpSheet(m Mode) fyne.CanvasObject {
	form := container.New(layout.NewFormLayout())
	for _, r := range HelpRows(m) {
		keys := strings.Join(r.Keys, ", ")
		if r.Action == ActionDigit {
			keys = lang.L("key.digits")
		}
		k := widget.NewLabel(keys)
		k.TextStyle = fyne.TextStyle{Bold: true}
		d := widget.NewLabel(r.Action.Description())
		d.Wrapping = fyne.TextWrapWord
		form.Add(k)
		form.Add(d)
	}
	return container.NewVScroll(form)
}

// showHelp opens the keyboard help for a mode over the window.
func showHelp(m Mode, w fyne.Window) dialog.Dialog {
	d := dialog.NewCustom(lang.L("help.title"), lang.L("help.close"), newHelpSheet(m), w)
	size := w.Canvas().Size()
	d.Resize(fyne.NewSize(size.Width*0.6, size.Height*0.8))
	d.Show()
	return d
}
