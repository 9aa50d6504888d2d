package main

import (
	"encoding/binary"
	"fmt"
	"unicode/utf16"
)

// versionInfo is what the checks read from an RT_VERSION resource: the fixed file
// version (four 16-bit fields) and the StringFileInfo strings (of every language).
type versionInfo struct {
	fileVersion [4]uint16
	strings     map[string]string
}

// fixedFileInfoSignature starts VS_FIXEDFILEINFO.
const fixedFileInfoSignature = 0xFEEF04BD

// verNode is one node of a VS_VERSIONINFO tree: wLength, wValueLength, wType, a
// NUL-terminated UTF-16 key, padding to 32 bits, the value, padding, then children.
type verNode struct {
	key      string
	text     bool
	value    []byte
	children []verNode
}

// parseVersionInfo decodes a VS_VERSIONINFO resource.
func parseVersionInfo(data []byte) (versionInfo, error) {
	root, _, err := parseVerNode(data, 0)
	if err != nil {
		return versionInfo{}, err
	}
	if root.key != "VS_VERSION_INFO" {
		return versionInfo{}, fmt.Errorf("version resource key is %q; want VS_VERSION_INFO", root.key)
	}
	if len(root.value) < 52 {
		return versionInfo{}, fmt.Errorf("VS_FIXEDFILEINFO is %d bytes; want 52", len(root.value))
	}
	v := root.value
	if sig := binary.LittleEndian.Uint32(v); sig != fixedFileInfoSignature {
		return versionInfo{}, fmt.Errorf("VS_FIXEDFILEINFO signature %#x; want %#x", sig, fixedFileInfoSignature)
	}
	ms, ls := binary.LittleEndian.Uint32(v[8:]), binary.LittleEndian.Uint32(v[12:])
	info := versionInfo{
		fileVersion: [4]uint16{uint16(ms >> 16), uint16(ms), uint16(ls >> 16), uint16(ls)},
		strings:     map[string]string{},
	}
	for _, sfi := range root.children {
		if sfi.key != "StringFileInfo" {
			continue
		}
		for _, table := range sfi.children {
			for _, s := range table.children {
				if s.text {
					info.strings[s.key] = utf16String(s.value)
				}
			}
		}
	}
	return info, nil
}

// parseVerNode decodes the node at data[off:] and returns it with its length.
func parseVerNode(data []byte, depth int) (verNode, int, error) {
	if depth > 4 {
		return verNode{}, 0, fmt.Errorf("version resource nested deeper than its format allows")
	}
	if len(data) < 6 {
		return verNode{}, 0, fmt.Errorf("version resource node of %d bytes is shorter than its 6-byte header", len(data))
	}
	length := int(binary.LittleEndian.Uint16(data))
	valueLen := int(binary.LittleEndian.Uint16(data[2:]))
	wType := binary.LittleEndian.Uint16(data[4:])
	if length < 6 || length > len(data) {
		return verNode{}, 0, fmt.Errorf("version resource node claims %d bytes; %d are there", length, len(data))
	}
	data = data[:length]
	n := verNode{text: wType == 1}
	pos := 6
	keyEnd := pos
	for keyEnd+1 < len(data) && (data[keyEnd] != 0 || data[keyEnd+1] != 0) {
		keyEnd += 2
	}
	if keyEnd+1 >= len(data) {
		return verNode{}, 0, fmt.Errorf("version resource key is not NUL-terminated")
	}
	n.key = utf16String(data[pos:keyEnd])
	pos = align4(keyEnd + 2)
	if n.text {
		valueLen *= 2 // text values are counted in 16-bit words, binary ones in bytes
	}
	if valueLen > 0 && pos+valueLen > len(data) {
		// Text values: some writers count bytes, not words; take what is there.
		if !n.text {
			return verNode{}, 0, fmt.Errorf("version resource %q: value of %d bytes runs past its node", n.key, valueLen)
		}
		valueLen = max(0, len(data)-pos)
	}
	if valueLen > 0 {
		n.value = data[pos : pos+valueLen]
	}
	for pos = align4(pos + valueLen); pos < len(data); {
		child, size, err := parseVerNode(data[pos:], depth+1)
		if err != nil {
			return verNode{}, 0, err
		}
		n.children = append(n.children, child)
		pos = align4(pos + size)
	}
	return n, length, nil
}

func align4(n int) int { return (n + 3) &^ 3 }

// utf16String decodes little-endian UTF-16 up to the first NUL.
func utf16String(b []byte) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		c := binary.LittleEndian.Uint16(b[i:])
		if c == 0 {
			break
		}
		u = append(u, c)
	}
	return string(utf16.Decode(u))
}
