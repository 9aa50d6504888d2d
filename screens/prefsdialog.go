package screens

import (
	"fmt"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gutbrain/apptheme"
	"gutbrain/assets"
	"gutbrain/diagrams"
)

// UseSettings records the settings in force (main has already applied the theme and the
// language before building the screen) and puts the motion setting into effect. store,
// when not nil, is where the preferences dialog keeps what people change.
func (e *Explorer) UseSettings(s Settings, store fyne.Preferences) {
	e.settings = s
	e.store = store
	e.SetMotion(s.Motion)
}

// Settings are the presentation settings in force.
func (e *Explorer) Settings() Settings { return e.settings }

// ApplyTheme puts a theme and text size into effect for the whole app.
func ApplyTheme(s Settings) {
	fyne.CurrentApp().Settings().SetTheme(apptheme.New(s.Theme, float32(s.Scale)))
}

// ShowPreferences opens the preferences dialog. Every change takes effect at once and is
// stored; a language change rebuilds the screen in the new language and opens the
// dialog again there.
func (e *Explorer) ShowPreferences() {
	if e.win == nil || e.inLecture {
		return
	}
	var d dialog.Dialog
	themes := apptheme.Variants()
	themeNames := make([]string, len(themes))
	for i, t := range themes {
		themeNames[i] = lang.L("prefs.theme." + string(t))
	}
	themeChoice := widget.NewRadioGroup(themeNames, nil)
	themeChoice.Required = true
	themeChoice.SetSelected(themeNames[max(indexOf(themes, e.settings.Theme), 0)])
	themeChoice.OnChanged = func(name string) {
		if i := indexOf(themeNames, name); i >= 0 && themes[i] != e.settings.Theme {
			e.settings.Theme = themes[i]
			e.save(func(p fyne.Preferences) { SaveTheme(p, themes[i]) })
			e.applyLook()
		}
	}

	scaleNames := make([]string, len(TextScales))
	for i, f := range TextScales {
		scaleNames[i] = fmt.Sprintf("%.0f %%", f*100)
	}
	scaleChoice := widget.NewSelect(scaleNames, nil)
	scaleChoice.SetSelectedIndex(nearestScale(e.settings.Scale))
	scaleChoice.OnChanged = func(string) {
		if f := TextScales[scaleChoice.SelectedIndex()]; f != e.settings.Scale {
			e.settings.Scale = f
			e.save(func(p fyne.Preferences) { SaveScale(p, f) })
			e.applyLook()
		}
	}

	motions := diagrams.Motions()
	motionNames := make([]string, len(motions))
	for i, m := range motions {
		motionNames[i] = lang.L("prefs.motion." + string(m))
	}
	motionChoice := widget.NewRadioGroup(motionNames, nil)
	motionChoice.Required = true
	motionChoice.SetSelected(motionNames[max(indexOf(motions, e.settings.Motion), 0)])
	motionChoice.OnChanged = func(name string) {
		if i := indexOf(motionNames, name); i >= 0 && motions[i] != e.settings.Motion {
			e.settings.Motion = motions[i]
			e.save(func(p fyne.Preferences) { SaveMotion(p, motions[i]) })
			e.SetMotion(motions[i])
		}
	}

	// "" is the system's language; the others are named in their own language.
	codes := append([]string{""}, assets.Languages()...)
	langNames := make([]string, len(codes))
	langNames[0] = lang.L("prefs.language.system", map[string]string{"Language": lang.L("language." + assets.Language())})
	for i, c := range codes[1:] {
		langNames[i+1] = lang.L("language." + c)
	}
	langChoice := widget.NewSelect(langNames, nil)
	langChoice.SetSelectedIndex(max(indexOf(codes, e.settings.Language), 0))
	langChoice.OnChanged = func(string) {
		code := codes[langChoice.SelectedIndex()]
		if code == e.settings.Language {
			return
		}
		e.settings.Language = code
		e.save(func(p fyne.Preferences) { SaveLanguage(p, code) })
		d.Hide()
		e.SwitchLanguage(code)
		e.ShowPreferences()
	}

	note := widget.NewLabel(lang.L("prefs.note"))
	note.Wrapping = fyne.TextWrapWord
	note.SizeName = theme.SizeNameCaptionText
	form := widget.NewForm(
		widget.NewFormItem(lang.L("prefs.theme"), themeChoice),
		widget.NewFormItem(lang.L("prefs.scale"), scaleChoice),
		widget.NewFormItem(lang.L("prefs.motion"), motionChoice),
		widget.NewFormItem(lang.L("prefs.language"), langChoice),
	)
	// It scrolls rather than grows past the window with large text or a long language.
	body := container.NewVBox(form, note)
	d = dialog.NewCustom(lang.L("prefs.title"), lang.L("prefs.close"), container.NewVScroll(body), e.win)
	// As tall as its settings need (title, a wrapped note line and the button besides),
	// at most 85 % of the window.
	size := e.win.Canvas().Size()
	extra := 4*theme.TextSize() + 8*theme.Padding() + 2*theme.TextSize()
	d.Resize(fyne.NewSize(size.Width*0.7, min(size.Height*0.85, body.MinSize().Height+extra)))
	d.Show()
}

// applyLook puts the theme and text size into effect and rebuilds the screen: some of
// its drawings take their colours when made, and large text has a layout of its own.
func (e *Explorer) applyLook() {
	ApplyTheme(e.settings)
	e.Rebuild()
}

// SwitchLanguage shows the app in another language ("" for the system's) and rebuilds
// the screen in it.
func (e *Explorer) SwitchLanguage(code string) {
	if code == "" {
		code = assets.Language()
	}
	if err := assets.UseLanguage(code); err != nil {
		log.Printf("preferences: %v", err)
		return
	}
	if e.win != nil {
		e.win.SetTitle(lang.L("app.title"))
	}
	e.Rebuild()
}

func (e *Explorer) save(set func(fyne.Preferences)) {
	if e.store != nil {
		set(e.store)
	}
}

func nearestScale(f float64) int {
	best := 0
	for i, s := range TextScales {
		if abs64(s-f) < abs64(TextScales[best]-f) {
			best = i
		}
	}
	return best
}

func abs64(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

func indexOf[T comparable](list []T, v T) int {
	for i, x := range list {
		if x == v {
			return i
		}
	}
	return -1
}
