package diagrams

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"gutbrain/apptheme"
)

// palette is every colour the diagram draws, read from the app theme (the one palette).
// It is a comparable value: the renderer keeps the palette it last drew with and redraws
// its cached images only when a theme switch changes it.
type palette struct {
	bg, text, highlight, outline color.Color
	ink                          color.Color // the darker of background and text: nuclei, gaps, shade
	slit                         color.Color // the gaps between lining cells, behind the junctions

	neural, humoral, immune, stress color.Color

	lps, cytokine, serotonin, tryptophan, kynurenine, acetate, vagal color.Color

	lumen, bacteria, mucus, epithelium, junction, lamina, immuneCell color.Color
	blood, liver, bbb, brain, neuron, microglia                      color.Color
}

func currentPalette(w fyne.Widget) palette {
	c := func(n fyne.ThemeColorName) color.Color { return theme.ColorForWidget(n, w) }
	bg, text := c(theme.ColorNameBackground), c(apptheme.ColorDiagramText)
	ink := bg
	if luminance(text) < luminance(bg) {
		ink = text
	}
	// The slits between lining cells are shaded towards the ink: deeply where the ink is
	// the dark background, lightly where it is the dark text (light themes), so the LPS
	// and the junctions drawn on them keep 3:1 (apptheme/contrast_test.go).
	slitShade := 0.55
	if ink == text {
		slitShade = 0.15
	}
	return palette{
		bg: bg, ink: ink, text: text, slit: mix(c(apptheme.ColorLamina), ink, slitShade),
		highlight: c(apptheme.ColorHighlight), outline: c(apptheme.ColorOutline),

		neural: c(apptheme.ColorNeural), humoral: c(apptheme.ColorHumoral),
		immune: c(apptheme.ColorImmune), stress: c(apptheme.ColorStress),

		lps: c(apptheme.ColorLPS), cytokine: c(apptheme.ColorCytokine), serotonin: c(apptheme.ColorSerotonin),
		tryptophan: c(apptheme.ColorTryptophan), kynurenine: c(apptheme.ColorKynurenine),
		acetate: c(apptheme.ColorAcetate), vagal: c(apptheme.ColorVagal),

		lumen: c(apptheme.ColorLumen), bacteria: c(apptheme.ColorBacteria), mucus: c(apptheme.ColorMucus),
		epithelium: c(apptheme.ColorEpithelium), junction: c(apptheme.ColorJunction),
		lamina: c(apptheme.ColorLamina), immuneCell: c(apptheme.ColorImmuneCell),
		blood: c(apptheme.ColorBlood), liver: c(apptheme.ColorLiver), bbb: c(apptheme.ColorBBB),
		brain: c(apptheme.ColorBrain), neuron: c(apptheme.ColorNeuron), microglia: c(apptheme.ColorMicroglia),
	}
}

// kindColor is the colour of a particle kind.
func (p *palette) kindColor(k ParticleKind) color.Color {
	switch k {
	case ParticleLPS:
		return p.lps
	case ParticleCytokine:
		return p.cytokine
	case ParticleSerotonin:
		return p.serotonin
	case ParticleTryptophan:
		return p.tryptophan
	case ParticleKynurenine:
		return p.kynurenine
	case ParticleAcetate:
		return p.acetate
	}
	return p.vagal
}

func nrgba(c color.Color) color.NRGBA {
	if n, ok := c.(color.NRGBA); ok {
		return n
	}
	return color.NRGBAModel.Convert(c).(color.NRGBA)
}

// alpha returns c with its opacity multiplied by a (0..1).
func alpha(c color.Color, a float64) color.NRGBA {
	n := nrgba(c)
	n.A = uint8(math.Round(float64(n.A) * clamp(a, 0, 1)))
	return n
}

// mix blends a towards b by t (0 = a, 1 = b), keeping a's opacity.
func mix(a, b color.Color, t float64) color.NRGBA {
	x, y := nrgba(a), nrgba(b)
	t = clamp(t, 0, 1)
	l := func(p, q uint8) uint8 { return uint8(math.Round(float64(p) + (float64(q)-float64(p))*t)) }
	return color.NRGBA{R: l(x.R, y.R), G: l(x.G, y.G), B: l(x.B, y.B), A: x.A}
}

func luminance(c color.Color) float64 {
	n := nrgba(c)
	return (0.2126*float64(n.R) + 0.7152*float64(n.G) + 0.0722*float64(n.B)) / 255
}
