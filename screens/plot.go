package screens

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gutbrain/physiology"
)

const (
	// plotHours is the simulated time span the plot shows, ending now.
	plotHours = 72.0
	// plotSampleHours is the simulated time between two plotted samples.
	plotSampleHours = 0.25
	plotSamples     = int(plotHours/plotSampleHours) + 1
)

// Plot draws the last plotHours of permeability, LPS, cytokines, kynurenine:tryptophan
// and brain serotonin as lines against the healthy baseline (×1).
//
// Samples live in fixed ring buffers and the picture in one reused *image.RGBA (Fyne's
// fast raster path), so sampling and drawing allocate nothing once the size is stable.
type Plot struct {
	widget.BaseWidget
	series     [][plotSamples]float64
	head, n    int
	nextSample float64
}

// NewPlot returns an empty plot.
func NewPlot() *Plot {
	p := &Plot{series: make([][plotSamples]float64, len(plotQuantities))}
	p.ExtendBaseWidget(p)
	return p
}

// Clear forgets all samples (used on reset).
func (p *Plot) Clear() {
	p.head, p.n, p.nextSample = 0, 0, 0
	p.Refresh()
}

// Record samples the state if a sample time has passed; it reports whether it added one.
func (p *Plot) Record(s *physiology.State) bool {
	if p.n > 0 && s.Hours < p.nextSample {
		return false
	}
	for i, q := range plotQuantities {
		p.series[i][p.head] = q.value(s)
	}
	p.head = (p.head + 1) % plotSamples
	if p.n < plotSamples {
		p.n++
	}
	p.nextSample = math.Floor(s.Hours/plotSampleHours+1) * plotSampleHours
	return true
}

// Samples returns how many samples the plot holds.
func (p *Plot) Samples() int { return p.n }

// CreateRenderer is part of fyne.Widget.
func (p *Plot) CreateRenderer() fyne.WidgetRenderer {
	r := &plotRenderer{p: p}
	r.raster = canvas.NewRaster(r.draw)
	r.raster.ScaleMode = canvas.ImageScaleFastest
	r.top = canvas.NewText("×4", color.Black)
	r.base = canvas.NewText("×1", color.Black)
	r.left = canvas.NewText(lang.L("plot.past"), color.Black)
	r.right = canvas.NewText(lang.L("plot.now"), color.Black)
	r.right.Alignment = fyne.TextAlignTrailing
	r.objects = []fyne.CanvasObject{r.raster, r.top, r.base, r.left, r.right}
	r.Refresh()
	return r
}

type plotRenderer struct {
	p                      *Plot
	raster                 *canvas.Raster
	top, base, left, right *canvas.Text
	objects                []fyne.CanvasObject
	img                    *image.RGBA
	size                   fyne.Size
}

func (r *plotRenderer) MinSize() fyne.Size {
	ts := theme.CaptionTextSize()
	return fyne.NewSize(ts*18, ts*8)
}

func (r *plotRenderer) Layout(size fyne.Size) {
	r.size = size
	ts := theme.CaptionTextSize()
	axisW := ts * 2.2
	labelH := ts * 1.6
	r.raster.Move(fyne.NewPos(axisW, 0))
	r.raster.Resize(fyne.NewSize(size.Width-axisW, size.Height-labelH))
	plotH := size.Height - labelH
	r.top.Move(fyne.NewPos(0, 0))
	r.base.Move(fyne.NewPos(0, plotH*(1-1/gaugeMax)-ts*0.7))
	r.left.Move(fyne.NewPos(axisW, plotH))
	r.right.Resize(fyne.NewSize(size.Width-axisW, labelH))
	r.right.Move(fyne.NewPos(axisW, plotH))
}

func (r *plotRenderer) Refresh() {
	fg := theme.Color(theme.ColorNameForeground)
	ts := theme.CaptionTextSize()
	for _, t := range []*canvas.Text{r.top, r.base, r.left, r.right} {
		t.Color = fg
		t.TextSize = ts
		t.Refresh()
	}
	r.left.Text = lang.L("plot.past")
	r.right.Text = lang.L("plot.now")
	if !r.size.IsZero() {
		r.Layout(r.size)
	}
	r.raster.Refresh()
}

func (r *plotRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *plotRenderer) Destroy()                     {}

// draw renders the series into the reused image; Fyne calls it when the raster is refreshed.
func (r *plotRenderer) draw(w, h int) image.Image {
	if w < 1 || h < 1 {
		w, h = 1, 1
	}
	if r.img == nil || r.img.Rect.Dx() != w || r.img.Rect.Dy() != h {
		r.img = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	img := r.img
	bg := theme.Color(theme.ColorNameInputBackground)
	draw.Draw(img, img.Rect, &image.Uniform{C: bg}, image.Point{}, draw.Src)
	grid := rgba(theme.Color(theme.ColorNameSeparator))
	for _, v := range []float64{2, 3} {
		hline(img, yFor(v, h), grid)
	}
	hline(img, yFor(1, h), rgba(theme.Color(theme.ColorNamePlaceHolder)))

	p := r.p
	if p.n < 2 {
		return img
	}
	thick := max(1, h/90)
	start := (p.head - p.n + plotSamples) % plotSamples
	for si, q := range plotQuantities {
		c := rgba(theme.Color(q.color))
		px, py := -1, -1
		for k := 0; k < p.n; k++ {
			v := p.series[si][(start+k)%plotSamples]
			x := (w - 1) - (p.n-1-k)*(w-1)/(plotSamples-1)
			y := yFor(v, h)
			if px >= 0 {
				line(img, px, py, x, y, thick, c)
			}
			px, py = x, y
		}
	}
	return img
}

func yFor(v float64, h int) int {
	f := math.Min(math.Max(v/gaugeMax, 0), 1)
	return int(math.Round(float64(h-1) * (1 - f)))
}

// rgba converts a theme colour once, so drawing writes pixels without converting each.
func rgba(c color.Color) color.RGBA { return color.RGBAModel.Convert(c).(color.RGBA) }

func hline(img *image.RGBA, y int, c color.RGBA) {
	for x := 0; x < img.Rect.Dx(); x++ {
		img.SetRGBA(x, y, c)
	}
}

// line draws a thick line by stamping squares along it; good enough for a small plot.
func line(img *image.RGBA, x0, y0, x1, y1, thick int, c color.RGBA) {
	steps := max(abs(x1-x0), abs(y1-y0), 1)
	for i := 0; i <= steps; i++ {
		x := x0 + (x1-x0)*i/steps
		y := y0 + (y1-y0)*i/steps
		for dy := -thick / 2; dy <= thick/2; dy++ {
			for dx := -thick / 2; dx <= thick/2; dx++ {
				img.SetRGBA(x+dx, y+dy, c)
			}
		}
	}
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
