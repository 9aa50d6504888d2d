package main

// Fuzzing the kiosk config file: any file contents either give a kiosk whose every
// setting is in range, or a strict error that names the file and what is wrong.

import (
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// configValueMessage is the shape of a bad-value message: "<key> = <value> is not valid; use …".
var configValueMessage = regexp.MustCompile(`^([a-z-]+) = (?s:.*) is not valid; use `)

// configSyntaxMessage is the shape of a TOML syntax error's message.
var configSyntaxMessage = regexp.MustCompile(`^line ([1-9][0-9]*): (?s:.+); write one key = value a line`)

func FuzzKioskConfig(f *testing.F) {
	deployed, err := os.ReadFile("deploy/kiosk.toml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(deployed))
	for _, s := range []string{
		"",
		"idle = \"2m\"\ncountdown = \"10s\"\npin = \"2468\"\nlang = \"en\"\ntheme = \"light\"\nscale = 1.5\nbeats = [1, 2, 5]\n",
		"beats = \"1-5,8\"\nscale = 2\n",
		"idle = 90\n",
		"idle = \"4s\"\n",
		"countdown = \"5m0.000000001s\"\n",
		"pin = 4711\n",
		"pin = \"0000000000000\"\n",
		"scale = nan\n",
		"scale = inf\n",
		"scale = 1e308\n",
		"scale = 9223372036854775807\n",
		"beats = [1, 2.5]\n",
		"beats = [0]\n",
		"beats = [-1]\n",
		"beats = [9223372036854775807]\n",
		"beats = \"1-9999999999999999999\"\n",
		"beats = []\n",
		"beats = \"\"\n",
		"theme = \"projector\"\n",
		"motion = \"reduced\"\n",
		"motion = \" OFF \"\n",
		"motion = false\n",
		"lang = \"EN\"\n",
		"colour = \"dark\"\n",
		"[idle]\nx = 1\n",
		"idle = \"90s\"\nidle = \"2m\"\n",
		"idle = 1979-05-27T07:32:00Z\n",
		"idle = \"90s\"\n[[beats]]\n",
		"idle = \"90s\" # trailing\n\"pin\" = \"1234\"\n",
		"pin = '''\n1234'''\n",
		"idle = \"\\u0000\"\n",
		"\xef\xbb\xbfidle = \"90s\"\n",
		"=\n",
		"a.b.c = 1\n",
	} {
		f.Add(s)
	}
	file := filepath.Join(f.TempDir(), "kiosk.toml")

	f.Fuzz(func(t *testing.T, text string) {
		if err := os.WriteFile(file, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		args := []string{"--kiosk", "--config", file}
		o, err := parseOptions(args, io.Discard)
		if err == nil {
			checkOptionsInRange(t, args, o)
			return
		}
		msg, _ := checkRefusal(t, args, err)
		prefix := "config file " + file + ": "
		detail, ok := strings.CutPrefix(msg, prefix)
		if !ok {
			t.Fatalf("config %q: message %q does not start with %q", text, msg, prefix)
		}
		// Every refusal is one of three: a TOML syntax error with its line and an example,
		// an unknown key with the valid keys, or a bad value naming its key and what is valid.
		switch m := configValueMessage.FindStringSubmatch(detail); {
		case configSyntaxMessage.MatchString(detail):
			line, _ := strconv.Atoi(configSyntaxMessage.FindStringSubmatch(detail)[1])
			if lines := strings.Count(text, "\n") + 1; line > lines {
				t.Fatalf("config %q: message %q names line %d of a %d-line file", text, msg, line, lines)
			}
			if strings.ContainsRune(detail, 0) {
				t.Fatalf("config %q: message %q holds a NUL character", text, msg)
			}
		case strings.HasPrefix(detail, "unknown key ") && strings.HasSuffix(detail, "the valid keys are "+configKeyNames()):
		case m != nil && slices.ContainsFunc(configKeys, func(c struct{ key, flag string }) bool { return c.key == m[1] }):
		default:
			t.Fatalf("config %q: message %q names neither a line, nor an unknown key, nor a key and its valid values", text, msg)
		}
	})
}
