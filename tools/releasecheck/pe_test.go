package main

import (
	"bytes"
	"debug/pe"
	"encoding/binary"
	"strings"
	"testing"
)

func TestCheckWindowsExeAcceptsFyneLayout(t *testing.T) {
	if err := CheckWindowsExe(bytes.NewReader(buildPE(goodPE(t))), testApp(t)); err != nil {
		t.Fatalf("a well-formed GUI .exe was rejected: %v", err)
	}
}

// TestCheckWindowsExeRejects breaks one thing at a time and wants an error naming it.
func TestCheckWindowsExeRejects(t *testing.T) {
	app := testApp(t)
	withRes := func(edit func([]resource) []resource) func(*peSpec) {
		return func(s *peSpec) { s.resources = buildRsrc(edit(goodResources(t)), rsrcRVA) }
	}
	drop := func(typ int) func(*peSpec) {
		return withRes(func(rs []resource) []resource {
			var out []resource
			for _, r := range rs {
				if r.typ != typ {
					out = append(out, r)
				}
			}
			return out
		})
	}
	setData := func(typ int, data []byte) func(*peSpec) {
		return withRes(func(rs []resource) []resource {
			for i := range rs {
				if rs[i].typ == typ {
					rs[i].data = data
				}
			}
			return rs
		})
	}
	version := func(fv [4]uint16, strs map[string]string) []byte { return versionResource(fv, strs) }
	goodStrings := map[string]string{"ProductName": app.Name, "FileDescription": app.Name, "ProductVersion": "1.2.0.7"}

	for _, c := range []struct {
		name, want string
		edit       func(*peSpec)
	}{
		{"32-bit image", "not PE32+", func(s *peSpec) { s.pe32, s.machine = true, pe.IMAGE_FILE_MACHINE_I386 }},
		{"ARM64 machine", "want IMAGE_FILE_MACHINE_AMD64", func(s *peSpec) { s.machine = pe.IMAGE_FILE_MACHINE_ARM64 }},
		{"console program", "IMAGE_SUBSYSTEM_WINDOWS_GUI", func(s *peSpec) { s.subsystem = pe.IMAGE_SUBSYSTEM_WINDOWS_CUI }},
		{"DLL", "not an executable image", func(s *peSpec) { s.characteristics |= pe.IMAGE_FILE_DLL }},
		{"built for Linux", `GOOS="linux"; want "windows"`, func(s *peSpec) { s.buildInfo = releaseInfo("linux") }},
		{"built without cgo", `CGO_ENABLED="0"; want "1"`, func(s *peSpec) { s.buildInfo = buildInfoBlob("windows", "no_emoji,release", "0") }},
		{"not built for release", `want "release" among them`, func(s *peSpec) { s.buildInfo = buildInfoBlob("windows", "no_emoji", "1") }},
		{"no Go build information", "reading Go build information", func(s *peSpec) { s.buildInfo = nil }},
		{"needs MinGW's pthread DLL", "libwinpthread-1.dll", func(s *peSpec) { s.dlls = append(s.dlls, "libwinpthread-1.dll") }},
		{"no resources", "no resources", func(s *peSpec) { s.resources = nil }},
		{"no icon group", "no RT_GROUP_ICON", drop(rtGroupIcon)},
		{"icon group without its icon", "RT_ICON 1, which is missing", drop(rtIcon)},
		{"icon not PNG", "not PNG", withRes(func(rs []resource) []resource {
			rs[0].data, rs[1].data = []byte("BM not a PNG"), groupIcon(1, 12)
			return rs
		})},
		{"icon size not in its group", "its group says", setData(rtIcon, []byte("short"))},
		{"no version", "no RT_VERSION", drop(rtVersion)},
		{"no manifest", "no RT_MANIFEST", drop(rtManifest)},
		{"old build number", "file version 1.2.0.6; FyneApp.toml says 1.2.0.7",
			setData(rtVersion, version([4]uint16{1, 2, 0, 6}, goodStrings))},
		{"another product", `ProductName = "Other"`, setData(rtVersion, version([4]uint16{1, 2, 0, 7},
			map[string]string{"ProductName": "Other", "FileDescription": app.Name, "ProductVersion": "1.2.0.7"}))},
		{"version string missing", `ProductVersion = ""`, setData(rtVersion, version([4]uint16{1, 2, 0, 7},
			map[string]string{"ProductName": app.Name, "FileDescription": app.Name}))},
		{"version without signature", "signature", setData(rtVersion, func() []byte {
			v := version([4]uint16{1, 2, 0, 7}, goodStrings)
			v[40] ^= 0xff // the first byte of VS_FIXEDFILEINFO: 6 + 32 ("VS_VERSION_INFO\0") + 2 padding
			return v
		}())},
		{"truncated version", "claims", setData(rtVersion, version([4]uint16{1, 2, 0, 7}, goodStrings)[:30])},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := goodPE(t)
			c.edit(&s)
			err := CheckWindowsExe(bytes.NewReader(buildPE(s)), app)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v; want one containing %q", err, c.want)
			}
		})
	}
}

// TestCheckWindowsExeIconMustBeTheAppsIcon: a real icon, but another picture.
func TestCheckWindowsExeIconMustBeTheAppsIcon(t *testing.T) {
	s := goodPE(t)
	res := goodResources(t)
	other := icoImage(t, iconPNG(t, 9))
	res[0].data, res[1].data = other, groupIcon(1, len(other))
	s.resources = buildRsrc(res, rsrcRVA)
	err := CheckWindowsExe(bytes.NewReader(buildPE(s)), testApp(t))
	if err == nil || !strings.Contains(err.Error(), "differs from the app's icon") {
		t.Fatalf("error %v; want the icon pixel mismatch", err)
	}
}

// TestResourceWalkerSurvivesBadTrees: a loop, a data entry outside the section and
// entry counts past the end are errors, not hangs or panics.
func TestResourceWalkerSurvivesBadTrees(t *testing.T) {
	for _, c := range []struct {
		name, want string
		patch      func(b []byte)
	}{
		{"loop back to the root", "a loop", func(b []byte) {
			binary.LittleEndian.PutUint32(b[dirHeaderSize+4:], highBit) // type 1 → root
		}},
		{"a fourth level", "nested deeper", func(b []byte) {
			// The first language entry points at the second type's directory.
			typ := binary.LittleEndian.Uint32(b[dirHeaderSize+4:]) &^ highBit
			id := binary.LittleEndian.Uint32(b[typ+dirHeaderSize+4:]) &^ highBit
			second := binary.LittleEndian.Uint32(b[dirHeaderSize+dirEntrySize+4:])
			binary.LittleEndian.PutUint32(b[id+dirHeaderSize+4:], second)
		}},
		{"data outside the section", "outside the resource section", func(b []byte) {
			// The first data entry follows the directories; find it through the tree.
			typ := binary.LittleEndian.Uint32(b[dirHeaderSize+4:]) &^ highBit
			id := binary.LittleEndian.Uint32(b[typ+dirHeaderSize+4:]) &^ highBit
			leaf := binary.LittleEndian.Uint32(b[id+dirHeaderSize+4:])
			binary.LittleEndian.PutUint32(b[leaf+4:], 1<<30)
		}},
		{"too many entries", "more than the section holds", func(b []byte) {
			binary.LittleEndian.PutUint16(b[14:], 0xffff)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := goodPE(t)
			c.patch(s.resources)
			err := CheckWindowsExe(bytes.NewReader(buildPE(s)), testApp(t))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v; want one containing %q", err, c.want)
			}
		})
	}
}

func TestCheckWindowsExeRejectsNonPE(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("#!/bin/sh\necho hi\n"), elfFile(0x3e, false, nil)} {
		if err := CheckWindowsExe(bytes.NewReader(data), testApp(t)); err == nil || !strings.Contains(err.Error(), "not a PE file") {
			t.Errorf("%q…: error %v; want not a PE file", data[:min(len(data), 8)], err)
		}
	}
}

func TestParseVersionInfoReadsStrings(t *testing.T) {
	v, err := parseVersionInfo(versionResource([4]uint16{3, 14, 15, 9}, map[string]string{"ProductName": "Ünïcødé", "Comments": "x"}))
	if err != nil {
		t.Fatal(err)
	}
	if v.fileVersion != [4]uint16{3, 14, 15, 9} || v.strings["ProductName"] != "Ünïcødé" || v.strings["Comments"] != "x" {
		t.Fatalf("parsed %+v", v)
	}
}
