package main

import (
	"bytes"
	"debug/pe"
	"encoding/binary"
	"fmt"
)

// importedDLLs lists the DLLs named by the import directory. (debug/pe's
// ImportedLibraries returns nothing for PE files, and ImportedSymbols assumes the names
// share the directory's section.)
func importedDLLs(f *pe.File) ([]string, error) {
	oh, ok := f.OptionalHeader.(*pe.OptionalHeader64)
	if !ok || oh.NumberOfRvaAndSizes <= pe.IMAGE_DIRECTORY_ENTRY_IMPORT {
		return nil, nil
	}
	dir := oh.DataDirectory[pe.IMAGE_DIRECTORY_ENTRY_IMPORT]
	if dir.VirtualAddress == 0 {
		return nil, nil
	}
	var dlls []string
	for i := uint32(0); ; i++ {
		desc, err := rvaBytes(f, dir.VirtualAddress+20*i, 20)
		if err != nil {
			return nil, fmt.Errorf("import descriptor %d: %w", i, err)
		}
		nameRVA := binary.LittleEndian.Uint32(desc[12:])
		if nameRVA == 0 && binary.LittleEndian.Uint32(desc[16:]) == 0 {
			return dlls, nil // the all-zero descriptor ends the list
		}
		name, err := rvaBytes(f, nameRVA, 1)
		if err != nil {
			return nil, fmt.Errorf("import descriptor %d's DLL name: %w", i, err)
		}
		end := bytes.IndexByte(name, 0)
		if end < 0 {
			return nil, fmt.Errorf("import descriptor %d's DLL name is not NUL-terminated", i)
		}
		dlls = append(dlls, string(name[:end]))
	}
}

// rvaBytes returns the file bytes from rva to the end of the section holding it; at
// least n of them.
func rvaBytes(f *pe.File, rva, n uint32) ([]byte, error) {
	for _, s := range f.Sections {
		if rva < s.VirtualAddress || rva-s.VirtualAddress >= s.Size {
			continue
		}
		data, err := s.Data()
		if err != nil {
			return nil, err
		}
		off := rva - s.VirtualAddress
		if uint64(off)+uint64(n) > uint64(len(data)) {
			break
		}
		return data[off:], nil
	}
	return nil, fmt.Errorf("RVA %#x (%d bytes) is not in any section's file data", rva, n)
}
