package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"gutbrain/apptheme"
	"gutbrain/diagrams"
	"gutbrain/screens"
)

func TestParseOptionsDefaults(t *testing.T) {
	o, err := parseOptions(nil, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	if o.startIntegrity() != 1 || o.stress != 0 || o.at != 0 || o.speed != 1 || o.width != 1280 || o.height != 800 {
		t.Fatalf("unexpected defaults: %+v", o)
	}
}

func TestParseOptionsState(t *testing.T) {
	o, err := parseOptions([]string{"--barrier", "compromised", "--at", "36h", "--select", "immune",
		"--stress", "40", "--speed", "4", "--size", "1920x1080", "--theme", "light", "--scale", "1.5"}, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	if o.startIntegrity() >= 1 || o.at != 36*time.Hour || o.selectID != "immune" || o.stress != 0.4 ||
		o.speed != 4 || o.width != 1920 || o.height != 1080 || o.theme != "light" || o.scale != 1.5 {
		t.Fatalf("options not applied: %+v", o)
	}
	o, err = parseOptions([]string{"--at", "3d", "--integrity", "55"}, &bytes.Buffer{})
	if err != nil || o.at != 72*time.Hour || o.startIntegrity() != 0.55 {
		t.Fatalf("days or integrity: %+v %v", o, err)
	}
}

// Every bad value is rejected with a message that names the flag, the bad value and what is valid.
func TestParseOptionsBadValues(t *testing.T) {
	cases := []struct {
		args  []string
		valid string
	}{
		{[]string{"--barrier", "leaky"}, "intact or compromised"},
		{[]string{"--at", "forever"}, "30d"},
		{[]string{"--at", "-2h"}, "30d"},
		{[]string{"--at", "31d"}, "30d"},
		{[]string{"--at", "NaNd"}, "30d"},
		{[]string{"--select", "spleen"}, "immune"},
		{[]string{"--speed", "3"}, "0.5, 1, 2 or 4"},
		{[]string{"--size", "10x10"}, "640x480"},
		{[]string{"--size", "wide"}, "640x480"},
		{[]string{"--theme", "neon"}, "dark, light or projector"},
		{[]string{"--motion", "wobbly"}, "full, reduced or off"},
		{[]string{"--lang", "fr"}, "en or es"},
		{[]string{"--scale", "5"}, "1 to 2"},
		{[]string{"--stress", "101"}, "0 to 100"},
		{[]string{"--integrity", "x"}, "0 to 100"},
		{[]string{"--snapshot", "out.jpg"}, ".png"},
	}
	for _, c := range cases {
		_, err := parseOptions(c.args, &bytes.Buffer{})
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

func TestRunExitsTwoOnBadInput(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"--barrier", "leaky"}, &out, &errOut); code != 2 {
		t.Fatalf("exit code %d, want 2", code)
	}
	if !strings.Contains(errOut.String(), "--barrier") {
		t.Fatalf("stderr %q does not name the flag", errOut.String())
	}
	if code := run([]string{"--no-such-flag"}, &out, &errOut); code != 2 {
		t.Fatalf("unknown flag: exit code %d, want 2", code)
	}
	if code := run([]string{"stray"}, &out, &errOut); code != 2 {
		t.Fatalf("stray argument: exit code %d, want 2", code)
	}
}

func TestParseOptionsBeat(t *testing.T) {
	o, err := parseOptions([]string{"--lecture", "--beat", "3"}, &bytes.Buffer{})
	if err != nil || !o.lecture || o.beat != 3 {
		t.Fatalf("--lecture --beat 3: %+v %v", o, err)
	}
	for _, bad := range []string{"0", "99", "two", "-1"} {
		_, err := parseOptions([]string{"--beat", bad}, &bytes.Buffer{})
		if err == nil || !strings.Contains(err.Error(), "--beat") || !strings.Contains(err.Error(), bad) ||
			!strings.Contains(err.Error(), "from 1 to") {
			t.Errorf("--beat %s: %v", bad, err)
		}
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"--beat", "99"}, &out, &errOut); code != 2 {
		t.Fatalf("--beat 99 exit %d, want 2", code)
	}
}

// Presentation flags given for one run win over stored preferences; the others keep them.
func TestPresentationFlagsOverrideStoredSettings(t *testing.T) {
	stored := screens.Settings{Theme: apptheme.Light, Scale: 1.5, Motion: diagrams.MotionReduced, Language: "es"}
	o, err := parseOptions([]string{"--theme", "projector", "--motion", "off"}, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	got := o.settingsOver(stored)
	want := screens.Settings{Theme: apptheme.Projector, Scale: 1.5, Motion: diagrams.MotionOff, Language: "es"}
	if got != want {
		t.Errorf("settings = %+v, want %+v", got, want)
	}
	o, err = parseOptions([]string{"--scale", "2", "--lang", "en"}, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	want = screens.Settings{Theme: apptheme.Light, Scale: 2, Motion: diagrams.MotionReduced, Language: "en"}
	if got := o.settingsOver(stored); got != want {
		t.Errorf("settings = %+v, want %+v", got, want)
	}
	if got := (options{given: map[string]bool{}}).settingsOver(stored); got != stored {
		t.Errorf("with no flags the stored settings change: %+v", got)
	}
}
