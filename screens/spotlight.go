package screens

import (
	"image"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gutbrain/apptheme"
)

// spotlight dims the whole screen except a circle around the pointer, for a lecturer to
// point at one part of the diagram. The dimmed picture is one image twice the screen's
// size with a soft hole in its middle, drawn once per size and only moved with the pointer.
type spotlight struct {
	widget.BaseWidget
	img     *canvas.Image
	pointer fyne.Position
	drawnAt fyne.Size
}

func newSpotlight() *spotlight {
	s := &spotlight{img: canvas.NewImageFromImage(image.NewRGBA(image.Rect(0, 0, 1, 1)))}
	s.img.ScaleMode = canvas.ImageScaleFastest
	s.ExtendBaseWidget(s)
	return s
}

// CreateRenderer is part of fyne.Widget.
func (s *spotlight) CreateRenderer() fyne.WidgetRenderer {
	return &spotlightRenderer{s: s}
}

// MouseIn is part of desktop.Hoverable.
func (s *spotlight) MouseIn(e *desktop.MouseEvent) { s.follow(e.Position) }

// MouseMoved is part of desktop.Hoverable.
func (s *spotlight) MouseMoved(e *desktop.MouseEvent) { s.follow(e.Position) }

// MouseOut is part of desktop.Hoverable.
func (s *spotlight) MouseOut() {}

// Tapped lets a touch or click move the spotlight too.
func (s *spotlight) Tapped(e *fyne.PointEvent) { s.follow(e.Position) }

func (s *spotlight) follow(p fyne.Position) {
	s.pointer = p
	size := s.img.Size()
	s.img.Move(fyne.NewPos(p.X-size.Width/2, p.Y-size.Height/2))
}

// radius of the lit circle, as a share of the screen's shorter side.
const spotlightRadius = 0.16

type spotlightRenderer struct{ s *spotlight }

func (r *spotlightRenderer) Layout(size fyne.Size) {
	s := r.s
	if size != s.drawnAt {
		s.drawnAt = size
		s.img.Image = spotlightImage(size, theme.Color(apptheme.ColorSpotlightDim))
		s.img.Refresh()
	}
	s.img.Resize(fyne.NewSize(size.Width*2, size.Height*2))
	if s.pointer == (fyne.Position{}) {
		s.pointer = fyne.NewPos(size.Width/2, size.Height/2)
	}
	s.follow(s.pointer)
}

// spotlightImage is a quarter-resolution dim layer, 2× the screen, with a soft-edged hole
// in its centre (it is stretched when shown, which also softens the edge).
func spotlightImage(size fyne.Size, dim color.Color) *image.RGBA {
	w, h := int(size.Width/2), int(size.Height/2) // 2× size at ¼ resolution
	w, h = max(w, 2), max(h, 2)
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	cr, cg, cb, ca := dim.RGBA()
	radius := spotlightRadius * math.Min(float64(w), float64(h)) / 2
	soft := radius * 0.15
	cx, cy := float64(w)/2, float64(h)/2
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			d := math.Hypot(float64(x)-cx, float64(y)-cy)
			a := math.Min(math.Max((d-radius)/soft, 0), 1) // 0 inside, 1 outside
			i := img.PixOffset(x, y)
			// premultiplied RGBA
			img.Pix[i+0] = uint8(float64(cr>>8) * a * float64(ca) / 0xffff)
			img.Pix[i+1] = uint8(float64(cg>>8) * a * float64(ca) / 0xffff)
			img.Pix[i+2] = uint8(float64(cb>>8) * a * float64(ca) / 0xffff)
			img.Pix[i+3] = uint8(float64(ca>>8) * a)
		}
	}
	return img
}

func (r *spotlightRenderer) MinSize() fyne.Size           { return fyne.Size{} }
func (r *spotlightRenderer) Refresh()                     { r.s.drawnAt = fyne.Size{}; r.Layout(r.s.Size()) }
func (r *spotlightRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.s.img} }
func (r *spotlightRenderer) Destroy()                     {}
