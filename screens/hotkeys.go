package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// Action names something a key does. Screens map actions to their handlers.
type Action string

// The explorer's actions.
const (
	ActionPlayPause     Action = "play-pause"
	ActionStep          Action = "step"
	ActionToggleBarrier Action = "toggle-barrier"
	ActionSpeedDown     Action = "speed-down"
	ActionSpeedUp       Action = "speed-up"
	ActionReset         Action = "reset"
	ActionClearSelect   Action = "clear-selection"
)

// Hotkey binds a key to an action. The help sheet and the key handler are both made
// from Hotkeys, so they cannot drift apart.
type Hotkey struct {
	Key    fyne.KeyName
	Action Action
}

// Hotkeys is the one table of the app's key bindings.
var Hotkeys = []Hotkey{
	{fyne.KeySpace, ActionPlayPause},
	{fyne.KeyN, ActionStep},
	{fyne.KeyB, ActionToggleBarrier},
	{fyne.KeyMinus, ActionSpeedDown},
	{fyne.KeyEqual, ActionSpeedUp},
	{fyne.KeyR, ActionReset},
	{fyne.KeyEscape, ActionClearSelect},
}

// ActionFor returns the action bound to a key, if any.
func ActionFor(k fyne.KeyName) (Action, bool) {
	for _, h := range Hotkeys {
		if h.Key == k {
			return h.Action, true
		}
	}
	return "", false
}

// Description is the localized help text of an action.
func (a Action) Description() string { return lang.L("action." + string(a)) }

// KeyLabel is the localized name of a key, as the help sheet shows it.
func KeyLabel(k fyne.KeyName) string {
	switch k {
	case fyne.KeySpace:
		return lang.L("key.space")
	case fyne.KeyEscape:
		return lang.L("key.escape")
	case fyne.KeyMinus:
		return "−"
	case fyne.KeyEqual:
		return "+ (=)"
	}
	return string(k)
}

// HelpMarkdown is the keyboard help as a markdown table, made from Hotkeys. The README's
// key table is this text (a test keeps them equal).
func HelpMarkdown() string {
	s := "| " + lang.L("help.key") + " | " + lang.L("help.action") + " |\n|---|---|\n"
	for _, h := range Hotkeys {
		s += "| " + KeyLabel(h.Key) + " | " + h.Action.Description() + " |\n"
	}
	return s
}
