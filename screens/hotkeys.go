package screens

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
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
	ActionHelp          Action = "help"
)

// The lecture's actions.
const (
	ActionNextBeat       Action = "next-beat"
	ActionPrevBeat       Action = "prev-beat"
	ActionFirstBeat      Action = "first-beat"
	ActionLastBeat       Action = "last-beat"
	ActionDigit          Action = "digit"
	ActionBlack          Action = "black"
	ActionWhite          Action = "white"
	ActionFullScreen     Action = "full-screen"
	ActionLeaveFull      Action = "leave-full-screen"
	ActionSpotlight      Action = "spotlight"
	ActionStartShow      Action = "start-show"
	ActionSaveSlideImage Action = "save-slide"
)

// ActionOperatorExit is the kiosk's one way out: the operator's chord, then the PIN.
const ActionOperatorExit Action = "operator-exit"

// Keyboard navigation: what keys do to the focused control (Focused bindings). The focus
// stops are the diagram (each selectable part in turn), the controls, the tab row and
// whatever the tab shows.
const (
	ActionFocusNext     Action = "focus-next"
	ActionFocusPrevious Action = "focus-previous"
	ActionMoveNext      Action = "move-next"
	ActionMovePrevious  Action = "move-previous"
	ActionMoveFirst     Action = "move-first"
	ActionMoveLast      Action = "move-last"
	ActionActivate      Action = "activate"
	ActionScrollDown    Action = "scroll-down"
	ActionScrollUp      Action = "scroll-up"
)

// Mode is the screen a binding belongs to.
type Mode string

// The modes with key bindings.
const (
	ModeExplorer Mode = "explorer"
	ModeLecture  Mode = "lecture"
	ModeKiosk    Mode = "kiosk"
)

// Hotkey binds a key (by name) or a typed character (by rune) to an action in a mode.
// The key handlers and the help sheet are both made from Hotkeys, so they cannot drift.
type Hotkey struct {
	Mode     Mode
	Key      fyne.KeyName     // "" when the binding is a rune
	Rune     rune             // 0 when the binding is a key name
	Shortcut bool             // Ctrl (⌘ on macOS) + Key, or the Modifier chord when one is set
	Modifier fyne.KeyModifier // with Key: a chord of these modifiers (desktop.CustomShortcut), or held with a Focused key
	// Focused bindings act on the control that has keyboard focus (FocusAction); the
	// window's hotkeys (ActionForKey) ignore them. Focused controls hand every other key
	// to the window, so the hotkeys keep working while something has focus.
	Focused bool
	Action  Action
}

func key(m Mode, k fyne.KeyName, a Action) Hotkey { return Hotkey{Mode: m, Key: k, Action: a} }

func focusKey(k fyne.KeyName, mod fyne.KeyModifier, a Action) Hotkey {
	return Hotkey{Mode: ModeExplorer, Key: k, Modifier: mod, Focused: true, Action: a}
}

// Hotkeys is the one table of the app's key bindings. In lecture mode the keys follow
// presentation clickers and PowerPoint/reveal.js: a clicker's Esc/F5 pair never quits or
// restarts the talk.
var Hotkeys = []Hotkey{
	key(ModeExplorer, fyne.KeySpace, ActionPlayPause),
	// P pauses even on a focused button, where Space presses the button (WCAG 2.2.2).
	key(ModeExplorer, fyne.KeyP, ActionPlayPause),
	key(ModeExplorer, fyne.KeyN, ActionStep),
	key(ModeExplorer, fyne.KeyB, ActionToggleBarrier),
	key(ModeExplorer, fyne.KeyMinus, ActionSpeedDown),
	key(ModeExplorer, fyne.KeyEqual, ActionSpeedUp),
	key(ModeExplorer, fyne.KeyR, ActionReset),
	key(ModeExplorer, fyne.KeyEscape, ActionClearSelect),
	key(ModeExplorer, fyne.KeyF1, ActionHelp),
	{Mode: ModeExplorer, Rune: '?', Action: ActionHelp},
	// Moving around with the keyboard, in the order of ARIA's practices: Tab between
	// stops, arrows within a group, Enter (or Space on buttons and check boxes) to act.
	focusKey(fyne.KeyTab, 0, ActionFocusNext),
	focusKey(fyne.KeyTab, fyne.KeyModifierShift, ActionFocusPrevious),
	focusKey(fyne.KeyRight, 0, ActionMoveNext),
	focusKey(fyne.KeyLeft, 0, ActionMovePrevious),
	focusKey(fyne.KeyHome, 0, ActionMoveFirst),
	focusKey(fyne.KeyEnd, 0, ActionMoveLast),
	focusKey(fyne.KeyReturn, 0, ActionActivate),
	focusKey(fyne.KeyEnter, 0, ActionActivate),
	focusKey(fyne.KeyDown, 0, ActionScrollDown),
	focusKey(fyne.KeyPageDown, 0, ActionScrollDown),
	focusKey(fyne.KeyUp, 0, ActionScrollUp),
	focusKey(fyne.KeyPageUp, 0, ActionScrollUp),

	key(ModeLecture, fyne.KeyPageDown, ActionNextBeat),
	key(ModeLecture, fyne.KeyRight, ActionNextBeat),
	key(ModeLecture, fyne.KeyDown, ActionNextBeat),
	key(ModeLecture, fyne.KeySpace, ActionNextBeat),
	key(ModeLecture, fyne.KeyReturn, ActionNextBeat),
	key(ModeLecture, fyne.KeyEnter, ActionNextBeat),
	key(ModeLecture, fyne.KeyPageUp, ActionPrevBeat),
	key(ModeLecture, fyne.KeyLeft, ActionPrevBeat),
	key(ModeLecture, fyne.KeyUp, ActionPrevBeat),
	key(ModeLecture, fyne.KeyBackspace, ActionPrevBeat),
	key(ModeLecture, fyne.KeyHome, ActionFirstBeat),
	key(ModeLecture, fyne.KeyEnd, ActionLastBeat),
	key(ModeLecture, fyne.Key0, ActionDigit),
	key(ModeLecture, fyne.Key1, ActionDigit),
	key(ModeLecture, fyne.Key2, ActionDigit),
	key(ModeLecture, fyne.Key3, ActionDigit),
	key(ModeLecture, fyne.Key4, ActionDigit),
	key(ModeLecture, fyne.Key5, ActionDigit),
	key(ModeLecture, fyne.Key6, ActionDigit),
	key(ModeLecture, fyne.Key7, ActionDigit),
	key(ModeLecture, fyne.Key8, ActionDigit),
	key(ModeLecture, fyne.Key9, ActionDigit),
	key(ModeLecture, fyne.KeyB, ActionBlack),
	key(ModeLecture, fyne.KeyPeriod, ActionBlack),
	key(ModeLecture, fyne.KeyW, ActionWhite),
	key(ModeLecture, fyne.KeyComma, ActionWhite),
	key(ModeLecture, fyne.KeyF, ActionFullScreen),
	key(ModeLecture, fyne.KeyF11, ActionFullScreen),
	key(ModeLecture, fyne.KeyF5, ActionStartShow),
	key(ModeLecture, fyne.KeyEscape, ActionLeaveFull),
	key(ModeLecture, fyne.KeyS, ActionSpotlight),
	key(ModeLecture, fyne.KeyF1, ActionHelp),
	{Mode: ModeLecture, Rune: '?', Action: ActionHelp},
	{Mode: ModeLecture, Key: fyne.KeyS, Shortcut: true, Action: ActionSaveSlideImage},

	// The kiosk: the explorer's keys work too (except help); this chord is the way out.
	{Mode: ModeKiosk, Key: fyne.KeyQ, Shortcut: true,
		Modifier: fyne.KeyModifierControl | fyne.KeyModifierAlt | fyne.KeyModifierShift, Action: ActionOperatorExit},
}

// ActionForKey returns the action a plain key (no Ctrl) has in a mode.
func ActionForKey(m Mode, k fyne.KeyName) (Action, bool) {
	for _, h := range Hotkeys {
		if h.Mode == m && !h.Shortcut && !h.Focused && h.Modifier == 0 && h.Key == k && h.Key != "" {
			return h.Action, true
		}
	}
	return "", false
}

// FocusAction returns the action a key, with the modifiers held, has on the focused
// control in a mode. Only Shift tells bindings apart (Shift+Tab); other modifiers are
// ignored, as Fyne does when it moves focus.
func FocusAction(m Mode, k fyne.KeyName, held fyne.KeyModifier) (Action, bool) {
	shift := held & fyne.KeyModifierShift
	for _, h := range Hotkeys {
		if h.Mode == m && h.Focused && h.Key == k && h.Modifier&fyne.KeyModifierShift == shift {
			return h.Action, true
		}
	}
	return "", false
}

// ActionForRune returns the action a typed character has in a mode.
func ActionForRune(m Mode, r rune) (Action, bool) {
	for _, h := range Hotkeys {
		if h.Mode == m && h.Rune != 0 && h.Rune == r {
			return h.Action, true
		}
	}
	return "", false
}

// Description is the localized help text of an action.
func (a Action) Description() string { return lang.L("action." + string(a)) }

// Label is the localized name of a binding, as the help sheet shows it.
func (h Hotkey) Label() string {
	if h.Rune != 0 {
		return string(h.Rune)
	}
	name := KeyLabel(h.Key)
	if h.Modifier != 0 {
		return modifierLabel(h.Modifier) + name
	}
	if h.Shortcut {
		return lang.L("key.ctrl") + "+" + name
	}
	return name
}

// modifierLabel names a chord's modifiers, each followed by "+", in the usual order.
func modifierLabel(m fyne.KeyModifier) string {
	s := ""
	for _, mk := range []struct {
		mod fyne.KeyModifier
		key string
	}{{fyne.KeyModifierControl, "key.ctrl"}, {fyne.KeyModifierAlt, "key.alt"}, {fyne.KeyModifierShift, "key.shift"}} {
		if m&mk.mod != 0 {
			s += lang.L(mk.key) + "+"
		}
	}
	return s
}

// Chord returns the shortcut bound to an action as a chord in a mode (nil if none).
func Chord(m Mode, a Action) *desktop.CustomShortcut {
	for _, h := range Hotkeys {
		if h.Mode == m && h.Action == a && h.Modifier != 0 && !h.Focused {
			return &desktop.CustomShortcut{KeyName: h.Key, Modifier: h.Modifier}
		}
	}
	return nil
}

// KeyLabel is the localized name of a key.
func KeyLabel(k fyne.KeyName) string {
	switch k {
	case fyne.KeySpace, fyne.KeyEscape, fyne.KeyPageDown, fyne.KeyPageUp, fyne.KeyReturn, fyne.KeyEnter,
		fyne.KeyBackspace, fyne.KeyHome, fyne.KeyEnd, fyne.KeyTab:
		return lang.L("key." + strings.ToLower(string(k)))
	case fyne.KeyRight:
		return "→"
	case fyne.KeyLeft:
		return "←"
	case fyne.KeyUp:
		return "↑"
	case fyne.KeyDown:
		return "↓"
	case fyne.KeyMinus:
		return "−"
	case fyne.KeyEqual:
		return "+ (=)"
	case fyne.KeyPeriod:
		return lang.L("key.period")
	case fyne.KeyComma:
		return lang.L("key.comma")
	}
	return string(k)
}

// HelpRow is one line of the keyboard help: every binding of one action.
type HelpRow struct {
	Keys   []string
	Action Action
}

// HelpRows groups a mode's bindings by action, in table order.
func HelpRows(m Mode) []HelpRow {
	var rows []HelpRow
	index := map[Action]int{}
	for _, h := range Hotkeys {
		if h.Mode != m {
			continue
		}
		i, ok := index[h.Action]
		if !ok {
			i = len(rows)
			index[h.Action] = i
			rows = append(rows, HelpRow{Action: h.Action})
		}
		rows[i].Keys = append(rows[i].Keys, h.Label())
	}
	return rows
}

// HelpMarkdown is a mode's keyboard help as a markdown table, made from Hotkeys. The
// README's key tables are this text (a test keeps them equal).
func HelpMarkdown(m Mode) string {
	s := "| " + lang.L("help.key") + " | " + lang.L("help.action") + " |\n|---|---|\n"
	for _, r := range HelpRows(m) {
		keys := strings.Join(r.Keys, ", ")
		if r.Action == ActionDigit {
			keys = lang.L("key.digits")
		}
		s += "| " + keys + " | " + r.Action.Description() + " |\n"
	}
	return s
}
