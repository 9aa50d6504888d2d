package screens

import (
	"fmt"
	"image/png"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gutbrain/apptheme"
)

// LectureScaleFor is lecture mode's text scale for a screen height: 1.5 on a 1080p
// projector (labels at least 20 px, narration 36 px), less on smaller screens so the
// picture and the narration still fit, more on larger ones.
func LectureScaleFor(height float32) float32 {
	return min(max(height/720, 1), 2)
}

// maxBeatDigits bounds a typed beat number.
const maxBeatDigits = 3

// Lecture is the story on a projector: the diagram large, the beat's narration beside it
// in hall-sized text, driven by a presenter's clicker through the lecture's hotkeys.
type Lecture struct {
	ex      *Explorer
	view    *storyView
	blank   *canvas.Rectangle
	spot    *spotlight
	digits  string
	content fyne.CanvasObject
	save    dialog.Dialog // the "Save slide" file dialog while it is open
}

func newLecture(ex *Explorer) *Lecture {
	l := &Lecture{ex: ex}
	l.view = newStoryView(ex.story, true)
	save := newKeyButton(lang.L("lecture.save"), theme.DocumentSaveIcon(), l.SaveSlide)
	leave := newKeyButton(lang.L("lecture.leave"), theme.NavigateBackIcon(), ex.LeaveLecture)
	hint := widget.NewLabel(lang.L("lecture.hint"))
	hint.SizeName = theme.SizeNameCaptionText
	hint.Wrapping = fyne.TextWrapWord
	column := container.NewBorder(nil, container.NewVBox(hint, container.NewHBox(save, leave)), nil, nil, l.view.content)
	stage := container.NewBorder(nil, ex.legend, nil, nil, ex.diagram)
	split := container.NewHSplit(stage, column)
	split.Offset = 0.64

	l.blank = canvas.NewRectangle(theme.Color(apptheme.ColorBlackout))
	l.blank.Hide()
	l.spot = newSpotlight()
	l.spot.Hide()
	l.content = container.New(&lectureLayout{l: l}, split, l.spot, l.blank)
	return l
}

// lectureLayout stacks the lecture's layers and keeps the text scale matched to the
// screen: full screen arrives after the window is shown, and a projector may differ.
type lectureLayout struct {
	l       *Lecture
	applied float32
}

func (ll *lectureLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.Position{})
		o.Resize(size)
	}
	if scale := LectureScaleFor(size.Height); scale != ll.applied && size.Height > 0 && ll.l.ex.inLecture {
		ll.applied = scale
		ll.l.closeSaveDialog()
		fyne.CurrentApp().Settings().SetTheme(apptheme.New(apptheme.Projector, scale))
	}
}

func (ll *lectureLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return objs[0].MinSize()
}

// Blanked reports whether the screen is blacked or whited out.
func (l *Lecture) Blanked() bool { return l.blank.Visible() }

// SpotlightOn reports whether the spotlight is on.
func (l *Lecture) SpotlightOn() bool { return l.spot.Visible() }

// Progress is the beat progress on screen, e.g. "5 / 14".
func (l *Lecture) Progress() string { return l.view.Progress() }

func (l *Lecture) blankWith(c fyne.ThemeColorName) {
	l.blank.FillColor = theme.Color(c)
	l.blank.Show()
	l.blank.Refresh()
}

// HandleKey runs a lecture key; it reports whether the key was used. While the screen is
// blank any key brings the picture back and does nothing else.
func (l *Lecture) HandleKey(ev *fyne.KeyEvent) bool {
	if l.blank.Visible() {
		l.blank.Hide()
		return true
	}
	a, ok := ActionForKey(ModeLecture, ev.Name)
	if !ok {
		l.digits = ""
		return false
	}
	if a != ActionDigit && a != ActionNextBeat {
		l.digits = ""
	}
	w := l.ex.win
	p := l.ex.story
	switch a {
	case ActionNextBeat:
		if l.digits != "" && (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter) {
			var n int
			fmt.Sscanf(l.digits, "%d", &n)
			l.digits = ""
			p.Go(n - 1)
			return true
		}
		l.digits = ""
		p.Next()
	case ActionPrevBeat:
		p.Prev()
	case ActionFirstBeat:
		p.First()
	case ActionLastBeat:
		p.Last()
	case ActionDigit:
		if len(l.digits) < maxBeatDigits {
			l.digits += string(ev.Name)
		}
	case ActionBlack:
		l.blankWith(apptheme.ColorBlackout)
	case ActionWhite:
		l.blankWith(apptheme.ColorWhiteout)
	case ActionFullScreen:
		w.SetFullScreen(!w.FullScreen())
	case ActionStartShow:
		w.SetFullScreen(true)
	case ActionLeaveFull:
		if l.spot.Visible() {
			l.spot.Hide()
		} else {
			w.SetFullScreen(false)
		}
	case ActionSpotlight:
		if l.spot.Visible() {
			l.spot.Hide()
		} else {
			l.spot.Show()
			l.spot.Refresh()
		}
	case ActionHelp:
		showHelp(ModeLecture, w)
	}
	return true
}

// SaveSlide asks where to save the current beat as a 1920×1080 PNG and writes it.
func (l *Lecture) SaveSlide() {
	i := l.ex.story.Index()
	if i < 0 {
		return
	}
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		l.save = nil
		if err != nil || wc == nil {
			return
		}
		img := RenderSlide(l.ex.story, i, SlideSize)
		err = png.Encode(wc, img)
		if cerr := wc.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			log.Printf("save slide: %v", err)
			dialog.ShowError(fmt.Errorf("%s: %w", lang.L("lecture.savefailed"), err), l.ex.win)
		}
	}, l.ex.win)
	d.SetFileName(fmt.Sprintf("gut-brain-beat-%02d.png", i+1))
	d.SetFilter(storage.NewExtensionFileFilter([]string{".png"}))
	l.closeSaveDialog()
	l.save = d
	d.Show()
}

// closeSaveDialog closes the "Save slide" dialog if it is open. It must be closed before
// the theme changes: Fyne 2.7.1's file dialog names files in labels that wrap and
// truncate, and such a label panics when a theme change makes one line of text taller
// than the label (widget/richtext.go updateRowBounds indexes an empty list of rows). The
// lecture changes its text scale when the screen size changes and leaves its projector
// theme when it ends. Found by the GUI fuzz (guifuzz_regress_test.go).
func (l *Lecture) closeSaveDialog() {
	if d := l.save; d != nil {
		l.save = nil
		d.Hide()
	}
}
