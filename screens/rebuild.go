package screens

import "log"

// Rebuild makes every widget again in the language now in force (Fyne widgets take their
// words when they are made), keeping what the person was looking at: the model and its
// clock, playback, the plot's history, the story beat, the selection, the open tab and
// the motion setting. Lecture mode is left first; it is rebuilt when next entered.
func (e *Explorer) Rebuild() {
	e.LeaveLecture()
	shown := e.ShownPanel()
	tab := e.tabs.SelectedIndex()
	motion := e.Motion()
	if beats := loadStory(); !e.story.SetText(beats) {
		log.Printf("story: the %d beats in this language do not match the %d shown; keeping the old words", len(beats), e.story.Len())
	}
	e.lecture = nil
	e.buildWidgets()
	e.SetMotion(motion)
	if e.win != nil {
		e.Attach(e.win)
	}
	e.Select(shown)
	e.tabs.SelectIndex(tab)
	if i := e.story.Index(); i >= 0 {
		e.storyView.show(i)
	}
}
