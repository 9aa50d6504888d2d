package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// flowContent arranges the control bar's controls, in the same left-to-right (and Tab)
// order, as a flow that wraps into as many rows as the width needs. The explorer uses
// it with large text, where the two fixed rows would run off the window.
func (c *controlBar) flowContent() fyne.CanvasObject {
	sliderWidth := 9 * theme.TextSize()
	labelled := func(key string, o fyne.CanvasObject) fyne.CanvasObject {
		return container.NewHBox(widget.NewLabel(lang.L(key)), withMinWidth(o, sliderWidth))
	}
	return newFlow(
		container.NewHBox(widget.NewLabel(lang.L("control.barrier")), c.barrier.content),
		labelled("control.integrity", c.integrity),
		labelled("control.stress", c.stress),
		c.probiotic,
		c.play, c.step,
		container.NewHBox(widget.NewLabel(lang.L("control.speed")), c.speed.content),
		c.reset,
		c.clock,
	)
}
