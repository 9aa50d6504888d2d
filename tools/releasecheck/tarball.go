package main

import (
	"archive/tar"
	"bufio"
	"bytes"
	"debug/elf"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path"
	"strings"
)

// maxEntry bounds what one tarball entry may hold in memory (the binary is ~30 MB).
const maxEntry = 512 << 20

// CheckTarballFile decompresses a .tar.xz with the xz command (part of every Debian and
// Ubuntu system, so the project needs no Go xz module) and checks it with CheckTarball.
func CheckTarballFile(file string, app App) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	var stderr bytes.Buffer
	cmd := exec.Command("xz", "--decompress", "--stdout")
	cmd.Stdin, cmd.Stderr = f, &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("%s: cannot run xz (install xz-utils): %w", file, err)
	}
	checkErr := CheckTarball(out, app)
	_, _ = io.Copy(io.Discard, out) // let xz finish even when the check stopped early
	if err := cmd.Wait(); err != nil {
		return fmt.Errorf("%s: not a valid .xz file: %v %s", file, err, strings.TrimSpace(stderr.String()))
	}
	if checkErr != nil {
		return fmt.Errorf("%s: %w", file, checkErr)
	}
	return nil
}

// CheckTarball checks an uncompressed tar stream made by `fyne package --target linux`:
// one top-level directory named after the command holding the Makefile that installs it
// and usr/[local/]{bin,share/applications,share/pixmaps}. The binary must be an
// executable, stripped x86-64 ELF built for release (checkBuildInfo); the .desktop file must launch it under the app's name
// and icon; the icon must be FyneApp.toml's, byte for byte.
func CheckTarball(r io.Reader, app App) error {
	files := map[string]*tarFile{}
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("reading the tar stream: %w", err)
		}
		name := strings.TrimPrefix(h.Name, "./")
		if name == "" || name == "." {
			continue
		}
		clean := path.Clean(name)
		if path.IsAbs(clean) || clean == ".." || strings.HasPrefix(clean, "../") {
			return fmt.Errorf("entry %q would unpack outside the current directory", h.Name)
		}
		if h.Size > maxEntry {
			return fmt.Errorf("entry %q is %d bytes, more than the %d a release should hold", h.Name, h.Size, maxEntry)
		}
		f := &tarFile{hdr: h}
		if h.Typeflag == tar.TypeReg {
			if f.data, err = io.ReadAll(tr); err != nil {
				return fmt.Errorf("reading %q: %w", h.Name, err)
			}
		}
		files[clean] = f
	}
	if len(files) == 0 {
		return errors.New("the archive is empty")
	}

	top := app.Exec
	for name := range files {
		if first, _, _ := strings.Cut(name, "/"); first != top {
			return fmt.Errorf("entry %q is outside the top-level directory %q", name, top+"/")
		}
	}
	if _, err := regular(files, top+"/Makefile"); err != nil {
		return fmt.Errorf("%w (the Makefile gives `make install` and `make user-install`)", err)
	}
	if mk := files[top+"/Makefile"].data; !bytes.Contains(mk, []byte("\ninstall:")) || !bytes.Contains(mk, []byte("\nuser-install:")) {
		return fmt.Errorf("%s/Makefile has no install and user-install targets", top)
	}

	// fyne puts files under usr/local when the packaging machine has /usr/local, else usr.
	prefix := top + "/usr/local"
	if _, ok := files[prefix+"/bin/"+app.Exec]; !ok {
		prefix = top + "/usr"
	}
	bin, err := regular(files, prefix+"/bin/"+app.Exec)
	if err != nil {
		return err
	}
	if mode := bin.hdr.FileInfo().Mode().Perm(); mode&0o111 != 0o111 {
		return fmt.Errorf("%s has mode %v; it must be executable by everyone (0755)", bin.hdr.Name, mode)
	}
	if err := checkELF(bin.data); err != nil {
		return fmt.Errorf("%s: %w", bin.hdr.Name, err)
	}
	if err := checkBuildInfo(bytes.NewReader(bin.data), "linux", app); err != nil {
		return fmt.Errorf("%s: %w", bin.hdr.Name, err)
	}

	desktopName := prefix + "/share/applications/" + app.ID + ".desktop"
	desktop, err := regular(files, desktopName)
	if err != nil {
		return err
	}
	if err := checkDesktop(desktop.data, app); err != nil {
		return fmt.Errorf("%s: %w", desktopName, err)
	}

	icon, err := regular(files, prefix+"/share/pixmaps/"+app.ID+".png")
	if err != nil {
		return err
	}
	if !bytes.Equal(icon.data, app.Icon) {
		return fmt.Errorf("%s differs from the icon FyneApp.toml names (%s)", icon.hdr.Name, app.IconPath)
	}
	return nil
}

type tarFile struct {
	hdr  *tar.Header
	data []byte
}

// regular returns the named entry, which must be a regular file.
func regular(files map[string]*tarFile, name string) (*tarFile, error) {
	f, ok := files[name]
	if !ok {
		return nil, fmt.Errorf("no %s in the archive", name)
	}
	if f.hdr.Typeflag != tar.TypeReg {
		return nil, fmt.Errorf("%s is not a regular file (tar type %q)", name, f.hdr.Typeflag)
	}
	return f, nil
}

// checkELF wants a 64-bit x86-64 executable with its symbol table stripped (as
// `fyne package --release` builds it, with -ldflags "-s -w").
func checkELF(data []byte) error {
	f, err := elf.NewFile(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("not an ELF file: %w", err)
	}
	defer f.Close()
	switch {
	case f.Class != elf.ELFCLASS64:
		return fmt.Errorf("ELF class %v; want ELFCLASS64", f.Class)
	case f.Machine != elf.EM_X86_64:
		return fmt.Errorf("ELF machine %v; want EM_X86_64", f.Machine)
	case f.Type != elf.ET_EXEC && f.Type != elf.ET_DYN:
		return fmt.Errorf("ELF type %v; want an executable (ET_EXEC or ET_DYN)", f.Type)
	case f.Section(".symtab") != nil:
		return errors.New("has a symbol table: not a release build (fyne package --release strips it)")
	}
	return nil
}

// checkDesktop checks the [Desktop Entry] group of a .desktop file.
func checkDesktop(data []byte, app App) error {
	entry := map[string]string{}
	group := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			group = line[1 : len(line)-1]
		case group == "Desktop Entry":
			if k, v, ok := strings.Cut(line, "="); ok {
				entry[strings.TrimSpace(k)] = strings.TrimSpace(v)
			}
		}
	}
	exec, _, _ := strings.Cut(entry["Exec"], " ")
	for _, c := range []struct{ key, got, want string }{
		{"Type", entry["Type"], "Application"},
		{"Name", entry["Name"], app.Name},
		{"Exec", exec, app.Exec},
		{"Icon", entry["Icon"], app.ID},
	} {
		if c.got != c.want {
			return fmt.Errorf("[Desktop Entry] %s = %q; want %q", c.key, c.got, c.want)
		}
	}
	return nil
}
