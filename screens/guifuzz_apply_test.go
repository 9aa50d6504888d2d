package screens

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"gutbrain/apptheme"
)

// apply does one event to the app, as a person (or the machine's clock) would.
func (r *fuzzRun) apply(e fuzzEvent) {
	c := r.win.Canvas()
	size := c.Size()
	at := fyne.NewPos(e.x*size.Width, e.y*size.Height)
	ex := r.ex
	switch e.kind {
	case evTap:
		r.expectPart(at)
		fuzzClick(c, at, desktop.MouseButtonPrimary)
	case evTapObject:
		if p, ok := r.pointOnObject(e); ok {
			r.expectPart(p)
			fuzzClick(c, p, desktop.MouseButtonPrimary)
		}
	case evSecondary:
		fuzzClick(c, at, desktop.MouseButtonSecondary)
	case evDrag:
		fuzzDrag(c, at, e.dx*size.Width, e.dy*size.Height, e.n)
	case evHover:
		test.MoveMouse(c, at)
	case evScroll:
		test.Scroll(c, at, 0, e.dy)
	case evHotkey, evRandomKey, evChord:
		if e.r != 0 {
			fuzzTypeRune(c, e.r)
		} else {
			fuzzPressKey(c, e.key, e.mod)
		}
	case evRune:
		fuzzTypeRune(c, e.r)
	case evResize:
		ResizeSettled(r.win, fyne.NewSize(e.w, e.h))
	case evTheme, evScale:
		r.switchTheme(e)
	case evMotion:
		ex.SetMotion(fuzzMotions[e.n%len(fuzzMotions)])
	case evLanguage:
		ex.SwitchLanguage(fuzzLanguages[e.n%len(fuzzLanguages)])
	case evTime:
		r.passTime(e)
	case evStory:
		r.driveStory(e)
	case evLecture, evPrefs, evTab:
		// The buttons and tabs these stand for are under any dialog that is open.
		if len(c.Overlays().List()) == 0 {
			r.clickScreenButton(e)
		}
	}
	r.fitContent()
}

// fitContent does what the desktop driver does whenever the content changes (its
// fitContent): a window that is not full screen never stays smaller than its content's
// minimum size, and a resize below it is refused. The test window has no such limit.
func (r *fuzzRun) fitContent() {
	if r.win.FullScreen() || r.win.Content() == nil {
		return
	}
	least := r.win.Content().MinSize()
	if r.win.Padded() {
		p := 2 * theme.Padding()
		least = least.AddWidthHeight(p, p)
	}
	if size := r.win.Canvas().Size(); size.Width < least.Width || size.Height < least.Height {
		ResizeSettled(r.win, size.Max(least))
	}
}

// clickScreenButton enters or leaves the lecture, opens the preferences or picks an
// explorer tab, as the buttons and tabs of the screen do.
func (r *fuzzRun) clickScreenButton(e fuzzEvent) {
	ex := r.ex
	switch e.kind {
	case evLecture:
		if ex.InLecture() && (r.mode != fuzzLecture || e.n%3 == 0) {
			ex.LeaveLecture()
		} else {
			ex.EnterLecture()
		}
	case evPrefs:
		ex.ShowPreferences()
	case evTab:
		if !ex.InLecture() {
			ex.tabs.SelectIndex(e.n % len(ex.tabs.Items))
		}
	}
}

// expectPart notes the part a click at p must select: the part under it when the click
// lands on the diagram (in the kiosk, on the fingertip layer over it), else none.
func (r *fuzzRun) expectPart(p fyne.Position) {
	r.wantPart = ""
	h, ok := fuzzObjectAt(r.win.Canvas(), p, fuzzClickable)
	switch {
	case !ok:
	case h.obj == r.ex.diagram:
		r.wantPart = r.ex.diagram.PartAt(h.pos)
	case r.k != nil && h.obj == r.k.fingers:
		// Where the finger is on the diagram itself, so a layer that drifted off the
		// diagram would show. (Not Driver.AbsolutePositionForObject: the test driver
		// measures from a pretend inset of the window's interactive area.)
		var d fyne.Position
		fuzzWalk(fuzzInputRoot(r.win.Canvas()), func(o fyne.CanvasObject, abs, _ fyne.Position, _ fyne.Size) {
			if o == fyne.CanvasObject(r.ex.diagram) {
				d = abs
			}
		})
		r.wantPart = fingerPartAt(r.ex.diagram, p.Subtract(d))
	}
}

// pointOnObject is a point inside one of the clickable objects on screen (or in the open
// dialog), so that clicks find the widgets more often than clicks anywhere would.
func (r *fuzzRun) pointOnObject(e fuzzEvent) (fyne.Position, bool) {
	c := r.win.Canvas()
	size := c.Size()
	var found []fuzzHit
	fuzzWalk(fuzzInputRoot(c), func(o fyne.CanvasObject, abs, clip fyne.Position, clipSize fyne.Size) {
		s := o.Size()
		if !fuzzClickable(o) || s.Width < 1 || s.Height < 1 {
			return
		}
		// Only what shows: inside the window and the clip of any scroll around it.
		x0, y0 := max(abs.X, clip.X, 0), max(abs.Y, clip.Y, 0)
		x1 := min(abs.X+s.Width, clip.X+clipSize.Width, size.Width)
		y1 := min(abs.Y+s.Height, clip.Y+clipSize.Height, size.Height)
		if x1-x0 < 1 || y1-y0 < 1 {
			return
		}
		found = append(found, fuzzHit{obj: o, abs: fyne.NewPos(x0, y0), pos: fyne.NewPos(x1-x0, y1-y0)})
	})
	if len(found) == 0 {
		return fyne.Position{}, false
	}
	h := found[e.n%len(found)]
	return h.abs.Add(fyne.NewPos(e.x*h.pos.X, e.y*h.pos.Y)), true
}

// switchTheme changes the theme or the text size the way the app does: as the
// preferences dialog does on the explorer (not in a lecture, which holds the projector
// theme and has no preferences), the kiosk's own theme on the kiosk.
func (r *fuzzRun) switchTheme(e fuzzEvent) {
	variants := apptheme.Variants()
	if r.k != nil {
		if e.kind == evTheme {
			r.kioskTheme = variants[e.n%len(variants)]
		} else {
			r.kioskScale = fuzzScales[e.n%len(fuzzScales)]
		}
		fyne.CurrentApp().Settings().SetTheme(NewKioskTheme(r.kioskTheme, float32(r.kioskScale)))
		return
	}
	if r.ex.InLecture() {
		return
	}
	if e.kind == evTheme {
		r.ex.settings.Theme = variants[e.n%len(variants)]
	} else {
		r.ex.settings.Scale = fuzzScales[e.n%len(fuzzScales)]
	}
	r.ex.applyLook()
}

// passTime moves time on. Frames advance the simulation only while it plays, as the
// app's animation and ticker do; the kiosk's clock and Tick run whatever the simulation
// does. A hostile frame time goes to Simulation.Advance directly (it promises to ignore
// NaN and negative times).
func (r *fuzzRun) passTime(e fuzzEvent) {
	switch e.n {
	case timeFrames, timeJump, timeWait:
		for i := 0; i < max(e.count, 1); i++ {
			r.frame(e.dt)
		}
	case timeHostile:
		r.ex.sim.Advance(e.dt)
		r.tickKiosk()
	case timeBack:
		if r.clock != nil {
			r.clock.Advance(time.Duration(e.dt * float64(time.Second)))
		}
		r.tickKiosk()
	}
}

func (r *fuzzRun) frame(dt float64) {
	if r.clock != nil {
		r.clock.Advance(time.Duration(dt * float64(time.Second)))
	}
	if r.ex.sim.Playing() {
		r.ex.sim.Advance(dt)
	}
	r.tickKiosk()
}

func (r *fuzzRun) tickKiosk() {
	if r.k != nil {
		r.k.Tick()
	}
}

// driveStory calls the story player as the story views and the lecture keys do.
func (r *fuzzRun) driveStory(e fuzzEvent) {
	p := r.ex.story
	switch fuzzStoryOps[e.n%len(fuzzStoryOps)] {
	case "next":
		p.Next()
	case "prev":
		p.Prev()
	case "first":
		p.First()
	case "last":
		p.Last()
	case "go":
		p.Go(e.count)
	}
}
