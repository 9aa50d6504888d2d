package main

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// repoRoot holds the app's main package, FyneApp.toml and go.mod.
const repoRoot = "../.."

// TestFyneAppMatchesMain: FyneApp.toml's ID must be main.go's appID, or the packaged app
// and the app it runs would keep their preferences under different names.
func TestFyneAppMatchesMain(t *testing.T) {
	app, err := ReadApp(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(repoRoot, "main.go"), nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	id := ""
	ast.Inspect(f, func(n ast.Node) bool {
		if vs, ok := n.(*ast.ValueSpec); ok && len(vs.Names) == 1 && vs.Names[0].Name == "appID" && len(vs.Values) == 1 {
			if lit, ok := vs.Values[0].(*ast.BasicLit); ok {
				id, _ = strconv.Unquote(lit.Value)
			}
		}
		return id == ""
	})
	if id != app.ID {
		t.Fatalf("main.go appID = %q, FyneApp.toml Details.ID = %q; they must be equal", id, app.ID)
	}
	if app.Exec != "gutbrain" {
		t.Fatalf("command name %q; want gutbrain (go.mod's module)", app.Exec)
	}
}

// writeApp makes a directory with a FyneApp.toml holding details, a go.mod and an icon.
func writeApp(t *testing.T, details string) string {
	dir := t.TempDir()
	files := map[string]string{
		"FyneApp.toml": "Website = \"https://example.invalid\"\n\n[Details]\n" + details,
		"go.mod":       "// a comment\nmodule example.org/tools/gutapp\n\ngo 1.26\n",
		"icon.png":     "png bytes",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestReadApp(t *testing.T) {
	const good = "Icon = \"icon.png\"\nName = \"Gut–Brain Explorer\"\nID = \"org.example.gut\"\nVersion = \"1.2\"\nBuild = 7\n"
	app, err := ReadApp(writeApp(t, good))
	if err != nil {
		t.Fatal(err)
	}
	if app.Name != "Gut–Brain Explorer" || app.ID != "org.example.gut" || app.Exec != "gutapp" ||
		string(app.Icon) != "png bytes" || app.CombinedVersion() != "1.2.0.7" {
		t.Fatalf("read %+v (combined version %s)", app, app.CombinedVersion())
	}
	for _, c := range []struct{ from, to, want string }{
		{`Version = "1.2"`, `Version = "1.2-beta"`, `Details.Version = "1.2-beta" is not a version; valid values are x, x.y or x.y.z`},
		{`Version = "1.2"`, `Version = "1.2.3.4"`, `is not a version`},
		{`Version = "1.2"`, `Version = "1.70000"`, `above 65535`},
		{"Build = 7", "Build = 0", "Details.Build = 0 is out of range; valid values are 1–65535"},
		{`ID = "org.example.gut"`, `ID = "gut"`, `Details.ID = "gut" is not a reverse-DNS ID`},
		{`Name = "Gut–Brain Explorer"`, `Name = " "`, "Details.Name is empty"},
		{`Icon = "icon.png"`, `Icon = "missing.png"`, "missing.png"},
		{"Build = 7", "Build = \"seven\"", "Build"},
	} {
		_, err := ReadApp(writeApp(t, strings.Replace(good, c.from, c.to, 1)))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v; want one containing %q", c.to, err, c.want)
		}
	}
}

func TestRunEnvQuotesForTheShell(t *testing.T) {
	dir := writeApp(t, "Icon = \"icon.png\"\nName = \"It's $HOME `x`\"\nID = \"org.example.gut\"\nVersion = \"3\"\nBuild = 2\n")
	t.Setenv("GOFLAGS", "-mod=readonly -tags=no_emoji,kiosk")
	var out, errOut bytes.Buffer
	if code := run([]string{"env", dir}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	want := "APP_NAME='It'\\''s $HOME `x`'\nAPP_ID='org.example.gut'\nAPP_VERSION='3'\nAPP_BUILD='2'\nAPP_ICON='icon.png'\nAPP_EXEC='gutapp'\nAPP_TAGS='no_emoji,kiosk'\n"
	if out.String() != want {
		t.Fatalf("env printed\n%s\nwant\n%s", out.String(), want)
	}
}

func TestRunRejectsBadUse(t *testing.T) {
	dir := writeApp(t, "Icon = \"icon.png\"\nName = \"A\"\nID = \"org.example.a\"\nVersion = \"1\"\nBuild = 1\n")
	exe := filepath.Join(t.TempDir(), "console.exe")
	if err := os.WriteFile(exe, []byte("MZ but nothing else"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{nil, 2, "usage"},
		{[]string{"sign"}, 2, `unknown command "sign"; valid commands are env and check`},
		{[]string{"check", "-app", dir}, 2, "usage"},
		{[]string{"check", "-app", dir, "app.zip"}, 1, "unknown artefact; valid names end in .tar.xz or .exe"},
		{[]string{"check", "-app", dir, exe}, 1, "not a PE file"},
		{[]string{"env", filepath.Join(dir, "nowhere")}, 1, "FyneApp.toml"},
	} {
		var out, errOut bytes.Buffer
		code := run(c.args, &out, &errOut)
		if code != c.code || !strings.Contains(errOut.String(), c.want) {
			t.Errorf("%q: exit %d, stderr %q; want exit %d and %q", c.args, code, errOut.String(), c.code, c.want)
		}
	}
}

func TestGoflagsTags(t *testing.T) {
	for goflags, want := range map[string]string{
		"":                                 "",
		"-tags=no_emoji":                   "no_emoji",
		"-mod=mod --tags=a,,b -trimpath":   "a b",
		"-tags=first -tags=second,third":   "second third", // the last one wins, as in go
		"-ldflags=-X=main.tags=-tags=oops": "",
	} {
		if got := strings.Join(goflagsTags(goflags), " "); got != want {
			t.Errorf("GOFLAGS=%q: tags %q; want %q", goflags, got, want)
		}
	}
}
