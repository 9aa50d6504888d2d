package screens

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"gutbrain/apptheme"
)

// Touch sizes for the kiosk, in Fyne units at scale 1 (pixels on a 1080p screen): a
// fingertip needs a target of at least 48×48 with at least 8 between targets (the
// figures of Android's and WCAG's touch-target guidance).
const (
	TouchTarget float32 = 48
	TouchGap    float32 = 8
)

// DefaultKioskScale is the kiosk's text scale when neither --scale nor the config sets
// one: read at arm's length by people who did not choose to sit down at a computer.
const DefaultKioskScale = 1.25

// kioskLegendText is the legend's text size on the kiosk: the legend's entries are twice
// their text size tall, so this makes each entry a touch target with a little to spare.
const kioskLegendText float32 = TouchTarget/2 + 1

// KioskTheme is the app's palette (apptheme, unchanged) with touch-sized spacing: gaps of
// at least TouchGap between neighbouring controls and scroll bars that are always wide,
// since a touch screen has no hover to widen them.
type KioskTheme struct {
	base *apptheme.Theme
}

var _ fyne.Theme = (*KioskTheme)(nil)

// NewKioskTheme returns the kiosk theme for a palette variant at a text scale.
func NewKioskTheme(v apptheme.Variant, scale float32) *KioskTheme {
	return &KioskTheme{base: apptheme.New(v, scale)}
}

// Color is the app's palette.
func (t *KioskTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return t.base.Color(n, v)
}

// Font is the app's font.
func (t *KioskTheme) Font(s fyne.TextStyle) fyne.Resource { return t.base.Font(s) }

// Icon is the app's icon set.
func (t *KioskTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }

// Size is the app's size, with the touch minimums applied.
func (t *KioskTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.base.Size(n)
	switch n {
	case theme.SizeNamePadding:
		return max(s, TouchGap)
	case theme.SizeNameScrollBar, theme.SizeNameScrollBarSmall:
		return max(t.base.Size(theme.SizeNameScrollBar), 20)
	}
	return s
}

// legendTheme makes the diagram legend's entries touch-sized (see kioskLegendText).
type legendTheme struct{ fyne.Theme }

func (t legendTheme) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameText {
		return max(t.Theme.Size(n), kioskLegendText)
	}
	return t.Theme.Size(n)
}
