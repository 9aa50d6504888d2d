package osprefs

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"
)

func TestParseGSettings(t *testing.T) {
	cases := []struct {
		out            string
		err            error
		reduced, known bool
	}{
		{"true\n", nil, false, true},
		{"false\n", nil, true, true},
		{"  false  ", nil, true, true},
		{"", nil, false, false},
		{"No such schema “org.gnome.desktop.interface”\n", nil, false, false},
		{"'false'", nil, false, false},
		{"false\n", errors.New("exit status 1"), false, false},
	}
	for _, c := range cases {
		r, k := parseGSettings([]byte(c.out), c.err)
		if r != c.reduced || k != c.known {
			t.Errorf("parseGSettings(%q, %v) = %v, %v; want %v, %v", c.out, c.err, r, k, c.reduced, c.known)
		}
	}
}

func TestParseDefaults(t *testing.T) {
	cases := []struct {
		out            string
		err            error
		reduced, known bool
	}{
		{"1\n", nil, true, true},
		{"0\n", nil, false, true},
		{"", errors.New("The domain/default pair of (com.apple.universalaccess, reduceMotion) does not exist"), false, false},
		{"yes", nil, false, false},
		{"1", errors.New("signal: killed"), false, false},
	}
	for _, c := range cases {
		r, k := parseDefaults([]byte(c.out), c.err)
		if r != c.reduced || k != c.known {
			t.Errorf("parseDefaults(%q, %v) = %v, %v; want %v, %v", c.out, c.err, r, k, c.reduced, c.known)
		}
	}
}

func TestFromClientAreaAnimation(t *testing.T) {
	if r, k := fromClientAreaAnimation(false, nil); !r || !k {
		t.Errorf("animations off: %v, %v; want reduced", r, k)
	}
	if r, k := fromClientAreaAnimation(true, nil); r || !k {
		t.Errorf("animations on: %v, %v; want not reduced", r, k)
	}
	if r, k := fromClientAreaAnimation(false, errors.New("access denied")); r || k {
		t.Errorf("failed call: %v, %v; want unknown", r, k)
	}
}

// The right commands are asked, and their answers are read.
func TestQueriesAskTheRightCommand(t *testing.T) {
	var got []string
	fake := func(out string) runner {
		return func(_ context.Context, name string, args ...string) ([]byte, error) {
			got = append([]string{name}, args...)
			return []byte(out), nil
		}
	}
	if r, k := gnomeReducedMotion(fake("false\n"), time.Second); !r || !k {
		t.Errorf("GNOME with animations off: %v, %v", r, k)
	}
	if want := []string{"gsettings", "get", "org.gnome.desktop.interface", "enable-animations"}; !slices.Equal(got, want) {
		t.Errorf("GNOME query %q, want %q", got, want)
	}
	if r, k := macReducedMotion(fake("1\n"), time.Second); !r || !k {
		t.Errorf("macOS with reduce motion on: %v, %v", r, k)
	}
	if want := []string{"defaults", "read", "com.apple.universalaccess", "reduceMotion"}; !slices.Equal(got, want) {
		t.Errorf("macOS query %q, want %q", got, want)
	}
}

// A command that hangs is given up on after the time limit: the answer is unknown.
func TestHungCommandIsUnknown(t *testing.T) {
	hung := func(ctx context.Context, _ string, _ ...string) ([]byte, error) {
		<-ctx.Done()
		return []byte("false\n"), nil // even a late answer is not trusted
	}
	start := time.Now()
	r, k := gnomeReducedMotion(hung, 50*time.Millisecond)
	if r || k {
		t.Errorf("hung gsettings: %v, %v; want unknown", r, k)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("gave up after %v", d)
	}
}

// A missing command (no gsettings on this desktop) is unknown, not an error or a hang.
func TestMissingCommandIsUnknown(t *testing.T) {
	out, err := query(execRunner, commandTimeout, "gutbrain-no-such-settings-tool")
	if err == nil {
		t.Fatalf("a missing command ran: %q", out)
	}
	if r, k := parseGSettings(out, err); r || k {
		t.Errorf("missing gsettings: %v, %v; want unknown", r, k)
	}
}

// The real query answers within its time limit on whatever machine runs the tests.
func TestReducedMotionAnswersInTime(t *testing.T) {
	start := time.Now()
	r, k := ReducedMotion()
	if d := time.Since(start); d > commandTimeout+500*time.Millisecond {
		t.Errorf("ReducedMotion took %v", d)
	}
	if r && !k {
		t.Error("reduced motion reported from an unknown setting")
	}
	t.Logf("this system: reduced=%v known=%v", r, k)
}
