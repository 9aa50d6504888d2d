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
	for marker, mode := range map[string]screens.Mode{"hotkeys": screens.ModeExplorer, "lecture-hotkeys": screens.ModeLecture} {
		_, rest, ok := strings.Cut(string(data), "<!-- "+marker+":start -->\n")
		block, _, ok2 := strings.Cut(rest, "<!-- "+marker+":end -->")
		if !ok || !ok2 {
			t.Fatalf("README.md has no %s:start/end block", marker)
		}
		if want := screens.HelpMarkdown(mode); block != want {
			t.Fatalf("README %s table is out of date; it should read:\n%s", marker, want)
		}
	}
}
