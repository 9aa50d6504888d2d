package diagrams

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// labelTone says which palette colour a label is written in.
type labelTone int

const (
	toneText labelTone = iota
	toneNeural
	toneHumoral
	toneImmune
	toneStress
	toneOnOrgan // written on a filled organ (liver): plain text, no backing pill
)

// labelSpec places one text label: the anchor is in normalised coordinates; alignX says
// which part of the text sits on it (0 left edge, 0.5 centre, 1 right edge); the text is
// vertically centred on it. Positions were chosen so that no label meets another label or
// a route lane at the sizes the app is used at (checked by TestLabelsDoNotCollide).
type labelSpec struct {
	key    string
	at     pt
	alignX float32
	tone   labelTone
	bold   bool
}

var labelSpecs = []labelSpec{
	// Brain.
	{"diagram.label.brainstem", pt{0.095, 0.042}, 0.5, toneText, false},
	{"diagram.label.neurons", pt{0.370, 0.042}, 0.5, toneText, false},
	{"diagram.label.microglia", pt{0.695, 0.042}, 0.5, toneText, false},
	{"diagram.label.hypothalamus", pt{0.978, 0.042}, 1, toneText, false},
	// Blood–brain barrier and its entry points.
	{"diagram.label.bbb", pt{0.190, 0.274}, 0, toneText, true},
	{"diagram.label.cvo", pt{0.522, 0.274}, 1, toneText, false},
	{"diagram.label.endothelium", pt{0.697, 0.274}, 0, toneText, false},
	// Routes.
	{"diagram.label.neural", pt{0.110, 0.400}, 0, toneNeural, true},
	{"diagram.label.humoral", pt{0.370, 0.372}, 0, toneHumoral, true},
	{"diagram.label.immune", pt{0.697, 0.440}, 0, toneImmune, true},
	{"diagram.label.stress", pt{0.920, 0.478}, 1, toneStress, true},
	{"diagram.label.cortisol", pt{0.920, 0.510}, 1, toneStress, false},
	// Blood.
	{"diagram.label.portal", pt{0.560, 0.522}, 0.5, toneText, false},
	{"diagram.label.liver", pt{0.292, 0.503}, 0.5, toneOnOrgan, true},
	{"diagram.label.liverfilter", pt{0.292, 0.537}, 0.5, toneOnOrgan, false},
	// Gut wall.
	{"diagram.label.lamina", pt{0.985, 0.697}, 1, toneText, false},
	{"diagram.label.gutserotonin", pt{0.152, 0.692}, 0, toneText, false},
	{"diagram.label.epithelium", pt{0.985, 0.768}, 1, toneText, true},
	{"diagram.label.junctions", pt{0.985, 0.8745}, 1, toneText, false},
	{"diagram.label.mucus", pt{0.015, 0.8745}, 0, toneText, false},
	{"diagram.label.lumen", pt{0.015, 0.947}, 0, toneText, true},
}

// labelBox is a laid-out label: its text and its rectangle in Fyne units.
type labelBox struct {
	spec labelSpec
	text string
	size float32 // text size
	pos  fyne.Position
	dim  fyne.Size
}

// labelTextSize derives the label size from the theme's text size, growing gently with the
// diagram so labels stay small but readable from a laptop to a projector.
func labelTextSize(themeText, h float32) float32 {
	f := clamp(math.Pow(float64(h)/refH, 0.6), 0.85, 1.6)
	return themeText * 0.86 * float32(f)
}

// layoutLabels measures and places every label for a widget of size W×H.
func layoutLabels(W, H, themeText float32) []labelBox {
	size := labelTextSize(themeText, H)
	out := make([]labelBox, len(labelSpecs))
	for i, s := range labelSpecs {
		txt := lang.L(s.key)
		dim := fyne.MeasureText(txt, size, fyne.TextStyle{Bold: s.bold})
		x := s.at.X*W - s.alignX*dim.Width
		y := s.at.Y*H - dim.Height/2
		out[i] = labelBox{spec: s, text: txt, size: size, pos: fyne.NewPos(x, y), dim: dim}
	}
	return out
}

// pill is the label's backing rectangle (a little larger than the text), Fyne units.
func (b labelBox) pill() (x0, y0, x1, y1 float32) {
	px, py := b.size*0.45, b.size*0.08
	return b.pos.X - px, b.pos.Y - py, b.pos.X + b.dim.Width + px, b.pos.Y + b.dim.Height + py
}
