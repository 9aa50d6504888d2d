package diagrams

import (
	"image"
	"image/color"
	"image/draw"
	"testing"
)

// paintTiles draws a scene's visible tiles over a background-filled picture, as the
// window does (its clear colour is the background).
func paintTiles(s *scene, bg color.Color) *image.RGBA {
	out := image.NewRGBA(s.static.Rect)
	draw.Draw(out, out.Rect, image.NewUniform(bg), image.Point{}, draw.Src)
	for _, t := range s.tiles {
		if !t.obj.Visible() {
			continue
		}
		draw.Draw(out, t.r, t.obj.Image, image.Point{}, draw.Src)
	}
	return out
}

// wholePicture composes the full picture directly.
func wholePicture(s *scene) *image.RGBA {
	out := image.NewRGBA(s.static.Rect)
	s.compose(out, s.static.Rect)
	return out
}

func testScene(t *testing.T) (*scene, color.NRGBA) {
	t.Helper()
	bg := color.NRGBA{0x0D, 0x14, 0x21, 0xFF}
	static := image.NewRGBA(image.Rect(0, 0, 300, 200))
	draw.Draw(static, static.Rect, image.NewUniform(bg), image.Point{}, draw.Src)
	draw.Draw(static, image.Rect(0, 150, 300, 200), image.NewUniform(color.NRGBA{90, 40, 60, 255}), image.Point{}, draw.Src)  // a full-width band
	draw.Draw(static, image.Rect(40, 20, 44, 150), image.NewUniform(color.NRGBA{86, 180, 233, 255}), image.Point{}, draw.Src) // a thin lane
	draw.Draw(static, image.Rect(200, 30, 260, 70), image.NewUniform(color.NRGBA{120, 60, 50, 255}), image.Point{}, draw.Src) // an organ
	s := &scene{}
	s.reset(static, 1, bg, 3)
	return s, bg
}

func TestSceneTilesShowThePictureAndSkipTheBackground(t *testing.T) {
	s, bg := testScene(t)
	over := image.NewRGBA(image.Rect(0, 0, 30, 20))
	draw.Draw(over, over.Rect, image.NewUniform(color.NRGBA{255, 255, 255, 128}), image.Point{}, draw.Src)
	s.set(0, overlay{img: over, at: image.Pt(100, 100), a: 0.5})
	s.set(1, overlay{a: 0.9, glow: glowShape{cx: 150, cy: 40, rx: 20, ry: 12, c: color.NRGBA{230, 159, 0, 255}}})
	s.flush()

	if got, want := paintTiles(s, bg), wholePicture(s); !equalPix(got, want) {
		t.Fatal("the tiles over the background differ from the composed picture")
	}
	drawn := 0
	for i, a := range s.tiles {
		drawn += a.r.Dx() * a.r.Dy()
		for _, b := range s.tiles[i+1:] {
			if a.r.Overlaps(b.r) {
				t.Errorf("tiles %v and %v overlap", a.r, b.r)
			}
		}
	}
	if total := s.static.Rect.Dx() * s.static.Rect.Dy(); drawn > total/2 {
		t.Errorf("tiles cover %d of %d pixels: the background is not skipped", drawn, total)
	}

	// Changing an overlay recomposes only what it touches.
	var lane *image.RGBA
	for _, tl := range s.tiles {
		if tl.r.Overlaps(image.Rect(40, 20, 44, 150)) && !tl.r.Overlaps(image.Rect(0, 150, 300, 200)) {
			lane = tl.obj.Image.(*image.RGBA)
		}
	}
	before := append([]uint8(nil), lane.Pix...)
	s.set(1, overlay{a: 0.4, glow: s.ovs[1].glow})
	s.set(0, overlay{})
	s.flush()
	if got, want := paintTiles(s, bg), wholePicture(s); !equalPix(got, want) {
		t.Fatal("after a change the tiles differ from the composed picture")
	}
	if string(before) != string(lane.Pix) {
		t.Error("a tile away from the change was redrawn")
	}
	for _, tl := range s.tiles {
		if tl.r.Overlaps(image.Rect(100, 100, 130, 120)) && tl.r.Max.Y <= 150 {
			t.Errorf("tile %v still covers the hidden overlay", tl.r)
		}
	}
}

func equalPix(a, b *image.RGBA) bool {
	return a.Rect == b.Rect && string(a.Pix) == string(b.Pix)
}

// A cross-fading overlay passes from its old image to its new one: at 0 it is the old,
// at 1 the new, halfway each pixel lies between the two.
func TestSceneCrossFade(t *testing.T) {
	s, _ := testScene(t)
	solid := func(c color.NRGBA) *image.RGBA {
		img := image.NewRGBA(image.Rect(0, 0, 40, 30))
		draw.Draw(img, img.Rect, image.NewUniform(c), image.Point{}, draw.Src)
		return img
	}
	oldImg, newImg := solid(color.NRGBA{230, 60, 20, 255}), solid(color.NRGBA{20, 90, 240, 160})
	at := image.Pt(120, 90)
	picture := func(o overlay) *image.RGBA {
		s.set(0, o)
		s.flush()
		return wholePicture(s)
	}
	wantOld := picture(overlay{img: oldImg, at: at, a: 1})
	wantNew := picture(overlay{img: newImg, at: at, a: 1})
	if got := picture(overlay{img: newImg, from: oldImg, at: at, a: 1, mix: 0}); !equalPix(got, wantOld) {
		t.Error("at 0 the cross-fade is not the old image")
	}
	if got := picture(overlay{img: newImg, from: oldImg, at: at, a: 1, mix: 1}); !equalPix(got, wantNew) {
		t.Error("at 1 the cross-fade is not the new image")
	}
	mid := picture(overlay{img: newImg, from: oldImg, at: at, a: 1, mix: 0.5})
	for _, p := range []image.Point{{130, 100}, {159, 119}} {
		o, n, m := wantOld.RGBAAt(p.X, p.Y), wantNew.RGBAAt(p.X, p.Y), mid.RGBAAt(p.X, p.Y)
		for c, v := range []uint8{m.R, m.G, m.B} {
			lo, hi := []uint8{o.R, o.G, o.B}[c], []uint8{n.R, n.G, n.B}[c]
			if lo > hi {
				lo, hi = hi, lo
			}
			if v <= lo || v >= hi {
				t.Errorf("at %v halfway channel %d is %d, not between %d and %d", p, c, v, lo, hi)
			}
		}
	}
	if got, want := paintTiles(s, color.NRGBA{0x0D, 0x14, 0x21, 0xFF}), mid; !equalPix(got, want) {
		t.Error("halfway the tiles differ from the composed picture")
	}
}
