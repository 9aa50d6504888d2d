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

// labelUnder pairs a second line with its first: the second sits right below the first
// whatever the text size (only its own x anchor is used), so the pair never overlaps.
var labelUnder = map[string]string{
	"diagram.label.cortisol":    "diagram.label.stress",
	"diagram.label.liverfilter": "diagram.label.liver",
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

// labelFitSteps bounds how often layoutLabels shrinks the text to make labels fit: each
// step is 7 % smaller, so large text scales (a lecture hall's, or 200 % text) still
// leave every label clear of the others and of the route lanes.
const labelFitSteps = 8

// layoutLabels measures and places every label for a widget of size W×H, at the size the
// theme asks for or, when that would make labels collide, the largest that fits. When
// even the smallest size leaves some colliding (a narrow diagram with long words), the
// less important of them are left out — blank, with no pill — rather than drawn over
// each other: every part still has its panel, and the legend names every route.
func layoutLabels(W, H, themeText float32) []labelBox {
	size := labelTextSize(themeText, H)
	out := placeLabels(W, H, size)
	for i := 0; i < labelFitSteps && labelsCollide(out, W, H); i++ {
		size *= 0.93
		out = placeLabels(W, H, size)
	}
	if labelsCollide(out, W, H) {
		dropColliding(out, W, H)
	}
	return out
}

// dropColliding blanks labels until none collide, keeping the bold ones (structures
// and routes) first and then the others in their listed order.
func dropColliding(labels []labelBox, W, H float32) {
	var kept []labelBox
	keep := func(bold bool) {
		for i, b := range labels {
			if b.spec.bold != bold {
				continue
			}
			first, under := labelUnder[b.spec.key]
			if labelClear(b, kept, W, H) && (!under || labelShown(labels, first)) {
				kept = append(kept, b)
				continue
			}
			labels[i] = labelBox{spec: b.spec}
		}
	}
	keep(true)
	keep(false)
}

func labelShown(labels []labelBox, key string) bool {
	for _, b := range labels {
		if b.spec.key == key {
			return b.text != ""
		}
	}
	return false
}

// labelLanes are the route lines labels must keep clear of.
var labelLanes = [][]pt{neuralRoute, humoralRoute, immuneRoute, stressRoute, cvoBranch}

// labelsCollide reports whether any shown label runs off the diagram, overlaps another
// label, or sits within 3 units of a route lane.
func labelsCollide(labels []labelBox, W, H float32) bool {
	for i, a := range labels {
		if a.text != "" && !labelClear(a, labels[i+1:], W, H) {
			return true
		}
	}
	return false
}

// labelClear reports whether a label stays on the diagram, off the route lanes and
// clear of every shown label in others.
func labelClear(a labelBox, others []labelBox, W, H float32) bool {
	ax0, ay0, ax1, ay1 := a.pill()
	if ax0 < 0 || ay0 < 0 || ax1 > W || ay1 > H {
		return false
	}
	for _, b := range others {
		if b.text == "" {
			continue
		}
		bx0, by0, bx1, by1 := b.pill()
		if ax0 < bx1 && bx0 < ax1 && ay0 < by1 && by0 < ay1 {
			return false
		}
	}
	for _, lane := range labelLanes {
		for y := ay0; y <= ay1; y += 3 {
			for x := ax0; x <= ax1; x += 3 {
				if distToRoute(W, H, fyne.NewPos(x, y), lane) < 3 {
					return false
				}
			}
		}
	}
	return true
}

// placeLabels places every label at one text size.
func placeLabels(W, H, size float32) []labelBox {
	out := make([]labelBox, len(labelSpecs))
	for i, s := range labelSpecs {
		txt := lang.L(s.key)
		dim := fyne.MeasureText(txt, size, fyne.TextStyle{Bold: s.bold})
		x := s.at.X*W - s.alignX*dim.Width
		y := s.at.Y*H - dim.Height/2
		if first, ok := labelUnder[s.key]; ok {
			for _, f := range out[:i] {
				if f.spec.key == first {
					_, _, _, bottom := f.pill()
					y = bottom + size*0.08
				}
			}
		}
		out[i] = labelBox{spec: s, text: txt, size: size, pos: fyne.NewPos(x, y), dim: dim}
	}
	return out
}

// pill is the label's backing rectangle (a little larger than the text), Fyne units.
func (b labelBox) pill() (x0, y0, x1, y1 float32) {
	px, py := b.size*0.45, b.size*0.08
	return b.pos.X - px, b.pos.Y - py, b.pos.X + b.dim.Width + px, b.pos.Y + b.dim.Height + py
}
