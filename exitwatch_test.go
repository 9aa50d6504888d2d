package main

import (
	"testing"
	"time"
)

// TestExitWatchEndsAStuckProcess: once started, the watch exits with status 0 after its
// grace, and a second start does not start a second countdown.
func TestExitWatchEndsAStuckProcess(t *testing.T) {
	codes := make(chan int, 2)
	w := &exitWatch{grace: 50 * time.Millisecond, exit: func(code int) { codes <- code }}
	w.start("SIGTERM")
	w.start("window closed")
	select {
	case code := <-codes:
		if code != 0 {
			t.Fatalf("exit status %d, want 0", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the watch never ended the process")
	}
	select {
	case <-codes:
		t.Fatal("the watch ended the process twice")
	case <-time.After(200 * time.Millisecond):
	}
}
