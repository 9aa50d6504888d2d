package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// App is what a release artefact must carry: the [Details] of FyneApp.toml, the name of
// the command (the last element of go.mod's module path, which is what `fyne package`
// names the binary) and the icon's bytes.
type App struct {
	Name     string // display name, e.g. "Gut–Brain Explorer"
	ID       string // reverse-DNS application ID
	Version  string // x, x.y or x.y.z
	Build    int    // build number, > 0
	Exec     string // binary name inside the Linux tarball
	IconPath string // the icon as FyneApp.toml names it, relative to its directory
	Icon     []byte // that PNG's bytes
	// Tags are the build tags the binaries must carry besides "release": those GOFLAGS
	// gives every make target (see goflagsTags). ReadApp leaves it empty.
	Tags []string
}

var versionRE = regexp.MustCompile(`^[0-9]+(\.[0-9]+){0,2}$`)

// ReadApp reads FyneApp.toml and go.mod in dir (the main package's directory).
func ReadApp(dir string) (App, error) {
	tomlPath := filepath.Join(dir, "FyneApp.toml")
	data, err := os.ReadFile(tomlPath)
	if err != nil {
		return App{}, err
	}
	var meta struct {
		Details struct {
			Icon, Name, ID, Version string
			Build                   int
		}
	}
	if _, err := toml.Decode(string(data), &meta); err != nil {
		return App{}, fmt.Errorf("%s: %w", tomlPath, err)
	}
	d := meta.Details
	app := App{Name: d.Name, ID: d.ID, Version: d.Version, Build: d.Build, IconPath: d.Icon}
	switch {
	case strings.TrimSpace(d.Name) == "":
		return App{}, fmt.Errorf("%s: Details.Name is empty; it is the name shown in menus and in the .exe's version information", tomlPath)
	case !strings.Contains(d.ID, ".") || strings.ContainsAny(d.ID, " /\\"):
		return App{}, fmt.Errorf("%s: Details.ID = %q is not a reverse-DNS ID such as org.example.app", tomlPath, d.ID)
	case !versionRE.MatchString(d.Version):
		return App{}, fmt.Errorf("%s: Details.Version = %q is not a version; valid values are x, x.y or x.y.z with digits only", tomlPath, d.Version)
	case d.Build < 1 || d.Build > 65535:
		return App{}, fmt.Errorf("%s: Details.Build = %d is out of range; valid values are 1–65535 (one field of a Windows file version)", tomlPath, d.Build)
	case d.Icon == "":
		return App{}, fmt.Errorf("%s: Details.Icon is empty; it must name the app's PNG icon", tomlPath)
	}
	for _, part := range strings.Split(d.Version, ".") {
		if n, _ := strconv.Atoi(part); n > 65535 {
			return App{}, fmt.Errorf("%s: Details.Version = %q has a field above 65535, which a Windows file version cannot hold", tomlPath, d.Version)
		}
	}
	if app.Icon, err = os.ReadFile(filepath.Join(dir, filepath.FromSlash(d.Icon))); err != nil {
		return App{}, fmt.Errorf("%s: Details.Icon: %w", tomlPath, err)
	}
	if app.Exec, err = commandName(filepath.Join(dir, "go.mod")); err != nil {
		return App{}, err
	}
	return app, nil
}

// CombinedVersion is the four-part version `fyne package` writes into the .exe:
// the version padded to x.y.z, then the build number.
func (a App) CombinedVersion() string {
	parts := strings.Split(a.Version, ".")
	for len(parts) < 3 {
		parts = append(parts, "0")
	}
	return strings.Join(parts, ".") + "." + strconv.Itoa(a.Build)
}

// commandName is the last element of the module path in go.mod.
func commandName(goMod string) (string, error) {
	data, err := os.ReadFile(goMod)
	if err != nil {
		return "", err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module "); ok {
			mod := strings.Trim(strings.TrimSpace(rest), `"`)
			if mod != "" {
				return path.Base(mod), nil
			}
		}
	}
	return "", fmt.Errorf("%s: no module line", goMod)
}

// shellQuote quotes s for a POSIX shell.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// writeEnv prints the app's metadata as shell assignments, for scripts/release.sh.
func writeEnv(w io.Writer, app App) {
	for _, kv := range [][2]string{
		{"APP_NAME", app.Name}, {"APP_ID", app.ID}, {"APP_VERSION", app.Version},
		{"APP_BUILD", strconv.Itoa(app.Build)}, {"APP_ICON", app.IconPath}, {"APP_EXEC", app.Exec},
		{"APP_TAGS", strings.Join(app.Tags, ",")},
	} {
		fmt.Fprintf(w, "%s=%s\n", kv[0], shellQuote(kv[1]))
	}
}
