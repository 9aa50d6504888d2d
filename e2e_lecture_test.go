package main

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// screenshot grabs the whole X screen with ImageMagick's import.
func screenshot(t *testing.T, disp string) image.Image {
	t.Helper()
	cmd := exec.Command("import", "-window", "root", "png:-")
	cmd.Env = append(os.Environ(), "DISPLAY="+disp)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func xdotool(t *testing.T, disp string, args ...string) string {
	t.Helper()
	cmd := exec.Command("xdotool", args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+disp)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("xdotool %v: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}

// differs reports how many sampled pixels differ between two pictures inside r.
func differs(a, b image.Image, r image.Rectangle) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y += 9 {
		for x := r.Min.X; x < r.Max.X; x += 9 {
			ar, ag, ab, _ := a.At(x, y).RGBA()
			br, bg, bb, _ := b.At(x, y).RGBA()
			if ar != br || ag != bg || ab != bb {
				n++
			}
		}
	}
	return n
}

func allBlack(img image.Image) bool {
	r := img.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y += 7 {
		for x := r.Min.X; x < r.Max.X; x += 7 {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if cr > 0x0101 || cg > 0x0101 || cb > 0x0101 {
				return false
			}
		}
	}
	return true
}

// TestEndToEndLectureClicker drives the real binary in lecture mode with real key events,
// as a presentation clicker sends them: Page Down changes the beat, B blacks the screen,
// Esc never quits.
func TestEndToEndLectureClicker(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped with -short")
	}
	disp := startXvfb(t)
	bin := buildBinary(t)
	cmd := exec.Command(bin, "--lecture", "--size", "1280x800")
	cmd.Env = append(os.Environ(), "DISPLAY="+disp, "LANG=en_US.UTF-8")
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	t.Cleanup(func() { _ = cmd.Process.Kill() })

	win := xdotool(t, disp, "search", "--sync", "--onlyvisible", "--name", "Brain Explorer")
	win = strings.Fields(win)[0]
	xdotool(t, disp, "windowfocus", "--sync", win)
	time.Sleep(2 * time.Second) // full screen and the first beat settle

	key := func(k string) {
		xdotool(t, disp, "key", "--window", win, k)
		time.Sleep(3 * time.Second) // a beat's time-lapse takes 2 s
	}
	// The app may be slow to settle (a race-detector build on a busy machine): wait, up to
	// a limit, for what each step should show rather than for a fixed time.
	const patience = 30 * time.Second
	// Only the narration column: particles move in the diagram whatever the beat.
	var narration image.Rectangle
	before := screenshot(t, disp)
	b := before.Bounds()
	narration = image.Rect(b.Dx()*68/100, 0, b.Dx(), b.Dy()*60/100)
	for end := time.Now().Add(patience); time.Now().Before(end); {
		time.Sleep(time.Second)
		now := screenshot(t, disp)
		if differs(before, now, narration) == 0 {
			break // the first beat has settled
		}
		before = now
	}
	key("Next")
	n := 0
	for end := time.Now().Add(patience); time.Now().Before(end); time.Sleep(time.Second) {
		if n = differs(before, screenshot(t, disp), narration); n >= 100 {
			break
		}
	}
	if n < 100 {
		t.Fatalf("Page Down changed only %d sampled pixels of the narration: the beat did not change", n)
	}
	key("b")
	black := false
	for end := time.Now().Add(patience); !black && time.Now().Before(end); time.Sleep(time.Second) {
		black = allBlack(screenshot(t, disp))
	}
	if !black {
		t.Fatal("the screen is not black after B")
	}
	key("Escape") // any key returns from black
	key("Escape") // leaves full screen; must not quit
	select {
	case err := <-done:
		t.Fatalf("the program quit on Esc: %v", err)
	default:
	}
	if allBlack(screenshot(t, disp)) {
		t.Fatal("still black after a key")
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("exit after SIGTERM: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("did not exit within 10 s of SIGTERM")
	}
}
