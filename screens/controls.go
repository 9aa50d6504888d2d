package screens

import (
	"fmt"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// CompromisedIntegrity is the barrier integrity the "Compromised" toggle sets (20 %).
const CompromisedIntegrity = 0.2

// Indexes of the barrier toggle's two buttons.
const (
	barrierIntact = iota
	barrierCompromised
)

// controlBar holds the controls that set the model's inputs and the playback.
type controlBar struct {
	barrier   *segmented
	integrity *pointerSlider
	stress    *pointerSlider
	probiotic *pointerCheck
	play      *keyButton
	step      *keyButton
	speed     *segmented
	reset     *keyButton
	clock     *widget.Label
	content   fyne.CanvasObject

	// updating is true while the bar mirrors the model, so mirroring fires no handlers.
	updating bool
}

func speedLabel(f float64) string {
	if f == math.Trunc(f) {
		return fmt.Sprintf("%g×", f)
	}
	return fmt.Sprintf("%.1f×", f)
}

func newControlBar(e *Explorer) *controlBar {
	c := &controlBar{}
	c.barrier = newSegmented([]string{lang.L("control.barrier.intact"), lang.L("control.barrier.compromised")},
		func(i int) { e.SetBarrierCompromised(i == barrierCompromised) })

	c.integrity = newPointerSlider(0, 100)
	c.integrity.OnChanged = func(v float64) {
		if !c.updating {
			e.SetIntegrity(v / 100)
		}
	}
	c.stress = newPointerSlider(0, 100)
	c.stress.OnChanged = func(v float64) {
		if !c.updating {
			e.SetStress(v / 100)
		}
	}
	c.probiotic = newPointerCheck(lang.L("control.probiotic"), func(on bool) {
		if !c.updating {
			e.SetProbiotic(on)
		}
	})

	c.play = newKeyButton(lang.L("control.play"), theme.MediaPlayIcon(), e.TogglePlay)
	c.step = newKeyButton(lang.L("control.step"), theme.MediaSkipNextIcon(), e.StepOneHour)
	var speeds []string
	for _, s := range Speeds {
		speeds = append(speeds, speedLabel(s))
	}
	c.speed = newSegmented(speeds, func(i int) {
		e.sim.SetSpeed(Speeds[i])
	})
	c.reset = newKeyButton(lang.L("control.reset"), theme.ViewRefreshIcon(), e.ResetAll)
	c.clock = widget.NewLabel("")
	// Plain bold: its digits are all one width (the clock does not jitter as it runs), and
	// a monospace style would make Fyne parse two more fonts at start-up (about 4 MB).
	c.clock.TextStyle = fyne.TextStyle{Bold: true}

	labelled := func(key string, o fyne.CanvasObject) fyne.CanvasObject {
		return container.NewBorder(nil, nil, widget.NewLabel(lang.L(key)), nil, o)
	}
	// The sliders share whatever width the barrier toggle and the probiotic leave. The
	// objects are listed left to right because Tab visits them in this order (NewBorder
	// would put the sliders first).
	barrier := container.NewHBox(widget.NewLabel(lang.L("control.barrier")), c.barrier.content)
	sliders := container.NewGridWithColumns(2, labelled("control.integrity", c.integrity), labelled("control.stress", c.stress))
	row1 := container.New(layout.NewBorderLayout(nil, nil, barrier, c.probiotic), barrier, sliders, c.probiotic)
	row2 := container.NewHBox(c.play, c.step, widget.NewLabel(lang.L("control.speed")), c.speed.content, c.reset,
		layoutSpacer(theme.Padding()*2), c.clock)
	c.content = container.NewVBox(row1, row2)
	return c
}

// mirror shows the model's inputs and the playback state without firing handlers.
func (c *controlBar) mirror(e *Explorer) {
	c.updating = true
	defer func() { c.updating = false }()
	in := e.sim.Model().Inputs()
	if in.Integrity >= 0.999 {
		c.barrier.Select(barrierIntact)
	} else {
		c.barrier.Select(barrierCompromised)
	}
	c.integrity.SetValue(math.Round(in.Integrity * 100))
	c.stress.SetValue(math.Round(in.Stress * 100))
	c.probiotic.SetChecked(in.Probiotic)
	for i, s := range Speeds {
		if s == e.sim.Speed() {
			c.speed.Select(i)
		}
	}
	c.mirrorPlaying(e.sim.Playing())
}

func (c *controlBar) mirrorPlaying(playing bool) {
	if playing {
		c.play.SetText(lang.L("control.pause"))
		c.play.SetIcon(theme.MediaPauseIcon())
	} else {
		c.play.SetText(lang.L("control.play"))
		c.play.SetIcon(theme.MediaPlayIcon())
	}
}
