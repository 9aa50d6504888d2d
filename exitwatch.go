package main

import (
	"log"
	"os"
	"sync"
	"time"

	"fyne.io/fyne/v2"
)

// stuckExitGrace is how long the process may take to end once it has been told to.
// A normal exit takes 1–4 s even under the race detector on a busy machine.
const stuckExitGrace = 6 * time.Second

// exitWatch ends the process if it is still running stuckExitGrace after the window
// closed or a stop signal arrived. Fyne 2.7.1 can hang at exit: it queues its stop hook
// to the main loop while that loop drains its queue for the last time, then waits for the
// hook forever (seen under load: SIGTERM left the app running). A kiosk or a lecture PC
// must not keep a process without a window. Nothing is lost by leaving this way: Fyne
// writes preferences when they change, and the app keeps nothing else.
type exitWatch struct {
	once  sync.Once
	grace time.Duration
	exit  func(code int)
}

// watchExit returns a watch that calls os.Exit(0) when the grace runs out, started when w
// closes; a stop signal's handler starts it too.
func watchExit(w fyne.Window) *exitWatch {
	e := &exitWatch{grace: stuckExitGrace, exit: os.Exit}
	w.SetOnClosed(func() { e.start("the window closed") })
	return e
}

// start begins the countdown; why names what ended the app, for the log. Only the first
// call counts.
func (e *exitWatch) start(why string) {
	e.once.Do(func() {
		time.AfterFunc(e.grace, func() {
			log.Printf("gutbrain: still running %v after %s; the window toolkit did not finish shutting down, exiting", e.grace, why)
			e.exit(0)
		})
	})
}
