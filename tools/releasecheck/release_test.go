//go:build release

package main

// The checks `make release` runs on the artefacts it built (scripts/release.sh):
//
//	go test -tags release ./tools/releasecheck/ -run '^TestRelease' -dist DIR [-app SRC]
//
// They are behind a build tag because they need the artefacts, which take minutes to build.

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var (
	distDir = flag.String("dist", "", "directory holding the release artefacts")
	appDir  = flag.String("app", repoRoot, "the released tree: its FyneApp.toml, go.mod and icon")
)

// releaseFiles are the artefacts' paths, named as scripts/release.sh names them.
func releaseFiles(t *testing.T) (App, string, string) {
	if *distDir == "" {
		t.Fatal("-dist DIR is required: the directory scripts/release.sh built the artefacts in")
	}
	app, err := ReadApp(*appDir)
	if err != nil {
		t.Fatal(err)
	}
	app.Tags = goflagsTags(os.Getenv("GOFLAGS")) // scripts/release.sh gave fyne these tags
	base := filepath.Join(*distDir, app.Exec+"-"+app.Version)
	return app, base + "-linux-amd64.tar.xz", base + "-windows-amd64.exe"
}

func TestReleaseLinuxTarball(t *testing.T) {
	app, tarball, _ := releaseFiles(t)
	if err := CheckTarballFile(tarball, app); err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %s/usr/…/bin/%s (stripped ELF x86-64, release build, tags release %v), %s.desktop (Name=%s), %s.png, Makefile",
		filepath.Base(tarball), app.Exec, app.Exec, app.Tags, app.ID, app.Name, app.ID)
}

func TestReleaseWindowsExe(t *testing.T) {
	app, _, exe := releaseFiles(t)
	if err := CheckWindowsExeFile(exe, app); err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: PE32+ x86-64, GUI subsystem, release build (tags release %v), the app's icon, version %s, manifest, no MinGW DLLs",
		filepath.Base(exe), app.Tags, app.CombinedVersion())
}

// TestReleaseCheckRejectsPlainGoBuild: the mistakes the Windows check exists for. A plain
// `go build` for Windows makes a console program. A release-flagged cgo build with
// -H=windowsgui is a GUI program, but without fyne package it has no icon or version.
// Both must fail, each for its own reason.
func TestReleaseCheckRejectsPlainGoBuild(t *testing.T) {
	app, _, _ := releaseFiles(t)
	dir := t.TempDir()
	for name, data := range map[string]string{
		"go.mod":  "module plain\n\ngo 1.26\n",
		"main.go": "package main\n\nfunc main() { println(\"hello\") }\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tags := strings.Join(append([]string{"release"}, app.Tags...), ",")
	for _, c := range []struct {
		name, want string
		args, env  []string
	}{
		{"go build", "IMAGE_SUBSYSTEM_WINDOWS_GUI", nil, []string{"CGO_ENABLED=0"}},
		{"go build -H=windowsgui with cgo and release flags", "no resources",
			[]string{"-ldflags=-H=windowsgui -s -w", "-trimpath", "-tags=" + tags},
			[]string{"CGO_ENABLED=1", "CC=x86_64-w64-mingw32-gcc"}},
	} {
		exe := filepath.Join(dir, "plain.exe")
		cmd := exec.Command("go", append(append([]string{"build"}, c.args...), "-o", exe, ".")...)
		cmd.Dir = dir
		cmd.Env = append(append(os.Environ(), "GOOS=windows", "GOARCH=amd64", "GOFLAGS=", "GOWORK=off"), c.env...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", c.name, err, out)
		}
		err := CheckWindowsExeFile(exe, app)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v; want one containing %q", c.name, err, c.want)
		} else {
			t.Logf("%s: rejected: %v", c.name, err)
		}
	}
}
