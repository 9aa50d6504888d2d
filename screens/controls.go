package screens

import (
	"fmt"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// CompromisedIntegrity is the barrier integrity the "Compromised" toggle sets (20 %).
const CompromisedIntegrity = 0.2

// controlBar holds the controls that set the model's inputs and the playback.
type controlBar struct {
	barrier   *widget.RadioGroup
	integrity *widget.Slider
	stress    *widget.Slider
	probiotic *widget.Check
	play      *widget.Button
	step      *widget.Button
	speed     *widget.RadioGroup
	reset     *widget.Button
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
	intact, compromised := lang.L("control.barrier.intact"), lang.L("control.barrier.compromised")
	c.barrier = widget.NewRadioGroup([]string{intact, compromised}, func(v string) {
		if c.updating || v == "" {
			return
		}
		e.SetBarrierCompromised(v == compromised)
	})
	c.barrier.Horizontal = true
	c.barrier.Required = true

	c.integrity = widget.NewSlider(0, 100)
	c.integrity.Step = 1
	c.integrity.OnChanged = func(v float64) {
		if !c.updating {
			e.SetIntegrity(v / 100)
		}
	}
	c.stress = widget.NewSlider(0, 100)
	c.stress.Step = 1
	c.stress.OnChanged = func(v float64) {
		if !c.updating {
			e.SetStress(v / 100)
		}
	}
	c.probiotic = widget.NewCheck(lang.L("control.probiotic"), func(on bool) {
		if !c.updating {
			e.SetProbiotic(on)
		}
	})

	c.play = widget.NewButtonWithIcon(lang.L("control.play"), theme.MediaPlayIcon(), e.sim.TogglePlay)
	c.step = widget.NewButtonWithIcon(lang.L("control.step"), theme.MediaSkipNextIcon(), e.StepOneHour)
	var speeds []string
	for _, s := range Speeds {
		speeds = append(speeds, speedLabel(s))
	}
	c.speed = widget.NewRadioGroup(speeds, func(v string) {
		if c.updating {
			return
		}
		for _, s := range Speeds {
			if speedLabel(s) == v {
				e.sim.SetSpeed(s)
			}
		}
	})
	c.speed.Horizontal = true
	c.speed.Required = true
	c.reset = widget.NewButtonWithIcon(lang.L("control.reset"), theme.ViewRefreshIcon(), e.ResetAll)
	c.clock = widget.NewLabel("")
	c.clock.TextStyle = fyne.TextStyle{Bold: true, Monospace: true}

	labelled := func(key string, o fyne.CanvasObject) fyne.CanvasObject {
		return container.NewBorder(nil, nil, widget.NewLabel(lang.L(key)), nil, o)
	}
	// The sliders share whatever width the barrier toggle and the probiotic leave.
	row1 := container.NewBorder(nil, nil,
		container.NewHBox(widget.NewLabel(lang.L("control.barrier")), c.barrier),
		c.probiotic,
		container.NewGridWithColumns(2, labelled("control.integrity", c.integrity), labelled("control.stress", c.stress)),
	)
	row2 := container.NewHBox(c.play, c.step, widget.NewLabel(lang.L("control.speed")), c.speed, c.reset,
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
		c.barrier.SetSelected(lang.L("control.barrier.intact"))
	} else {
		c.barrier.SetSelected(lang.L("control.barrier.compromised"))
	}
	c.integrity.SetValue(math.Round(in.Integrity * 100))
	c.stress.SetValue(math.Round(in.Stress * 100))
	c.probiotic.SetChecked(in.Probiotic)
	c.speed.SetSelected(speedLabel(e.sim.Speed()))
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
