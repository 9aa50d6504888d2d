package main

import (
	"bytes"
	"debug/pe"
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"io"
	"os"
	"slices"
	"strings"
)

// mingwRuntimeDLLs are MinGW's own runtime libraries. A clinic's Windows PC does not
// have them, so an .exe that imports one does not start there.
var mingwRuntimeDLLs = []string{"libwinpthread", "libgcc_s", "libstdc++"}

// CheckWindowsExeFile opens an .exe and checks it with CheckWindowsExe.
func CheckWindowsExeFile(file string, app App) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := CheckWindowsExe(f, app); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	return nil
}

// CheckWindowsExe checks an executable made by `fyne package --target windows
// --release`: PE32+ for x86-64, the GUI subsystem (no console window), a release build
// (checkBuildInfo), no MinGW runtime DLL imports, the app's icon as RT_GROUP_ICON/RT_ICON,
// an RT_VERSION whose file version, ProductVersion and ProductName match FyneApp.toml,
// and a manifest.
func CheckWindowsExe(r io.ReaderAt, app App) error {
	f, err := pe.NewFile(r)
	if err != nil {
		return fmt.Errorf("not a PE file: %w", err)
	}
	defer f.Close()
	oh, ok := f.OptionalHeader.(*pe.OptionalHeader64)
	switch {
	case !ok:
		return errors.New("not PE32+ (it has a 32-bit optional header)")
	case f.Machine != pe.IMAGE_FILE_MACHINE_AMD64:
		return fmt.Errorf("machine %#x; want IMAGE_FILE_MACHINE_AMD64 (%#x)", f.Machine, pe.IMAGE_FILE_MACHINE_AMD64)
	case f.Characteristics&pe.IMAGE_FILE_EXECUTABLE_IMAGE == 0 || f.Characteristics&pe.IMAGE_FILE_DLL != 0:
		return fmt.Errorf("characteristics %#x: not an executable image", f.Characteristics)
	case oh.Subsystem != pe.IMAGE_SUBSYSTEM_WINDOWS_GUI:
		return fmt.Errorf("subsystem %d; want IMAGE_SUBSYSTEM_WINDOWS_GUI (%d), or Windows opens a console window beside the app",
			oh.Subsystem, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI)
	}
	if err := checkBuildInfo(r, "windows", app); err != nil {
		return err
	}
	libs, err := importedDLLs(f)
	if err != nil {
		return fmt.Errorf("reading the import table: %w", err)
	}
	for _, lib := range libs {
		for _, bad := range mingwRuntimeDLLs {
			if strings.HasPrefix(strings.ToLower(lib), bad) {
				return fmt.Errorf("imports %s, a MinGW runtime DLL that Windows does not have; link it statically", lib)
			}
		}
	}

	res, err := readResources(f)
	if err != nil {
		return err
	}
	if err := checkIcon(res, app.Icon); err != nil {
		return err
	}
	if err := checkVersion(res, app); err != nil {
		return err
	}
	if len(byType(res, rtManifest)) == 0 {
		return errors.New("no RT_MANIFEST resource (fyne's manifest declares DPI awareness)")
	}
	return nil
}

// checkIcon wants an icon group whose members are all present as RT_ICON, one of which
// shows the same picture as the app's icon PNG.
func checkIcon(res []resource, want []byte) error {
	groups := byType(res, rtGroupIcon)
	if len(groups) == 0 {
		return errors.New("no RT_GROUP_ICON resource: Explorer would show a generic program icon")
	}
	icons := byType(res, rtIcon)
	var mismatch error
	for _, g := range groups {
		d := g.data
		if len(d) < 6 || binary.LittleEndian.Uint16(d[2:]) != 1 {
			return fmt.Errorf("RT_GROUP_ICON %d is not an icon directory", g.id)
		}
		n := int(binary.LittleEndian.Uint16(d[4:]))
		if n == 0 || len(d) < 6+14*n {
			return fmt.Errorf("RT_GROUP_ICON %d lists %d images in %d bytes", g.id, n, len(d))
		}
		for i := range n {
			e := d[6+14*i:]
			size := binary.LittleEndian.Uint32(e[8:])
			id := int(binary.LittleEndian.Uint16(e[12:]))
			k := slices.IndexFunc(icons, func(r resource) bool { return r.id == id })
			if k < 0 {
				return fmt.Errorf("RT_GROUP_ICON %d names RT_ICON %d, which is missing", g.id, id)
			}
			if uint32(len(icons[k].data)) != size {
				return fmt.Errorf("RT_ICON %d is %d bytes; its group says %d", id, len(icons[k].data), size)
			}
			if mismatch = samePicture(icons[k].data, want); mismatch == nil {
				return nil
			}
		}
	}
	return fmt.Errorf("no RT_ICON shows the app's icon: %w", mismatch)
}

// samePicture compares a PNG icon image with the app's PNG, pixel by pixel after both
// are premultiplied (the icon went through image/draw and png.Encode on its way in,
// which may move a translucent pixel's channel by one).
func samePicture(iconPNG, appPNG []byte) error {
	if !bytes.HasPrefix(iconPNG, []byte("\x89PNG\r\n\x1a\n")) {
		return errors.New("the icon image is not PNG (fyne package stores PNG)")
	}
	got, err := png.Decode(bytes.NewReader(iconPNG))
	if err != nil {
		return fmt.Errorf("decoding the icon image: %w", err)
	}
	want, err := png.Decode(bytes.NewReader(appPNG))
	if err != nil {
		return fmt.Errorf("decoding the app's icon: %w", err)
	}
	if got.Bounds().Size() != want.Bounds().Size() {
		return fmt.Errorf("icon image is %v; the app's icon is %v", got.Bounds().Size(), want.Bounds().Size())
	}
	g, w := toRGBA(got), toRGBA(want)
	for i := range g.Pix {
		if d := int(g.Pix[i]) - int(w.Pix[i]); d < -2 || d > 2 {
			x, y := (i/4)%g.Rect.Dx(), (i/4)/g.Rect.Dx()
			return fmt.Errorf("icon pixel (%d,%d) differs from the app's icon", x, y)
		}
	}
	return nil
}

func toRGBA(m image.Image) *image.RGBA {
	b := m.Bounds()
	out := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(out, out.Rect, m, b.Min, draw.Src)
	return out
}

// checkVersion wants an RT_VERSION whose fixed file version is FyneApp.toml's
// version.build and whose strings name the app and that version.
func checkVersion(res []resource, app App) error {
	vs := byType(res, rtVersion)
	if len(vs) == 0 {
		return errors.New("no RT_VERSION resource: the file's Properties would show no version")
	}
	info, err := parseVersionInfo(vs[0].data)
	if err != nil {
		return err
	}
	fv := info.fileVersion
	got := fmt.Sprintf("%d.%d.%d.%d", fv[0], fv[1], fv[2], fv[3])
	want := app.CombinedVersion()
	if got != want {
		return fmt.Errorf("file version %s; FyneApp.toml says %s", got, want)
	}
	for key, want := range map[string]string{"ProductVersion": want, "ProductName": app.Name, "FileDescription": app.Name} {
		if got := info.strings[key]; got != want {
			return fmt.Errorf("version string %s = %q; want %q", key, got, want)
		}
	}
	return nil
}
