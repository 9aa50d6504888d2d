package apptheme

import (
	"image/color"
	"math"
)

// WCAG 2.2 contrast (success criteria 1.4.3, 1.4.6 and 1.4.11): the relative luminance of
// an sRGB colour and the contrast ratio of two colours, as defined in the WCAG 2.2
// glossary ("relative luminance", "contrast ratio").

// Minimum contrast ratios of WCAG 2.2 level AA.
const (
	// MinTextContrast is the minimum for text and images of text (1.4.3).
	MinTextContrast = 4.5
	// MinNonTextContrast is the minimum for graphics needed to understand the content and
	// for the boundaries and states of controls (1.4.11).
	MinNonTextContrast = 3.0
)

// RelativeLuminance is the WCAG relative luminance of c, 0 (black) to 1 (white). The
// colour's alpha is ignored: composite a translucent colour over what it is drawn on
// (Over) before measuring it.
func RelativeLuminance(c color.Color) float64 {
	n := straight(c)
	lin := func(v uint16) float64 {
		s := float64(v) / 0xFFFF
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(n.R) + 0.7152*lin(n.G) + 0.0722*lin(n.B)
}

// ContrastRatio is the WCAG contrast ratio of fg drawn on bg, from 1 (none) to 21 (black
// on white); it is symmetric for opaque colours. A translucent fg is first composited over
// bg, as it would be drawn. bg must be what is really behind fg: if it is itself
// translucent, composite it over its own background with Over first (its alpha is
// otherwise ignored).
func ContrastRatio(fg, bg color.Color) float64 {
	b := straight(bg)
	b.A = 0xFFFF
	a, l := RelativeLuminance(Over(fg, b)), RelativeLuminance(b)
	if a < l {
		a, l = l, a
	}
	return (a + 0.05) / (l + 0.05)
}

// Over composites fg over an opaque bg the way the app's renderers blend (source-over in
// sRGB space) and returns the opaque result.
func Over(fg, bg color.Color) color.NRGBA {
	f, b := straight(fg), straight(bg)
	a := float64(f.A) / 0xFFFF
	ch := func(x, y uint16) uint8 {
		v := (float64(x)*a + float64(y)*(1-a)) / 0xFFFF * 0xFF
		return uint8(math.Round(math.Max(0, math.Min(0xFF, v))))
	}
	return color.NRGBA{R: ch(f.R, b.R), G: ch(f.G, b.G), B: ch(f.B, b.B), A: 0xFF}
}

// straight converts any colour to non-premultiplied 16-bit channels.
func straight(c color.Color) color.NRGBA64 {
	return color.NRGBA64Model.Convert(c).(color.NRGBA64)
}
