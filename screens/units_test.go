package screens

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/lang"

	"gutbrain/assets"
)

func TestFormatClock(t *testing.T) {
	if err := assets.LoadTranslations(); err != nil {
		t.Fatal(err)
	}
	for h, want := range map[float64]string{0: "Day 1, 06:00", 18: "Day 2, 00:00", 18.5: "Day 2, 00:30", 24: "Day 2, 06:00", 49.99: "Day 3, 07:59", -3: "Day 1, 06:00"} {
		if got := FormatClock(h); got != want {
			t.Errorf("FormatClock(%v) = %q, want %q", h, got, want)
		}
	}
}

func TestHotkeyTableIsConsistent(t *testing.T) {
	if err := assets.LoadTranslations(); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, h := range Hotkeys {
		id := string(h.Mode) + "/" + h.Label()
		if seen[id] {
			t.Errorf("%s bound twice", id)
		}
		seen[id] = true
		if d := h.Action.Description(); d == "action."+string(h.Action) || d == "" {
			t.Errorf("action %s has no help text", h.Action)
		}
		if strings.HasPrefix(h.Label(), "key.") {
			t.Errorf("key %q has no label", h.Key)
		}
		var a Action
		var ok bool
		switch {
		case h.Rune != 0:
			a, ok = ActionForRune(h.Mode, h.Rune)
		case h.Focused:
			a, ok = FocusAction(h.Mode, h.Key, h.Modifier)
		case !h.Shortcut:
			a, ok = ActionForKey(h.Mode, h.Key)
		default:
			continue
		}
		if !ok || a != h.Action {
			t.Errorf("lookup of %s in %s gives %v", h.Label(), h.Mode, a)
		}
	}
}

// The help sheet is made from the table: every binding appears, and nothing else.
func TestHelpSheetListsExactlyTheTable(t *testing.T) {
	if err := assets.LoadTranslations(); err != nil {
		t.Fatal(err)
	}
	for _, m := range []Mode{ModeExplorer, ModeLecture} {
		var fromRows, fromTable []string
		for _, r := range HelpRows(m) {
			for _, k := range r.Keys {
				fromRows = append(fromRows, k+"→"+string(r.Action))
			}
		}
		for _, h := range Hotkeys {
			if h.Mode == m {
				fromTable = append(fromTable, h.Label()+"→"+string(h.Action))
			}
		}
		slices.Sort(fromRows)
		slices.Sort(fromTable)
		if !slices.Equal(fromRows, fromTable) {
			t.Errorf("%s help rows %v differ from the table %v", m, fromRows, fromTable)
		}
		md := HelpMarkdown(m)
		for _, r := range HelpRows(m) {
			if !strings.Contains(md, r.Action.Description()) {
				t.Errorf("%s help markdown lacks %s", m, r.Action)
			}
		}
	}
}

func TestFrameStatsReportsOncePerSecond(t *testing.T) {
	var out bytes.Buffer
	s := NewFrameStats(&out)
	t0 := time.Unix(0, 0)
	for i := 0; i <= 120; i++ { // two seconds at 60 fps, one slow frame
		d := time.Duration(i) * time.Second / 60
		if i > 60 {
			d += 50 * time.Millisecond
		}
		s.Frame(t0.Add(d), 42)
	}
	lines := regexp.MustCompile(`(?m)^fps=([0-9.]+) frame_ms_p50=([0-9.]+) frame_ms_p95=([0-9.]+) particles=42$`).FindAllStringSubmatch(out.String(), -1)
	if len(lines) != 2 {
		t.Fatalf("want 2 report lines, got %q", out.String())
	}
	if lines[0][1] != "60.0" || lines[0][2] != "16.7" {
		t.Fatalf("first second: %q", lines[0][0])
	}
	if allocs := testing.AllocsPerRun(100, func() { s.Frame(t0, 1) }); allocs != 0 {
		t.Fatalf("Frame allocates %v per call", allocs)
	}
}

func TestSimulationSpeedAndPause(t *testing.T) {
	s := NewSimulation()
	s.SetSpeed(3.1)
	if s.Speed() != 4 {
		t.Fatalf("3.1 snapped to %v", s.Speed())
	}
	s.SetSpeed(2)
	frames := 0
	s.OnFrame = func(float64) { frames++ }
	s.Advance(1)
	if h := s.Model().State().Hours; h < 2*HoursPerSecond-1e-9 || h > 2*HoursPerSecond+1e-9 {
		t.Fatalf("1 s at 2× advanced %v hours", h)
	}
	s.Advance(-1)
	if frames != 1 {
		t.Fatalf("negative time ran a frame")
	}
	if lang.L("control.play") == "" {
		t.Fatal("no play label")
	}
}
