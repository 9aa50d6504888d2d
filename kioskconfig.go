package main

// Kiosk flags and the kiosk config file. A clinic that deploys to many machines writes
// one TOML file and starts every machine with `--kiosk --config FILE`; a flag given on
// the command line wins over the file. Every key and value is checked at start: a bad
// one is an error that names the key and the valid values (exit status 2), never a
// half-configured kiosk.

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"gutbrain/assets"
	"gutbrain/diagrams"
	"gutbrain/screens"
)

// Bounds of the kiosk's times and PIN.
const (
	minIdle, maxIdle           = 5 * time.Second, 24 * time.Hour
	minCountdown, maxCountdown = 3 * time.Second, 5 * time.Minute
	minPinDigits, maxPinDigits = 4, 12
)

// kioskOptions are the kiosk's settings after flags and the config file.
type kioskOptions struct {
	on         bool
	pin        string
	idle       time.Duration
	countdown  time.Duration
	beats      []int // 1-based, in play order; nil for all
	scaleGiven bool  // --scale or the config's scale was set
}

// kioskFlags are the raw kiosk flags, checked by apply.
type kioskFlags struct {
	fs        *flag.FlagSet
	kiosk     *bool
	pin       *string
	idle      *string
	countdown *string
	beats     *string
	config    *string
	lang      *string
}

// addKioskFlags defines the kiosk's flags (and --config, --lang) on fs.
func addKioskFlags(fs *flag.FlagSet) *kioskFlags {
	return &kioskFlags{
		fs:        fs,
		kiosk:     fs.Bool("kiosk", false, "kiosk mode: locked full screen, attract loop, touch sizing, idle reset"),
		pin:       fs.String("kiosk-pin", "", "operator PIN (4 to 12 digits) asked after Ctrl+Alt+Shift+Q; without one the chord exits at once"),
		idle:      fs.String("idle", "90s", "kiosk: time without input before \"Still there?\", 5s to 24h"),
		countdown: fs.String("countdown", "15s", "kiosk: the \"Still there?\" countdown before starting over, 3s to 5m"),
		beats:     fs.String("kiosk-beats", "", "kiosk: story beats the attract loop plays, e.g. 1-5,8 (default all)"),
		config:    fs.String("config", "", "settings file (TOML) with idle, countdown, pin, lang, theme, scale, motion, beats; flags win"),
		lang:      fs.String("lang", "", "language of the app and its content: "+strings.Join(availableLanguages(), " or ")+" (default: the system's)"),
	}
}

// configKeys are the config file's keys and the flags they stand for.
var configKeys = []struct{ key, flag string }{
	{"idle", "idle"}, {"countdown", "countdown"}, {"pin", "kiosk-pin"}, {"lang", "lang"},
	{"theme", "theme"}, {"scale", "scale"}, {"motion", "motion"}, {"beats", "kiosk-beats"},
}

func configKeyNames() string {
	var names []string
	for _, k := range configKeys {
		names = append(names, k.key)
	}
	return strings.Join(names, ", ")
}

// applyConfigFile reads the config file (when one is given), checks every key and value,
// and sets the flags the command line did not set. It runs before the flags are checked.
func (kf *kioskFlags) applyConfigFile() error {
	file := *kf.config
	if file == "" {
		return nil
	}
	bad := func(format string, a ...any) error {
		return usageError{fmt.Sprintf("config file %s: ", file) + fmt.Sprintf(format, a...)}
	}
	data, err := readConfig(file)
	if err != nil {
		return bad("%v", err)
	}
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			return bad("line %d: %s; write one key = value a line, e.g. idle = \"90s\"", errorLine(data, perr), syntaxMessage(perr))
		}
		return bad("%v", err)
	}
	given := map[string]bool{}
	kf.fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	sort.Strings(keys) // report problems in a stable order
	for _, key := range keys {
		i := slices.IndexFunc(configKeys, func(c struct{ key, flag string }) bool { return c.key == key })
		if i < 0 {
			return bad("unknown key %q; the valid keys are %s", key, configKeyNames())
		}
		value, valid := configValue(key, raw[key])
		if valid != "" {
			return bad("%s = %s is not valid; %s", key, tomlString(raw[key]), valid)
		}
		if !given[configKeys[i].flag] {
			if err := kf.fs.Set(configKeys[i].flag, value); err != nil {
				return bad("%s: %v", key, err)
			}
		}
	}
	return nil
}

// maxConfigBytes bounds the config file: a few hundred bytes is typical, and a path to
// something endless (/dev/zero, a log file) must not eat the memory before failing.
const maxConfigBytes = 64 << 10

// readConfig reads the config file, refusing one larger than maxConfigBytes.
func readConfig(file string) ([]byte, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("cannot read it: %v", errors.Unwrap(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxConfigBytes+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read it: %v", errors.Unwrap(err))
	}
	if len(data) > maxConfigBytes {
		return nil, fmt.Errorf("larger than %d KiB; is it the right file? A settings file has a few lines of key = value", maxConfigBytes>>10)
	}
	return data, nil
}

// errorLine is the 1-based line of a TOML syntax error, counted from its byte offset:
// the parser's own line number is 0 or one short when the file ends inside a string.
func errorLine(data []byte, perr toml.ParseError) int {
	start := min(max(perr.Position.Start, 0), len(data))
	return 1 + bytes.Count(data[:start], []byte("\n"))
}

// syntaxMessage is the parser's message with its end-of-input marker (a NUL character,
// which would print as nothing or garbage) spelled out.
func syntaxMessage(perr toml.ParseError) string {
	return strings.ReplaceAll(perr.Message, "\x00", "end of file")
}

// configValue turns a config value into its flag's text and checks it; valid is "" when
// the value is good, else what the valid values are.
func configValue(key string, v any) (value, valid string) {
	str, isStr := v.(string)
	switch key {
	case "idle", "countdown":
		if _, err := parseKioskDuration(key, str); !isStr || err != nil {
			return "", durationHelp(key)
		}
	case "pin":
		if !isStr || !validPin(str) {
			return "", pinHelp
		}
	case "lang":
		if !isStr || !slices.Contains(availableLanguages(), str) {
			return "", "use " + langHelp()
		}
	case "theme":
		if _, err := screens.ParseTheme(str); !isStr || err != nil {
			return "", `use "dark", "light" or "projector"`
		}
	case "motion":
		if _, err := diagrams.ParseMotion(str); !isStr || err != nil {
			return "", `use "full", "reduced" or "off"`
		}
	case "scale":
		f, ok := toFloat(v)
		if !ok || !(f >= 1 && f <= 2) {
			return "", "use a number from 1 to 2, e.g. 1.25"
		}
		return strconv.FormatFloat(f, 'g', -1, 64), ""
	case "beats":
		s, ok := beatsText(v)
		if !ok {
			return "", beatsHelp()
		}
		if _, err := parseBeats(s); err != nil {
			return "", beatsHelp()
		}
		return s, ""
	}
	return str, ""
}

func toFloat(v any) (float64, bool) {
	switch n := v.(type) {
	case int64:
		return float64(n), true
	case float64:
		return n, !math.IsNaN(n)
	}
	return 0, false
}

// beatsText accepts beats as a list of numbers ([1, 2, 5]) or as text ("1-5,8").
func beatsText(v any) (string, bool) {
	switch b := v.(type) {
	case string:
		return b, true
	case []any:
		parts := make([]string, len(b))
		for i, x := range b {
			n, ok := x.(int64)
			if !ok {
				return "", false
			}
			parts[i] = strconv.FormatInt(n, 10)
		}
		return strings.Join(parts, ","), true
	}
	return "", false
}

// tomlString shows a value as it would be written in the file.
func tomlString(v any) string {
	if s, ok := v.(string); ok {
		return strconv.Quote(s)
	}
	return fmt.Sprint(v)
}

const pinHelp = "use 4 to 12 digits in quotes, e.g. pin = \"4711\""

func durationHelp(key string) string {
	if key == "countdown" {
		return `use a duration in quotes from 3s to 5m, e.g. "15s"`
	}
	return `use a duration in quotes from 5s to 24h, e.g. "90s" or "2m"`
}

func langHelp() string {
	var q []string
	for _, l := range availableLanguages() {
		q = append(q, strconv.Quote(l))
	}
	return "one of " + strings.Join(q, ", ")
}

func beatsHelp() string {
	return fmt.Sprintf("use beat numbers from 1 to %d, as a list [1, 2, 5] or as text \"1-5,8\"", storyLen())
}

// apply checks the kiosk flags (after the config file set any) into o.
func (kf *kioskFlags) apply(o *options) error {
	var err error
	k := &o.kiosk
	k.on, k.pin = *kf.kiosk, *kf.pin
	if k.pin != "" && !validPin(k.pin) {
		return badValue("kiosk-pin", k.pin, "use 4 to 12 digits")
	}
	if k.idle, err = parseKioskDuration("idle", *kf.idle); err != nil {
		return badValue("idle", *kf.idle, "use a duration from 5s to 24h, e.g. 90s or 2m")
	}
	if k.countdown, err = parseKioskDuration("countdown", *kf.countdown); err != nil {
		return badValue("countdown", *kf.countdown, "use a duration from 3s to 5m, e.g. 15s")
	}
	if *kf.beats != "" {
		if k.beats, err = parseBeats(*kf.beats); err != nil {
			return badValue("kiosk-beats", *kf.beats, fmt.Sprintf("use beat numbers from 1 to %d, e.g. 1-5,8", storyLen()))
		}
	}
	if *kf.lang != "" && !slices.Contains(availableLanguages(), *kf.lang) {
		return badValue("lang", *kf.lang, "use "+strings.Join(availableLanguages(), " or "))
	}
	o.lang = *kf.lang
	kf.fs.Visit(func(f *flag.Flag) { k.scaleGiven = k.scaleGiven || f.Name == "scale" })
	return nil
}

func parseKioskDuration(key, s string) (time.Duration, error) {
	d, err := time.ParseDuration(s)
	lo, hi := minIdle, maxIdle
	if key == "countdown" {
		lo, hi = minCountdown, maxCountdown
	}
	if err != nil || d < lo || d > hi {
		return 0, fmt.Errorf("out of range")
	}
	return d, nil
}

func validPin(s string) bool {
	if len(s) < minPinDigits || len(s) > maxPinDigits {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// parseBeats reads "1-5,8,10" into beat numbers (1-based), in the order given.
func parseBeats(s string) ([]int, error) {
	n := storyLen()
	var out []int
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		lo, hi, isRange := strings.Cut(part, "-")
		a, err1 := strconv.Atoi(strings.TrimSpace(lo))
		b, err2 := a, error(nil)
		if isRange {
			b, err2 = strconv.Atoi(strings.TrimSpace(hi))
		}
		if err1 != nil || err2 != nil || a < 1 || b > n || a > b {
			return nil, fmt.Errorf("bad beats")
		}
		for i := a; i <= b; i++ {
			out = append(out, i)
		}
	}
	return out, nil
}

func storyLen() int {
	beats, err := assets.Story("en")
	if err != nil {
		return 0
	}
	return len(beats)
}

// availableLanguages are the languages with translation files, English first.
func availableLanguages() []string {
	langs := []string{"en"}
	names, _ := fs.Glob(assets.Files(), "lang/*.json")
	for _, n := range names {
		parts := strings.Split(strings.TrimSuffix(path.Base(n), ".json"), ".")
		if l := parts[len(parts)-1]; !slices.Contains(langs, l) {
			langs = append(langs, l)
		}
	}
	return langs
}

// kioskConfig is what the screens need from the kiosk options.
func (o options) kioskConfig() screens.KioskConfig {
	c := screens.KioskConfig{Idle: o.kiosk.idle, Countdown: o.kiosk.countdown, PIN: o.kiosk.pin}
	for _, b := range o.kiosk.beats {
		c.Beats = append(c.Beats, b-1)
	}
	return c
}

// kioskSettings are a kiosk's presentation settings: its flags and config file over the
// defaults, never a desktop user's stored preferences, so every kiosk of a clinic shows
// what its config file says.
func (o options) kioskSettings() screens.Settings {
	return o.settingsOver(screens.DefaultSettings(systemReducedMotion()))
}

// kioskScale is the kiosk's text scale: the one asked for, else the kiosk default.
func (o options) kioskScale() float32 {
	if o.kiosk.scaleGiven {
		return float32(o.scale)
	}
	return screens.DefaultKioskScale
}
