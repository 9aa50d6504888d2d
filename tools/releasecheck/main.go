// Command releasecheck reads the app's release metadata and checks release artefacts.
//
//	releasecheck env [DIR]              print FyneApp.toml's details (and GOFLAGS's build
//	                                    tags) as shell assignments
//	releasecheck check [-app DIR] FILE… check a .tar.xz or .exe made by `fyne package`
//
// DIR is the main package's directory, holding FyneApp.toml and go.mod (default ".").
// scripts/release.sh uses `env` to name the artefacts, and `make release` runs the
// checks through `go test -tags release ./tools/releasecheck/`.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `usage:
  releasecheck env [DIR]
  releasecheck check [-app DIR] FILE.tar.xz|FILE.exe ...`

// run is main without the exit, for tests; it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	switch args[0] {
	case "env":
		if len(args) > 2 {
			fmt.Fprintln(stderr, usage)
			return 2
		}
		dir := "."
		if len(args) == 2 {
			dir = args[1]
		}
		app, err := ReadApp(dir)
		if err != nil {
			fmt.Fprintln(stderr, "releasecheck:", err)
			return 1
		}
		app.Tags = goflagsTags(os.Getenv("GOFLAGS"))
		writeEnv(stdout, app)
		return 0
	case "check":
		fs := flag.NewFlagSet("check", flag.ContinueOnError)
		fs.SetOutput(stderr)
		dir := fs.String("app", ".", "directory holding FyneApp.toml and go.mod")
		if err := fs.Parse(args[1:]); err != nil {
			return 2
		}
		if fs.NArg() == 0 {
			fmt.Fprintln(stderr, usage)
			return 2
		}
		app, err := ReadApp(*dir)
		if err != nil {
			fmt.Fprintln(stderr, "releasecheck:", err)
			return 1
		}
		app.Tags = goflagsTags(os.Getenv("GOFLAGS"))
		status := 0
		for _, file := range fs.Args() {
			if err := CheckFile(file, app); err != nil {
				fmt.Fprintln(stderr, "FAIL", err)
				status = 1
				continue
			}
			fmt.Fprintln(stdout, "ok  ", file)
		}
		return status
	default:
		fmt.Fprintf(stderr, "releasecheck: unknown command %q; valid commands are env and check\n%s\n", args[0], usage)
		return 2
	}
}

// CheckFile checks one artefact, chosen by its name: .tar.xz or .exe.
func CheckFile(file string, app App) error {
	switch {
	case strings.HasSuffix(file, ".tar.xz"):
		return CheckTarballFile(file, app)
	case strings.HasSuffix(strings.ToLower(file), ".exe"):
		return CheckWindowsExeFile(file, app)
	default:
		return fmt.Errorf("%s: unknown artefact; valid names end in .tar.xz or .exe", file)
	}
}
