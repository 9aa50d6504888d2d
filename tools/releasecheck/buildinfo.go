package main

import (
	"debug/buildinfo"
	"fmt"
	"io"
	"slices"
	"strings"
)

// checkBuildInfo reads the build settings the Go linker records in every binary and
// wants a release build for goos/amd64: cgo on (Fyne's OpenGL driver), -trimpath (no
// build machine paths), and the tags "release" (what `fyne package --release` adds;
// Fyne turns off its debug code with it) plus app.Tags, the tags every other make
// target builds with.
func checkBuildInfo(r io.ReaderAt, goos string, app App) error {
	bi, err := buildinfo.Read(r)
	if err != nil {
		return fmt.Errorf("reading Go build information: %w", err)
	}
	settings := map[string]string{}
	for _, s := range bi.Settings {
		settings[s.Key] = s.Value
	}
	for _, c := range []struct{ key, want string }{
		{"GOOS", goos}, {"GOARCH", "amd64"}, {"CGO_ENABLED", "1"}, {"-trimpath", "true"},
	} {
		if got := settings[c.key]; got != c.want {
			return fmt.Errorf("built with %s=%q; want %q", c.key, got, c.want)
		}
	}
	tags := strings.Split(settings["-tags"], ",")
	for _, want := range append([]string{"release"}, app.Tags...) {
		if !slices.Contains(tags, want) {
			return fmt.Errorf("built with tags %q; want %q among them", settings["-tags"], want)
		}
	}
	return nil
}

// goflagsTags returns the build tags a GOFLAGS value sets (`-tags=a,b` or `--tags=a,b`;
// GOFLAGS holds only flag=value words).
func goflagsTags(goflags string) []string {
	var tags []string
	for _, word := range strings.Fields(goflags) {
		for _, prefix := range []string{"-tags=", "--tags="} {
			if list, ok := strings.CutPrefix(word, prefix); ok {
				tags = slices.DeleteFunc(strings.Split(list, ","), func(s string) bool { return s == "" })
			}
		}
	}
	return tags
}
