package diagrams

import (
	"image"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// diagramRenderer owns the diagram's canvas objects, all created once: the tiles of the
// composed still picture (see scene.go), the particle sprite pool and the labels.
type diagramRenderer struct {
	d *Diagram

	sc      scene
	hpaImg  *image.RGBA // the stress-loop overlay, faded in with cortisol
	hpaAt   image.Point
	sprites [poolSize]*canvas.Image
	texts   []*canvas.Text
	objects []fyne.CanvasObject

	// What the cached images were last made for.
	size      fyne.Size
	scale     float32
	pal       palette
	themeText float32
	epiLevel  int
	hoverFor  Part
	selFor    Part
	built     bool
	u         float32   // design unit in Fyne units
	want      fyne.Size // the size a pending rebuild is for
	pending   bool      // a rebuild is due at the next animation tick
	labels    []labelBox

	flows flowPictures // the still arrows of reduced and no motion
}

// The picture's overlays, in paint order: one glow per glowSpecs entry, then the
// epithelium strip, the stress-loop overlay, one still-flow overlay per particle stream
// (reduced and no motion) and the hover and selection highlights.
var (
	ovEpi   = len(glowSpecs)
	ovHPA   = ovEpi + 1
	ovFlow  = ovEpi + 2
	ovHover = ovFlow + int(numStreams)
	ovSel   = ovHover + 1
	ovCount = ovSel + 1
)

// glowSpec is a state-driven glow: a soft light over a structure whose opacity follows
// one of the quantised levels.
type glowSpec struct {
	at     pt
	rx, ry float32 // radii, design units
	level  func(levels) int
}

var glowSpecs = func() []glowSpec {
	immune := func(l levels) int { return l.immune }
	var g []glowSpec
	for _, c := range immuneCells {
		g = append(g, glowSpec{at: c.at, rx: 24, ry: 22, level: immune})
	}
	signal := func(l levels) int { return l.signal }
	return append(g,
		glowSpec{at: pt{immuneX, bbbTop - 0.012}, rx: 44, ry: 26, level: signal},
		glowSpec{at: pt{cvoX, bbbTop - 0.010}, rx: 36, ry: 22, level: signal},
		glowSpec{at: neuronsRect.centre(), rx: 130, ry: 52, level: func(l levels) int { return l.neurons }},
		glowSpec{at: microgliaRect.centre(), rx: 105, ry: 46, level: func(l levels) int { return l.microglia }},
		glowSpec{at: pt{neuralX, 0.225}, rx: 34, ry: 30, level: func(l levels) int { return l.brainstem }},
	)
}()

// glowPeak is a glow's opacity at its centre at the highest level.
const glowPeak = 0.9

// glowColour picks each glow's colour: immune cells glow in the immune cell colour, the
// brain side of the barrier in the cytokine colour (a signal, not cytokines inside),
// neurons in serotonin green, microglia in their own colour, the NTS in vagal blue.
func glowColour(i int, pal *palette) color.Color {
	n := len(immuneCells)
	switch {
	case i < n:
		return pal.immuneCell
	case i < n+2:
		return pal.cytokine
	case i == n+2:
		return pal.serotonin
	case i == n+3:
		return pal.microglia
	}
	return pal.vagal
}

func newDiagramRenderer(d *Diagram) *diagramRenderer {
	r := &diagramRenderer{d: d, epiLevel: -1}
	for i := range r.sprites {
		s := canvas.NewImageFromImage(image.NewRGBA(image.Rect(0, 0, 1, 1)))
		s.ScaleMode = canvas.ImageScaleFastest
		s.Hide()
		r.sprites[i] = s
	}
	for range labelSpecs {
		r.texts = append(r.texts, canvas.NewText("", nil))
	}
	r.collectObjects()
	return r
}

// collectObjects lists the objects bottom to top: picture tiles, particle sprites, labels.
func (r *diagramRenderer) collectObjects() {
	r.objects = r.objects[:0]
	for _, t := range r.sc.objects() {
		r.objects = append(r.objects, t)
	}
	for _, s := range r.sprites {
		r.objects = append(r.objects, s)
	}
	for _, t := range r.texts {
		r.objects = append(r.objects, t)
	}
}

// Objects are, bottom to top: the tiles of the composed picture, particle sprites, labels.
func (r *diagramRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *diagramRenderer) Destroy() {
	r.stopFade()
	r.d.r = nil
}
func (r *diagramRenderer) MinSize() fyne.Size { return fyne.NewSize(480, 360) }

// Layout redraws the picture when the size (or canvas scale) really changed. The redraw
// waits for the next animation tick, just before the next frame is painted: while a
// window is being built or resized Fyne lays it out several times in a row (at its
// minimum size first), and only the last size is ever seen.
func (r *diagramRenderer) Layout(size fyne.Size) {
	if size.Width < 1 || size.Height < 1 {
		return
	}
	if size == r.size && r.built && !r.pending && r.canvasScale() == r.scale {
		return
	}
	r.want = size
	if r.pending {
		return
	}
	a := fyne.CurrentApp()
	if a == nil {
		r.rebuild(size)
		return
	}
	r.pending = true
	a.Driver().StartAnimation(&fyne.Animation{Tick: r.rebuildPending})
}

// rebuildPending runs the rebuild Layout asked for (the test driver ticks at once).
func (r *diagramRenderer) rebuildPending(float32) {
	if !r.pending {
		return
	}
	r.pending = false
	if r.want != r.size || !r.built || r.canvasScale() != r.scale {
		r.rebuild(r.want)
	}
}

// Refresh follows a theme switch: a changed palette or text size redraws everything,
// otherwise it only re-applies the state looks.
func (r *diagramRenderer) Refresh() {
	if r.size.Width < 1 || r.pending {
		return // a rebuild is on its way
	}
	if currentPalette(r.d) != r.pal || theme.SizeForWidget(theme.SizeNameText, r.d) != r.themeText || r.canvasScale() != r.scale {
		r.rebuild(r.size)
		return
	}
	r.applyLevels()
	r.updateHighlights()
}

func (r *diagramRenderer) canvasScale() float32 {
	if a := fyne.CurrentApp(); a != nil {
		if c := a.Driver().CanvasForObject(r.d); c != nil {
			return c.Scale()
		}
	}
	return 1
}

// rebuild redraws the static picture and the overlays and lays out labels and sprites.
func (r *diagramRenderer) rebuild(size fyne.Size) {
	r.size, r.scale, r.built = size, r.canvasScale(), true
	r.pal = currentPalette(r.d)
	r.themeText = theme.SizeForWidget(theme.SizeNameText, r.d)
	W, H := size.Width, size.Height
	r.u = detailUnit(W, H)
	labels := layoutLabels(W, H, r.themeText)
	r.labels = labels

	bl := baseLayer(W, H, r.scale)
	r.sc.reset(renderBase(anatomyInput{W: W, H: H, scale: r.scale, pal: r.pal, labels: labels}), bl.k, r.pal.bg, ovCount)
	img, l := renderHPAOverlay(W, H, r.scale, &r.pal)
	r.hpaImg, r.hpaAt = img, layerOrigin(l)
	r.epiLevel = -1

	for i, t := range r.texts {
		b := labels[i]
		t.Text, t.TextSize = b.text, b.size
		t.TextStyle = fyne.TextStyle{Bold: b.spec.bold}
		t.Color = labelColor(&r.pal, b.spec.tone)
		t.Move(b.pos)
		t.Resize(b.dim)
		t.Refresh()
	}

	var sprites [numKinds]*image.RGBA
	for k := range sprites {
		w, h := spriteSize(ParticleKind(k), r.u)
		sprites[k] = renderSprite(ParticleKind(k), &r.pal, int(math.Ceil(float64(w*r.scale))), int(math.Ceil(float64(h*r.scale))))
	}
	for i, s := range r.sprites {
		k := streamCfgs[streamOfSlot(i)].kind
		s.Image = sprites[k]
		s.Resize(fyne.NewSize(spriteSize(k, r.u)))
		s.Refresh()
	}
	r.hoverFor, r.selFor = "-", "-"
	r.setLevels()
	r.flows.invalidate()
	r.setFlows(false)
	r.setHighlights()
	r.commit()
	r.placeParticles()
}

// layerOrigin is a layer's top-left corner in pixels of the picture.
func layerOrigin(l layer) image.Point {
	return image.Pt(int(math.Round(float64(l.x)*l.k)), int(math.Round(float64(l.y)*l.k)))
}

// commit recomposes what changed and, when new tile objects were made, lists them.
func (r *diagramRenderer) commit() {
	if r.sc.flush() {
		r.collectObjects()
	}
}

// applyLevels brings the state looks up to date: the epithelium strip when the junction
// level changed, and the glow and stress-loop opacities.
func (r *diagramRenderer) applyLevels() {
	if !r.built || r.pending {
		return // the pending rebuild applies them
	}
	r.setLevels()
	r.commit()
}

func (r *diagramRenderer) setLevels() {
	lv := r.d.levels
	if lv.junction != r.epiLevel {
		r.epiLevel = lv.junction
		img, l := renderEpithelium(r.size.Width, r.size.Height, r.scale, &r.pal, lv.junction, r.labels)
		r.sc.set(ovEpi, overlay{img: img, at: layerOrigin(l), a: 1})
	}
	r.sc.set(ovHPA, overlay{img: r.hpaImg, at: r.hpaAt, a: float64(lv.hpa) / glowSteps})
	W, H, k := float64(r.size.Width), float64(r.size.Height), r.sc.k
	u := float64(r.u)
	for i, g := range glowSpecs {
		r.sc.set(i, overlay{a: glowPeak * float64(g.level(lv)) / glowSteps, glow: glowShape{
			cx: float64(g.at.X) * W * k, cy: float64(g.at.Y) * H * k,
			rx: float64(g.rx) * u * k, ry: float64(g.ry) * u * k,
			c: nrgba(glowColour(i, &r.pal)),
		}})
	}
}

// updateHighlights redraws the hover and selection highlights if their part changed.
func (r *diagramRenderer) updateHighlights() {
	if !r.built || r.pending {
		return // the pending rebuild draws them
	}
	r.setHighlights()
	r.commit()
}

func (r *diagramRenderer) setHighlights() {
	hov := r.d.hovered
	if hov == r.d.selected {
		hov = "" // the selection highlight already marks it
	}
	update := func(i int, p Part, was *Part, strong bool) {
		if p == *was {
			return
		}
		*was = p
		img, l, ok := renderHighlight(r.size.Width, r.size.Height, r.scale, &r.pal, p, strong)
		if !ok {
			r.sc.set(i, overlay{})
			return
		}
		r.sc.set(i, overlay{img: img, at: layerOrigin(l), a: 1})
	}
	update(ovHover, hov, &r.hoverFor, false)
	update(ovSel, r.d.selected, &r.selFor, true)
}

// placeParticles moves each sprite to its particle. It runs every frame: it only calls
// Move (plus Show/Hide when a particle is born or retires) and allocates nothing.
func (r *diagramRenderer) placeParticles() {
	if !r.built {
		return
	}
	if r.d.still() {
		for _, o := range r.sprites {
			if o.Visible() {
				o.Hide()
			}
		}
		return
	}
	W, H, u := r.size.Width, r.size.Height, r.u
	ps := r.d.sim
	for i := range ps.p {
		q := &ps.p[i]
		o := r.sprites[i]
		if !q.active {
			if o.Visible() {
				o.Hide()
			}
			continue
		}
		c := &streamCfgs[q.stream]
		lat := (c.spread*q.off + c.wobble*float32(math.Sin(float64(q.phase)))) * u
		// Scatter across the direction of travel, measured in widget units.
		wx, wy := q.dx/refAspect*W, q.dy*H
		nx, ny := float32(0), float32(0)
		if l := float32(math.Hypot(float64(wx), float64(wy))); l > 0 {
			nx, ny = -wy/l, wx/l
		}
		sz := o.Size()
		o.Move(fyne.NewPos(q.pos.X*W+nx*lat-sz.Width/2, q.pos.Y*H+ny*lat-sz.Height/2))
		if !o.Visible() {
			o.Show()
		}
	}
}

// streamOfSlot is the stream that owns pool slot i.
func streamOfSlot(i int) stream {
	for st := stream(0); st < numStreams; st++ {
		c := streamCfgs[st]
		if i >= c.first && i < c.first+c.n {
			return st
		}
	}
	return sVagal
}
