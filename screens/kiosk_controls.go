package screens

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The kiosk offers coarse choices as rows of big buttons instead of sliders: a slider's
// thumb is a small target, and "low / medium / high" is what a visitor wants to compare.
var (
	kioskStressLevels = []float64{0, 0.5, 1}
	kioskSpeeds       = []float64{1, 2, 4}
)

// kioskControls is the kiosk explorer's control bar: barrier, stress, probiotic, play,
// step, speed and "start over", every one a touch-sized button.
type kioskControls struct {
	barrier   *segmented
	stress    *segmented
	probiotic *segmented
	speed     *segmented
	play      *widget.Button
	step      *widget.Button
	reset     *widget.Button
	content   fyne.CanvasObject
}

// newKioskControls builds the bar. Every handler first runs touched, which is how the
// kiosk learns that someone is there.
func newKioskControls(e *Explorer, touched func(), after func()) *kioskControls {
	c := &kioskControls{}
	do := func(f func()) func() {
		return func() {
			touched()
			f()
			after()
		}
	}
	c.barrier = newTouchChoice([]string{lang.L("control.barrier.intact"), lang.L("control.barrier.compromised")},
		func(i int) { do(func() { e.SetBarrierCompromised(i == barrierCompromised) })() })
	c.stress = newTouchChoice([]string{lang.L("kiosk.stress.low"), lang.L("kiosk.stress.medium"), lang.L("kiosk.stress.high")},
		func(i int) { do(func() { e.SetStress(kioskStressLevels[i]) })() })
	c.probiotic = newTouchChoice([]string{lang.L("kiosk.off"), lang.L("kiosk.on")},
		func(i int) { do(func() { e.SetProbiotic(i == 1) })() })
	var speeds []string
	for _, s := range kioskSpeeds {
		speeds = append(speeds, speedLabel(s))
	}
	c.speed = newTouchChoice(speeds, func(i int) { do(func() { e.sim.SetSpeed(kioskSpeeds[i]) })() })

	var play, step, reset fyne.CanvasObject
	c.play, play = touchButton(lang.L("control.play"), theme.MediaPlayIcon(), do(e.TogglePlay))
	c.step, step = touchButton(lang.L("control.step"), theme.MediaSkipNextIcon(), do(e.StepOneHour))
	c.reset, reset = touchButton(lang.L("kiosk.startover"), theme.ViewRefreshIcon(), do(e.ResetAll))

	label := func(key string) fyne.CanvasObject { return widget.NewLabel(lang.L(key)) }
	gap := layoutSpacer(TouchGap * 2)
	row1 := container.NewHBox(
		label("control.barrier"), c.barrier.content, gap,
		label("control.stress"), c.stress.content, layoutSpacer(TouchGap*2),
		label("control.probiotic"), c.probiotic.content,
	)
	row2 := container.NewHBox(play, step, layoutSpacer(TouchGap*2), label("control.speed"), c.speed.content,
		layoutSpacer(TouchGap*2), reset, layoutSpacer(TouchGap*2), e.controls.clock)
	c.content = container.NewVBox(row1, row2)
	return c
}

// mirror shows the model's inputs and playback without firing handlers (segmented.Select
// never calls back).
func (c *kioskControls) mirror(e *Explorer) {
	in := e.sim.Model().Inputs()
	if in.Integrity >= 0.999 {
		c.barrier.Select(barrierIntact)
	} else {
		c.barrier.Select(barrierCompromised)
	}
	c.stress.Select(nearest(kioskStressLevels, in.Stress))
	if in.Probiotic {
		c.probiotic.Select(1)
	} else {
		c.probiotic.Select(0)
	}
	c.speed.Select(nearest(kioskSpeeds, e.sim.Speed()))
	c.mirrorPlaying(e.sim.Playing() && !e.sim.Holding())
}

func (c *kioskControls) mirrorPlaying(playing bool) {
	text, icon := lang.L("control.play"), theme.MediaPlayIcon()
	if playing {
		text, icon = lang.L("control.pause"), theme.MediaPauseIcon()
	}
	if c.play.Text != text {
		c.play.SetText(text)
		c.play.SetIcon(icon)
	}
}

// nearest is the index of the value in list closest to v (a story beat may set a stress
// between the kiosk's levels).
func nearest(list []float64, v float64) int {
	best := 0
	for i, x := range list {
		if math.Abs(x-v) < math.Abs(list[best]-v) {
			best = i
		}
	}
	return best
}
