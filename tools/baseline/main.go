// Command baseline is the yardstick for `make bench`: a minimal Fyne window, empty or
// Fyne's "hello world" (one label, so fonts are loaded as in any app that shows text),
// static or repainting one moving circle (the floor of any Fyne animation), optionally
// over one static full-window picture (what any animated illustration repaints every
// frame, since Fyne 2.7.1 redraws the whole window), so the app's own start-up time, CPU
// and memory can be measured against Fyne itself on the same machine.
package main

import (
	"flag"
	"image"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

func main() {
	circle := flag.Bool("circle", false, "animate one moving circle")
	picture := flag.Bool("picture", false, "show one static picture filling the window, under the circle")
	hello := flag.Bool("hello", false, `show one label, "Hello Fyne!", as Fyne's getting-started window does`)
	quitAfter := flag.Duration("quit-after", 0, "quit after this long")
	flag.Parse()

	a := app.NewWithID("org.gutbrain.baseline")
	w := a.NewWindow("Fyne baseline")
	dot := canvas.NewCircle(color.NRGBA{R: 0x56, G: 0xB4, B: 0xE9, A: 0xFF})
	dot.Resize(fyne.NewSize(20, 20))
	content := fyne.CanvasObject(container.NewWithoutLayout(dot))
	if *hello {
		content = container.NewStack(widget.NewLabel("Hello Fyne!"), content)
	}
	if *picture {
		content = container.NewStack(stillPicture(1280, 800), content)
		w.SetPadded(false)
	}
	w.SetContent(content)
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

// stillPicture is an opaque picture of w×h pixels, drawn as the app draws its cached
// anatomy: one image shown at its own size, nearest-pixel scaling.
func stillPicture(w, h int) *canvas.Image {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.SetRGBA(x, y, color.RGBA{R: uint8(x * 255 / w), G: uint8(y * 255 / h), B: 0x60, A: 0xFF})
		}
	}
	pic := canvas.NewImageFromImage(img)
	pic.ScaleMode = canvas.ImageScaleFastest
	return pic
}
