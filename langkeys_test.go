package main

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gutbrain/assets"
)

// TestEveryLangKeyHasEnglish finds every literal lang.L("key") in the code and checks the
// English translation files define it, so no screen ever shows a raw key.
func TestEveryLangKeyHasEnglish(t *testing.T) {
	defined := map[string]bool{}
	err := fs.WalkDir(assets.Files(), "lang", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, "en.json") {
			return err
		}
		data, err := fs.ReadFile(assets.Files(), path)
		if err != nil {
			return err
		}
		var m map[string]any
		if err := json.Unmarshal(data, &m); err != nil {
			t.Errorf("%s: %v", path, err)
			return nil
		}
		for k := range m {
			if defined[k] {
				t.Errorf("%s: key %q defined twice", path, k)
			}
			defined[k] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	call := regexp.MustCompile(`lang\.[LX]\("([^"]+)"\s*[,)]`)
	err = filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range call.FindAllStringSubmatch(string(src), -1) {
			if !defined[m[1]] {
				t.Errorf("%s: lang key %q has no English text", path, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
