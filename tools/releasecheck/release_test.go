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

// TestReleaseCheckRejectsPlainGoBuild: the mistake the Windows check exists for. A plain
// `go build` for Windows makes a console program with no icon or version; with
// -H=windowsgui it is a GUI program that still has neither. Both must fail.
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
	for _, c := range []struct {
		ldflags, want string
	}{
		{"", "IMAGE_SUBSYSTEM_WINDOWS_GUI"},
		{"-H=windowsgui", "no resources"},
	} {
		exe := filepath.Join(dir, "plain.exe")
		cmd := exec.Command("go", "build", "-ldflags="+c.ldflags, "-o", exe, ".")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOOS=windows", "GOARCH=amd64", "CGO_ENABLED=0", "GOFLAGS=", "GOWORK=off")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build %s: %v\n%s", c.ldflags, err, out)
		}
		err := CheckWindowsExeFile(exe, app)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("plain go build -ldflags=%q: error %v; want one containing %q", c.ldflags, err, c.want)
		} else {
			t.Logf("plain go build -ldflags=%q rejected: %v", c.ldflags, err)
		}
	}
}
