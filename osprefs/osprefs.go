// Package osprefs reads the operating system's accessibility settings the app follows by
// default: for now, whether people asked for less motion on screen. It has no Fyne
// import, so it is tested on its own, and every platform's answer goes through a small
// parser tested on every platform.
package osprefs

import (
	"context"
	"os/exec"
	"strings"
	"time"
)

// ReducedMotion reports whether the operating system asks apps to reduce motion: GNOME's
// "enable-animations" (Linux and other Unix desktops), "Reduce motion" (macOS), "Show
// animations in Windows" (Windows). known is false when the system has no such setting or
// it could not be read within a second; reduced is then false.
func ReducedMotion() (reduced bool, known bool) { return reducedMotion() }

// commandTimeout bounds a settings query: a missing or hung desktop service must not hold
// up the app's start.
const commandTimeout = time.Second

// runner runs a command and returns its standard output; tests replace it.
type runner func(ctx context.Context, name string, args ...string) ([]byte, error)

// execRunner runs a real command.
func execRunner(ctx context.Context, name string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	// A killed command's children may keep its output open; do not wait for them.
	cmd.WaitDelay = 100 * time.Millisecond
	return cmd.Output()
}

// query runs one command with a time limit. A command that outlives it counts as failed.
func query(run runner, timeout time.Duration, name string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	out, err := run(ctx, name, args...)
	if err == nil {
		err = ctx.Err()
	}
	return out, err
}

// gnomeReducedMotion asks GNOME's settings whether animations are enabled.
func gnomeReducedMotion(run runner, timeout time.Duration) (reduced, known bool) {
	return parseGSettings(query(run, timeout, "gsettings", "get", "org.gnome.desktop.interface", "enable-animations"))
}

// parseGSettings reads `gsettings get org.gnome.desktop.interface enable-animations`:
// "true" (animations on) or "false" (reduce motion). Anything else — no gsettings, no
// GNOME schema, an error — is unknown.
func parseGSettings(out []byte, err error) (reduced, known bool) {
	if err != nil {
		return false, false
	}
	switch strings.TrimSpace(string(out)) {
	case "true":
		return false, true
	case "false":
		return true, true
	}
	return false, false
}

// macReducedMotion asks macOS's accessibility defaults for "Reduce motion".
func macReducedMotion(run runner, timeout time.Duration) (reduced, known bool) {
	return parseDefaults(query(run, timeout, "defaults", "read", "com.apple.universalaccess", "reduceMotion"))
}

// parseDefaults reads `defaults read com.apple.universalaccess reduceMotion`: "1" (reduce
// motion) or "0". A key never set makes `defaults` fail: unknown, as is anything else.
func parseDefaults(out []byte, err error) (reduced, known bool) {
	if err != nil {
		return false, false
	}
	switch strings.TrimSpace(string(out)) {
	case "1":
		return true, true
	case "0":
		return false, true
	}
	return false, false
}

// fromClientAreaAnimation reads Windows' SPI_GETCLIENTAREAANIMATION answer: animations
// enabled means motion is not reduced. A failed call is unknown.
func fromClientAreaAnimation(enabled bool, err error) (reduced, known bool) {
	if err != nil {
		return false, false
	}
	return !enabled, true
}
