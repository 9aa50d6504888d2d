package screens

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gutbrain/apptheme"
)

// StillThere is the kiosk's idle warning: a dimmed screen with "Still there?" and a
// countdown in large figures. Touching it anywhere — a tap or just a press — means
// someone is there; the whole overlay is the target, so nobody has to aim.
type StillThere struct {
	widget.BaseWidget

	// OnTouched runs when the overlay is touched.
	OnTouched func()

	seconds int
	r       *stillThereRenderer
}

var (
	_ fyne.Tappable     = (*StillThere)(nil)
	_ desktop.Mouseable = (*StillThere)(nil)
)

// NewStillThere returns the overlay; it calls touched when touched.
func NewStillThere(touched func()) *StillThere {
	s := &StillThere{OnTouched: touched, seconds: -1}
	s.ExtendBaseWidget(s)
	return s
}

// SetSeconds shows the seconds left. Only a change of the whole number redraws.
func (s *StillThere) SetSeconds(n int) {
	if n == s.seconds {
		return
	}
	s.seconds = n
	if s.r != nil {
		s.r.number.Text = strconv.Itoa(n)
		s.r.number.Refresh()
	}
}

// Seconds is the number on show.
func (s *StillThere) Seconds() int { return s.seconds }

// Tapped reports a touch.
func (s *StillThere) Tapped(*fyne.PointEvent) { s.touch() }

// MouseDown reports a touch as soon as the finger lands.
func (s *StillThere) MouseDown(*desktop.MouseEvent) { s.touch() }

// MouseUp is part of desktop.Mouseable.
func (s *StillThere) MouseUp(*desktop.MouseEvent) {}

func (s *StillThere) touch() {
	if s.OnTouched != nil && s.Visible() {
		s.OnTouched()
	}
}

// CreateRenderer is part of fyne.Widget.
func (s *StillThere) CreateRenderer() fyne.WidgetRenderer {
	r := &stillThereRenderer{s: s}
	r.dim = canvas.NewRectangle(theme.Color(apptheme.ColorSpotlightDim))
	r.card = canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	r.card.CornerRadius = 24
	r.card.StrokeWidth = 2
	r.card.StrokeColor = theme.Color(theme.ColorNamePrimary)
	title := widget.NewLabel(lang.L("kiosk.still.title"))
	title.SizeName = apptheme.SizeNameBeatTitle
	title.TextStyle = fyne.TextStyle{Bold: true}
	title.Alignment = fyne.TextAlignCenter
	body := widget.NewLabel(lang.L("kiosk.still.body"))
	body.SizeName = apptheme.SizeNameNarration
	body.Alignment = fyne.TextAlignCenter
	body.Wrapping = fyne.TextWrapWord
	r.number = canvas.NewText(strconv.Itoa(max(s.seconds, 0)), theme.Color(theme.ColorNamePrimary))
	r.number.TextStyle = fyne.TextStyle{Bold: true}
	r.number.Alignment = fyne.TextAlignCenter
	caption := widget.NewLabel(lang.L("kiosk.still.caption"))
	caption.Alignment = fyne.TextAlignCenter
	caption.Wrapping = fyne.TextWrapWord
	r.text = container.NewVBox(title, body, r.number, caption)
	r.applyTheme()
	s.r = r
	return r
}

// stillThereRenderer centres a card over the dimmed screen.
type stillThereRenderer struct {
	s         *StillThere
	dim, card *canvas.Rectangle
	number    *canvas.Text
	text      *fyne.Container
}

func (r *stillThereRenderer) applyTheme() {
	// canvas.Text with its own size does not follow the theme: size it from the theme here.
	r.number.TextSize = theme.Size(apptheme.SizeNameBeatTitle) * 3
	r.number.Color = theme.Color(theme.ColorNamePrimary)
	r.dim.FillColor = theme.Color(apptheme.ColorSpotlightDim)
	r.card.FillColor = theme.Color(theme.ColorNameOverlayBackground)
	r.card.StrokeColor = theme.Color(theme.ColorNamePrimary)
}

func (r *stillThereRenderer) Layout(size fyne.Size) {
	r.dim.Resize(size)
	pad := theme.Padding() * 4
	w := min(size.Width*0.6, max(640, size.Width*0.4))
	r.text.Resize(fyne.NewSize(w-2*pad, r.text.MinSize().Height))
	h := r.text.MinSize().Height + 2*pad
	pos := fyne.NewPos((size.Width-w)/2, (size.Height-h)/2)
	r.card.Move(pos)
	r.card.Resize(fyne.NewSize(w, h))
	r.text.Move(pos.AddXY(pad, pad))
	r.text.Resize(fyne.NewSize(w-2*pad, h-2*pad))
}

func (r *stillThereRenderer) MinSize() fyne.Size { return fyne.Size{} }

func (r *stillThereRenderer) Refresh() {
	r.applyTheme()
	r.number.Text = strconv.Itoa(max(r.s.seconds, 0))
	r.dim.Refresh()
	r.card.Refresh()
	r.text.Refresh()
}

func (r *stillThereRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.dim, r.card, r.text}
}

func (r *stillThereRenderer) Destroy() {}
