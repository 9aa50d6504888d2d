package diagrams

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"github.com/fogleman/gg"
)

// maxImageWidth caps the pixel width of cached images: above it the image is stretched,
// which on a 4K screen costs a little sharpness but keeps memory and render time bounded.
const maxImageWidth = 2560

// Reference diagram size in Fyne units: detail sizes (stroke widths, cell nuclei, particle
// sprites) are designed at this size and grow or shrink with the widget.
const refW, refH = 880, 620

// layer is a cached image covering one rectangle of the widget, in Fyne units. Its pixel
// size follows the canvas scale (capped), so it is shown without resampling.
type layer struct {
	x, y, w, h float32 // position and size in the widget, Fyne units
	k          float64 // pixels per Fyne unit
}

func (l layer) pixelSize() (int, int) {
	return int(math.Ceil(float64(l.w) * l.k)), int(math.Ceil(float64(l.h) * l.k))
}

// pixelsPerUnit is the image resolution for a widget of width w at canvas scale s.
func pixelsPerUnit(w, s float32) float64 {
	if s <= 0 {
		s = 1
	}
	k := float64(s)
	if float64(w)*k > maxImageWidth {
		k = maxImageWidth / float64(w)
	}
	return k
}

// detailUnit is the size of one design unit (a pixel of the reference design) in Fyne
// units, for a widget of this size.
func detailUnit(w, h float32) float32 {
	return float32(math.Min(float64(w)/refW, float64(h)/refH))
}

// pen draws one layer: it maps normalised diagram coordinates to the layer's pixels.
type pen struct {
	dc   *gg.Context
	img  *image.RGBA
	W, H float64 // widget size, Fyne units
	k    float64 // pixels per Fyne unit
	ox   float64 // layer origin in the widget, Fyne units
	oy   float64
	u    float64 // one design unit, in pixels
}

func newPen(W, H float32, l layer) *pen {
	pw, ph := l.pixelSize()
	img := image.NewRGBA(image.Rect(0, 0, max(pw, 1), max(ph, 1)))
	return &pen{
		dc: gg.NewContextForRGBA(img), img: img,
		W: float64(W), H: float64(H), k: l.k, ox: float64(l.x), oy: float64(l.y),
		u: float64(detailUnit(W, H)) * l.k,
	}
}

// X and Y map a normalised coordinate to a pixel of this layer.
func (p *pen) X(x float32) float64 { return (float64(x)*p.W - p.ox) * p.k }
func (p *pen) Y(y float32) float64 { return (float64(y)*p.H - p.oy) * p.k }

// P maps a normalised point to layer pixels.
func (p *pen) P(q pt) (float64, float64) { return p.X(q.X), p.Y(q.Y) }

// U converts design units to pixels.
func (p *pen) U(v float64) float64 { return v * p.u }

// fillRect paints an opaque or translucent rectangle fast (no path rasterising).
func (p *pen) fillRect(x0, y0, x1, y1 float64, c color.Color) {
	r := image.Rect(int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1)), int(math.Ceil(y1)))
	draw.Draw(p.img, r.Intersect(p.img.Rect), image.NewUniform(c), image.Point{}, draw.Over)
}

// glow paints a soft elliptical light (a smooth radial falloff) of colour c at peak opacity
// a. It is written directly into the pixels because gg's gradients are slow on big areas.
func (p *pen) glow(cx, cy, rx, ry float64, c color.Color, a float64) {
	if rx < 1 || ry < 1 || a <= 0 {
		return
	}
	n := nrgba(c)
	b := p.img.Rect.Intersect(image.Rect(int(cx-rx), int(cy-ry), int(cx+rx)+1, int(cy+ry)+1))
	ca := a * float64(n.A) / 255
	for y := b.Min.Y; y < b.Max.Y; y++ {
		dy := (float64(y) + 0.5 - cy) / ry
		for x := b.Min.X; x < b.Max.X; x++ {
			dx := (float64(x) + 0.5 - cx) / rx
			d2 := dx*dx + dy*dy
			if d2 >= 1 {
				continue
			}
			f := (1 - d2)
			blendPixel(p.img, x, y, n, ca*f*f)
		}
	}
}

// blendPixel composites colour c at opacity a over one premultiplied pixel.
func blendPixel(img *image.RGBA, x, y int, c color.NRGBA, a float64) {
	i := img.PixOffset(x, y)
	px := img.Pix[i : i+4 : i+4]
	inv := 1 - a
	px[0] = uint8(float64(c.R)*a + float64(px[0])*inv + 0.5)
	px[1] = uint8(float64(c.G)*a + float64(px[1])*inv + 0.5)
	px[2] = uint8(float64(c.B)*a + float64(px[2])*inv + 0.5)
	px[3] = uint8(255*a + float64(px[3])*inv + 0.5)
}

// polyline traces a normalised polyline as the current path.
func (p *pen) polyline(pts []pt) {
	p.dc.NewSubPath()
	for i, q := range pts {
		x, y := p.P(q)
		if i == 0 {
			p.dc.MoveTo(x, y)
		} else {
			p.dc.LineTo(x, y)
		}
	}
}

// smoothPath traces a normalised polyline with rounded bends (quadratic through midpoints).
func (p *pen) smoothPath(pts []pt) {
	p.dc.NewSubPath()
	if len(pts) < 3 {
		p.polyline(pts)
		return
	}
	x0, y0 := p.P(pts[0])
	p.dc.MoveTo(x0, y0)
	for i := 1; i < len(pts)-1; i++ {
		cx, cy := p.P(pts[i])
		nx, ny := p.P(pts[i+1])
		mx, my := (cx+nx)/2, (cy+ny)/2
		if i == len(pts)-2 {
			mx, my = nx, ny
		}
		p.dc.QuadraticTo(cx, cy, mx, my)
	}
}

// stroke strokes the current path with colour c and width w design units.
func (p *pen) stroke(c color.Color, w float64) {
	p.dc.SetColor(c)
	p.dc.SetLineWidth(p.U(w))
	p.dc.Stroke()
}

// fill fills the current path with c.
func (p *pen) fill(c color.Color) {
	p.dc.SetColor(c)
	p.dc.Fill()
}

// fillStroke fills the current path with f and outlines it with s at width w design units.
func (p *pen) fillStroke(f, s color.Color, w float64) {
	p.dc.SetColor(f)
	p.dc.FillPreserve()
	p.stroke(s, w)
}

// Stroke widths, one per level of detail (design units).
const (
	strokeRoute   = 2.4 // route lanes
	strokeOutline = 1.3 // organ and cell outlines
	strokeFine    = 0.9 // processes, fibres, microvilli
)
