package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"gutbrain/apptheme"
	"gutbrain/assets"
	"gutbrain/diagrams"
	"gutbrain/screens"
)

// options is everything the command line can set. Zero values are the defaults people get
// with no flags.
type options struct {
	barrier    string  // "intact" or "compromised"
	integrity  float64 // 0..1, or -1 when --integrity was not given
	stress     float64 // 0..1
	probiotic  bool
	at         time.Duration
	selectID   string
	speed      float64
	paused     bool
	snapshot   string
	width      int
	height     int
	stats      bool
	theme      apptheme.Variant
	scale      float64
	statsLimit time.Duration
	lecture    bool
	beat       int // 1-based story beat, 0 when not given
	sizeGiven  bool
	lang       string // --lang, "" for the system's language
	motion     diagrams.Motion
	given      map[string]bool // the flags given on the command line or by --config
	kiosk      kioskOptions    // --kiosk and its settings (kioskconfig.go)
}

// usageError is a bad flag or value; main prints it with the usage and exits with status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func badValue(flagName, value, valid string) error {
	return usageError{fmt.Sprintf("--%s: %q is not valid; %s", flagName, value, valid)}
}

// selectableIDs lists what --select accepts: every diagram part, particle and topic panel.
func selectableIDs() []string {
	var ids []string
	for _, p := range diagrams.Parts() {
		ids = append(ids, string(p))
	}
	for _, p := range []diagrams.Part{diagrams.PartLPS, diagrams.PartCytokines, diagrams.PartSerotonin,
		diagrams.PartTryptophan, diagrams.PartKynurenine, diagrams.PartAcetate} {
		ids = append(ids, string(p))
	}
	return append(ids, assets.TopicIDs()...)
}

// parseOptions reads the command line. Any bad flag or value is a usageError that names
// the flag, the bad value and the valid values.
func parseOptions(args []string, stderr io.Writer) (options, error) {
	o := options{integrity: -1}
	fs := flag.NewFlagSet("gutbrain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.barrier, "barrier", "intact", "gut barrier at start: intact or compromised")
	integrity := fs.String("integrity", "", "barrier integrity at start in percent, 0-100 (overrides --barrier)")
	stress := fs.String("stress", "0", "psychological stress at start in percent, 0-100")
	fs.BoolVar(&o.probiotic, "probiotic", false, "start with the probiotic on")
	at := fs.String("at", "0h", "simulated time to start at, e.g. 36h, 90m or 3d (at most 30d)")
	fs.StringVar(&o.selectID, "select", "", "part, route, particle or topic to select, e.g. immune or junctions")
	speed := fs.String("speed", "1", "time-lapse speed: 0.5, 1, 2 or 4")
	fs.BoolVar(&o.paused, "paused", false, "start paused")
	fs.StringVar(&o.snapshot, "snapshot", "", "render the state to this PNG file without a display and exit")
	size := fs.String("size", "1280x800", "window or snapshot size WxH in pixels, 640x480 to 7680x4320")
	fs.BoolVar(&o.stats, "stats", false, "print fps=… frame_ms_p50=… frame_ms_p95=… particles=… once a second")
	th := fs.String("theme", "dark", "colour theme: dark, light or projector (high contrast)")
	scale := fs.String("scale", "1", "text size factor, 1 to 2 (100 % to 200 %)")
	motion := fs.String("motion", "full", "motion: full, reduced (still arrows, gentle fades) or off (nothing moves); default: the system's reduced-motion setting, else full")
	quitAfter := fs.String("quit-after", "", "quit after this long (for measurements), e.g. 10s")
	fs.BoolVar(&o.lecture, "lecture", false, "lecture mode: the story full screen, projector theme, clicker keys")
	beat := fs.String("beat", "", "story beat to start at (1 to the number of beats); with --snapshot, write that beat's slide image")
	kf := addKioskFlags(fs)

	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return o, err
		}
		return o, usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		return o, usageError{fmt.Sprintf("unexpected argument %q; all settings are flags (see --help)", fs.Arg(0))}
	}
	if err := kf.applyConfigFile(); err != nil { // before the checks: flags set from the file are checked too
		return o, err
	}

	switch o.barrier {
	case "intact", "compromised":
	default:
		return o, badValue("barrier", o.barrier, "use intact or compromised")
	}
	if *integrity != "" {
		v, err := percent(*integrity)
		if err != nil {
			return o, badValue("integrity", *integrity, "use a number from 0 to 100")
		}
		o.integrity = v
	}
	v, err := percent(*stress)
	if err != nil {
		return o, badValue("stress", *stress, "use a number from 0 to 100")
	}
	o.stress = v

	if o.at, err = simDuration(*at); err != nil {
		return o, badValue("at", *at, "use a simulated time from 0h to 30d, e.g. 36h, 90m or 3d")
	}
	if o.selectID != "" && !contains(selectableIDs(), o.selectID) {
		return o, badValue("select", o.selectID, "use one of: "+strings.Join(selectableIDs(), ", "))
	}
	o.speed, err = strconv.ParseFloat(*speed, 64)
	if err != nil || !containsFloat(screens.Speeds, o.speed) {
		return o, badValue("speed", *speed, "use 0.5, 1, 2 or 4")
	}
	if o.width, o.height, err = parseSize(*size); err != nil {
		return o, badValue("size", *size, "use WxH from 640x480 to 7680x4320, e.g. 1280x800")
	}
	if o.theme, err = screens.ParseTheme(*th); err != nil {
		return o, badValue("theme", *th, "use dark, light or projector")
	}
	if o.scale, err = screens.ParseScale(*scale); err != nil {
		return o, badValue("scale", *scale, "use a number from 1 to 2, e.g. 1.5")
	}
	if o.motion, err = diagrams.ParseMotion(*motion); err != nil {
		return o, badValue("motion", *motion, "use full, reduced or off")
	}
	if *quitAfter != "" { // parsed here, not by fs.Duration, so the message quotes the value as typed
		if o.statsLimit, err = time.ParseDuration(*quitAfter); err != nil || o.statsLimit < 0 {
			return o, badValue("quit-after", *quitAfter, "use a positive duration such as 10s")
		}
	}
	o.given = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { o.given[f.Name] = true })
	o.sizeGiven = o.given["size"]
	if *beat != "" {
		beats, err := assets.Story("en")
		if err != nil {
			return o, usageError{fmt.Sprintf("--beat: the story cannot be loaded: %v", err)}
		}
		n, err := strconv.Atoi(*beat)
		if err != nil || n < 1 || n > len(beats) {
			return o, badValue("beat", *beat, fmt.Sprintf("use a beat number from 1 to %d", len(beats)))
		}
		o.beat = n
	}
	if o.snapshot != "" && !strings.HasSuffix(strings.ToLower(o.snapshot), ".png") {
		return o, badValue("snapshot", o.snapshot, "use a file name ending in .png")
	}
	if err := kf.apply(&o); err != nil {
		return o, err
	}
	return o, nil
}

// settingsOver is the stored settings with the presentation flags given for this run on top.
func (o options) settingsOver(stored screens.Settings) screens.Settings {
	s := stored
	if o.given["theme"] {
		s.Theme = o.theme
	}
	if o.given["scale"] {
		s.Scale = o.scale
	}
	if o.given["motion"] {
		s.Motion = o.motion
	}
	if o.lang != "" {
		s.Language = o.lang
	}
	return s
}

// startIntegrity is the barrier integrity the options ask for.
func (o options) startIntegrity() float64 {
	if o.integrity >= 0 {
		return o.integrity
	}
	if o.barrier == "compromised" {
		return screens.CompromisedIntegrity
	}
	return 1
}

func percent(s string) (float64, error) {
	v, err := strconv.ParseFloat(strings.TrimSuffix(s, "%"), 64)
	if err != nil || !(v >= 0 && v <= 100) {
		return 0, fmt.Errorf("out of range")
	}
	return v / 100, nil
}

// simDuration parses Go durations plus a "d" (day) unit, from 0 to 30 days.
func simDuration(s string) (time.Duration, error) {
	var d time.Duration
	var err error
	if days, ok := strings.CutSuffix(s, "d"); ok {
		var f float64
		f, err = strconv.ParseFloat(days, 64)
		d = time.Duration(f * 24 * float64(time.Hour))
		if math.IsNaN(f) || math.IsInf(f, 0) {
			err = fmt.Errorf("not a number")
		}
	} else {
		d, err = time.ParseDuration(s)
	}
	if err != nil || d < 0 || d > 30*24*time.Hour {
		return 0, fmt.Errorf("out of range")
	}
	return d, nil
}

func parseSize(s string) (int, int, error) {
	ws, hs, ok := strings.Cut(strings.ToLower(s), "x")
	w, err1 := strconv.Atoi(ws)
	h, err2 := strconv.Atoi(hs)
	if !ok || err1 != nil || err2 != nil || w < 640 || h < 480 || w > 7680 || h > 4320 {
		return 0, 0, fmt.Errorf("bad size")
	}
	return w, h, nil
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func containsFloat(list []float64, f float64) bool {
	for _, v := range list {
		if v == f {
			return true
		}
	}
	return false
}
