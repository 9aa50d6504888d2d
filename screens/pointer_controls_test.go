package screens

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"gutbrain/apptheme"
)

// The sliders' tracks are drawn in the input-border colour, which stands out from the
// page by 3:1 (apptheme's contrast test), in every theme and after switching themes —
// checked in the rendered pixels, not only in the renderer's fields.
func TestSliderTrackStandsOutInEveryTheme(t *testing.T) {
	ex, win := newTestExplorer(t, 1280, 800)
	ex.SetStress(0)
	for _, v := range apptheme.Variants() {
		t.Run(string(v), func(t *testing.T) {
			th := apptheme.New(v, 1)
			fyne.CurrentApp().Settings().SetTheme(th)
			want := th.Color(theme.ColorNameInputBorder, fyne.CurrentApp().Settings().ThemeVariant())
			page := th.Color(theme.ColorNameBackground, fyne.CurrentApp().Settings().ThemeVariant())
			if r := apptheme.ContrastRatio(want, page); r < 3 {
				t.Fatalf("track colour %v on the page %v: %.2f:1, want 3:1", want, page, r)
			}
			img := win.Canvas().Capture()
			s := ex.controls.stress
			o := pixelOrigin(win.Canvas(), s)
			scale := win.Canvas().Scale()
			// Three quarters along an empty track (stress 0), on its centre line.
			x := int((o.X + s.Size().Width*0.75) * scale)
			y := int((o.Y + s.Size().Height/2) * scale)
			if got := img.At(x, y); !sameColour(got, want) {
				t.Errorf("slider track pixel at (%d,%d) is %v, want the input border %v", x, y, got, want)
			}
		})
	}
}

func sameColour(a, b color.Color) bool {
	ar, ag, ab, _ := a.RGBA()
	br, bg, bb, _ := b.RGBA()
	near := func(x, y uint32) bool { return x>>8 <= y>>8+2 && y>>8 <= x>>8+2 }
	return near(ar, br) && near(ag, bg) && near(ab, bb)
}
