package screens

import (
	"fmt"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gutbrain/physiology"
)

// Gauges shows the model's biomarkers as bars relative to the healthy baseline (×1).
// Values are illustrative indices, not measurements of a person.
type Gauges struct {
	widget.BaseWidget
	values []float64
}

// NewGauges returns gauges at baseline.
func NewGauges() *Gauges {
	g := &Gauges{values: make([]float64, len(gaugeQuantities))}
	for i := range g.values {
		g.values[i] = 1
	}
	g.ExtendBaseWidget(g)
	return g
}

// SetState updates the gauges from a model state. Only bars whose value changed visibly are redrawn.
func (g *Gauges) SetState(s *physiology.State) {
	changed := false
	for i, q := range gaugeQuantities {
		v := q.value(s)
		if math.Abs(v-g.values[i]) >= 0.005 {
			g.values[i] = v
			changed = true
		}
	}
	if changed {
		g.Refresh()
	}
}

// Value returns the shown value of gauge i (for tests).
func (g *Gauges) Value(i int) float64 { return g.values[i] }

// CreateRenderer is part of fyne.Widget.
func (g *Gauges) CreateRenderer() fyne.WidgetRenderer {
	r := &gaugesRenderer{g: g}
	for _, q := range gaugeQuantities {
		row := gaugeRow{
			name:     canvas.NewText(lang.L(q.key), color.Black),
			value:    canvas.NewText("", color.Black),
			track:    canvas.NewRectangle(color.Black),
			fill:     canvas.NewRectangle(color.Black),
			baseline: canvas.NewRectangle(color.Black),
		}
		row.value.Alignment = fyne.TextAlignTrailing
		row.track.CornerRadius = 3
		row.fill.CornerRadius = 3
		r.rows = append(r.rows, row)
		r.objects = append(r.objects, row.track, row.fill, row.baseline, row.name, row.value)
	}
	r.Refresh()
	return r
}

type gaugeRow struct {
	name, value           *canvas.Text
	track, fill, baseline *canvas.Rectangle
}

type gaugesRenderer struct {
	g       *Gauges
	rows    []gaugeRow
	objects []fyne.CanvasObject
	size    fyne.Size
}

func (r *gaugesRenderer) textSize() float32 { return theme.CaptionTextSize() }

func (r *gaugesRenderer) rowHeight() float32 {
	return r.textSize()*1.5 + theme.Padding()
}

func (r *gaugesRenderer) MinSize() fyne.Size {
	return fyne.NewSize(r.textSize()*22, r.rowHeight()*float32(len(r.rows)))
}

func (r *gaugesRenderer) Layout(size fyne.Size) {
	r.size = size
	h := r.rowHeight()
	nameW := size.Width * 0.45
	valueW := r.textSize() * 3.5
	barX := nameW + theme.Padding()
	barW := size.Width - barX - valueW - theme.Padding()
	if barW < 10 {
		barW = 10
	}
	barH := h * 0.38
	for i, row := range r.rows {
		y := float32(i) * h
		row.name.Move(fyne.NewPos(0, y+(h-row.name.MinSize().Height)/2))
		row.track.Resize(fyne.NewSize(barW, barH))
		row.track.Move(fyne.NewPos(barX, y+(h-barH)/2))
		row.fill.Move(fyne.NewPos(barX, y+(h-barH)/2))
		frac := float32(math.Min(math.Max(r.g.values[i]/gaugeMax, 0), 1))
		row.fill.Resize(fyne.NewSize(barW*frac, barH))
		row.baseline.Resize(fyne.NewSize(2, barH+6))
		row.baseline.Move(fyne.NewPos(barX+barW/gaugeMax-1, y+(h-barH)/2-3))
		row.value.Resize(fyne.NewSize(valueW, h))
		row.value.Move(fyne.NewPos(size.Width-valueW, y+(h-row.value.MinSize().Height)/2))
	}
}

func (r *gaugesRenderer) Refresh() {
	fg := theme.Color(theme.ColorNameForeground)
	track := theme.Color(theme.ColorNameInputBackground)
	for i, row := range r.rows {
		q := gaugeQuantities[i]
		row.name.Text = lang.L(q.key)
		row.name.Color = fg
		row.name.TextSize = r.textSize()
		row.value.Text = fmt.Sprintf("×%.2f", r.g.values[i])
		row.value.Color = fg
		row.value.TextSize = r.textSize()
		row.track.FillColor = track
		row.fill.FillColor = theme.Color(q.color)
		row.baseline.FillColor = fg
		row.name.Refresh()
		row.value.Refresh()
		row.track.Refresh()
		row.fill.Refresh()
		row.baseline.Refresh()
	}
	if !r.size.IsZero() {
		r.Layout(r.size)
	}
}

func (r *gaugesRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *gaugesRenderer) Destroy()                     {}
