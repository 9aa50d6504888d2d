package main

import (
	"archive/tar"
	"bytes"
	"debug/elf"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// tarEntry is one file of a fixture tarball.
type tarEntry struct {
	name string
	mode int64
	data []byte
	dir  bool
}

// goodTarball is the layout `fyne package --target linux` writes for testApp.
func goodTarball(t *testing.T, prefix string) []tarEntry {
	app := testApp(t)
	desktop := "[Desktop Entry]\nType=Application\nName=" + app.Name + "\nExec=gutapp\nIcon=org.example.gut\n" +
		"Keywords=fyne;\nStartupWMClass=" + app.Name + "\n"
	makefile := "default:\n\t# User install\n\ninstall:\n\tinstall -Dm00755 usr/local/bin/$(Exec) x\n" +
		"uninstall:\n\t-rm x\n\nuser-install:\n\tinstall x y\n"
	p := "gutapp/" + prefix
	return []tarEntry{
		{name: "gutapp/", dir: true},
		{name: "gutapp/Makefile", mode: 0o644, data: []byte(makefile)},
		{name: p + "/bin/gutapp", mode: 0o755, data: elfFile(elf.EM_X86_64, false, releaseInfo("linux"))},
		{name: p + "/share/applications/org.example.gut.desktop", mode: 0o644, data: []byte(desktop)},
		{name: p + "/share/pixmaps/org.example.gut.png", mode: 0o644, data: app.Icon},
	}
}

func tarBytes(t *testing.T, entries []tarEntry) []byte {
	var b bytes.Buffer
	tw := tar.NewWriter(&b)
	for _, e := range entries {
		h := &tar.Header{Name: e.name, Mode: e.mode, Size: int64(len(e.data)), Typeflag: tar.TypeReg}
		if e.dir {
			h.Typeflag, h.Mode = tar.TypeDir, 0o755
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write(e.data); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestCheckTarballAcceptsFyneLayouts(t *testing.T) {
	for _, prefix := range []string{"usr/local", "usr"} {
		if err := CheckTarball(bytes.NewReader(tarBytes(t, goodTarball(t, prefix))), testApp(t)); err != nil {
			t.Errorf("prefix %s: a well-formed tarball was rejected: %v", prefix, err)
		}
	}
}

// TestCheckTarballRejects breaks one thing at a time and wants an error naming it.
func TestCheckTarballRejects(t *testing.T) {
	const bin, desktop, icon, makefile = 2, 3, 4, 1
	set := func(i int, edit func(*tarEntry)) func([]tarEntry) []tarEntry {
		return func(es []tarEntry) []tarEntry { edit(&es[i]); return es }
	}
	drop := func(i int) func([]tarEntry) []tarEntry {
		return func(es []tarEntry) []tarEntry { return append(es[:i], es[i+1:]...) }
	}
	desktopLine := func(from, to string) func([]tarEntry) []tarEntry {
		return set(desktop, func(e *tarEntry) { e.data = []byte(strings.Replace(string(e.data), from, to, 1)) })
	}
	for _, c := range []struct {
		name, want string
		edit       func([]tarEntry) []tarEntry
	}{
		{"no binary", "no gutapp/usr/bin/gutapp", drop(bin)},
		{"binary not executable", "must be executable", set(bin, func(e *tarEntry) { e.mode = 0o644 })},
		{"binary for ARM", "want EM_X86_64", set(bin, func(e *tarEntry) { e.data = elfFile(elf.EM_AARCH64, false, releaseInfo("linux")) })},
		{"binary with symbols", "not a release build", set(bin, func(e *tarEntry) { e.data = elfFile(elf.EM_X86_64, true, releaseInfo("linux")) })},
		{"binary not built for release", `want "release" among them`, set(bin, func(e *tarEntry) {
			e.data = elfFile(elf.EM_X86_64, false, buildInfoBlob("linux", "no_emoji", "1"))
		})},
		{"binary without GOFLAGS's tags", `want "no_emoji" among them`, set(bin, func(e *tarEntry) {
			e.data = elfFile(elf.EM_X86_64, false, buildInfoBlob("linux", "release", "1"))
		})},
		{"binary for Windows", `GOOS="windows"; want "linux"`, set(bin, func(e *tarEntry) {
			e.data = elfFile(elf.EM_X86_64, false, releaseInfo("windows"))
		})},
		{"binary not from Go", "reading Go build information", set(bin, func(e *tarEntry) {
			e.data = elfFile(elf.EM_X86_64, false, nil)
		})},
		{"binary is a script", "not an ELF file", set(bin, func(e *tarEntry) { e.data = []byte("#!/bin/sh\n") })},
		{"no desktop file", "no gutapp/usr/local/share/applications/org.example.gut.desktop", drop(desktop)},
		{"desktop Name", `Name = "Other"; want "Gut–Brain Explorer"`, desktopLine("Name=Gut–Brain Explorer", "Name=Other")},
		{"desktop Exec", `Exec = "other"; want "gutapp"`, desktopLine("Exec=gutapp", "Exec=other %F")},
		{"desktop Icon", `Icon = "other"`, desktopLine("Icon=org.example.gut", "Icon=other")},
		{"desktop Type", `Type = "Link"`, desktopLine("Type=Application", "Type=Link")},
		{"desktop keys in another group", `Name = ""`, desktopLine("Type=Application\n", "Type=Application\n[Other]\n")},
		{"no icon", "no gutapp/usr/local/share/pixmaps/org.example.gut.png", drop(icon)},
		{"another icon", "differs from the icon FyneApp.toml names", set(icon, func(e *tarEntry) { e.data = iconPNG(t, 1) })},
		{"no Makefile", "no gutapp/Makefile", drop(makefile)},
		{"Makefile without user-install", "no install and user-install", set(makefile, func(e *tarEntry) {
			e.data = []byte("install:\n\tinstall x y\n")
		})},
		{"stray top-level file", `outside the top-level directory "gutapp/"`, func(es []tarEntry) []tarEntry {
			return append(es, tarEntry{name: "README", mode: 0o644})
		}},
		{"escaping path", "outside the current directory", func(es []tarEntry) []tarEntry {
			return append(es, tarEntry{name: "gutapp/../../etc/passwd", mode: 0o644})
		}},
		{"empty", "empty", func([]tarEntry) []tarEntry { return nil }},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := CheckTarball(bytes.NewReader(tarBytes(t, c.edit(goodTarball(t, "usr/local")))), testApp(t))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v; want one containing %q", err, c.want)
			}
		})
	}
}

// TestCheckTarballFileDecompressesXZ goes through the xz command, as make release does.
func TestCheckTarballFileDecompressesXZ(t *testing.T) {
	if _, err := exec.LookPath("xz"); err != nil {
		t.Skip("no xz command (scripts/release-deps.sh installs xz-utils)")
	}
	dir := t.TempDir()
	plain := filepath.Join(dir, "app.tar")
	if err := os.WriteFile(plain, tarBytes(t, goodTarball(t, "usr/local")), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("xz", plain).CombinedOutput(); err != nil {
		t.Fatalf("xz: %v %s", err, out)
	}
	if err := CheckTarballFile(plain+".xz", testApp(t)); err != nil {
		t.Fatalf("good .tar.xz rejected: %v", err)
	}
	if err := os.WriteFile(plain, []byte("not xz at all"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := CheckTarballFile(plain, testApp(t)); err == nil || !strings.Contains(err.Error(), "not a valid .xz file") {
		t.Fatalf("plain text: error %v; want not a valid .xz file", err)
	}
}
