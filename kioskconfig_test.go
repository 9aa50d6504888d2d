package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gutbrain/apptheme"
	"gutbrain/screens"
)

func writeConfig(t *testing.T, text string) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "kiosk.toml")
	if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return f
}

func TestKioskFlagDefaults(t *testing.T) {
	o, err := parseOptions([]string{"--kiosk"}, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	c := o.kioskConfig()
	if !o.kiosk.on || c.Idle != 90*time.Second || c.Countdown != 15*time.Second || c.PIN != "" || c.Beats != nil {
		t.Fatalf("defaults: %+v %+v", o.kiosk, c)
	}
	if o.kioskScale() != screens.DefaultKioskScale {
		t.Fatalf("kiosk scale %v without --scale", o.kioskScale())
	}
	o, err = parseOptions([]string{"--kiosk", "--kiosk-pin", "0042", "--idle", "2m", "--countdown", "20s",
		"--kiosk-beats", "3-5,1", "--scale", "1.5", "--lang", "en"}, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	c = o.kioskConfig()
	if c.PIN != "0042" || c.Idle != 2*time.Minute || c.Countdown != 20*time.Second || o.kioskScale() != 1.5 || o.lang != "en" ||
		len(c.Beats) != 4 || c.Beats[0] != 2 || c.Beats[3] != 0 {
		t.Fatalf("flags not applied: %+v %+v", o.kiosk, c)
	}
}

func TestKioskConfigFile(t *testing.T) {
	f := writeConfig(t, `# a clinic's kiosk
idle = "2m"
countdown = "10s"
pin = "2468"
lang = "en"
theme = "light"
scale = 1.5
beats = [1, 2, 5]
`)
	o, err := parseOptions([]string{"--kiosk", "--config", f}, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	c := o.kioskConfig()
	if c.Idle != 2*time.Minute || c.Countdown != 10*time.Second || c.PIN != "2468" || o.lang != "en" ||
		o.theme != apptheme.Light || o.kioskScale() != 1.5 || len(c.Beats) != 3 || c.Beats[2] != 4 {
		t.Fatalf("config not applied: %+v %+v theme %v", o.kiosk, c, o.theme)
	}
	// Flags win over the file, wherever they stand on the command line.
	o, err = parseOptions([]string{"--idle", "30s", "--kiosk", "--config", f, "--theme", "dark", "--kiosk-pin", "1111"}, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	if o.kiosk.idle != 30*time.Second || o.theme != apptheme.Dark || o.kiosk.pin != "1111" || o.kiosk.countdown != 10*time.Second {
		t.Fatalf("flags did not override the file: %+v theme %v", o.kiosk, o.theme)
	}
	// Beats may also be written as text, and scale as a whole number.
	f = writeConfig(t, "beats = \"1-3,7\"\nscale = 2\n")
	if o, err = parseOptions([]string{"--config", f}, &bytes.Buffer{}); err != nil || len(o.kiosk.beats) != 4 || o.scale != 2 {
		t.Fatalf("beats as text: %+v %v", o.kiosk, err)
	}
}

// Every bad key or value is refused with the file, the key, the value and what is valid.
func TestKioskConfigBadValues(t *testing.T) {
	cases := []struct{ file, want string }{
		{`idle = "forever"`, `idle = "forever" is not valid; use a duration in quotes from 5s to 24h`},
		{`idle = 90`, `idle = 90 is not valid; use a duration in quotes`},
		{`idle = "1s"`, `idle = "1s" is not valid`},
		{`countdown = "1h"`, `countdown = "1h" is not valid; use a duration in quotes from 3s to 5m`},
		{`pin = 1234`, `pin = 1234 is not valid; use 4 to 12 digits in quotes`},
		{`pin = "12ab"`, `pin = "12ab" is not valid; use 4 to 12 digits`},
		{`pin = "12"`, `pin = "12" is not valid`},
		{`lang = "xx"`, `lang = "xx" is not valid; use one of "en"`},
		{`theme = "neon"`, `theme = "neon" is not valid; use "dark", "light" or "projector"`},
		{`motion = "wobbly"`, `motion = "wobbly" is not valid; use "full", "reduced" or "off"`},
		{`scale = 3`, `scale = 3 is not valid; use a number from 1 to 2`},
		{`scale = "big"`, `scale = "big" is not valid; use a number from 1 to 2`},
		{`beats = [0, 1]`, `beats = [0 1] is not valid; use beat numbers from 1 to`},
		{`beats = [1, "two"]`, `is not valid; use beat numbers from 1 to`},
		{`beats = "5-2"`, `beats = "5-2" is not valid`},
		{`beats = "99"`, `beats = "99" is not valid`},
		{`idel = "90s"`, `unknown key "idel"; the valid keys are idle, countdown, pin, lang, theme, scale, motion, beats`},
		{"[kiosk]\nidle = \"90s\"", `unknown key "kiosk"; the valid keys are`},
		{"idle = \"90s\"\npin = \"1234", `line 2:`},
		{"idle = ", `line 1:`},
	}
	for _, c := range cases {
		f := writeConfig(t, c.file)
		_, err := parseOptions([]string{"--kiosk", "--config", f}, &bytes.Buffer{})
		if err == nil {
			t.Errorf("%q accepted", c.file)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, "config file "+f+": ") || !strings.Contains(msg, c.want) {
			t.Errorf("%q: message %q, want it to name the file and contain %q", c.file, msg, c.want)
		}
	}
	_, err := parseOptions([]string{"--config", filepath.Join(t.TempDir(), "missing.toml")}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "cannot read it") {
		t.Errorf("a missing file: %v", err)
	}
}

func TestKioskFlagBadValues(t *testing.T) {
	cases := []struct {
		args  []string
		valid string
	}{
		{[]string{"--idle", "1s"}, "5s to 24h"},
		{[]string{"--idle", "soon"}, "5s to 24h"},
		{[]string{"--countdown", "10m"}, "3s to 5m"},
		{[]string{"--kiosk-pin", "12ab"}, "4 to 12 digits"},
		{[]string{"--kiosk-pin", "123"}, "4 to 12 digits"},
		{[]string{"--kiosk-beats", "0-3"}, "from 1 to"},
		{[]string{"--kiosk-beats", "1,,2"}, "from 1 to"},
		{[]string{"--lang", "xx"}, "en"},
	}
	for _, c := range cases {
		_, err := parseOptions(append([]string{"--kiosk"}, c.args...), &bytes.Buffer{})
		if err == nil {
			t.Errorf("%v accepted", c.args)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, c.args[0]) || !strings.Contains(msg, c.args[1]) || !strings.Contains(msg, c.valid) {
			t.Errorf("%v: message %q should name the flag, the value and %q", c.args, msg, c.valid)
		}
	}
}

// A bad config file stops the program at start with status 2: never a half-configured kiosk.
func TestRunExitsTwoOnBadConfig(t *testing.T) {
	f := writeConfig(t, "idle = \"90s\"\ntheme = \"neon\"\n")
	var out, errOut bytes.Buffer
	if code := run([]string{"--kiosk", "--config", f}, &out, &errOut); code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	if !strings.Contains(errOut.String(), `theme = "neon" is not valid`) {
		t.Fatalf("stderr %q", errOut.String())
	}
}

// --kiosk --snapshot renders the attract loop without a display.
func TestKioskSnapshot(t *testing.T) {
	out := filepath.Join(t.TempDir(), "kiosk.png")
	var so, se bytes.Buffer
	if code := run([]string{"--kiosk", "--snapshot", out, "--size", "1280x800"}, &so, &se); code != 0 {
		t.Fatalf("exit %d: %s", code, se.String())
	}
	if st, err := os.Stat(out); err != nil || st.Size() < 10000 {
		t.Fatalf("snapshot: %v", err)
	}
}
