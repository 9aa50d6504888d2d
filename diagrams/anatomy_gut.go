package diagrams

import (
	"math"
)

// Drawing of the gut side: lumen with bacteria, mucus, lamina propria with immune cells,
// vagal endings, the portal vessel and the liver. (The lining cells are in epithelium.go.)

func drawLumen(p *pen, pal *palette) {
	w := float64(p.img.Rect.Dx())
	p.fillRect(0, p.Y(epiBottom), w, p.Y(1)+1, pal.lumen)
	// A faint light from the middle of the lumen gives depth without drawing attention.
	p.glow(w*0.55, p.Y(0.955), w*0.5, p.Y(1)-p.Y(0.90), mix(pal.lumen, pal.bacteria, 0.5), 0.18)
	for _, b := range bacteria {
		x, y := p.P(b.at)
		s := float64(b.sizeRank)
		fill, rim := alpha(pal.bacteria, 0.78), mix(pal.bacteria, pal.highlight, 0.25)
		if b.rod {
			l, r := p.U(24*s), p.U(4.6*s)
			p.dc.Push()
			p.dc.Translate(x, y)
			p.dc.Rotate(float64(b.angle))
			p.dc.DrawRoundedRectangle(-l/2, -r, l, 2*r, r)
			p.fillStroke(fill, alpha(rim, 0.7), strokeFine)
			p.dc.DrawRoundedRectangle(-l/2+r*0.6, -r*0.45, l-r*1.2, r*0.5, r*0.25)
			p.fill(alpha(rim, 0.25))
			p.dc.Pop()
			continue
		}
		r := p.U(4.8 * s)
		p.dc.DrawCircle(x, y, r)
		p.fillStroke(fill, alpha(rim, 0.7), strokeFine)
		p.dc.DrawCircle(x-r*0.3, y-r*0.3, r*0.35)
		p.fill(alpha(rim, 0.25))
	}
	drawMucus(p, pal)
}

// drawMucus paints the mucus blanket over the lining, with a soft wavy lumen-side edge.
func drawMucus(p *pen, pal *palette) {
	w := float64(p.img.Rect.Dx())
	top, bot := p.Y(epiBottom), p.Y(mucusBottom)
	amp := p.U(2.2)
	p.dc.NewSubPath()
	p.dc.MoveTo(0, top)
	p.dc.LineTo(w, top)
	n := 48
	for i := n; i >= 0; i-- {
		x := w * float64(i) / float64(n)
		p.dc.LineTo(x, bot+amp*math.Sin(float64(i)*0.9))
	}
	p.dc.ClosePath()
	p.fill(alpha(pal.mucus, 0.92))
	// Mucin strands: faint wavy threads.
	for j := 0; j < 2; j++ {
		y := top + (bot-top)*(0.45+0.3*float64(j))
		p.dc.NewSubPath()
		for i := 0; i <= n; i++ {
			x := w * float64(i) / float64(n)
			yy := y + amp*0.8*math.Sin(float64(i)*0.55+float64(j)*2)
			if i == 0 {
				p.dc.MoveTo(x, yy)
			} else {
				p.dc.LineTo(x, yy)
			}
		}
		p.stroke(alpha(mix(pal.mucus, pal.highlight, 0.3), 0.22), strokeFine)
	}
}

func drawLamina(p *pen, pal *palette) {
	w := float64(p.img.Rect.Dx())
	p.fillRect(0, p.Y(laminaTop), w, p.Y(epiTop)+1, pal.lamina)
	// Behind the lining cells: the narrow spaces between them read as dark slits.
	p.fillRect(0, p.Y(epiTop), w, p.Y(epiBottom), pal.slit)
	// Connective-tissue fibres.
	for j := 0; j < 3; j++ {
		y := p.Y(laminaTop + 0.022 + float32(j)*0.034)
		p.dc.NewSubPath()
		for i := 0; i <= 60; i++ {
			x := w * float64(i) / 60
			yy := y + p.U(3)*math.Sin(float64(i)*0.45+float64(j)*1.7)
			if i == 0 {
				p.dc.MoveTo(x, yy)
			} else {
				p.dc.LineTo(x, yy)
			}
		}
		p.stroke(alpha(mix(pal.lamina, pal.highlight, 0.3), 0.12), strokeFine)
	}
	// Capillaries rising from the lining into the portal vessel: the way absorbed molecules
	// (and leaked LPS) travel on.
	for _, x := range capillaryX {
		px := p.X(x)
		p.dc.NewSubPath()
		p.dc.MoveTo(px-p.U(3), p.Y(vesselBottom)-p.U(2))
		p.dc.CubicTo(px-p.U(7), p.Y(laminaTop+0.04), px-p.U(6), p.Y(epiTop)-p.U(4), px, p.Y(epiTop)-p.U(5))
		p.dc.CubicTo(px+p.U(6), p.Y(epiTop)-p.U(4), px+p.U(7), p.Y(laminaTop+0.04), px+p.U(3), p.Y(vesselBottom)-p.U(2))
		p.stroke(alpha(mix(pal.blood, pal.highlight, 0.2), 0.38), strokeOutline*1.3)
	}
	for _, c := range immuneCells {
		drawImmuneCell(p, pal, c)
	}
}

// drawImmuneCell draws a macrophage (round, ruffled, kidney nucleus) or a dendritic cell
// (star with long arms).
func drawImmuneCell(p *pen, pal *palette, c immuneCell) {
	x, y := p.P(c.at)
	s := float64(c.sz)
	fill := alpha(pal.immuneCell, 0.85)
	rim := mix(pal.immuneCell, pal.highlight, 0.35)
	p.dc.NewSubPath()
	if c.dendritic {
		arms := 5
		for i := 0; i <= arms*8; i++ {
			a := float64(c.rotate) + 2*math.Pi*float64(i)/float64(arms*8)
			ph := math.Mod(float64(i), 8) / 8
			r := p.U(5*s) + p.U(10*s)*math.Pow(math.Max(0, math.Cos(ph*2*math.Pi)), 6)
			px, py := x+r*math.Cos(a), y+r*math.Sin(a)*0.8
			if i == 0 {
				p.dc.MoveTo(px, py)
			} else {
				p.dc.LineTo(px, py)
			}
		}
	} else {
		for i := 0; i <= 40; i++ {
			a := 2 * math.Pi * float64(i) / 40
			r := p.U(8.5*s) * (1 + 0.09*math.Sin(a*7+float64(c.rotate)))
			px, py := x+r*math.Cos(a), y+r*math.Sin(a)*0.85
			if i == 0 {
				p.dc.MoveTo(px, py)
			} else {
				p.dc.LineTo(px, py)
			}
		}
	}
	p.dc.ClosePath()
	p.dc.SetLineJoinRound()
	p.fillStroke(fill, rim, strokeFine)
	// Nucleus.
	p.dc.Push()
	p.dc.Translate(x, y)
	p.dc.Rotate(float64(c.rotate))
	if c.dendritic {
		p.dc.DrawEllipse(0, 0, p.U(3.4*s), p.U(2.6*s))
	} else {
		p.dc.DrawEllipse(p.U(1), 0, p.U(4.2*s), p.U(2.8*s))
	}
	p.fill(alpha(mix(pal.immuneCell, pal.ink, 0.55), 0.9))
	p.dc.Pop()
}

// drawVagalEndings draws the vagal afferent endings fanning out under the lining, next to
// the enterochromaffin cell whose serotonin excites them.
func drawVagalEndings(p *pen, pal *palette) {
	x0, y0 := p.P(pt{neuralX, neuralBottom})
	ends := []pt{{cellCentre(ecCell) - 0.018, epiTop - 0.006}, {cellCentre(ecCell) + 0.012, epiTop - 0.004}, {neuralX + 0.05, epiTop - 0.012}, {neuralX - 0.05, epiTop - 0.014}}
	for _, e := range ends {
		x1, y1 := p.P(e)
		p.dc.NewSubPath()
		p.dc.MoveTo(x0, y0)
		p.dc.CubicTo(x0, y0+(y1-y0)*0.5, x1, y0+(y1-y0)*0.4, x1, y1)
		p.stroke(alpha(pal.neural, 0.85), strokeFine*1.3)
		p.dc.DrawCircle(x1, y1, p.U(1.9))
		p.fill(pal.neural)
	}
}

func drawVessel(p *pen, pal *palette) {
	x0, y0 := p.P(pt{vesselRect.X0, vesselTop})
	x1, y1 := p.P(pt{vesselRect.X1, vesselBottom})
	h := y1 - y0
	p.dc.DrawRoundedRectangle(x0, y0, x1-x0, h, h/2)
	p.fillStroke(pal.blood, mix(pal.blood, pal.outline, 0.35), strokeOutline)
	p.glow((x0+x1)/2, y0+h*0.42, (x1-x0)*0.55, h*0.32, mix(pal.blood, pal.highlight, 0.25), 0.35)
	// Red cells tumbling along.
	for i, f := range []float64{0.08, 0.16, 0.29, 0.38, 0.47, 0.58, 0.73, 0.86, 0.95} {
		cx := x0 + (x1-x0)*f
		cy := y0 + h*(0.35+0.3*math.Mod(float64(i)*0.37, 1))
		p.dc.DrawEllipse(cx, cy, p.U(4.2), p.U(2.6))
		p.fillStroke(alpha(mix(pal.blood, pal.highlight, 0.12), 0.9), alpha(mix(pal.blood, pal.highlight, 0.3), 0.5), strokeFine)
	}
	// Flow towards the liver.
	for _, f := range []float32{0.48, 0.61, 0.80} {
		cx, cy := p.P(pt{f, vesselY})
		s := p.U(5)
		p.dc.NewSubPath()
		p.dc.MoveTo(cx+s*0.6, cy-s)
		p.dc.LineTo(cx-s*0.4, cy)
		p.dc.LineTo(cx+s*0.6, cy+s)
		p.dc.SetLineJoinRound()
		p.stroke(alpha(pal.text, 0.65), strokeOutline) // 3:1 on the blood in every theme
	}
}

// drawLiver draws the liver in its familiar front-view silhouette (a big rounded lobe
// tapering to a point), with the portal vessel entering from below right.
func drawLiver(p *pen, pal *palette) {
	r := liverRect
	q := func(fx, fy float32) (float64, float64) {
		return p.P(pt{r.X0 + (r.X1-r.X0)*fx, r.Y0 + (r.Y1-r.Y0)*fy})
	}
	p.dc.NewSubPath()
	x, y := q(0.02, 0.45)
	p.dc.MoveTo(x, y)
	curve := func(a, b, c [2]float32) {
		ax, ay := q(a[0], a[1])
		bx, by := q(b[0], b[1])
		cx, cy := q(c[0], c[1])
		p.dc.CubicTo(ax, ay, bx, by, cx, cy)
	}
	curve([2]float32{0.00, 0.12}, [2]float32{0.30, 0.00}, [2]float32{0.55, 0.04}) // dome
	curve([2]float32{0.78, 0.08}, [2]float32{0.98, 0.18}, [2]float32{1.00, 0.30}) // tip
	curve([2]float32{0.92, 0.50}, [2]float32{0.75, 0.66}, [2]float32{0.55, 0.80}) // underside
	curve([2]float32{0.38, 0.98}, [2]float32{0.12, 1.02}, [2]float32{0.04, 0.80}) // right lobe
	curve([2]float32{0.00, 0.70}, [2]float32{0.02, 0.55}, [2]float32{0.02, 0.45})
	p.dc.ClosePath()
	p.fillStroke(pal.liver, mix(pal.liver, pal.outline, 0.4), strokeOutline)
	gx, gy := q(0.36, 0.34)
	p.glow(gx, gy, (p.X(r.X1)-p.X(r.X0))*0.40, (p.Y(r.Y1)-p.Y(r.Y0))*0.34, mix(pal.liver, pal.highlight, 0.35), 0.30)
}
