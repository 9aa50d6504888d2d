package diagrams

import (
	"math"

	"github.com/fogleman/gg"
)

// Drawing of the brain side: brain tissue with brainstem, neurons, microglia and the
// hypothalamus–pituitary, and the blood–brain barrier with its real entry points.

func drawBrain(p *pen, pal *palette) {
	x0, y0 := p.P(pt{brainRect.X0, brainRect.Y0})
	x1, y1 := p.P(pt{brainRect.X1, brainRect.Y1})
	r := (y1 - y0) * 0.45
	// Rounded top corners and a gently folded (gyri) top edge, so the panel reads as brain
	// tissue; the lower edge is the barrier.
	amp, period := p.U(2.6), p.U(34)
	p.dc.NewSubPath()
	p.dc.MoveTo(x0, y1)
	p.dc.LineTo(x0, y0+r)
	p.dc.QuadraticTo(x0, y0, x0+r, y0)
	for x := x0 + r; x < x1-r; x += p.U(2) {
		p.dc.LineTo(x, y0+amp*(0.5-0.5*math.Cos(2*math.Pi*(x-x0-r)/period)))
	}
	p.dc.LineTo(x1-r, y0)
	p.dc.QuadraticTo(x1, y0, x1, y0+r)
	p.dc.LineTo(x1, y1)
	p.dc.ClosePath()
	p.fill(pal.brain)
	p.glow((x0+x1)/2, y0+(y1-y0)*0.55, (x1-x0)*0.5, (y1-y0)*0.75, mix(pal.brain, pal.neuron, 0.35), 0.28)
	drawBrainstem(p, pal)
	drawHypothalamus(p, pal)
	drawNeurons(p, pal)
	drawMicroglia(p, pal)
}

// drawBrainstem draws the brainstem as a stalk leaving the brain on the left (midbrain,
// the bulge of the pons, the medulla) and hanging below it, where the vagus ends in the
// nucleus tractus solitarius (NTS).
func drawBrainstem(p *pen, pal *palette) {
	c := float32(neuralX)
	// Half-widths down the stalk, normalised.
	side := []struct{ y, hw float32 }{{0.085, 0.027}, {0.132, 0.043}, {0.172, 0.039}, {0.212, 0.027}, {0.252, 0.024}}
	p.dc.NewSubPath()
	for i, s := range side {
		x, y := p.P(pt{c + s.hw, s.y})
		if i == 0 {
			p.dc.MoveTo(x, y)
			continue
		}
		prev := side[i-1]
		px, py := p.P(pt{c + prev.hw, prev.y})
		p.dc.CubicTo(px, py+(y-py)*0.5, x, py+(y-py)*0.5, x, y)
	}
	bx, by := p.P(pt{c, brainstemEntry + 0.006})
	lx, _ := p.P(pt{c - side[len(side)-1].hw, 0})
	rx, ry := p.P(pt{c + side[len(side)-1].hw, side[len(side)-1].y})
	p.dc.CubicTo(rx, by, bx+(rx-bx)*0.5, by, bx, by)
	p.dc.CubicTo(bx-(rx-bx)*0.5, by, lx, by, lx, ry)
	for i := len(side) - 2; i >= 0; i-- {
		s, next := side[i], side[i+1]
		x, y := p.P(pt{c - s.hw, s.y})
		nx, ny := p.P(pt{c - next.hw, next.y})
		p.dc.CubicTo(nx, ny+(y-ny)*0.5, x, ny+(y-ny)*0.5, x, y)
	}
	ty := p.Y(side[0].y - 0.04)
	sx, _ := p.P(pt{c + side[0].hw, 0})
	lx0, _ := p.P(pt{c - side[0].hw, 0})
	p.dc.CubicTo(lx0, ty, sx, ty, sx, p.Y(side[0].y))
	p.dc.ClosePath()
	// The stalk emerges from the brain: fill and outline fade in from its top.
	top, solid := p.Y(side[0].y-0.04), p.Y(side[1].y)
	fill := gg.NewLinearGradient(0, top, 0, solid)
	fill.AddColorStop(0, alpha(mix(pal.brain, pal.neuron, 0.20), 0))
	fill.AddColorStop(1, mix(pal.brain, pal.neuron, 0.20))
	line := gg.NewLinearGradient(0, top, 0, solid)
	line.AddColorStop(0, alpha(pal.outline, 0))
	line.AddColorStop(1, alpha(pal.outline, 0.35))
	p.dc.SetFillStyle(fill)
	p.dc.FillPreserve()
	p.dc.SetStrokeStyle(line)
	p.dc.SetLineWidth(p.U(strokeOutline))
	p.dc.Stroke()
	// Pons striations.
	for _, dy := range []float32{0.138, 0.152} {
		ax, ay := p.P(pt{c - 0.034, dy})
		bx2, _ := p.P(pt{c + 0.034, dy})
		p.dc.NewSubPath()
		p.dc.MoveTo(ax, ay)
		p.dc.QuadraticTo((ax+bx2)/2, ay+p.U(3), bx2, ay)
		p.stroke(alpha(pal.outline, 0.18), strokeFine)
	}
	// NTS: the nucleus where vagal afferents end.
	nx, ny := p.P(pt{c, 0.228})
	p.dc.DrawEllipse(nx, ny, p.U(9), p.U(5.5))
	p.fillStroke(alpha(pal.neural, 0.30), alpha(pal.neural, 0.75), strokeFine)
}

// drawHypothalamus draws the hypothalamus (CRH) with the pituitary on its stalk below the
// brain, where the stress loop starts.
func drawHypothalamus(p *pen, pal *palette) {
	c := hypoRect.centre()
	cx, cy := p.P(pt{stressX, c.Y})
	rx := (p.X(hypoRect.X1) - p.X(hypoRect.X0)) * 0.34
	ry := (p.Y(hypoRect.Y1) - p.Y(hypoRect.Y0)) * 0.26
	p.glow(cx, cy, rx*1.3, ry*1.3, pal.stress, 0.10)
	p.dc.DrawEllipse(cx, cy, rx, ry)
	p.fillStroke(mix(pal.brain, pal.stress, 0.10), alpha(pal.stress, 0.30), strokeFine)
	for i := 0; i < 5; i++ {
		a := float64(i) * 1.3
		p.dc.DrawCircle(cx+rx*0.5*math.Cos(a), cy+ry*0.45*math.Sin(a), p.U(1.8))
		p.fill(alpha(pal.stress, 0.7))
	}
	px, py := p.P(pituitary)
	p.dc.NewSubPath()
	p.dc.MoveTo(cx, cy+ry)
	p.dc.LineTo(px, py)
	p.stroke(mix(pal.brain, pal.stress, 0.3), 3.2)
	p.dc.DrawCircle(px, py, p.U(8))
	p.fillStroke(mix(pal.brain, pal.stress, 0.28), alpha(pal.stress, 0.6), strokeOutline)
}

func drawNeurons(p *pen, pal *palette) {
	// Axons linking the somata into a small network.
	for i := 0; i+1 < len(neuronSomata); i++ {
		ax, ay := p.P(neuronSomata[i])
		bx, by := p.P(neuronSomata[i+1])
		p.dc.NewSubPath()
		p.dc.MoveTo(ax, ay)
		p.dc.CubicTo(ax+(bx-ax)*0.3, ay+p.U(18), bx-(bx-ax)*0.3, by-p.U(18), bx, by)
		p.stroke(alpha(pal.neuron, 0.35), strokeFine)
	}
	for i, s := range neuronSomata {
		x, y := p.P(s)
		rot := 0.25 * float64(i%2*2-1)
		// Dendrites.
		for j := 0; j < 5; j++ {
			a := rot - math.Pi/2 + float64(j-2)*0.75
			l := p.U(16 + 6*float64((i+j)%3))
			ex, ey := x+l*math.Cos(a), y+l*math.Sin(a)
			p.dc.NewSubPath()
			p.dc.MoveTo(x, y)
			p.dc.QuadraticTo(x+l*0.5*math.Cos(a+0.3), y+l*0.5*math.Sin(a+0.3), ex, ey)
			p.stroke(alpha(pal.neuron, 0.7), strokeFine)
			p.dc.NewSubPath()
			p.dc.MoveTo(x+l*0.7*math.Cos(a), y+l*0.7*math.Sin(a))
			p.dc.LineTo(ex+p.U(5)*math.Cos(a+0.8), ey+p.U(5)*math.Sin(a+0.8))
			p.stroke(alpha(pal.neuron, 0.5), strokeFine)
		}
		// Pyramidal soma.
		p.dc.Push()
		p.dc.Translate(x, y)
		p.dc.Rotate(rot)
		r := p.U(7)
		p.dc.NewSubPath()
		p.dc.MoveTo(0, -r*1.3)
		p.dc.QuadraticTo(r*0.9, -r*0.2, r*0.9, r*0.5)
		p.dc.QuadraticTo(0, r*1.0, -r*0.9, r*0.5)
		p.dc.QuadraticTo(-r*0.9, -r*0.2, 0, -r*1.3)
		p.dc.ClosePath()
		p.fillStroke(alpha(pal.neuron, 0.92), mix(pal.neuron, pal.highlight, 0.4), strokeFine)
		p.dc.DrawCircle(0, r*0.1, r*0.32)
		p.fill(alpha(mix(pal.neuron, pal.ink, 0.5), 0.9))
		p.dc.Pop()
	}
}

func drawMicroglia(p *pen, pal *palette) {
	for i, c := range microgliaCells {
		x, y := p.P(c)
		for j := 0; j < 6; j++ {
			a := float64(i)*0.7 + float64(j)*math.Pi/3
			l := p.U(13 + 4*float64((i+j)%3))
			ex, ey := x+l*math.Cos(a), y+l*math.Sin(a)*0.8
			p.dc.NewSubPath()
			p.dc.MoveTo(x, y)
			p.dc.LineTo(ex, ey)
			for _, da := range []float64{-0.6, 0.6} {
				p.dc.MoveTo(x+(ex-x)*0.6, y+(ey-y)*0.6)
				p.dc.LineTo(x+(ex-x)*0.6+p.U(6)*math.Cos(a+da), y+(ey-y)*0.6+p.U(6)*math.Sin(a+da))
			}
			p.stroke(alpha(pal.microglia, 0.75), strokeFine)
		}
		p.dc.DrawEllipse(x, y, p.U(5.5), p.U(4))
		p.fillStroke(pal.microglia, mix(pal.microglia, pal.highlight, 0.4), strokeFine)
	}
}

// drawBBB draws the blood–brain barrier as a row of flattened endothelial cells sealed by
// tight junctions, with its entry points: a leaky circumventricular organ, the endothelial
// cells where cytokines signal (receptors facing the blood), and the transporter gate
// that tryptophan and acetate use.
func drawBBB(p *pen, pal *palette) {
	x0, y0 := p.P(pt{bbbRect.X0, bbbTop})
	x1, y1 := p.P(pt{bbbRect.X1, bbbBottom})
	h := y1 - y0
	p.dc.DrawRoundedRectangle(x0, y0, x1-x0, h, h*0.3)
	p.fill(mix(pal.bg, pal.bbb, 0.22))
	// Basement membrane and astrocyte end-feet on the brain side.
	p.dc.NewSubPath()
	p.dc.MoveTo(x0+h*0.3, y0+p.U(1))
	p.dc.LineTo(x1-h*0.3, y0+p.U(1))
	p.stroke(alpha(pal.bbb, 0.6), strokeFine)

	cellL := float32(0.052)
	cy := (y0 + y1) / 2
	ch := h * 0.56
	for x := bbbRect.X0 + 0.006; x+cellL <= bbbRect.X1; x += cellL + 0.004 {
		if x+cellL > cvoRect.X0 && x < cvoRect.X1 {
			continue
		}
		ax, bx := p.X(x), p.X(x+cellL)
		p.dc.DrawRoundedRectangle(ax, cy-ch/2, bx-ax, ch, ch/2)
		p.fillStroke(alpha(pal.bbb, 0.85), mix(pal.bbb, pal.highlight, 0.3), strokeFine)
		p.dc.DrawEllipse((ax+bx)/2, cy, p.U(5), ch*0.22)
		p.fill(alpha(mix(pal.bbb, pal.ink, 0.45), 0.9))
		// Tight-junction seal to the next cell.
		p.dc.DrawCircle(bx+p.X(0.002)-p.X(0), cy, p.U(1.7))
		p.fill(alpha(pal.junction, 0.85))
	}
	// Circumventricular organ: fenestrated, loosely joined cells: a naturally leaky spot.
	cx0, cx1 := p.X(cvoRect.X0+0.004), p.X(cvoRect.X1-0.004)
	p.dc.DrawRoundedRectangle(cx0, cy-ch/2, cx1-cx0, ch, ch/2)
	p.fill(alpha(mix(pal.bbb, pal.immune, 0.25), 0.55))
	p.dc.DrawRoundedRectangle(cx0, cy-ch/2, cx1-cx0, ch, ch/2)
	p.dc.SetDash(p.U(3), p.U(3))
	p.stroke(mix(pal.bbb, pal.highlight, 0.4), strokeFine)
	p.dc.SetDash()
	for i := 0; i < 4; i++ {
		fx := cx0 + (cx1-cx0)*(0.2+0.2*float64(i))
		p.dc.DrawEllipse(fx, cy, p.U(2.2), ch*0.22)
		p.fill(mix(pal.ink, pal.bbb, 0.15))
	}
	// Cytokine receptors on the blood side of the endothelium under the immune lane.
	ex := p.X(immuneX)
	for i := -2; i <= 2; i++ {
		rx := ex + p.U(6.5)*float64(i)
		ry := cy + ch/2
		p.dc.NewSubPath()
		p.dc.MoveTo(rx, ry)
		p.dc.LineTo(rx, ry+p.U(3.5))
		p.dc.MoveTo(rx-p.U(2), ry+p.U(5.5))
		p.dc.LineTo(rx, ry+p.U(3.5))
		p.dc.LineTo(rx+p.U(2), ry+p.U(5.5))
		p.stroke(pal.cytokine, strokeFine*1.2)
	}
	// Transporter gate (LAT1 and friends) where the humoral lane meets the barrier.
	hx := p.X(humoralX)
	for _, s := range []float64{-1, 1} {
		p.dc.DrawRoundedRectangle(hx+s*p.U(4.5)-p.U(1.6), cy-ch*0.62, p.U(3.2), ch*1.24, p.U(1.6))
		p.fillStroke(alpha(pal.humoral, 0.55), pal.humoral, strokeFine)
	}
}
