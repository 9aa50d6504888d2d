package main

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gutbrain/assets"
	"gutbrain/screens"
)

// The deployment files in deploy/ are checked here as far as this machine can: the
// systemd unit by systemd-analyze when it is installed (and by a parser of its own
// always), the Task Scheduler task and the launchd agent as XML, the example config by
// the app's own config loader.

// unitFile is a parsed systemd unit: section → key → values (a key may repeat).
type unitFile map[string]map[string][]string

func parseUnit(t *testing.T, path string) unitFile {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	u := unitFile{}
	section := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimSpace(sc.Text())
		switch {
		case l == "" || strings.HasPrefix(l, "#") || strings.HasPrefix(l, ";"):
		case strings.HasPrefix(l, "[") && strings.HasSuffix(l, "]"):
			section = l[1 : len(l)-1]
			u[section] = map[string][]string{}
		default:
			k, v, ok := strings.Cut(l, "=")
			if !ok || section == "" || strings.TrimSpace(k) != k {
				t.Fatalf("%s:%d: not a key=value line in a section: %q", path, n, l)
			}
			u[section][k] = append(u[section][k], v)
		}
	}
	return u
}

func TestSystemdUnit(t *testing.T) {
	const unit = "deploy/linux/gutbrain-kiosk.service"
	u := parseUnit(t, unit)
	want := map[string]map[string]string{
		"Unit":    {"After": "graphical-session.target", "PartOf": "graphical-session.target", "StartLimitIntervalSec": "0"},
		"Service": {"Restart": "always", "RestartPreventExitStatus": "0", "Type": "simple"},
		"Install": {"WantedBy": "graphical-session.target"},
	}
	for section, keys := range want {
		for k, v := range keys {
			if got := u[section][k]; len(got) != 1 || got[0] != v {
				t.Errorf("[%s] %s = %v, want %s", section, k, got, v)
			}
		}
	}
	start := u["Service"]["ExecStart"]
	if len(start) != 1 || !strings.Contains(start[0], " --kiosk") || !strings.Contains(start[0], "--config") {
		t.Errorf("ExecStart %v does not start the kiosk with its config", start)
	}

	sa, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Log("systemd-analyze not installed: the unit was checked by the parser above only")
		return
	}
	// verify wants the program to exist: give it a home with a stand-in binary.
	home := t.TempDir()
	bin := filepath.Join(home, ".local", "bin", "gutbrain")
	if err := os.MkdirAll(filepath.Dir(bin), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, mode := range [][]string{{"--user"}, nil} {
		cmd := exec.Command(sa, append(mode, "verify", unit)...)
		cmd.Env = append(os.Environ(), "HOME="+home, "XDG_RUNTIME_DIR="+home)
		out, err := cmd.CombinedOutput()
		if err != nil || len(bytes.TrimSpace(out)) > 0 {
			t.Errorf("systemd-analyze %v verify: %v\n%s", mode, err, out)
		}
	}
}

// taskXML is the part of a Task Scheduler task this project relies on.
type taskXML struct {
	XMLName  xml.Name `xml:"http://schemas.microsoft.com/windows/2004/02/mit/task Task"`
	Version  string   `xml:"version,attr"`
	Triggers struct {
		Logon []struct {
			Enabled bool   `xml:"Enabled"`
			UserID  string `xml:"UserId"`
		} `xml:"LogonTrigger"`
	} `xml:"Triggers"`
	Principal struct {
		LogonType string `xml:"LogonType"`
		RunLevel  string `xml:"RunLevel"`
	} `xml:"Principals>Principal"`
	Settings struct {
		MultipleInstances  string `xml:"MultipleInstancesPolicy"`
		DisallowOnBattery  bool   `xml:"DisallowStartIfOnBatteries"`
		StopOnBattery      bool   `xml:"StopIfGoingOnBatteries"`
		ExecutionTimeLimit string `xml:"ExecutionTimeLimit"`
		Restart            struct {
			Interval string `xml:"Interval"`
			Count    int    `xml:"Count"`
		} `xml:"RestartOnFailure"`
	} `xml:"Settings"`
	Exec struct {
		Command string `xml:"Command"`
		WorkDir string `xml:"WorkingDirectory"`
	} `xml:"Actions>Exec"`
}

func TestWindowsTask(t *testing.T) {
	data, err := os.ReadFile("deploy/windows/gutbrain-kiosk.xml")
	if err != nil {
		t.Fatal(err)
	}
	var task taskXML
	if err := xml.Unmarshal(data, &task); err != nil {
		t.Fatalf("not a Task Scheduler task: %v", err)
	}
	s := task.Settings
	if task.Version == "" || len(task.Triggers.Logon) != 1 || !task.Triggers.Logon[0].Enabled ||
		task.Principal.LogonType != "InteractiveToken" || task.Principal.RunLevel != "LeastPrivilege" ||
		s.MultipleInstances != "IgnoreNew" || s.DisallowOnBattery || s.StopOnBattery ||
		s.ExecutionTimeLimit != "PT0S" || s.Restart.Interval == "" || s.Restart.Count < 1 || s.Restart.Count > 999 {
		t.Fatalf("task settings: %+v", task)
	}
	if !strings.HasSuffix(strings.Trim(task.Exec.Command, `"`), `\gutbrain-kiosk.cmd`) {
		t.Fatalf("the task runs %q, not the kiosk launcher", task.Exec.Command)
	}
	launcher, err := os.ReadFile("deploy/windows/gutbrain-kiosk.cmd")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"--kiosk --config", ":loop", "goto loop", "if %ERRORLEVEL% EQU 0 goto :eof", "\r\n"} {
		if !bytes.Contains(launcher, []byte(want)) {
			t.Errorf("gutbrain-kiosk.cmd lacks %q", want)
		}
	}
}

// plistValue is one value of an XML property list.
type plistValue struct {
	XMLName xml.Name
	Text    string       `xml:",chardata"`
	Items   []plistValue `xml:",any"`
}

// plistDict turns a <dict> into key → value.
func plistDict(t *testing.T, d plistValue) map[string]plistValue {
	t.Helper()
	if d.XMLName.Local != "dict" || len(d.Items)%2 != 0 {
		t.Fatalf("not a plist dict: %s with %d items", d.XMLName.Local, len(d.Items))
	}
	m := map[string]plistValue{}
	for i := 0; i < len(d.Items); i += 2 {
		if d.Items[i].XMLName.Local != "key" {
			t.Fatalf("plist dict item %d is a %s, not a key", i, d.Items[i].XMLName.Local)
		}
		m[d.Items[i].Text] = d.Items[i+1]
	}
	return m
}

func TestLaunchdAgent(t *testing.T) {
	data, err := os.ReadFile("deploy/macos/org.gutbrain.kiosk.plist")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		XMLName xml.Name     `xml:"plist"`
		Version string       `xml:"version,attr"`
		Dict    []plistValue `xml:",any"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil || doc.Version != "1.0" || len(doc.Dict) != 1 {
		t.Fatalf("not an XML property list: %v", err)
	}
	d := plistDict(t, doc.Dict[0])
	if d["Label"].Text != "org.gutbrain.kiosk" || d["RunAtLoad"].XMLName.Local != "true" ||
		d["LimitLoadToSessionType"].Text != "Aqua" {
		t.Fatalf("Label, RunAtLoad or LimitLoadToSessionType wrong: %+v", d)
	}
	var args []string
	for _, a := range d["ProgramArguments"].Items {
		args = append(args, a.Text)
	}
	if len(args) < 2 || args[1] != "--kiosk" || !strings.HasSuffix(args[0], "/gutbrain") {
		t.Fatalf("ProgramArguments %q", args)
	}
	if keep := plistDict(t, d["KeepAlive"]); keep["SuccessfulExit"].XMLName.Local != "false" {
		t.Fatal("KeepAlive should restart the app unless it exits successfully (the operator's exit)")
	}
}

// The example config in deploy/ is one the app accepts.
func TestExampleKioskConfig(t *testing.T) {
	o, err := parseOptions([]string{"--kiosk", "--config", "deploy/kiosk.toml"}, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	if o.kiosk.idle.String() != "1m30s" || o.kioskScale() != 1.25 {
		t.Fatalf("example config read as %+v", o.kiosk)
	}
}

// TestKioskDocsKeyTable keeps docs/kiosk.md's key table equal to the one hotkey table.
func TestKioskDocsKeyTable(t *testing.T) {
	if err := assets.LoadTranslations(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("docs/kiosk.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(data), "<!-- kiosk-hotkeys:start -->\n")
	block, _, ok2 := strings.Cut(rest, "<!-- kiosk-hotkeys:end -->")
	if !ok || !ok2 {
		t.Fatal("docs/kiosk.md has no kiosk-hotkeys:start/end block")
	}
	if want := screens.HelpMarkdown(screens.ModeKiosk); block != want {
		t.Fatalf("docs/kiosk.md's key table is out of date; it should read:\n%s", want)
	}
}
