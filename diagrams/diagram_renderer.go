package diagrams

import (
	"image"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// diagramRenderer owns the diagram's canvas objects, all created once: the cached anatomy
// images, state glows, the particle sprite pool, highlights and labels.
type diagramRenderer struct {
	d *Diagram

	base, epi, hpa *canvas.Image
	glows          []*canvas.Image // one per glowSpecs entry
	sprites        [poolSize]*canvas.Image
	hover, sel     *canvas.Image
	texts          []*canvas.Text
	objects        []fyne.CanvasObject

	// What the cached images were last made for.
	size      fyne.Size
	scale     float32
	pal       palette
	themeText float32
	epiLevel  int
	hoverFor  Part
	selFor    Part
	built     bool
	u         float32 // design unit in Fyne units
	labels    []labelBox
}

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
	img := func() *canvas.Image {
		i := canvas.NewImageFromImage(image.NewRGBA(image.Rect(0, 0, 1, 1)))
		i.ScaleMode = canvas.ImageScaleFastest
		return i
	}
	r.base, r.epi, r.hpa = img(), img(), img()
	r.objects = append(r.objects, r.base)
	for range glowSpecs {
		g := img()
		g.ScaleMode = canvas.ImageScaleSmooth
		r.glows = append(r.glows, g)
		r.objects = append(r.objects, g)
	}
	r.objects = append(r.objects, r.epi, r.hpa)
	for i := range r.sprites {
		s := img()
		s.Hide()
		r.sprites[i] = s
		r.objects = append(r.objects, s)
	}
	r.hover, r.sel = img(), img()
	r.hover.Hide()
	r.sel.Hide()
	r.objects = append(r.objects, r.hover, r.sel)
	for range labelSpecs {
		t := canvas.NewText("", nil)
		r.texts = append(r.texts, t)
		r.objects = append(r.objects, t)
	}
	return r
}

// Objects are, bottom to top: base anatomy, state glows, epithelium, stress overlay,
// particle sprites, highlights, labels.
func (r *diagramRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *diagramRenderer) Destroy()                     { r.d.r = nil }
func (r *diagramRenderer) MinSize() fyne.Size           { return fyne.NewSize(480, 360) }

// Layout redraws the cached images only when the size (or canvas scale) really changed.
func (r *diagramRenderer) Layout(size fyne.Size) {
	if size.Width < 1 || size.Height < 1 {
		return
	}
	if size != r.size || r.canvasScale() != r.scale || !r.built {
		r.rebuild(size)
	}
}

// Refresh follows a theme switch: a changed palette or text size redraws everything,
// otherwise it only re-applies the state looks.
func (r *diagramRenderer) Refresh() {
	if r.size.Width < 1 {
		return
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

// rebuild redraws every cached image and lays out labels, glows and sprites for size.
func (r *diagramRenderer) rebuild(size fyne.Size) {
	r.size, r.scale, r.built = size, r.canvasScale(), true
	r.pal = currentPalette(r.d)
	r.themeText = theme.SizeForWidget(theme.SizeNameText, r.d)
	W, H := size.Width, size.Height
	r.u = detailUnit(W, H)
	labels := layoutLabels(W, H, r.themeText)
	r.labels = labels

	setImage(r.base, renderBase(anatomyInput{W: W, H: H, scale: r.scale, pal: r.pal, labels: labels}), baseLayer(W, H, r.scale))
	img, l := renderHPAOverlay(W, H, r.scale, &r.pal)
	setImage(r.hpa, img, l)
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

	for i, g := range glowSpecs {
		o := r.glows[i]
		o.Image = glowSprite(glowColour(i, &r.pal))
		rx, ry := g.rx*r.u, g.ry*r.u
		o.Move(fyne.NewPos(g.at.X*W-rx, g.at.Y*H-ry))
		o.Resize(fyne.NewSize(2*rx, 2*ry))
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
	r.applyLevels()
	r.updateHighlights()
	r.placeParticles()
}

// setImage shows img over a layer's rectangle and asks the canvas to upload it again.
func setImage(o *canvas.Image, img *image.RGBA, l layer) {
	o.Image = img
	pos, size := layerRect(l)
	o.Move(pos)
	o.Resize(size)
	o.Refresh()
}

// applyLevels brings the state looks up to date: the epithelium strip when the junction
// level changed, and glow opacities.
func (r *diagramRenderer) applyLevels() {
	if !r.built {
		return
	}
	lv := r.d.levels
	if lv.junction != r.epiLevel {
		r.epiLevel = lv.junction
		img, l := renderEpithelium(r.size.Width, r.size.Height, r.scale, &r.pal, lv.junction, r.labels)
		setImage(r.epi, img, l)
	}
	setTranslucency(r.hpa, lv.hpa)
	for i, g := range glowSpecs {
		setTranslucency(r.glows[i], g.level(lv))
	}
}

// setTranslucency fades an overlay to a glow level, refreshing only on change.
func setTranslucency(o *canvas.Image, level int) {
	t := 1 - float64(level)/glowSteps
	if o.Translucency == t {
		return
	}
	o.Translucency = t
	if level == 0 {
		o.Hide()
		return
	}
	o.Show()
	o.Refresh()
}

// updateHighlights redraws the hover and selection highlights if their part changed.
func (r *diagramRenderer) updateHighlights() {
	if !r.built {
		return
	}
	hov := r.d.hovered
	if hov == r.d.selected {
		hov = "" // the selection highlight already marks it
	}
	update := func(o *canvas.Image, p Part, was *Part, strong bool) {
		if p == *was {
			return
		}
		*was = p
		img, l, ok := renderHighlight(r.size.Width, r.size.Height, r.scale, &r.pal, p, strong)
		if !ok {
			o.Hide()
			return
		}
		setImage(o, img, l)
		o.Show()
	}
	update(r.hover, hov, &r.hoverFor, false)
	update(r.sel, r.d.selected, &r.selFor, true)
}

// placeParticles moves each sprite to its particle. It runs every frame: it only calls
// Move (plus Show/Hide when a particle is born or retires) and allocates nothing.
func (r *diagramRenderer) placeParticles() {
	if !r.built {
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
