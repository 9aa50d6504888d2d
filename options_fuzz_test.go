package main

// Fuzzing the command line. Two shapes of input reach parseOptions: one real flag with
// a fuzzed value (so the fuzzer spends its time on values, where the checks are), and a
// whole fuzzed argument list. Either way it must not panic, and it either accepts with
// every option inside its documented range or refuses with a usageError; a refused single
// flag must be named in the message together with the value it refused.

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"gutbrain/apptheme"
	"gutbrain/diagrams"
	"gutbrain/screens"
)

// argSep separates the arguments of a fuzzed argument list: a real argv cannot hold NUL.
const argSep = "\x00"

var usageFlag = regexp.MustCompile(`(?m)^  -([a-z][a-z0-9-]*)`)

// realFlagNames reads the flag names from --help, so the fuzzer always picks from the
// flags the app really has, including ones added after this test was written.
func realFlagNames(tb testing.TB) []string {
	tb.Helper()
	var usage bytes.Buffer
	if _, err := parseOptions([]string{"-h"}, &usage); !errors.Is(err, flag.ErrHelp) {
		tb.Fatalf("-h: %v, want flag.ErrHelp", err)
	}
	var names []string
	for _, m := range usageFlag.FindAllStringSubmatch(usage.String(), -1) {
		// --config reads a file named by the value; FuzzKioskConfig covers its contents
		// with files it writes itself, so the fuzzer never opens arbitrary paths.
		if m[1] != "config" {
			names = append(names, m[1])
		}
	}
	if len(names) < 20 {
		tb.Fatalf("only %d flags found in the usage text:\n%s", len(names), usage.String())
	}
	return names
}

// namesConfig reports whether an argument list sets --config (in any of the spellings
// the flag package accepts).
func namesConfig(args []string) bool {
	for _, a := range args {
		if strings.HasPrefix(strings.TrimLeft(a, "-"), "config") {
			return true
		}
	}
	return false
}

// checkOptionsInRange fails unless every option lies inside the range its flag documents.
func checkOptionsInRange(t *testing.T, args []string, o options) {
	t.Helper()
	bad := func(what string, v any) { t.Fatalf("%q accepted with %s = %v out of range", args, what, v) }
	if o.barrier != "intact" && o.barrier != "compromised" {
		bad("barrier", o.barrier)
	}
	if o.integrity != -1 && !(o.integrity >= 0 && o.integrity <= 1) {
		bad("integrity", o.integrity)
	}
	if si := o.startIntegrity(); !(si >= 0 && si <= 1) {
		bad("startIntegrity()", si)
	}
	if !(o.stress >= 0 && o.stress <= 1) {
		bad("stress", o.stress)
	}
	if o.at < 0 || o.at > 30*24*time.Hour {
		bad("at", o.at)
	}
	if o.selectID != "" && !slices.Contains(selectableIDs(), o.selectID) {
		bad("select", o.selectID)
	}
	if !slices.Contains(screens.Speeds, o.speed) {
		bad("speed", o.speed)
	}
	if o.width < 640 || o.width > 7680 || o.height < 480 || o.height > 4320 {
		bad("size", strconv.Itoa(o.width)+"x"+strconv.Itoa(o.height))
	}
	if !slices.Contains(apptheme.Variants(), o.theme) {
		bad("theme", o.theme)
	}
	if !(o.scale >= 1 && o.scale <= 2) || math.IsNaN(o.scale) {
		bad("scale", o.scale)
	}
	if !slices.Contains(diagrams.Motions(), o.motion) {
		bad("motion", o.motion)
	}
	if o.statsLimit < 0 {
		bad("quit-after", o.statsLimit)
	}
	if n := storyLen(); o.beat < 0 || o.beat > n {
		bad("beat", o.beat)
	}
	if o.snapshot != "" && !strings.HasSuffix(strings.ToLower(o.snapshot), ".png") {
		bad("snapshot", o.snapshot)
	}
	if o.lang != "" && !slices.Contains(availableLanguages(), o.lang) {
		bad("lang", o.lang)
	}
	k := o.kiosk
	if k.pin != "" && !validPin(k.pin) {
		bad("kiosk-pin", k.pin)
	}
	if k.idle < minIdle || k.idle > maxIdle {
		bad("idle", k.idle)
	}
	if k.countdown < minCountdown || k.countdown > maxCountdown {
		bad("countdown", k.countdown)
	}
	for _, b := range k.beats {
		if b < 1 || b > storyLen() {
			bad("kiosk-beats", k.beats)
		}
	}
	if ks := o.kioskScale(); !(ks >= 1 && ks <= 2) {
		bad("kioskScale()", ks)
	}
}

// checkRefusal fails unless err is flag.ErrHelp or a usageError with a message.
func checkRefusal(t *testing.T, args []string, err error) (msg string, help bool) {
	t.Helper()
	if errors.Is(err, flag.ErrHelp) {
		return "", true
	}
	var ue usageError
	if !errors.As(err, &ue) {
		t.Fatalf("%q: error %T %v is not a usageError", args, err, err)
	}
	if strings.TrimSpace(ue.msg) == "" {
		t.Fatalf("%q: empty usage message", args)
	}
	return ue.msg, false
}

func FuzzParseOptions(f *testing.F) {
	names := realFlagNames(f)
	// Seeds: real values from the README and tests, edges of every range, and values that
	// broke or could break number and duration parsing.
	for _, s := range []struct {
		flag, value, args string
	}{
		{"barrier", "compromised", ""},
		{"integrity", "55", "--barrier\x00compromised\x00--at\x0036h\x00--select\x00immune"},
		{"integrity", "100%", "--stress=40\x00--speed=4\x00--size=1920x1080"},
		{"stress", "-0", "--theme\x00light\x00--scale\x001.5"},
		{"at", "30d", "--kiosk\x00--kiosk-pin\x000042\x00--idle\x002m\x00--kiosk-beats\x003-5,1"},
		{"at", "1e400d", "--lecture\x00--beat\x003"},
		{"at", "NaNd", "stray"},
		{"at", "-0d", "--at"},
		{"at", "720h0m0.000000001s", "-h"},
		{"select", "immune", "--help"},
		{"speed", "0x1p-1", "---at=1h"},
		{"speed", "NaN", "--no-such-flag"},
		{"size", "7680X4320", "--size=640x480\x00--size=7681x4320"},
		{"size", "-640x480", "--\x00--at\x001h"},
		{"theme", "projector", "--theme=light\x00--theme=dark"},
		{"scale", "Inf", "--scale=1.0000000000000002"},
		{"quit-after", "-90m", "--quit-after=1h-2h"},
		{"quit-after", "9223372036854775807ns", ""},
		{"beat", "15", "--beat=0"},
		{"beat", "99999999999999999999", "--beat=+1"},
		{"snapshot", "OUT.PNG", "--snapshot=x.png.jpg"},
		{"kiosk-pin", "123456789012", "--kiosk-pin=1234567890123"},
		{"kiosk-pin", "١٢٣٤", ""},
		{"idle", "5s", "--idle=4.999999999s"},
		{"countdown", "5m0s", "--countdown=5m1ns"},
		{"kiosk-beats", "1-15,15-1", "--kiosk-beats=1-99999999999999999999"},
		{"kiosk-beats", " 1 - 3 ,8", "--kiosk-beats=,"},
		{"lang", "es", "--lang=ES"},
		{"probiotic", "maybe", "--probiotic=true\x00--paused=0\x00--stats=T"},
		{"kiosk", "1", "-kiosk=false"},
		{"motion", " Reduced ", "--motion=off\x00--motion=wobbly"},
		{"motion", "OFF\n", "--motion\x00full\x00--theme\x00projector"},
	} {
		if !slices.Contains(names, s.flag) {
			f.Fatalf("seed flag --%s is not among the app's flags %v", s.flag, names)
		}
		f.Add(s.flag, s.value, s.args)
	}

	f.Fuzz(func(t *testing.T, flagName, value, argList string) {
		// One real flag with a fuzzed value, written as --name=value so that any value,
		// even one starting with "-", is the value. A mutated name that is no flag still
		// picks one, so no input is wasted; a seed's name stays valid as flags are added.
		name := flagName
		if !slices.Contains(names, name) {
			name = names[len(flagName)%len(names)]
		}
		args := []string{"--" + name + "=" + value}
		o, err := parseOptions(args, io.Discard)
		if err == nil {
			checkOptionsInRange(t, args, o)
		} else if msg, help := checkRefusal(t, args, err); !help {
			if !strings.Contains(msg, "-"+name) || !strings.Contains(msg, strconv.Quote(value)) {
				t.Fatalf("%q: message %q does not name the flag -%s and the value %q", args, msg, name, value)
			}
		}

		// A whole fuzzed argument list.
		if argList == "" {
			return
		}
		args = strings.Split(argList, argSep)
		if namesConfig(args) {
			return
		}
		o, err = parseOptions(args, io.Discard)
		if err == nil {
			checkOptionsInRange(t, args, o)
		} else {
			checkRefusal(t, args, err)
		}
	})
}
