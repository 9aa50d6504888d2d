package main

import (
	"os"
	"strings"
	"testing"

	"gutbrain/assets"
	"gutbrain/screens"
)

// TestReadmeKeyTableMatchesHotkeys keeps the README's key table equal to the one hotkey table.
func TestReadmeKeyTableMatchesHotkeys(t *testing.T) {
	if err := assets.LoadTranslations(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(data), "<!-- hotkeys:start -->\n")
	block, _, ok2 := strings.Cut(rest, "<!-- hotkeys:end -->")
	if !ok || !ok2 {
		t.Fatal("README.md has no hotkeys:start/end block")
	}
	if want := screens.HelpMarkdown(); block != want {
		t.Fatalf("README key table is out of date; it should read:\n%s", want)
	}
}
