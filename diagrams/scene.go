package diagrams

import (
	"image"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// The diagram's still picture is composed on the CPU and shown as a few tiles.
//
// Fyne repaints the whole window at every animation frame, and under software OpenGL
// (Mesa llvmpipe) the cost of a repaint is almost all fragment fill: every pixel of every
// object is shaded again, even a transparent one (DESIGN.md, "Rendering budget"). So the
// static anatomy and its state-driven overlays (glows, the epithelium strip, the
// stress-loop overlay, hover and selection highlights) are not stacked as canvas objects:
// they are composited here into one picture, which is cut into tiles, and only tiles that
// differ from the plain background are put on the canvas; the window's own clear colour
// is that background. Each pixel of the picture is then drawn once per frame instead of
// up to five times, and the empty space between the lanes is not drawn at all.
//
// The picture is recomposed only where an overlay changes (a glow level or the junction
// opening crossing a step, a new hover or selection), never per frame.

// sceneCell is the grid, in pixels, the picture is scanned in for content.
const sceneCell = 16

// tileObjectCost is what one more canvas object costs to draw, expressed in pixels of
// fill (measured under llvmpipe: 100 small images cost about as much as 80 000 pixels).
// Tiles are merged when the background pixels a merge adds cost less than an object.
const tileObjectCost = 800

// overlay is one state-driven layer composited over the static picture: a premultiplied
// image placed at a pixel offset, or (img == nil) a soft elliptical glow. With from set,
// the image is cross-faded: from (an image of the same size) blended towards img by mix.
type overlay struct {
	img  *image.RGBA
	at   image.Point // where img's top-left pixel goes
	a    float64     // opacity 0..1; 0 hides the overlay
	glow glowShape
	from *image.RGBA // what a cross-fade starts from (nil: none)
	mix  float64     // cross-fade progress 0 (from) .. 1 (img)
}

// glowShape is a soft radial light: centre and radii in pixels, colour at peak.
type glowShape struct {
	cx, cy, rx, ry float64
	c              color.NRGBA
}

func (o overlay) shown() bool { return o.a > 0 && (o.img != nil || (o.glow.rx >= 1 && o.glow.ry >= 1)) }

// bounds is the region of the picture the overlay touches.
func (o overlay) bounds() image.Rectangle {
	if !o.shown() {
		return image.Rectangle{}
	}
	if o.img != nil {
		return o.img.Rect.Sub(o.img.Rect.Min).Add(o.at)
	}
	g := o.glow
	return image.Rect(int(math.Floor(g.cx-g.rx)), int(math.Floor(g.cy-g.ry)), int(math.Ceil(g.cx+g.rx))+1, int(math.Ceil(g.cy+g.ry))+1)
}

// sceneTile is one rectangle of the picture on the canvas.
type sceneTile struct {
	r   image.Rectangle
	obj *canvas.Image
}

// scene composes the picture and keeps its tiles.
type scene struct {
	static *image.RGBA // the anatomy that never changes, opaque
	pic    *image.RGBA // the composed picture: static with every shown overlay over it
	k      float64     // pixels per Fyne unit
	bg     uint32      // the background pixel (as stored in Pix, little-endian RGBA)
	ovs    []overlay   // in paint order
	dirty  []image.Rectangle

	nx, ny int
	cells  []image.Rectangle // per grid cell: bounds of its non-background pixels

	tiles []sceneTile
	pool  []*canvas.Image // every tile object ever made; unused ones are hidden

	// Scratch kept between flushes, so a cross-fade recomposing every frame allocates
	// nothing while its tiles keep their rectangles.
	spare         []sceneTile
	used          map[*canvas.Image]bool
	redo          []int
	rects         []image.Rectangle
	open, nowOpen []int
	runs          []image.Rectangle
}

// maxDirty bounds the dirty rectangles kept apart; more are merged into one.
const maxDirty = 24

// reset starts over with a new static picture (after a resize or theme switch).
func (s *scene) reset(static *image.RGBA, k float64, bg color.Color, overlays int) {
	s.static, s.k = static, k
	r, g, b, a := bg.RGBA()
	s.bg = uint32(r>>8) | uint32(g>>8)<<8 | uint32(b>>8)<<16 | uint32(a>>8)<<24
	s.ovs = make([]overlay, overlays)
	b0 := static.Rect
	if s.pic == nil || s.pic.Rect != b0 {
		s.pic = image.NewRGBA(b0)
	}
	s.nx, s.ny = (b0.Dx()+sceneCell-1)/sceneCell, (b0.Dy()+sceneCell-1)/sceneCell
	s.cells = make([]image.Rectangle, s.nx*s.ny)
	s.dirty = append(s.dirty[:0], b0)
	for i := range s.tiles {
		s.tiles[i].r = image.Rectangle{} // every tile is redrawn
	}
}

// set replaces overlay i, marking what it covered and covers as dirty if it changed.
func (s *scene) set(i int, o overlay) {
	old := s.ovs[i]
	if old == o || (!old.shown() && !o.shown()) {
		s.ovs[i] = o
		return
	}
	s.ovs[i] = o
	s.markDirty(old.bounds())
	s.markDirty(o.bounds())
}

// markDirty adds a region to recompose. Regions are kept apart, so a change in one
// corner and another in the far corner do not recompose everything between them.
func (s *scene) markDirty(r image.Rectangle) {
	if r.Empty() {
		return
	}
	for i, d := range s.dirty {
		if r.In(d) {
			return
		}
		if d.In(r) {
			s.dirty[i] = r
			return
		}
	}
	if len(s.dirty) < maxDirty {
		s.dirty = append(s.dirty, r)
		return
	}
	for _, d := range s.dirty {
		r = r.Union(d)
	}
	s.dirty = append(s.dirty[:0], r)
}

// shown reports whether overlay i is on the picture.
func (s *scene) shown(i int) bool { return s.ovs[i].shown() }

// view is rectangle r of img as an image whose first pixel is r.Min, without allocating.
func view(img *image.RGBA, r image.Rectangle) image.RGBA {
	return image.RGBA{Pix: img.Pix[img.PixOffset(r.Min.X, r.Min.Y):], Stride: img.Stride, Rect: r}
}

// flush recomposes the dirty parts of the picture and brings the tiles up to date. Each
// dirty pixel is composed once, into the whole picture, and copied from there into the
// tiles. It reports whether tile objects were added (the renderer's object list must then
// grow).
func (s *scene) flush() bool {
	if s.static == nil || len(s.dirty) == 0 {
		return false
	}
	ds := s.dirty
	defer func() { s.dirty = ds[:0] }()
	for i, d := range ds {
		d = d.Intersect(s.static.Rect)
		ds[i] = d
		if d.Empty() {
			continue
		}
		v := view(s.pic, d)
		s.compose(&v, d)
		s.scan(d)
	}
	// Keep the tiles that are still wanted, refresh those a change touches (in place when
	// the rectangle is the same: Fyne uploads the pixels again on Refresh) and make the
	// new ones.
	rects := s.layoutTiles()
	old := s.tiles
	s.tiles = s.spare[:0]
	defer func() { s.spare = old[:0] }()
	if s.used == nil {
		s.used = make(map[*canvas.Image]bool, len(rects))
	}
	used := s.used
	clear(used)
	redo := s.redo[:0]
	defer func() { s.redo = redo[:0] }()
	for _, r := range rects {
		kept := false
		for _, t := range old {
			if t.r == r && !used[t.obj] {
				s.tiles = append(s.tiles, t)
				used[t.obj] = true
				kept = true
				touched := false
				for _, d := range ds {
					if sub := r.Intersect(d); !sub.Empty() {
						copyRect(t.obj.Image.(*image.RGBA), r.Min, s.pic, sub)
						touched = true
					}
				}
				if touched {
					t.obj.Refresh()
				}
				break
			}
		}
		if !kept {
			s.tiles = append(s.tiles, sceneTile{r: r})
			redo = append(redo, len(s.tiles)-1)
		}
	}
	grew := false
	free := 0
	for _, i := range redo {
		t := &s.tiles[i]
		for free < len(s.pool) && used[s.pool[free]] {
			free++
		}
		if free < len(s.pool) {
			t.obj = s.pool[free]
		} else {
			t.obj = canvas.NewImageFromImage(nil)
			t.obj.ScaleMode = canvas.ImageScaleFastest
			s.pool = append(s.pool, t.obj)
			grew = true
		}
		used[t.obj] = true
		img := image.NewRGBA(image.Rect(0, 0, t.r.Dx(), t.r.Dy()))
		copyRect(img, t.r.Min, s.pic, t.r)
		t.obj.Image = img
		t.obj.Move(fyne.NewPos(float32(float64(t.r.Min.X)/s.k), float32(float64(t.r.Min.Y)/s.k)))
		t.obj.Resize(fyne.NewSize(float32(float64(t.r.Dx())/s.k), float32(float64(t.r.Dy())/s.k)))
		t.obj.Show()
		t.obj.Refresh()
	}
	for _, o := range s.pool {
		if !used[o] && o.Visible() {
			o.Hide()
			o.Image = nil
		}
	}
	return grew
}

// copyRect copies rectangle r of the picture src into dst, whose top-left pixel is org
// in picture coordinates.
func copyRect(dst *image.RGBA, org image.Point, src *image.RGBA, r image.Rectangle) {
	w := r.Dx() * 4
	for y := r.Min.Y; y < r.Max.Y; y++ {
		d := (y-org.Y)*dst.Stride + (r.Min.X-org.X)*4
		o := src.PixOffset(r.Min.X, y)
		copy(dst.Pix[d:d+w], src.Pix[o:o+w])
	}
}

// scan records, for every grid cell r touches, the bounds of the cell's pixels that
// differ from the background in the composed picture.
func (s *scene) scan(r image.Rectangle) {
	c0x, c0y := r.Min.X/sceneCell, r.Min.Y/sceneCell
	c1x, c1y := (r.Max.X+sceneCell-1)/sceneCell, (r.Max.Y+sceneCell-1)/sceneCell
	pic := s.pic
	for cy := c0y; cy < c1y; cy++ {
		y0, y1 := cy*sceneCell, min((cy+1)*sceneCell, pic.Rect.Max.Y)
		for cx := c0x; cx < c1x; cx++ {
			x0, x1 := cx*sceneCell, min((cx+1)*sceneCell, pic.Rect.Max.X)
			b := image.Rectangle{}
			for y := y0; y < y1; y++ {
				row := pic.Pix[pic.PixOffset(0, y):]
				first, last := -1, -1
				for x := x0; x < x1; x++ {
					i := x * 4
					if uint32(row[i])|uint32(row[i+1])<<8|uint32(row[i+2])<<16|uint32(row[i+3])<<24 != s.bg {
						if first < 0 {
							first = x
						}
						last = x
					}
				}
				if first >= 0 {
					b = b.Union(image.Rect(first, y, last+1, y+1))
				}
			}
			s.cells[cy*s.nx+cx] = b
		}
	}
}

// layoutTiles covers every non-background cell with as few, as tight rectangles as pays:
// runs of cells in a row are joined, then stacked rows with (nearly) the same extent.
func (s *scene) layoutTiles() []image.Rectangle {
	area := func(r image.Rectangle) int { return r.Dx() * r.Dy() }
	pays := func(u, a, b image.Rectangle) bool { return area(u)-area(a)-area(b) <= tileObjectCost }
	rects := s.rects[:0]
	open, nowOpen := s.open[:0], s.nowOpen[:0] // rects that reach the previous row of cells
	runs := s.runs[:0]
	defer func() { s.rects, s.open, s.nowOpen, s.runs = rects[:0], open[:0], nowOpen[:0], runs[:0] }()
	for cy := 0; cy < s.ny; cy++ {
		runs = runs[:0]
		for cx := 0; cx < s.nx; cx++ {
			c := s.cells[cy*s.nx+cx]
			if c.Empty() {
				continue
			}
			if n := len(runs); n > 0 && pays(runs[n-1].Union(c), runs[n-1], c) {
				runs[n-1] = runs[n-1].Union(c)
				continue
			}
			runs = append(runs, c)
		}
		nowOpen = nowOpen[:0]
		for ri, run := range runs {
			merged := false
			for _, oi := range open {
				u := rects[oi].Union(run)
				if !pays(u, rects[oi], run) || overlapsAny(u, rects, oi) || overlapsRuns(u, runs, ri) {
					continue
				}
				rects[oi] = u
				nowOpen = append(nowOpen, oi)
				merged = true
				break
			}
			if !merged {
				rects = append(rects, run)
				nowOpen = append(nowOpen, len(rects)-1)
			}
		}
		open, nowOpen = nowOpen, open
	}
	return rects
}

func overlapsAny(u image.Rectangle, rects []image.Rectangle, skip int) bool {
	for i, r := range rects {
		if i != skip && u.Overlaps(r) {
			return true
		}
	}
	return false
}

func overlapsRuns(u image.Rectangle, runs []image.Rectangle, skip int) bool {
	for i, r := range runs {
		if i != skip && u.Overlaps(r) {
			return true
		}
	}
	return false
}

// compose paints rectangle r of the picture into dst (whose top-left is r.Min): the
// static anatomy, then every shown overlay in order.
func (s *scene) compose(dst *image.RGBA, r image.Rectangle) {
	w := r.Dx() * 4
	for y := r.Min.Y; y < r.Max.Y; y++ {
		o := s.static.PixOffset(r.Min.X, y)
		copy(dst.Pix[(y-r.Min.Y)*dst.Stride:(y-r.Min.Y)*dst.Stride+w], s.static.Pix[o:o+w])
	}
	for _, ov := range s.ovs {
		b := ov.bounds().Intersect(r)
		if b.Empty() {
			continue
		}
		switch {
		case ov.img != nil && ov.from != nil:
			blendFade(dst, r.Min, ov, b)
		case ov.img != nil:
			blendImage(dst, r.Min, ov, b)
		default:
			blendGlow(dst, r.Min, ov, b)
		}
	}
}

// objects are the tile objects, in no particular order (tiles never overlap).
func (s *scene) objects() []*canvas.Image { return s.pool }
