package main

// Small hand-built artefacts for the checker's unit tests: a PE32+ image with an import
// directory and a resource tree, a VS_VERSIONINFO, an ELF header with optional sections,
// and icons. Each is the least the format needs, so a test can break one field at a time.

import (
	"bytes"
	"debug/elf"
	"debug/pe"
	"encoding/binary"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"runtime/debug"
	"slices"
	"testing"
	"unicode/utf16"
)

// testApp is the metadata the fixtures are built to match.
func testApp(t *testing.T) App {
	return App{Name: "Gut–Brain Explorer", ID: "org.example.gut", Version: "1.2", Build: 7,
		Exec: "gutapp", IconPath: "icon.png", Icon: iconPNG(t, 0), Tags: []string{"no_emoji"}}
}

// iconPNG is a 16×16 picture with translucent pixels; shift changes it.
func iconPNG(t *testing.T, shift uint8) []byte {
	m := image.NewNRGBA(image.Rect(0, 0, 16, 16))
	for y := range 16 {
		for x := range 16 {
			m.Set(x, y, color.NRGBA{uint8(x*16) + shift, uint8(y * 16), 200, uint8(40 + x*13)})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, m); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// icoImage re-encodes a PNG the way fyne's ico.Encode does (drawn into RGBA first).
func icoImage(t *testing.T, src []byte) []byte {
	m, err := png.Decode(bytes.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	rgba := image.NewRGBA(m.Bounds())
	draw.Draw(rgba, rgba.Rect, m, m.Bounds().Min, draw.Src)
	var b bytes.Buffer
	if err := png.Encode(&b, rgba); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// groupIcon is a GRPICONDIR naming one RT_ICON of the given ID and size.
func groupIcon(id uint16, size int) []byte {
	b := []byte{0, 0, 1, 0, 1, 0, 16, 16, 0, 0, 1, 0, 32, 0}
	b = binary.LittleEndian.AppendUint32(b, uint32(size))
	return binary.LittleEndian.AppendUint16(b, id)
}

func utf16z(s string) []byte {
	var b []byte
	for _, c := range utf16.Encode([]rune(s)) {
		b = binary.LittleEndian.AppendUint16(b, c)
	}
	return append(b, 0, 0)
}

func pad4(b []byte) []byte {
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	return b
}

// verNodeBytes encodes one VS_VERSIONINFO node.
func verNodeBytes(key string, text bool, value []byte, valueLen int, children ...[]byte) []byte {
	wType := uint16(0)
	if text {
		wType = 1
	}
	b := make([]byte, 6)
	b = pad4(append(b, utf16z(key)...))
	b = append(b, value...)
	for _, c := range children {
		b = append(pad4(b), c...)
	}
	binary.LittleEndian.PutUint16(b, uint16(len(b)))
	binary.LittleEndian.PutUint16(b[2:], uint16(valueLen))
	binary.LittleEndian.PutUint16(b[4:], wType)
	return b
}

// versionResource is a VS_VERSIONINFO with a fixed file version and some strings.
func versionResource(fv [4]uint16, strs map[string]string) []byte {
	fixed := make([]byte, 52)
	binary.LittleEndian.PutUint32(fixed, fixedFileInfoSignature)
	binary.LittleEndian.PutUint32(fixed[4:], 0x10000)
	binary.LittleEndian.PutUint32(fixed[8:], uint32(fv[0])<<16|uint32(fv[1]))
	binary.LittleEndian.PutUint32(fixed[12:], uint32(fv[2])<<16|uint32(fv[3]))
	var nodes [][]byte
	keys := make([]string, 0, len(strs))
	for k := range strs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		v := utf16z(strs[k])
		nodes = append(nodes, verNodeBytes(k, true, v, len(v)/2))
	}
	table := verNodeBytes("040904B0", true, nil, 0, nodes...)
	sfi := verNodeBytes("StringFileInfo", true, nil, 0, table)
	vfi := verNodeBytes("VarFileInfo", true, nil, 0, verNodeBytes("Translation", false, []byte{9, 4, 0xb0, 4}, 4))
	return verNodeBytes("VS_VERSION_INFO", false, fixed, 52, sfi, vfi)
}

// goodResources are what fyne package puts in a release .exe for testApp.
func goodResources(t *testing.T) []resource {
	app := testApp(t)
	img := icoImage(t, app.Icon)
	return []resource{
		{typ: rtIcon, id: 1, lang: 0x409, data: img},
		{typ: rtGroupIcon, id: 1, lang: 0x409, data: groupIcon(1, len(img))},
		{typ: rtVersion, id: 1, lang: 0x409, data: versionResource([4]uint16{1, 2, 0, 7},
			map[string]string{"ProductName": app.Name, "FileDescription": app.Name, "ProductVersion": "1.2.0.7"})},
		{typ: rtManifest, id: 1, lang: 0x409, data: []byte(`<?xml version="1.0"?><assembly/>`)},
	}
}

// buildRsrc lays out a resource tree (type → ID → language) whose data lies at RVA base.
func buildRsrc(res []resource, base uint32) []byte {
	type key struct{ typ, id int }
	var types []int
	ids := map[int][]int{}
	langs := map[key][]resource{}
	for _, r := range res {
		if !slices.Contains(types, r.typ) {
			types = append(types, r.typ)
		}
		if !slices.Contains(ids[r.typ], r.id) {
			ids[r.typ] = append(ids[r.typ], r.id)
		}
		langs[key{r.typ, r.id}] = append(langs[key{r.typ, r.id}], r)
	}
	dirSize := func(n int) int { return dirHeaderSize + dirEntrySize*n }
	off := dirSize(len(types))
	typeOff, idOff, entryOff, dataOff := map[int]int{}, map[key]int{}, map[*resource]int{}, map[*resource]int{}
	for _, t := range types {
		typeOff[t] = off
		off += dirSize(len(ids[t]))
	}
	for _, t := range types {
		for _, id := range ids[t] {
			idOff[key{t, id}] = off
			off += dirSize(len(langs[key{t, id}]))
		}
	}
	var leaves []*resource
	for _, t := range types {
		for _, id := range ids[t] {
			for i := range langs[key{t, id}] {
				leaves = append(leaves, &langs[key{t, id}][i])
			}
		}
	}
	for _, r := range leaves {
		entryOff[r] = off
		off += dataEntrySize
	}
	for _, r := range leaves {
		off = (off + 7) &^ 7
		dataOff[r] = off
		off += len(r.data)
	}
	b := make([]byte, off)
	dir := func(at, n int) {
		binary.LittleEndian.PutUint16(b[at+14:], uint16(n))
	}
	entry := func(at, i, id int, target uint32) {
		e := at + dirHeaderSize + dirEntrySize*i
		binary.LittleEndian.PutUint32(b[e:], uint32(id))
		binary.LittleEndian.PutUint32(b[e+4:], target)
	}
	dir(0, len(types))
	for i, t := range types {
		entry(0, i, t, uint32(typeOff[t])|highBit)
		dir(typeOff[t], len(ids[t]))
		for j, id := range ids[t] {
			k := key{t, id}
			entry(typeOff[t], j, id, uint32(idOff[k])|highBit)
			dir(idOff[k], len(langs[k]))
			for l := range langs[k] {
				r := &langs[k][l]
				entry(idOff[k], l, r.lang, uint32(entryOff[r]))
				binary.LittleEndian.PutUint32(b[entryOff[r]:], base+uint32(dataOff[r]))
				binary.LittleEndian.PutUint32(b[entryOff[r]+4:], uint32(len(r.data)))
				copy(b[dataOff[r]:], r.data)
			}
		}
	}
	return b
}

// peSpec describes a fixture executable.
type peSpec struct {
	pe32            bool // a 32-bit optional header
	machine         uint16
	subsystem       uint16
	characteristics uint16
	dlls            []string
	buildInfo       []byte // Go build information, in a writable .data section; nil for none
	resources       []byte // a built resource section; nil for none
}

// goodPE is a spec that CheckWindowsExe accepts for testApp.
func goodPE(t *testing.T) peSpec {
	return peSpec{
		machine:         pe.IMAGE_FILE_MACHINE_AMD64,
		subsystem:       pe.IMAGE_SUBSYSTEM_WINDOWS_GUI,
		characteristics: pe.IMAGE_FILE_EXECUTABLE_IMAGE | pe.IMAGE_FILE_LARGE_ADDRESS_AWARE,
		dlls:            []string{"kernel32.dll", "opengl32.dll"},
		buildInfo:       releaseInfo("windows"),
		resources:       buildRsrc(goodResources(t), rsrcRVA),
	}
}

const (
	idataRVA   = 0x1000
	dataRVA    = 0x2000
	rsrcRVA    = 0x3000
	headerSize = 0x400
)

// idata is an import directory naming dlls, laid out at idataRVA.
func idata(dlls []string) []byte {
	n := len(dlls) + 1
	b := make([]byte, 20*n)
	for i, d := range dlls {
		nameRVA := idataRVA + uint32(len(b))
		b = append(b, append([]byte(d), 0)...)
		thunk := idataRVA + uint32(len(b))
		b = append(b, make([]byte, 16)...) // an empty thunk list: just the terminator
		binary.LittleEndian.PutUint32(b[20*i:], thunk)
		binary.LittleEndian.PutUint32(b[20*i+12:], nameRVA)
		binary.LittleEndian.PutUint32(b[20*i+16:], thunk)
	}
	return b
}

// buildPE lays out headers, an .idata section and an .rsrc section.
func buildPE(s peSpec) []byte {
	type sec struct {
		name  string
		rva   uint32
		data  []byte
		flags uint32
	}
	const readOnly, readWrite = 0x40000040, 0xC0000040 // initialised data, read (and write)
	secs := []sec{{".idata", idataRVA, idata(s.dlls), readOnly}}
	if s.buildInfo != nil {
		secs = append(secs, sec{".data", dataRVA, s.buildInfo, readWrite})
	}
	if s.resources != nil {
		secs = append(secs, sec{".rsrc", rsrcRVA, s.resources, readOnly})
	}
	var dd [16]pe.DataDirectory
	dd[pe.IMAGE_DIRECTORY_ENTRY_IMPORT] = pe.DataDirectory{VirtualAddress: idataRVA, Size: uint32(len(secs[0].data))}
	if s.resources != nil {
		dd[pe.IMAGE_DIRECTORY_ENTRY_RESOURCE] = pe.DataDirectory{VirtualAddress: rsrcRVA, Size: uint32(len(s.resources))}
	}

	var b bytes.Buffer
	dos := make([]byte, 0x40)
	copy(dos, "MZ")
	binary.LittleEndian.PutUint32(dos[0x3c:], 0x40)
	b.Write(dos)
	b.WriteString("PE\x00\x00")
	var opt any
	optSize := uint16(240)
	if s.pe32 {
		optSize = 224
		opt = &pe.OptionalHeader32{Magic: 0x10b, SectionAlignment: 0x1000, FileAlignment: 0x200,
			SizeOfImage: rsrcRVA + 0x1000*uint32(len(s.resources)/0x1000+1), SizeOfHeaders: headerSize,
			Subsystem: s.subsystem, NumberOfRvaAndSizes: 16, DataDirectory: dd, ImageBase: 0x400000}
	} else {
		opt = &pe.OptionalHeader64{Magic: 0x20b, SectionAlignment: 0x1000, FileAlignment: 0x200,
			SizeOfImage: rsrcRVA + 0x1000*uint32(len(s.resources)/0x1000+1), SizeOfHeaders: headerSize,
			Subsystem: s.subsystem, NumberOfRvaAndSizes: 16, DataDirectory: dd, ImageBase: 0x140000000}
	}
	must(binary.Write(&b, binary.LittleEndian, pe.FileHeader{Machine: s.machine, NumberOfSections: uint16(len(secs)),
		SizeOfOptionalHeader: optSize, Characteristics: s.characteristics}))
	must(binary.Write(&b, binary.LittleEndian, opt))
	raw := uint32(headerSize)
	for _, sc := range secs {
		size := (uint32(len(sc.data)) + 0x1ff) &^ 0x1ff
		h := pe.SectionHeader32{VirtualSize: uint32(len(sc.data)), VirtualAddress: sc.rva,
			SizeOfRawData: size, PointerToRawData: raw, Characteristics: sc.flags}
		copy(h.Name[:], sc.name)
		must(binary.Write(&b, binary.LittleEndian, h))
		raw += size
	}
	out := make([]byte, raw)
	copy(out, b.Bytes())
	raw = headerSize
	for _, sc := range secs {
		copy(out[raw:], sc.data)
		raw += (uint32(len(sc.data)) + 0x1ff) &^ 0x1ff
	}
	return out
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

// buildInfoBlob is the build information the Go linker writes (debug/buildinfo's
// format since Go 1.18: a 32-byte header, then the Go version and the module information
// as length-prefixed strings, the latter between 16-byte sentinels).
func buildInfoBlob(goos, tags, cgo string) []byte {
	bi := debug.BuildInfo{GoVersion: "go1.26.8", Path: "gutapp", Main: debug.Module{Path: "gutapp", Version: "(devel)"},
		Settings: []debug.BuildSetting{{Key: "-tags", Value: tags}, {Key: "-trimpath", Value: "true"},
			{Key: "CGO_ENABLED", Value: cgo}, {Key: "GOARCH", Value: "amd64"}, {Key: "GOOS", Value: goos}}}
	sentinel := "0123456789abcdef"
	mod := sentinel + bi.String() + sentinel
	b := make([]byte, 32)
	copy(b, "\xff Go buildinf:")
	b[14], b[15] = 8, 2 // pointer size; flags: strings inline, little-endian
	b = binary.AppendUvarint(b, uint64(len(bi.GoVersion)))
	b = append(b, bi.GoVersion...)
	b = binary.AppendUvarint(b, uint64(len(mod)))
	return append(b, mod...)
}

// releaseInfo is the build information of a release binary for goos.
func releaseInfo(goos string) []byte { return buildInfoBlob(goos, "no_emoji,release", "1") }

// elfFile is an ELF64 little-endian executable for machine: a header, a writable
// PT_LOAD segment holding the build information bi when bi is not nil, and a .symtab
// section when symtab is true.
func elfFile(machine elf.Machine, symtab bool, bi []byte) []byte {
	const ehSize, phSize, shSize, dataOff = 64, 56, 64, 128
	strtab := []byte("\x00.shstrtab\x00.symtab\x00")
	h := elf.Header64{Type: uint16(elf.ET_EXEC), Machine: uint16(machine), Version: 1,
		Ehsize: ehSize, Phentsize: phSize, Shentsize: shSize}
	copy(h.Ident[:], elf.ELFMAG)
	h.Ident[elf.EI_CLASS], h.Ident[elf.EI_DATA], h.Ident[elf.EI_VERSION] = byte(elf.ELFCLASS64), byte(elf.ELFDATA2LSB), 1
	if bi != nil {
		h.Phoff, h.Phnum = ehSize, 1
	}
	end := uint64(dataOff + len(bi))
	if symtab {
		h.Shoff, h.Shnum, h.Shstrndx = end+uint64(len(strtab))+24, 3, 1
	}
	var b bytes.Buffer
	must(binary.Write(&b, binary.LittleEndian, h))
	if bi != nil {
		must(binary.Write(&b, binary.LittleEndian, elf.Prog64{Type: uint32(elf.PT_LOAD), Flags: uint32(elf.PF_R | elf.PF_W),
			Off: dataOff, Vaddr: dataOff, Paddr: dataOff, Filesz: uint64(len(bi)), Memsz: uint64(len(bi)), Align: 16}))
	}
	b.Write(make([]byte, dataOff-b.Len()))
	b.Write(bi)
	if !symtab {
		return b.Bytes()
	}
	b.Write(strtab)
	b.Write(make([]byte, 24)) // the null symbol
	sections := []elf.Section64{
		{},
		{Name: 1, Type: uint32(elf.SHT_STRTAB), Off: end, Size: uint64(len(strtab)), Addralign: 1},
		{Name: 11, Type: uint32(elf.SHT_SYMTAB), Off: end + uint64(len(strtab)), Size: 24, Link: 1, Entsize: 24, Addralign: 8},
	}
	must(binary.Write(&b, binary.LittleEndian, sections))
	return b.Bytes()
}
