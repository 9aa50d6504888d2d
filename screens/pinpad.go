package screens

import (
	"crypto/subtle"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gutbrain/apptheme"
)

// Limits of the operator PIN pad.
const (
	maxPinDigits   = 12
	maxPinAttempts = 5 // wrong PINs before the pad closes, so guessing is slow
)

// pinKeySize is a PIN key: well over a fingertip, as on a card terminal.
var pinKeySize = fyne.NewSize(112, 80)

// PinPad asks the operator for the kiosk's PIN with big digit keys — no text entry, which
// would bring up focus, a caret and (on some systems) an on-screen keyboard. It also takes
// digits, Backspace, Enter and Esc from a keyboard through TypeKey.
type PinPad struct {
	widget.BaseWidget

	// OnSuccess runs when the right PIN is confirmed; OnCancel when the operator cancels or
	// too many wrong PINs were tried; OnTouched on every key, so the kiosk sees activity.
	OnSuccess, OnCancel, OnTouched func()

	pin      string
	entered  string
	attempts int
	dots     *widget.Label
	message  *widget.Label
	content  fyne.CanvasObject
	keys     []*widget.Button
}

// NewPinPad returns a pad that accepts pin.
func NewPinPad(pin string) *PinPad {
	p := &PinPad{pin: pin}
	p.ExtendBaseWidget(p)
	p.build()
	return p
}

func (p *PinPad) build() {
	title := widget.NewLabel(lang.L("kiosk.pin.title"))
	title.SizeName = theme.SizeNameHeadingText
	title.TextStyle = fyne.TextStyle{Bold: true}
	title.Alignment = fyne.TextAlignCenter
	p.message = widget.NewLabel(lang.L("kiosk.pin.prompt"))
	p.message.Alignment = fyne.TextAlignCenter
	p.dots = widget.NewLabel("")
	p.dots.SizeName = theme.SizeNameHeadingText
	p.dots.Alignment = fyne.TextAlignCenter

	key := func(label string, icon fyne.Resource, f func()) fyne.CanvasObject {
		b := widget.NewButtonWithIcon(label, icon, func() { p.touch(); f() })
		p.keys = append(p.keys, b)
		return container.New(touchSize{pinKeySize}, b)
	}
	var grid []fyne.CanvasObject
	for d := 1; d <= 9; d++ {
		s := strconv.Itoa(d)
		grid = append(grid, key(s, nil, func() { p.Digit(s) }))
	}
	grid = append(grid,
		key("", theme.NavigateBackIcon(), p.Backspace),
		key("0", nil, func() { p.Digit("0") }),
		key(lang.L("kiosk.pin.ok"), theme.ConfirmIcon(), p.Confirm))
	cancel := key(lang.L("kiosk.pin.cancel"), theme.CancelIcon(), p.Cancel)
	p.content = container.NewVBox(title, p.message, p.dots, container.NewGridWithColumns(3, grid...), cancel)
	p.showDots()
}

// Reset clears the entry and the message (the kiosk calls it when it opens the pad).
func (p *PinPad) Reset() {
	p.entered, p.attempts = "", 0
	p.message.SetText(lang.L("kiosk.pin.prompt"))
	p.showDots()
}

// Digit adds a digit.
func (p *PinPad) Digit(d string) {
	if len(p.entered) < maxPinDigits {
		p.entered += d
		p.showDots()
	}
}

// Backspace removes the last digit.
func (p *PinPad) Backspace() {
	if p.entered != "" {
		p.entered = p.entered[:len(p.entered)-1]
		p.showDots()
	}
}

// Confirm checks the entered PIN.
func (p *PinPad) Confirm() {
	ok := subtle.ConstantTimeCompare([]byte(p.entered), []byte(p.pin)) == 1
	p.entered = ""
	p.showDots()
	if ok {
		if p.OnSuccess != nil {
			p.OnSuccess()
		}
		return
	}
	p.attempts++
	if p.attempts >= maxPinAttempts {
		p.Cancel()
		return
	}
	p.message.SetText(lang.L("kiosk.pin.wrong"))
}

// Cancel closes the pad without exiting.
func (p *PinPad) Cancel() {
	if p.OnCancel != nil {
		p.OnCancel()
	}
}

// TypeKey handles a key from a keyboard: digits, Backspace, Enter and Esc. It reports
// whether the key meant something to the pad.
func (p *PinPad) TypeKey(k fyne.KeyName) bool {
	switch {
	case len(k) == 1 && k[0] >= '0' && k[0] <= '9':
		p.Digit(string(k))
	case k == fyne.KeyBackspace || k == fyne.KeyDelete:
		p.Backspace()
	case k == fyne.KeyReturn || k == fyne.KeyEnter:
		p.Confirm()
	case k == fyne.KeyEscape:
		p.Cancel()
	default:
		return false
	}
	return true
}

func (p *PinPad) touch() {
	if p.OnTouched != nil {
		p.OnTouched()
	}
}

// showDots shows one dot per digit entered, never the digits.
func (p *PinPad) showDots() {
	if p.entered == "" {
		p.dots.SetText("–")
		return
	}
	p.dots.SetText(strings.TrimSpace(strings.Repeat("● ", len(p.entered))))
}

// Entered is the number of digits entered (tests).
func (p *PinPad) Entered() int { return len(p.entered) }

// Message is the pad's prompt or error on show.
func (p *PinPad) Message() string { return p.message.Text }

// Tapped swallows taps around the card, so nothing under the pad reacts while it is open.
func (p *PinPad) Tapped(*fyne.PointEvent) {}

// CreateRenderer is part of fyne.Widget.
func (p *PinPad) CreateRenderer() fyne.WidgetRenderer {
	r := &pinPadRenderer{p: p,
		dim:  canvas.NewRectangle(theme.Color(apptheme.ColorSpotlightDim)),
		card: canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground)),
	}
	r.card.CornerRadius = 24
	return r
}

// pinPadRenderer centres the pad's card over the dimmed screen.
type pinPadRenderer struct {
	p         *PinPad
	dim, card *canvas.Rectangle
}

func (r *pinPadRenderer) Layout(size fyne.Size) {
	r.dim.Resize(size)
	pad := theme.Padding() * 3
	inner := r.p.content.MinSize()
	card := inner.AddWidthHeight(2*pad, 2*pad)
	pos := fyne.NewPos((size.Width-card.Width)/2, (size.Height-card.Height)/2)
	r.card.Move(pos)
	r.card.Resize(card)
	r.p.content.Move(pos.AddXY(pad, pad))
	r.p.content.Resize(inner)
}

func (r *pinPadRenderer) MinSize() fyne.Size { return fyne.Size{} }

func (r *pinPadRenderer) Refresh() {
	r.dim.FillColor = theme.Color(apptheme.ColorSpotlightDim)
	r.card.FillColor = theme.Color(theme.ColorNameOverlayBackground)
	r.dim.Refresh()
	r.card.Refresh()
	r.p.content.Refresh()
}

func (r *pinPadRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.dim, r.card, r.p.content}
}

func (r *pinPadRenderer) Destroy() {}
