// Package apptheme is the app's one palette: every colour the app draws, UI and diagram
// alike, comes from the Theme here, looked up by name.
//
// Route and particle colours come from the Okabe–Ito colour-blind-safe palette, tuned per
// variant so they read on that variant's background: lifted on the dark ground, darkened
// on the light ones, always keeping their hue. contrast_test.go measures every pair of
// colours the app draws one on the other against the WCAG 2.2 minimums (text 4.5:1,
// graphics and controls 3:1) in every variant; tune the values here against it.
package apptheme

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Diagram and evidence colour names. Widgets look them up with theme.Color(name) so a
// theme switch recolours everything from this one file.
const (
	// ColorNeural is the neural route (vagus nerve) and vagal impulses.
	ColorNeural fyne.ThemeColorName = "gb.neural"
	// ColorHumoral is the humoral route (blood-borne molecules).
	ColorHumoral fyne.ThemeColorName = "gb.humoral"
	// ColorImmune is the immune route (cytokines).
	ColorImmune fyne.ThemeColorName = "gb.immune"
	// ColorStress is the stress (HPA) loop from brain back to gut.
	ColorStress fyne.ThemeColorName = "gb.stress"

	// ColorLPS is the lipopolysaccharide particle.
	ColorLPS fyne.ThemeColorName = "gb.lps"
	// ColorCytokine is the cytokine particle.
	ColorCytokine fyne.ThemeColorName = "gb.cytokine"
	// ColorSerotonin is the serotonin particle (gut and brain).
	ColorSerotonin fyne.ThemeColorName = "gb.serotonin"
	// ColorTryptophan is the tryptophan particle.
	ColorTryptophan fyne.ThemeColorName = "gb.tryptophan"
	// ColorKynurenine is the kynurenine particle.
	ColorKynurenine fyne.ThemeColorName = "gb.kynurenine"
	// ColorAcetate is the acetate particle.
	ColorAcetate fyne.ThemeColorName = "gb.acetate"
	// ColorVagal is the vagal impulse.
	ColorVagal fyne.ThemeColorName = "gb.vagal"

	// ColorLumen is the gut lumen fill.
	ColorLumen fyne.ThemeColorName = "gb.lumen"
	// ColorBacteria is the fill of gut bacteria.
	ColorBacteria fyne.ThemeColorName = "gb.bacteria"
	// ColorMucus is the mucus layer over the epithelium.
	ColorMucus fyne.ThemeColorName = "gb.mucus"
	// ColorEpithelium is the fill of epithelial cells.
	ColorEpithelium fyne.ThemeColorName = "gb.epithelium"
	// ColorJunction is a closed tight junction.
	ColorJunction fyne.ThemeColorName = "gb.junction"
	// ColorLamina is the lamina propria fill.
	ColorLamina fyne.ThemeColorName = "gb.lamina"
	// ColorImmuneCell is the fill of immune cells.
	ColorImmuneCell fyne.ThemeColorName = "gb.immunecell"
	// ColorBlood is the blood vessel fill.
	ColorBlood fyne.ThemeColorName = "gb.blood"
	// ColorLiver is the liver fill.
	ColorLiver fyne.ThemeColorName = "gb.liver"
	// ColorBBB is the blood–brain barrier (endothelium) fill.
	ColorBBB fyne.ThemeColorName = "gb.bbb"
	// ColorBrain is the brain tissue fill.
	ColorBrain fyne.ThemeColorName = "gb.brain"
	// ColorNeuron is the fill of neurons.
	ColorNeuron fyne.ThemeColorName = "gb.neuron"
	// ColorMicroglia is the fill of microglia.
	ColorMicroglia fyne.ThemeColorName = "gb.microglia"
	// ColorOutline is the stroke around anatomical shapes.
	ColorOutline fyne.ThemeColorName = "gb.outline"
	// ColorDiagramText is text drawn on the diagram.
	ColorDiagramText fyne.ThemeColorName = "gb.diagramtext"
	// ColorHighlight marks the hovered or selected part of the diagram.
	ColorHighlight fyne.ThemeColorName = "gb.highlight"

	// ColorEvidenceEstablished is the badge of [Established] claims.
	ColorEvidenceEstablished fyne.ThemeColorName = "gb.ev.established"
	// ColorEvidenceHumanExperiment is the badge of [Human experiment] claims.
	ColorEvidenceHumanExperiment fyne.ThemeColorName = "gb.ev.humanexperiment"
	// ColorEvidenceHumanAssociation is the badge of [Human association] claims.
	ColorEvidenceHumanAssociation fyne.ThemeColorName = "gb.ev.humanassociation"
	// ColorEvidenceAnimal is the badge of [Animal/lab causal] claims.
	ColorEvidenceAnimal fyne.ThemeColorName = "gb.ev.animal"
	// ColorEvidenceHypothesis is the badge of [Hypothesis] claims.
	ColorEvidenceHypothesis fyne.ThemeColorName = "gb.ev.hypothesis"
	// ColorEvidenceContested is the badge of [Contested] claims.
	ColorEvidenceContested fyne.ThemeColorName = "gb.ev.contested"
)

// Presentation colours: a blank screen is black or white in every theme, and the
// spotlight dims with translucent black.
const (
	// ColorBlackout is the lecture's black screen.
	ColorBlackout fyne.ThemeColorName = "gb.blackout"
	// ColorWhiteout is the lecture's white screen.
	ColorWhiteout fyne.ThemeColorName = "gb.whiteout"
	// ColorSpotlightDim darkens everything outside the spotlight.
	ColorSpotlightDim fyne.ThemeColorName = "gb.spotlightdim"
)

var presentationColours = map[fyne.ThemeColorName]color.Color{
	ColorBlackout:     rgb(0, 0, 0),
	ColorWhiteout:     rgb(0xFF, 0xFF, 0xFF),
	ColorSpotlightDim: rgba(0, 0, 0, 0xB8),
}

// Okabe–Ito palette (Okabe & Ito 2008), the colour-blind-safe base of route and particle colours.
var (
	okabeOrange    = rgb(0xE6, 0x9F, 0x00)
	okabeSky       = rgb(0x56, 0xB4, 0xE9)
	okabeGreen     = rgb(0x00, 0x9E, 0x73)
	okabeYellow    = rgb(0xF0, 0xE4, 0x42)
	okabeBlue      = rgb(0x00, 0x72, 0xB2)
	okabeVermilion = rgb(0xD5, 0x5E, 0x00)
	okabePurple    = rgb(0xCC, 0x79, 0xA7)
)

var darkPalette = map[fyne.ThemeColorName]color.Color{
	ColorNeural:     rgb(0x69, 0xBD, 0xEB), // sky, lifted
	ColorHumoral:    rgb(0xFA, 0xAD, 0x00), // orange, lifted
	ColorImmune:     rgb(0xD5, 0x92, 0xB7), // reddish purple, lifted
	ColorStress:     okabeYellow,
	ColorLPS:        rgb(0xFF, 0x8C, 0x30), // vermilion, lifted
	ColorCytokine:   rgb(0xD5, 0x92, 0xB7),
	ColorSerotonin:  rgb(0x2E, 0xD3, 0xA0), // bluish green lifted
	ColorTryptophan: okabeYellow,
	ColorKynurenine: rgb(0xFA, 0xAD, 0x00),
	ColorAcetate:    rgb(0x8F, 0xC7, 0xFF), // blue lifted
	ColorVagal:      rgb(0xB8, 0xE6, 0xFF),

	ColorLumen:       rgb(0x13, 0x23, 0x22),
	ColorBacteria:    rgb(0x5F, 0x9E, 0x6E),
	ColorMucus:       rgb(0x2A, 0x4A, 0x48),
	ColorEpithelium:  rgb(0x88, 0x57, 0x60),
	ColorJunction:    rgb(0xF4, 0xE3, 0xB5),
	ColorLamina:      rgb(0x3A, 0x25, 0x33),
	ColorImmuneCell:  rgb(0xB9, 0xA6, 0xE0),
	ColorBlood:       rgb(0x5A, 0x18, 0x24),
	ColorLiver:       rgb(0x62, 0x30, 0x28),
	ColorBBB:         rgb(0x58, 0x48, 0x68),
	ColorBrain:       rgb(0x26, 0x2B, 0x45),
	ColorNeuron:      rgb(0x9F, 0xB4, 0xE8),
	ColorMicroglia:   rgb(0xE0, 0xB0, 0x70),
	ColorOutline:     rgb(0x9A, 0xA8, 0xBD),
	ColorDiagramText: rgb(0xE8, 0xEE, 0xF6),
	ColorHighlight:   rgb(0xFF, 0xFF, 0xFF),

	ColorEvidenceEstablished:      rgb(0x2E, 0xB8, 0x8A),
	ColorEvidenceHumanExperiment:  rgb(0x56, 0xB4, 0xE9),
	ColorEvidenceHumanAssociation: rgb(0xE6, 0x9F, 0x00),
	ColorEvidenceAnimal:           rgb(0xCC, 0x79, 0xA7),
	ColorEvidenceHypothesis:       rgb(0xB0, 0xB8, 0xC4),
	ColorEvidenceContested:        rgb(0xFF, 0x8A, 0x5C),

	theme.ColorNameBackground:          rgb(0x0D, 0x14, 0x21),
	theme.ColorNameForeground:          rgb(0xEE, 0xF2, 0xF8),
	theme.ColorNameInputBackground:     rgb(0x1A, 0x24, 0x36),
	theme.ColorNameButton:              rgb(0x1F, 0x2B, 0x40),
	theme.ColorNameMenuBackground:      rgb(0x16, 0x20, 0x31),
	theme.ColorNameOverlayBackground:   rgb(0x16, 0x20, 0x31),
	theme.ColorNameHeaderBackground:    rgb(0x16, 0x20, 0x31),
	theme.ColorNamePrimary:             okabeSky,
	theme.ColorNameForegroundOnPrimary: rgb(0x0D, 0x14, 0x21),
	theme.ColorNameFocus:               rgba(0x24, 0x7F, 0xBA, 0xD9),
	theme.ColorNameHover:               rgba(0xFF, 0xFF, 0xFF, 0x14),
	theme.ColorNameSeparator:           rgb(0x2A, 0x36, 0x4C),
	theme.ColorNamePlaceHolder:         rgb(0x9A, 0xA6, 0xB8),
	theme.ColorNameDisabled:            rgb(0x7C, 0x88, 0x9A),
	theme.ColorNameInputBorder:         rgb(0x7C, 0x88, 0x9A),
	theme.ColorNameScrollBar:           rgba(0xFF, 0xFF, 0xFF, 0x60),
	theme.ColorNameShadow:              rgba(0x00, 0x00, 0x00, 0x66),
	theme.ColorNameSelection:           rgba(0x56, 0xB4, 0xE9, 0x40),
	theme.ColorNameHyperlink:           rgb(0x8F, 0xC7, 0xFF),
}

var lightPalette = map[fyne.ThemeColorName]color.Color{
	ColorNeural:     rgb(0x00, 0x66, 0x9F), // blue, darkened
	ColorHumoral:    rgb(0x8E, 0x5A, 0x00), // orange, darkened
	ColorImmune:     rgb(0x91, 0x38, 0x70), // reddish purple, darkened
	ColorStress:     rgb(0x7A, 0x6A, 0x00),
	ColorLPS:        rgb(0xAD, 0x4C, 0x00), // vermilion, darkened
	ColorCytokine:   rgb(0x91, 0x38, 0x70),
	ColorSerotonin:  rgb(0x00, 0x6B, 0x4E), // bluish green, darkened
	ColorTryptophan: rgb(0x74, 0x65, 0x00), // yellow, darkened
	ColorKynurenine: rgb(0x8E, 0x5A, 0x00),
	ColorAcetate:    rgb(0x00, 0x62, 0x98),
	ColorVagal:      rgb(0x00, 0x5A, 0x8E),

	ColorLumen:       rgb(0xE4, 0xEF, 0xE8),
	ColorBacteria:    rgb(0x4C, 0x8A, 0x5A),
	ColorMucus:       rgb(0xDD, 0xEB, 0xE7),
	ColorEpithelium:  rgb(0xF2, 0xCB, 0xCE),
	ColorJunction:    rgb(0x8A, 0x5A, 0x10),
	ColorLamina:      rgb(0xF6, 0xE4, 0xEA),
	ColorImmuneCell:  rgb(0x9C, 0x86, 0xD0),
	ColorBlood:       rgb(0xF1, 0xD3, 0xD6),
	ColorLiver:       rgb(0xED, 0xD5, 0xCD),
	ColorBBB:         rgb(0xD2, 0xC0, 0xD6),
	ColorBrain:       rgb(0xE6, 0xE8, 0xF4),
	ColorNeuron:      rgb(0x5A, 0x6F, 0xB0),
	ColorMicroglia:   rgb(0xB0, 0x76, 0x2A),
	ColorOutline:     rgb(0x5A, 0x66, 0x78),
	ColorDiagramText: rgb(0x14, 0x1C, 0x2A),
	ColorHighlight:   rgb(0x00, 0x00, 0x00),

	ColorEvidenceEstablished:      rgb(0x00, 0x7A, 0x55),
	ColorEvidenceHumanExperiment:  okabeBlue,
	ColorEvidenceHumanAssociation: rgb(0x9A, 0x60, 0x00),
	ColorEvidenceAnimal:           rgb(0xA2, 0x3F, 0x7E),
	ColorEvidenceHypothesis:       rgb(0x5A, 0x66, 0x78),
	ColorEvidenceContested:        rgb(0xB0, 0x48, 0x00),

	theme.ColorNameBackground:          rgb(0xF7, 0xF8, 0xFB),
	theme.ColorNameForeground:          rgb(0x14, 0x1C, 0x2A),
	theme.ColorNameInputBackground:     rgb(0xE1, 0xE5, 0xEC), // text on it still ≥ 4.5:1 (the slider track uses InputBorder)
	theme.ColorNameButton:              rgb(0xE6, 0xEA, 0xF1),
	theme.ColorNameMenuBackground:      rgb(0xFF, 0xFF, 0xFF),
	theme.ColorNameOverlayBackground:   rgb(0xFF, 0xFF, 0xFF),
	theme.ColorNameHeaderBackground:    rgb(0xEC, 0xEF, 0xF5),
	theme.ColorNamePrimary:             rgb(0x00, 0x6A, 0xA8), // Okabe–Ito blue, a touch darker
	theme.ColorNameForegroundOnPrimary: rgb(0xFF, 0xFF, 0xFF),
	theme.ColorNameFocus:               rgba(0x17, 0x7A, 0xB1, 0xCE),
	theme.ColorNameHover:               rgba(0x00, 0x00, 0x00, 0x10),
	theme.ColorNameSeparator:           rgb(0xD4, 0xD9, 0xE2),
	theme.ColorNamePlaceHolder:         rgb(0x5A, 0x66, 0x78),
	theme.ColorNameDisabled:            rgb(0x6E, 0x78, 0x88),
	theme.ColorNameInputBorder:         rgb(0x6E, 0x78, 0x88),
	theme.ColorNameScrollBar:           rgba(0x00, 0x00, 0x00, 0x70),
	theme.ColorNameShadow:              rgba(0x00, 0x00, 0x00, 0x33),
	theme.ColorNameSelection:           rgba(0x00, 0x72, 0xB2, 0x33),
	theme.ColorNameHyperlink:           rgb(0x00, 0x6A, 0xA8),
}

// projectorPalette is for lecture halls: a white ground, black text and darker,
// saturated route colours that survive a washed-out projector.
var projectorPalette = func() map[fyne.ThemeColorName]color.Color {
	p := make(map[fyne.ThemeColorName]color.Color, len(lightPalette))
	for k, v := range lightPalette {
		p[k] = v
	}
	p[theme.ColorNameBackground] = rgb(0xFF, 0xFF, 0xFF)
	p[theme.ColorNameForeground] = rgb(0x00, 0x00, 0x00)
	p[theme.ColorNameButton] = rgb(0xE2, 0xE6, 0xEE)
	p[ColorDiagramText] = rgb(0x00, 0x00, 0x00)
	p[ColorOutline] = rgb(0x30, 0x38, 0x48)
	p[ColorNeural] = rgb(0x00, 0x5A, 0x9C)
	p[ColorHumoral] = rgb(0x8A, 0x50, 0x00)
	p[ColorImmune] = rgb(0x8E, 0x2C, 0x6C)
	p[ColorStress] = rgb(0x6A, 0x5A, 0x00)
	return p
}()

// Custom sizes for the story's narration, readable from the back of a hall.
const (
	// SizeNameNarration is the text size of a story beat's narration.
	SizeNameNarration fyne.ThemeSizeName = "gb.narration"
	// SizeNameBeatTitle is the text size of a story beat's title.
	SizeNameBeatTitle fyne.ThemeSizeName = "gb.beattitle"
)

// Variant names a palette.
type Variant string

// The palettes the app ships.
const (
	Dark      Variant = "dark"
	Light     Variant = "light"
	Projector Variant = "projector"
)

// Variants lists the valid palettes, in the order shown to people.
func Variants() []Variant { return []Variant{Dark, Light, Projector} }

// Theme is the app's fyne.Theme: Fyne's default theme with the app's palette and a text scale.
type Theme struct {
	variant Variant
	scale   float32
}

// New returns the theme for a variant at a text scale (1 = 100 %). An unknown variant is dark.
func New(v Variant, scale float32) *Theme {
	if v != Light && v != Projector {
		v = Dark
	}
	if scale <= 0 {
		scale = 1
	}
	// The scale is rounded to 1/64, so every size is a multiple of 1/64 of a unit, as font
	// metrics are. Fyne 2.7.1 adds and subtracts sizes in float32; with a scale such as 1.1
	// (or a lecture's screen height/720) rounding leaves a label that wraps and truncates
	// a hair shorter than its own line of text, and it panics (widget/richtext.go,
	// updateRowBounds). Found by the GUI fuzz (screens/guifuzz_regress_test.go).
	scale = float32(math.Round(float64(scale)*64) / 64)
	return &Theme{variant: v, scale: scale}
}

// Variant reports which palette the theme uses.
func (t *Theme) Variant() Variant { return t.variant }

func (t *Theme) palette() map[fyne.ThemeColorName]color.Color {
	switch t.variant {
	case Light:
		return lightPalette
	case Projector:
		return projectorPalette
	}
	return darkPalette
}

func (t *Theme) fyneVariant() fyne.ThemeVariant {
	if t.variant == Dark {
		return theme.VariantDark
	}
	return theme.VariantLight
}

// Color returns the palette colour for a name, falling back to Fyne's default theme in this
// theme's own variant (the system's light/dark preference is deliberately ignored).
func (t *Theme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	if c, ok := t.palette()[n]; ok {
		return c
	}
	if c, ok := presentationColours[n]; ok {
		return c
	}
	return theme.DefaultTheme().Color(n, t.fyneVariant())
}

// Font returns Fyne's default font.
func (t *Theme) Font(s fyne.TextStyle) fyne.Resource { return theme.DefaultTheme().Font(s) }

// Icon returns Fyne's default icon.
func (t *Theme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Size returns Fyne's default size multiplied by the text scale.
func (t *Theme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case SizeNameNarration:
		return 24 * t.scale
	case SizeNameBeatTitle:
		return 32 * t.scale
	}
	return theme.DefaultTheme().Size(n) * t.scale
}

func rgb(r, g, b uint8) color.NRGBA     { return color.NRGBA{R: r, G: g, B: b, A: 0xFF} }
func rgba(r, g, b, a uint8) color.NRGBA { return color.NRGBA{R: r, G: g, B: b, A: a} }
