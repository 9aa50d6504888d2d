package diagrams

import (
	"image"
	"time"

	"fyne.io/fyne/v2"
)

// fadeDuration is how long a changed arrow takes to cross-fade to its new level in
// reduced motion: quick enough to follow, slow enough not to flicker.
const fadeDuration = 400 * time.Millisecond

// flowPictures are the renderer's still-flow overlays, one per particle stream, and the
// cross-fades running between their levels.
type flowPictures struct {
	shown bool       // the overlays are on the picture
	at    flowLevels // the levels the images show
	img   [numStreams]*image.RGBA
	from  [numStreams]*image.RGBA // what a running cross-fade starts from (nil: none)
	start [numStreams]time.Time   // when it started
	org   [numStreams]image.Point
	anim  *fyne.Animation
}

// invalidate forgets the images (a rebuild made the picture anew): the next setFlows draws
// every stream at once.
func (f *flowPictures) invalidate() {
	f.shown = false
	f.img, f.from = [numStreams]*image.RGBA{}, [numStreams]*image.RGBA{}
}

// fading reports whether any cross-fade is running.
func (f *flowPictures) fading() bool {
	for _, im := range f.from {
		if im != nil {
			return true
		}
	}
	return false
}

// progress is how far stream st's cross-fade has come at now, eased (0..1).
func (f *flowPictures) progress(st stream, now time.Time) float64 {
	t := clamp(float64(now.Sub(f.start[st]))/float64(fadeDuration), 0, 1)
	return t * t * (3 - 2*t)
}

// overlay is stream st's overlay with its cross-fade at progress m.
func (f *flowPictures) overlay(st stream, m float64) overlay {
	if f.from[st] == nil {
		m = 0
	}
	return overlay{img: f.img[st], at: f.org[st], a: 1, from: f.from[st], mix: m}
}

// applyMotion follows a motion switch: particles or arrows, at once.
func (r *diagramRenderer) applyMotion() {
	if !r.built || r.pending {
		return // the pending rebuild draws the right one
	}
	r.finishFades()
	r.setFlows(false)
	r.commit()
	r.placeParticles()
}

// applyFlows redraws the arrows whose level changed, cross-fading them when fade is set.
func (r *diagramRenderer) applyFlows(fade bool) {
	if !r.built || r.pending {
		return
	}
	if r.setFlows(fade) {
		r.startFade()
	}
	r.commit()
}

// setFlows brings the flow overlays up to date: none in full motion; otherwise each
// stream drawn at its level, set to cross-fade from what is on screen when fade is set. It
// reports whether a cross-fade began (the caller starts the animation).
func (r *diagramRenderer) setFlows(fade bool) bool {
	f := &r.flows
	if !r.d.still() {
		if f.shown {
			r.stopFade()
			for st := stream(0); st < numStreams; st++ {
				r.sc.set(ovFlow+int(st), overlay{})
			}
			f.invalidate()
		}
		return false
	}
	now := time.Now()
	started := false
	for st := stream(0); st < numStreams; st++ {
		l := r.d.flows[st]
		if f.shown && l == f.at[st] {
			continue
		}
		img, ly := renderFlow(r.size.Width, r.size.Height, r.scale, &r.pal, st, l, r.labels)
		var from *image.RGBA
		if fade && f.shown {
			from = f.img[st]
			if f.from[st] != nil { // changed again mid-fade: start from what is on screen
				from = mixImages(f.from[st], f.img[st], f.progress(st, now))
			}
			f.start[st] = now
			started = true
		}
		f.img[st], f.from[st], f.org[st], f.at[st] = img, from, layerOrigin(ly), l
		r.sc.set(ovFlow+int(st), f.overlay(st, 0))
	}
	f.shown = true
	return started
}

// startFade (re)starts the cross-fade animation; it stops by itself when the last fade
// is done. Without a running app the fade completes at once.
func (r *diagramRenderer) startFade() {
	a := fyne.CurrentApp()
	if a == nil {
		r.fadeTick(1)
		return
	}
	if r.flows.anim == nil {
		r.flows.anim = &fyne.Animation{Duration: fadeDuration, Curve: fyne.AnimationLinear, Tick: r.fadeTick}
	}
	// Restarting covers fades that began earlier: each follows its own start time, and
	// the animation's final tick (at 1) ends them all.
	a.Driver().StopAnimation(r.flows.anim)
	a.Driver().StartAnimation(r.flows.anim)
}

// stopFade stops the animation, leaving the fades where they are.
func (r *diagramRenderer) stopFade() {
	if r.flows.anim == nil {
		return
	}
	if a := fyne.CurrentApp(); a != nil {
		a.Driver().StopAnimation(r.flows.anim)
	}
}

// finishFades jumps every running cross-fade to its end (a motion switch, no motion).
func (r *diagramRenderer) finishFades() {
	r.stopFade()
	if r.flows.fading() {
		r.fadeTick(1)
	}
}

// fadeTick moves every running cross-fade on; at 1 (the animation's end) all finish.
func (r *diagramRenderer) fadeTick(t float32) {
	f := &r.flows
	if !r.built || r.pending || !f.shown {
		return
	}
	now := time.Now()
	for st := stream(0); st < numStreams; st++ {
		if f.from[st] == nil {
			continue
		}
		m := 1.0
		if t < 1 {
			m = f.progress(st, now)
		}
		if m >= 1 {
			f.from[st] = nil
		}
		r.sc.set(ovFlow+int(st), f.overlay(st, m))
	}
	r.commit()
}

// mixImages is a new image that is a blended towards b by t (premultiplied, same size).
func mixImages(a, b *image.RGBA, t float64) *image.RGBA {
	if a.Rect != b.Rect {
		return b
	}
	out := image.NewRGBA(b.Rect)
	w := uint32(clamp(t, 0, 1)*256 + 0.5)
	for i := range out.Pix {
		out.Pix[i] = uint8((uint32(a.Pix[i])*(256-w) + uint32(b.Pix[i])*w) >> 8)
	}
	return out
}
