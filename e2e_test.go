package main

import (
	"bufio"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// startXvfb starts a 1280×800 virtual X display for the real binary and returns its DISPLAY.
func startXvfb(t *testing.T) string {
	t.Helper()
	return startXvfbSized(t, "1280x800x24")
}

// startXvfbSized starts a virtual X screen of the given geometry (e.g. 1920x1080x24).
// Xvfb is installed by `make test` (scripts/deps.sh); without it the test fails, it does not skip.
func startXvfbSized(t *testing.T, geometry string) string {
	t.Helper()
	if _, err := exec.LookPath("Xvfb"); err != nil {
		t.Fatalf("Xvfb not found (run `make deps`): %v", err)
	}
	for n := 90; n < 130; n++ {
		disp := fmt.Sprintf(":%d", n)
		if displayInUse(n) {
			continue
		}
		cmd := exec.Command("Xvfb", disp, "-screen", "0", geometry, "-nolisten", "tcp")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// SIGTERM lets Xvfb remove its socket; a killed one leaves it behind and, run
		// after run, would use up the display numbers.
		t.Cleanup(func() { _ = cmd.Process.Signal(syscall.SIGTERM); _, _ = cmd.Process.Wait() })
		for i := 0; i < 50; i++ {
			if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err == nil {
				return disp
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("Xvfb on %s did not come up", disp)
	}
	t.Fatal("no free X display number")
	return ""
}

// displayInUse reports whether X display n belongs to a running server. A socket left
// by a server that died is removed, so crashed runs cannot use up the display numbers.
func displayInUse(n int) bool {
	sock, lock := fmt.Sprintf("/tmp/.X11-unix/X%d", n), fmt.Sprintf("/tmp/.X%d-lock", n)
	if data, err := os.ReadFile(lock); err == nil {
		var pid int
		if _, err := fmt.Sscan(string(data), &pid); err == nil && pid > 0 && syscall.Kill(pid, 0) == nil {
			return true
		}
	} else if _, err := os.Stat(sock); err == nil {
		return true // a socket without a lock file: not ours to judge
	}
	_ = os.Remove(sock)
	_ = os.Remove(lock)
	return false
}

func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "gutbrain")
	args := []string{"build", "-o", bin}
	if raceEnabled {
		args = append(args, "-race")
	}
	out, err := exec.Command("go", append(args, ".")...).CombinedOutput()
	if err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

var statsLine = regexp.MustCompile(`^fps=([0-9.]+) frame_ms_p50=([0-9.]+) frame_ms_p95=([0-9.]+) particles=([0-9]+)$`)

// TestEndToEndStatsAndSigterm runs the real program in a real window (OpenGL through Mesa
// under Xvfb), in the busiest state, checks that frames are drawn and that SIGTERM ends it
// cleanly with status 0.
func TestEndToEndStatsAndSigterm(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped with -short")
	}
	disp := startXvfb(t)
	bin := buildBinary(t)
	cmd := exec.Command(bin, "--barrier", "compromised", "--at", "12h", "--stats")
	cmd.Env = append(os.Environ(), "DISPLAY="+disp, "LANG=en_US.UTF-8")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()

	var frames int
	deadline := time.After(30 * time.Second)
	for frames < 3 {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("program ended early: %v", cmd.Wait())
			}
			m := statsLine.FindStringSubmatch(l)
			if m == nil {
				t.Fatalf("unexpected stats line %q", l)
			}
			fps, _ := strconv.ParseFloat(m[1], 64)
			particles, _ := strconv.Atoi(m[4])
			if fps < 5 || particles == 0 {
				t.Fatalf("not animating: %q", l)
			}
			frames++
		case <-deadline:
			_ = cmd.Process.Kill()
			t.Fatalf("only %d stats lines in 30 s", frames)
		}
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		for range lines {
		}
		done <- cmd.Wait()
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("exit after SIGTERM: %v", err)
		}
	case <-time.After(15 * time.Second): // the app's own exit watch ends it within 6 s
		_ = cmd.Process.Kill()
		t.Fatal("did not exit within 15 s of SIGTERM")
	}
}

// TestSnapshotWritesPNG renders a state without any display and checks the picture.
func TestSnapshotWritesPNG(t *testing.T) {
	out := filepath.Join(t.TempDir(), "shot.png")
	var so, se bufferWriter
	code := run([]string{"--snapshot", out, "--barrier", "compromised", "--at", "36h", "--select", "immune", "--size", "1024x700"}, &so, &se)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, se.String())
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 1024 || b.Dy() != 700 {
		t.Fatalf("snapshot is %v, want 1024×700", b)
	}
	colours := map[uint32]bool{}
	for y := 0; y < 700; y += 7 {
		for x := 0; x < 1024; x += 7 {
			r, g, b, _ := img.At(x, y).RGBA()
			colours[(r>>12)<<8|(g>>12)<<4|b>>12] = true
		}
	}
	if len(colours) < 40 {
		t.Fatalf("snapshot looks blank: only %d distinct colours", len(colours))
	}
}

type bufferWriter struct{ b []byte }

func (w *bufferWriter) Write(p []byte) (int, error) { w.b = append(w.b, p...); return len(p), nil }
func (w *bufferWriter) String() string              { return string(w.b) }

// TestLocalesNeverShowKeys runs the real binary under several system locales: Spanish
// gets Spanish, a language the app is not written in gets English — never a raw key.
func TestLocalesNeverShowKeys(t *testing.T) {
	bin := buildBinary(t)
	for _, loc := range []string{"en_US.UTF-8", "es_ES.UTF-8", "fr_FR.UTF-8", "de_DE.UTF-8", "ja_JP.UTF-8"} {
		out := filepath.Join(t.TempDir(), "shot.png")
		cmd := exec.Command(bin, "--snapshot", out, "--select", "junctions")
		cmd.Env = append(os.Environ(), "LANG="+loc, "LANGUAGE=", "LC_ALL=")
		msgs, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", loc, err, msgs)
		}
		if strings.Contains(string(msgs), "not found") {
			t.Errorf("%s: missing translations:\n%.600s", loc, msgs)
		}
	}
}
