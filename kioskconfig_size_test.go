package main

import (
	"io"
	"os"
	"strings"
	"testing"
)

// A config path to something huge or endless fails at once, naming the file.
func TestKioskConfigTooLarge(t *testing.T) {
	huge := writeConfig(t, "# "+strings.Repeat("x", maxConfigBytes)+"\nidle = \"90s\"\n")
	paths := []string{huge}
	if _, err := os.Stat("/dev/zero"); err == nil {
		paths = append(paths, "/dev/zero")
	}
	for _, p := range paths {
		_, err := parseOptions([]string{"--kiosk", "--config", p}, io.Discard)
		if err == nil || !strings.HasPrefix(err.Error(), "config file "+p+": larger than 64 KiB") {
			t.Errorf("--config %s: %v", p, err)
		}
	}
	_, err := parseOptions([]string{"--kiosk", "--config", t.TempDir()}, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "cannot read it: is a directory") {
		t.Errorf("--config with a folder: %v", err)
	}
}
