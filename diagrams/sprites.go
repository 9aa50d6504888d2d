package diagrams

import (
	"image"
	"image/color"
	"math"

	"github.com/fogleman/gg"
)

// Particles are small pre-rendered glowing sprites, one image per kind shared by every
// particle of that kind, so a frame only moves objects and never draws.

// spriteSize is a particle sprite's size in Fyne units for detail unit u (glow included).
func spriteSize(k ParticleKind, u float32) (w, h float32) {
	if k == ParticleVagalImpulse {
		return 12 * u, 34 * u
	}
	return 21 * u, 21 * u
}

// newSpritePen makes a pen for a small stand-alone image of w×h pixels.
func newSpritePen(w, h int) *pen {
	img := image.NewRGBA(image.Rect(0, 0, max(w, 1), max(h, 1)))
	s := float64(min(w, h))
	return &pen{dc: gg.NewContextForRGBA(img), img: img, W: 1, H: 1, k: 1, u: s / 21}
}

// renderSprite draws one particle kind at w×h pixels: its own shape and colour over a soft
// halo, so it reads as light on the dark diagram.
func renderSprite(k ParticleKind, pal *palette, w, h int) *image.RGBA {
	p := newSpritePen(w, h)
	drawParticleShape(p, k, pal, float64(w)/2, float64(h)/2, float64(min(w, h)), float64(h))
	return p.img
}

// drawParticleShape draws a particle centred at cx, cy in a box of size s pixels (h tall
// for the vagal impulse's streak; the other shapes are round).
func drawParticleShape(p *pen, k ParticleKind, pal *palette, cx, cy, s, h float64) {
	c := pal.kindColor(k)
	core := mix(c, pal.highlight, 0.12)
	rim := mix(c, pal.highlight, 0.55)
	r := s * 0.22
	lw := math.Max(1, s*0.05)
	dc := p.dc
	if k == ParticleVagalImpulse {
		p.glow(cx, cy, s/2, h/2, c, 0.55)
		// A comet: bright head at the top (it travels up), fading tail below.
		for i := 0; i < 12; i++ {
			f := float64(i) / 11
			y := cy - h*0.32 + f*h*0.62
			dc.DrawCircle(cx, y, r*(1.0-0.6*f))
			p.fill(alpha(mix(c, pal.highlight, 0.5*(1-f)), 0.9*(1-f)+0.1))
		}
		return
	}
	p.glow(cx, cy, s/2, s/2, c, 0.5)
	dc.SetLineWidth(lw)
	dc.SetLineJoinRound()
	switch k {
	case ParticleLPS:
		// A spiky triangle: three long points and three short ones.
		dc.NewSubPath()
		for i := 0; i < 6; i++ {
			rr := r * 1.45
			if i%2 == 1 {
				rr = r * 0.62
			}
			a := -math.Pi/2 + float64(i)*math.Pi/3
			if i == 0 {
				dc.MoveTo(cx+rr*math.Cos(a), cy+rr*math.Sin(a))
			} else {
				dc.LineTo(cx+rr*math.Cos(a), cy+rr*math.Sin(a))
			}
		}
		dc.ClosePath()
	case ParticleCytokine:
		dc.NewSubPath()
		dc.MoveTo(cx, cy-r*1.35)
		dc.LineTo(cx+r*1.0, cy)
		dc.LineTo(cx, cy+r*1.35)
		dc.LineTo(cx-r*1.0, cy)
		dc.ClosePath()
	case ParticleSerotonin:
		dc.DrawCircle(cx, cy, r*0.95)
	case ParticleTryptophan:
		dc.DrawRoundedRectangle(cx-r*0.9, cy-r*0.9, r*1.8, r*1.8, r*0.3)
	case ParticleKynurenine:
		dc.DrawRegularPolygon(6, cx, cy, r*1.12, 0)
	case ParticleAcetate:
		dc.DrawCircle(cx, cy, r*0.92)
		dc.SetColor(rim)
		dc.SetLineWidth(r * 0.55)
		dc.StrokePreserve()
		dc.SetColor(core)
		dc.SetLineWidth(r * 0.3)
		dc.Stroke()
		return
	}
	dc.SetColor(core)
	dc.FillPreserve()
	dc.SetColor(rim)
	dc.Stroke()
}

// routeSwatch draws a short sample of a route's line pattern for the legend.
func routeSwatch(c color.Color, lp linePattern, w, h int, u float64) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, max(w, 1), max(h, 1)))
	p := &pen{dc: gg.NewContextForRGBA(img), img: img, W: float64(w), H: float64(h), k: 1, u: u}
	routeLine(p, []pt{{0.08, 0.5}, {0.92, 0.5}}, c, lp, false)
	return img
}
