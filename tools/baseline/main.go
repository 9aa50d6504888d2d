// Command baseline is the yardstick for `make bench`: a minimal Fyne window, either static
// or repainting one moving circle (the floor of any Fyne animation), so the app's own
// start-up time, CPU and memory can be measured against Fyne itself on the same machine.
package main

import (
	"flag"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

func main() {
	circle := flag.Bool("circle", false, "animate one moving circle")
	quitAfter := flag.Duration("quit-after", 0, "quit after this long")
	flag.Parse()

	a := app.NewWithID("org.gutbrain.baseline")
	w := a.NewWindow("Fyne baseline")
	dot := canvas.NewCircle(color.NRGBA{R: 0x56, G: 0xB4, B: 0xE9, A: 0xFF})
	dot.Resize(fyne.NewSize(20, 20))
	w.SetContent(container.NewWithoutLayout(dot))
	w.Resize(fyne.NewSize(1280, 800))
	if *circle {
		anim := canvas.NewPositionAnimation(fyne.NewPos(0, 390), fyne.NewPos(1260, 390), 2*time.Second, dot.Move)
		anim.RepeatCount = fyne.AnimationRepeatForever
		anim.AutoReverse = true
		a.Lifecycle().SetOnStarted(anim.Start)
	}
	if *quitAfter > 0 {
		time.AfterFunc(*quitAfter, func() { fyne.Do(a.Quit) })
	}
	w.ShowAndRun()
}
