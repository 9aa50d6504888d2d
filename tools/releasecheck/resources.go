package main

import (
	"debug/pe"
	"encoding/binary"
	"errors"
	"fmt"
)

// Resource types (winuser.h) the release checks look for.
const (
	rtIcon      = 3
	rtGroupIcon = 14
	rtVersion   = 16
	rtManifest  = 24
)

// resource is one leaf of a PE resource tree: type, name and language IDs (a name
// given as a string has ID -1) and its bytes.
type resource struct {
	typ, id, lang int
	data          []byte
}

// readResources finds the resource directory through the optional header's data
// directory entry (not the section name, which a linker may change) and walks it.
func readResources(f *pe.File) ([]resource, error) {
	oh, ok := f.OptionalHeader.(*pe.OptionalHeader64)
	if !ok {
		return nil, errors.New("not PE32+")
	}
	if oh.NumberOfRvaAndSizes <= pe.IMAGE_DIRECTORY_ENTRY_RESOURCE {
		return nil, errors.New("the optional header has no resource directory entry")
	}
	dir := oh.DataDirectory[pe.IMAGE_DIRECTORY_ENTRY_RESOURCE]
	if dir.VirtualAddress == 0 || dir.Size == 0 {
		return nil, errors.New("no resources (empty resource directory entry)")
	}
	for _, s := range f.Sections {
		if dir.VirtualAddress < s.VirtualAddress || dir.VirtualAddress >= s.VirtualAddress+max(s.VirtualSize, s.Size) {
			continue
		}
		data, err := s.Data()
		if err != nil {
			return nil, fmt.Errorf("reading section %s: %w", s.Name, err)
		}
		start := dir.VirtualAddress - s.VirtualAddress
		if start >= uint32(len(data)) {
			return nil, fmt.Errorf("resource directory at RVA %#x lies past the data of section %s", dir.VirtualAddress, s.Name)
		}
		w := &rsrcWalker{sec: data[start:], base: dir.VirtualAddress, visited: map[uint32]bool{}}
		if err := w.walk(0, 0, nil); err != nil {
			return nil, err
		}
		return w.out, nil
	}
	return nil, fmt.Errorf("no section holds the resource directory at RVA %#x", dir.VirtualAddress)
}

// rsrcWalker walks the three levels of a resource tree (type → name → language).
// Offsets inside the tree are relative to its start; data entries hold RVAs.
type rsrcWalker struct {
	sec     []byte
	base    uint32 // RVA of sec[0]
	visited map[uint32]bool
	out     []resource
}

const (
	dirHeaderSize = 16
	dirEntrySize  = 8
	dataEntrySize = 16
	highBit       = 1 << 31
)

func (w *rsrcWalker) walk(off uint32, level int, ids []int) error {
	if level > 2 {
		return fmt.Errorf("resource directory at %#x is nested deeper than type/name/language", off)
	}
	if w.visited[off] {
		return fmt.Errorf("resource directory at %#x is reached twice (a loop)", off)
	}
	w.visited[off] = true
	if uint64(off)+dirHeaderSize > uint64(len(w.sec)) {
		return fmt.Errorf("resource directory at %#x runs past the section", off)
	}
	named := binary.LittleEndian.Uint16(w.sec[off+12:])
	byID := binary.LittleEndian.Uint16(w.sec[off+14:])
	n := uint32(named) + uint32(byID)
	entries := uint64(off) + dirHeaderSize
	if entries+uint64(n)*dirEntrySize > uint64(len(w.sec)) {
		return fmt.Errorf("resource directory at %#x has %d entries, more than the section holds", off, n)
	}
	for i := range n {
		e := uint32(entries) + i*dirEntrySize
		name := binary.LittleEndian.Uint32(w.sec[e:])
		target := binary.LittleEndian.Uint32(w.sec[e+4:])
		id := int(name & 0xffff)
		if name&highBit != 0 {
			id = -1 // a string name; the checks only look for numeric IDs
		}
		path := append(ids[:level:level], id)
		if target&highBit != 0 {
			if err := w.walk(target&^highBit, level+1, path); err != nil {
				return err
			}
			continue
		}
		if level != 2 {
			return fmt.Errorf("resource data entry at %#x sits at level %d, not under a language", target, level+1)
		}
		if err := w.leaf(target, path); err != nil {
			return err
		}
	}
	return nil
}

func (w *rsrcWalker) leaf(off uint32, ids []int) error {
	if uint64(off)+dataEntrySize > uint64(len(w.sec)) {
		return fmt.Errorf("resource data entry at %#x runs past the section", off)
	}
	rva := binary.LittleEndian.Uint32(w.sec[off:])
	size := binary.LittleEndian.Uint32(w.sec[off+4:])
	if rva < w.base || uint64(rva-w.base)+uint64(size) > uint64(len(w.sec)) {
		return fmt.Errorf("resource %d/%d/%d: data at RVA %#x (%d bytes) lies outside the resource section", ids[0], ids[1], ids[2], rva, size)
	}
	start := rva - w.base
	w.out = append(w.out, resource{typ: ids[0], id: ids[1], lang: ids[2], data: w.sec[start : start+size]})
	return nil
}

// byType returns the resources of one type.
func byType(rs []resource, typ int) []resource {
	var out []resource
	for _, r := range rs {
		if r.typ == typ {
			out = append(out, r)
		}
	}
	return out
}
