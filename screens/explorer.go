// Package screens builds the app's whole screens from widgets: the explorer now, story,
// lecture and kiosk later. Screens observe the simulation and draw it; they hold no
// physiology of their own.
package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"log"

	"gutbrain/apptheme"
	"gutbrain/assets"
	"gutbrain/diagrams"
	"gutbrain/physiology"
)

// uiInterval is how often, in real seconds, text and gauges follow the model while
// playing. Text is re-rendered as a texture on change, so it is not done every frame.
const uiInterval = 0.2

// Explorer is the main screen: the diagram driven by the model, the controls, the
// explanation panel with glossary, references and about, and gauges with a plot.
type Explorer struct {
	sim      *Simulation
	diagram  *diagrams.Diagram
	legend   *diagrams.Legend
	controls *controlBar
	panel    *infoPanel
	topics   *widget.Select
	tabs     *container.AppTabs
	pages    map[*container.TabItem]*markdownPage
	gauges   *Gauges
	plot     *Plot
	content  fyne.CanvasObject

	win       fyne.Window
	story     *StoryPlayer
	storyView *storyView
	lecture   *Lecture
	inLecture bool
	prevTheme fyne.Theme

	sinceUI float64

	// settings are the presentation choices in force; store, when set, keeps the ones
	// people make in the preferences dialog (see prefsdialog.go).
	settings Settings
	store    fyne.Preferences

	// The panel text waits for the window's first frame (see showPanel).
	panelID      string
	panelWaiting bool
	panelReady   bool
}

// NewExplorer builds the explorer around a fresh, paused simulation.
func NewExplorer() *Explorer {
	e := &Explorer{sim: NewSimulation(), settings: DefaultSettings(false)}
	e.plot = NewPlot()
	e.story = NewStoryPlayer(e.sim, loadStory())
	e.buildWidgets()
	e.Select("overview")
	return e
}

// buildWidgets makes every widget that shows words, around the simulation, the plot's
// history and the story player, which outlive a rebuild (see Rebuild).
func (e *Explorer) buildWidgets() {
	e.diagram = diagrams.NewDiagram()
	e.diagram.OnSelected = func(p diagrams.Part) { e.Select(string(p)) }
	e.legend = diagrams.NewLegend()
	e.legend.OnSelected = func(p diagrams.Part) { e.Select(string(p)) }
	e.gauges = NewGauges()
	e.panel = newInfoPanel()
	e.controls = newControlBar(e)
	e.story.OnBeat = e.onBeat

	e.sim.OnFrame = e.frame
	e.sim.OnPlayingChanged = e.controls.mirrorPlaying

	e.buildLayout()
	e.controls.mirror(e)
	e.refreshViews()
}

func (e *Explorer) buildLayout() {
	topicIDs := assets.TopicIDs()
	var topicNames []string
	for _, id := range topicIDs {
		topicNames = append(topicNames, topicTitle(id))
	}
	e.topics = widget.NewSelect(topicNames, func(name string) {
		for i, n := range topicNames {
			if n == name {
				e.Select(topicIDs[i])
			}
		}
	})
	e.topics.PlaceHolder = lang.L("topic.placeholder")

	explain := container.NewTabItem(lang.L("tab.explain"),
		container.NewBorder(e.topics, nil, nil, nil, e.panel.content))
	e.pages = map[*container.TabItem]*markdownPage{}
	page := func(key string, load func() (string, error)) *container.TabItem {
		m := newMarkdownPage(load)
		item := container.NewTabItem(lang.L(key), m.scroll)
		e.pages[item] = m
		return item
	}
	e.storyView = newStoryView(e.story, false)
	lectureButton := newKeyButton(lang.L("lecture.start"), theme.ComputerIcon(), e.EnterLecture)
	storyTab := container.NewTabItem(lang.L("tab.story"),
		container.NewBorder(nil, lectureButton, nil, nil, e.storyView.content))
	// With large text the measures and the diagram's key move into tabs of their own, so
	// the diagram and the explanation keep room to be read.
	large := LargeText()
	measures := e.measures()
	items := []*container.TabItem{explain, storyTab}
	if large {
		items = append(items,
			container.NewTabItem(lang.L("tab.measures"), container.NewVScroll(measures)),
			container.NewTabItem(lang.L("tab.key"), container.NewVScroll(e.legend)))
	}
	items = append(items,
		page("tab.glossary", glossaryMarkdown),
		page("tab.references", referencesMarkdown),
		page("tab.about", aboutMarkdown))
	e.tabs = container.NewAppTabs(items...)
	e.tabs.OnSelected = func(item *container.TabItem) {
		if m, ok := e.pages[item]; ok {
			m.ensureLoaded()
		}
		if item == storyTab && e.story.Index() < 0 {
			e.story.Go(0)
		}
	}

	// Educational, not medical advice: said on every screen, in words that wrap rather
	// than run off a narrow window.
	disclaimer := widget.NewRichText(&widget.TextSegment{Text: lang.L("disclaimer.short"),
		Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText,
			Alignment: fyne.TextAlignCenter, Inline: true}})
	disclaimer.Wrapping = fyne.TextWrapWord
	prefs := newKeyButton(lang.L("prefs.open"), theme.SettingsIcon(), e.ShowPreferences)
	prefs.Importance = widget.LowImportance
	footer := container.NewBorder(nil, nil, nil, prefs, disclaimer)
	tabs := newTabsFocus(e.tabs).content
	var right, bottom fyne.CanvasObject
	if large {
		right = tabs
		bottom = container.NewVScroll(container.NewVBox(e.controls.flowContent(), footer))
	} else {
		// The explanation gets the larger share; people can drag the divider, and the
		// measures scroll rather than squeeze the text when the window is short.
		split := container.NewVSplit(tabs, container.NewVScroll(measures))
		split.Offset = 0.56
		right = split
		bottom = container.NewVBox(e.legend, e.controls.content, footer)
	}
	diagram := newDiagramFocus(e.diagram) // a keyboard stop that walks the diagram's parts
	var left fyne.CanvasObject = container.NewBorder(nil, bottom, nil, nil, diagram)
	if large {
		// The controls scroll below the diagram rather than squeeze it.
		v := container.NewVSplit(diagram, bottom)
		v.Offset = 0.55
		left = v
	}
	split := container.NewHSplit(left, right)
	split.Offset = 0.68
	if large {
		split.Offset = 0.6
	}
	e.content = split
}

// measures are the gauges, their note and the time-series plot with its key.
func (e *Explorer) measures() fyne.CanvasObject {
	modelNote := widget.NewLabel(lang.L("gauges.note"))
	modelNote.SizeName = theme.SizeNameCaptionText
	modelNote.Wrapping = fyne.TextWrapWord
	return container.NewVBox(widget.NewSeparator(), e.gauges, modelNote, e.plot, e.plotLegend())
}

// LargeText reports whether the theme's text is large (150 % or more), when the
// explorer lays itself out for it.
func LargeText() bool {
	return theme.TextSize() >= 1.45*theme.DefaultTheme().Size(theme.SizeNameText)
}

// topicTitle is a topic panel's own title, so topic names have one home: the content.
func topicTitle(id string) string {
	p, err := assets.LoadPanel(assets.ContentLanguage(), id)
	if err != nil {
		return id
	}
	return p.Title
}

// plotLegend names the plot's lines in their colours.
func (e *Explorer) plotLegend() fyne.CanvasObject {
	var items []fyne.CanvasObject
	for _, q := range plotQuantities {
		sw := canvas.NewRectangle(theme.Color(q.color))
		sw.SetMinSize(fyne.NewSize(14, 4))
		t := canvas.NewText(lang.L(q.key), theme.Color(theme.ColorNameForeground))
		t.TextSize = theme.CaptionTextSize()
		items = append(items, container.NewHBox(container.NewCenter(sw), t))
	}
	columns := 2
	if LargeText() {
		columns = 1
	}
	return container.NewGridWithColumns(columns, items...)
}

// Attach shows the explorer in a window and routes the window's keys to the hotkey table.
func (e *Explorer) Attach(w fyne.Window) {
	e.win = w
	w.SetContent(e.content)
	w.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if e.inLecture {
			e.lecture.HandleKey(ev)
		} else {
			e.HandleKey(ev)
		}
	})
	w.Canvas().SetOnTypedRune(func(r rune) {
		mode := ModeExplorer
		if e.inLecture {
			mode = ModeLecture
		}
		if a, ok := ActionForRune(mode, r); ok && a == ActionHelp {
			showHelp(mode, w)
		}
	})
	w.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) {
			if e.inLecture {
				e.lecture.SaveSlide()
			}
		})
}

// Story is the story player shared by the Story tab and lecture mode.
func (e *Explorer) Story() *StoryPlayer { return e.story }

// Lecture is the lecture screen (nil until lecture mode was first entered).
func (e *Explorer) Lecture() *Lecture { return e.lecture }

// InLecture reports whether lecture mode is on.
func (e *Explorer) InLecture() bool { return e.inLecture }

// EnterLecture switches the window to lecture mode: the story full screen in the
// projector theme with hall-sized text, at the current beat (or the first).
func (e *Explorer) EnterLecture() {
	if e.win == nil || e.inLecture {
		return
	}
	settings := fyne.CurrentApp().Settings()
	e.prevTheme = settings.Theme()
	settings.SetTheme(apptheme.New(apptheme.Projector, LectureScaleFor(e.win.Canvas().Size().Height)))
	if e.lecture == nil {
		e.lecture = newLecture(e)
	}
	e.inLecture = true
	e.win.SetPadded(false) // a black or white screen must reach the edges
	e.win.SetContent(e.lecture.content)
	e.win.SetFullScreen(true)
	e.story.Go(max(e.story.Index(), 0))
	e.sim.Play()
}

// LeaveLecture returns to the explorer with the theme it had.
func (e *Explorer) LeaveLecture() {
	if !e.inLecture {
		return
	}
	e.inLecture = false
	e.lecture.closeSaveDialog() // before the theme changes (see closeSaveDialog)
	if e.prevTheme != nil {
		fyne.CurrentApp().Settings().SetTheme(e.prevTheme)
	}
	e.win.SetFullScreen(false)
	e.win.SetPadded(true)
	e.win.SetContent(e.content)
	e.Select(e.ShownPanel())
}

// onBeat shows a beat everywhere: the selection, the narration and the controls.
func (e *Explorer) onBeat(i int) {
	b := e.story.Beat(i)
	e.show(b.Select)
	if e.tabs != nil && !e.inLecture {
		e.tabs.SelectIndex(1)
	}
	e.storyView.show(i)
	if e.lecture != nil {
		e.lecture.view.show(i)
	}
	e.controls.mirror(e)
}

// loadStory reads the story; without one the story views stay empty rather than failing.
func loadStory() []assets.Beat {
	beats, err := assets.Story(assets.ContentLanguage())
	if err != nil {
		log.Printf("story: %v", err)
	}
	return beats
}

// ResizeSettled resizes a window and lays it out a second time, as Fyne's real driver does
// on its next frame when a widget's minimum size depends on its width (the wrapping
// legend). The software canvas used by --snapshot and the tests has no such frame.
func ResizeSettled(w fyne.Window, size fyne.Size) {
	w.Resize(size.AddWidthHeight(1, 1))
	w.Resize(size)
}

// Content is the screen's root object.
func (e *Explorer) Content() fyne.CanvasObject { return e.content }

// Simulation is the running model and playback.
func (e *Explorer) Simulation() *Simulation { return e.sim }

// Diagram is the gut–brain diagram widget.
func (e *Explorer) Diagram() *diagrams.Diagram { return e.diagram }

// ShownPanel is the id of the panel the explanation tab shows.
func (e *Explorer) ShownPanel() string {
	if e.panelWaiting {
		return e.panelID
	}
	return e.panel.Shown()
}

// showPanel shows a panel's text. Until the window has drawn its first frame the text
// only waits for that frame (the next animation tick): a long wrapped rich text is laid
// out again at every size Fyne tries while it builds and shows a window (its minimum size
// first), which cost more than all the rest of the window's start-up. The test driver
// ticks at once, so tests and --snapshot see the panel straight away.
func (e *Explorer) showPanel(id string) {
	a := fyne.CurrentApp()
	if e.panelReady || a == nil {
		e.panel.Show(id)
		return
	}
	e.panelID = id
	if e.panelWaiting {
		return
	}
	e.panelWaiting = true
	a.Driver().StartAnimation(&fyne.Animation{Tick: func(float32) {
		if e.panelReady {
			return
		}
		e.panelReady, e.panelWaiting = true, false
		e.panel.Show(e.panelID)
	}})
}

// Select shows the panel for a part, route, particle or topic in the Explain tab, and
// highlights it on the diagram when it is drawn there.
func (e *Explorer) Select(id string) {
	e.show(id)
	if e.tabs != nil {
		e.tabs.SelectIndex(0)
	}
}

// show loads a panel and highlights its part, without changing tabs.
func (e *Explorer) show(id string) {
	e.showPanel(id)
	if onDiagram(id) {
		e.diagram.Select(diagrams.Part(id))
	} else {
		e.diagram.Select("")
	}
}

// SetBarrierCompromised flips the barrier between intact (100 %) and compromised.
func (e *Explorer) SetBarrierCompromised(compromised bool) {
	if compromised {
		e.SetIntegrity(CompromisedIntegrity)
	} else {
		e.SetIntegrity(1)
	}
}

// SetIntegrity sets barrier integrity, 0..1.
func (e *Explorer) SetIntegrity(v float64) {
	in := e.sim.Model().Inputs()
	in.Integrity = v
	e.setInputs(in)
}

// SetStress sets psychological stress, 0..1.
func (e *Explorer) SetStress(v float64) {
	in := e.sim.Model().Inputs()
	in.Stress = v
	e.setInputs(in)
}

// SetProbiotic turns the probiotic on or off.
func (e *Explorer) SetProbiotic(on bool) {
	in := e.sim.Model().Inputs()
	in.Probiotic = on
	e.setInputs(in)
}

func (e *Explorer) setInputs(in physiology.Inputs) {
	e.sim.Hold(false) // the person took over from the story
	e.sim.Model().SetInputs(in)
	e.controls.mirror(e)
	e.refreshViews()
}

// TogglePlay plays or pauses simulated time; after a story beat it lets time run again.
func (e *Explorer) TogglePlay() {
	if e.sim.Holding() {
		e.sim.Hold(false)
		if e.sim.Playing() {
			return
		}
	}
	e.sim.TogglePlay()
}

// StepOneHour advances simulated time by one hour (the ⏭ control).
func (e *Explorer) StepOneHour() {
	e.sim.Hold(false)
	e.sim.StepHours(1)
}

// ResetAll returns the model, controls, plot and selection to the start.
func (e *Explorer) ResetAll() {
	e.sim.Reset()
	e.plot.Clear()
	e.controls.mirror(e)
	e.refreshViews()
	e.Select("overview")
}

// HandleKey runs the action bound to a key in the hotkey table; it reports whether the key was used.
func (e *Explorer) HandleKey(ev *fyne.KeyEvent) bool {
	a, ok := ActionForKey(ModeExplorer, ev.Name)
	if !ok {
		return false
	}
	switch a {
	case ActionPlayPause:
		e.TogglePlay()
	case ActionHelp:
		if e.win != nil {
			showHelp(ModeExplorer, e.win)
		}
	case ActionStep:
		e.StepOneHour()
	case ActionToggleBarrier:
		e.SetBarrierCompromised(e.sim.Model().Inputs().Integrity >= 0.999)
	case ActionSpeedDown, ActionSpeedUp:
		e.shiftSpeed(a == ActionSpeedUp)
	case ActionReset:
		e.ResetAll()
	case ActionClearSelect:
		e.Select("overview")
	}
	return true
}

func (e *Explorer) shiftSpeed(up bool) {
	for i, s := range Speeds {
		if s == e.sim.Speed() {
			switch {
			case up && i+1 < len(Speeds):
				e.sim.SetSpeed(Speeds[i+1])
			case !up && i > 0:
				e.sim.SetSpeed(Speeds[i-1])
			}
			break
		}
	}
	e.controls.mirror(e)
}

// frame runs once per animation frame: the model has advanced; move the particles every
// frame and update text, gauges and plot a few times a second.
func (e *Explorer) frame(scaledDt float64) {
	st := e.sim.Model().State()
	e.diagram.SetState(st, e.sim.Model().Inputs())
	e.diagram.Step(scaledDt)
	recorded := e.plot.Record(&st)
	e.sinceUI += scaledDt / e.sim.Speed()
	if scaledDt == 0 || e.sinceUI >= uiInterval {
		e.sinceUI = 0
		e.controls.clock.SetText(FormatClock(st.Hours))
		e.gauges.SetState(&st)
		if recorded || scaledDt == 0 {
			e.plot.Refresh()
		}
	}
}

// refreshViews makes every view show the model now, without moving particles.
func (e *Explorer) refreshViews() {
	e.frame(0)
	e.plot.Refresh()
}

// Warm runs the simulation for a stretch of simulated hours (recording the plot as it
// goes) and then animates the particles for a few seconds of frames, so a still picture
// (--snapshot, golden tests) shows a settled scene. It is deterministic.
func (e *Explorer) Warm(hours float64) {
	m := e.sim.Model()
	for done := 0.0; done < hours; done += plotSampleHours {
		m.Advance(min(plotSampleHours, hours-done))
		st := m.State()
		e.plot.Record(&st)
	}
	const frame = 1.0 / 30
	for i := 0; i < 150; i++ { // five seconds of particle motion at 30 fps
		e.diagram.SetState(m.State(), m.Inputs())
		e.diagram.Step(frame)
	}
	e.refreshViews()
}
