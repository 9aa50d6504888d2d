package diagrams

import (
	"image"
	"math"
)

// Compositing of the scene's overlays over its picture (scene.compose), written directly
// on the pixels: gg and image/draw are far slower for these simple blends.

// blendImage composites a premultiplied overlay image at opacity ov.a over dst, inside b
// (picture coordinates; dst's top-left is org).
func blendImage(dst *image.RGBA, org image.Point, ov overlay, b image.Rectangle) {
	m := uint32(math.Round(clamp(ov.a, 0, 1) * 255))
	src := ov.img
	for y := b.Min.Y; y < b.Max.Y; y++ {
		d := dst.Pix[(y-org.Y)*dst.Stride+(b.Min.X-org.X)*4:]
		sp := src.Pix[src.PixOffset(src.Rect.Min.X+b.Min.X-ov.at.X, src.Rect.Min.Y+y-ov.at.Y):]
		for i := 0; i < b.Dx()*4; i += 4 {
			sa := uint32(sp[i+3]) * m / 255
			if sa == 0 && sp[i] == 0 && sp[i+1] == 0 && sp[i+2] == 0 {
				continue
			}
			inv := 255 - sa
			for c := 0; c < 3; c++ {
				d[i+c] = uint8((uint32(sp[i+c])*m + uint32(d[i+c])*inv + 127) / 255)
			}
			d[i+3] = uint8((sa*255 + uint32(d[i+3])*inv + 127) / 255)
		}
	}
}

// blendFade composites the cross-fade of ov.from into ov.img (premultiplied, the same
// size) at opacity ov.a over dst inside b: the two are mixed first, then laid over, so the
// picture passes evenly from one to the other with no dip or flash in between.
func blendFade(dst *image.RGBA, org image.Point, ov overlay, b image.Rectangle) {
	m := uint32(math.Round(clamp(ov.a, 0, 1) * 255))
	t := uint32(math.Round(clamp(ov.mix, 0, 1) * 256))
	src, old := ov.img, ov.from
	for y := b.Min.Y; y < b.Max.Y; y++ {
		d := dst.Pix[(y-org.Y)*dst.Stride+(b.Min.X-org.X)*4:]
		sp := src.Pix[src.PixOffset(src.Rect.Min.X+b.Min.X-ov.at.X, src.Rect.Min.Y+y-ov.at.Y):]
		op := old.Pix[old.PixOffset(old.Rect.Min.X+b.Min.X-ov.at.X, old.Rect.Min.Y+y-ov.at.Y):]
		for i := 0; i < b.Dx()*4; i += 4 {
			if sp[i+3] == 0 && op[i+3] == 0 && sp[i]|sp[i+1]|sp[i+2]|op[i]|op[i+1]|op[i+2] == 0 {
				continue
			}
			var px [4]uint32
			for c := 0; c < 4; c++ {
				px[c] = (uint32(op[i+c])*(256-t) + uint32(sp[i+c])*t) >> 8
			}
			sa := px[3] * m / 255
			inv := 255 - sa
			for c := 0; c < 3; c++ {
				d[i+c] = uint8((px[c]*m + uint32(d[i+c])*inv + 127) / 255)
			}
			d[i+3] = uint8((sa*255 + uint32(d[i+3])*inv + 127) / 255)
		}
	}
}

// blendGlow composites a soft elliptical glow (the falloff of pen.glow) over dst inside b.
func blendGlow(dst *image.RGBA, org image.Point, ov overlay, b image.Rectangle) {
	g := ov.glow
	ca := ov.a * float64(g.c.A) / 255
	for y := b.Min.Y; y < b.Max.Y; y++ {
		dy := (float64(y) + 0.5 - g.cy) / g.ry
		row := dst.Pix[(y-org.Y)*dst.Stride:]
		for x := b.Min.X; x < b.Max.X; x++ {
			dx := (float64(x) + 0.5 - g.cx) / g.rx
			d2 := dx*dx + dy*dy
			if d2 >= 1 {
				continue
			}
			f := 1 - d2
			a := ca * f * f
			px := row[(x-org.X)*4 : (x-org.X)*4+4 : (x-org.X)*4+4]
			inv := 1 - a
			px[0] = uint8(float64(g.c.R)*a + float64(px[0])*inv + 0.5)
			px[1] = uint8(float64(g.c.G)*a + float64(px[1])*inv + 0.5)
			px[2] = uint8(float64(g.c.B)*a + float64(px[2])*inv + 0.5)
			px[3] = uint8(255*a + float64(px[3])*inv + 0.5)
		}
	}
}
