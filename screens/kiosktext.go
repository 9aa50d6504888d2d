package screens

import (
	"strings"

	"fyne.io/fyne/v2/widget"
)

// zeroWidthSpace starts inline text that follows other inline text (see kioskText).
const zeroWidthSpace = "\u200b"

// kioskText readies a RichText for the kiosk after its markdown was parsed:
//
//   - every hyperlink becomes plain text, so nothing opens a browser or leaves the app and
//     nothing inside a scroll is tappable;
//   - inline text that follows other inline text (an italic evidence label after a
//     sentence) starts with a zero-width space. Fyne 2.7.1 lays out a segment that starts
//     in the last few pixels of a line one character per line (fyne-io/fyne #3711,
//     #4303, fixed after 2.7.1 by PR #6200); a leading character of zero width always
//     fits, and the segment then wraps to the next line as it should.
func kioskText(rt *widget.RichText) {
	changed := false
	var fix func(segs []widget.RichTextSegment)
	fix = func(segs []widget.RichTextSegment) {
		for i, s := range segs {
			if h, ok := s.(*widget.HyperlinkSegment); ok {
				s = &widget.TextSegment{Text: h.Text, Style: widget.RichTextStyleInline}
				segs[i] = s
				changed = true
			}
			switch s := s.(type) {
			case *widget.TextSegment:
				if i > 0 && segs[i-1].Inline() && !strings.HasPrefix(s.Text, zeroWidthSpace) {
					s.Text = zeroWidthSpace + s.Text
					changed = true
				}
			case *widget.ListSegment:
				fix(s.Items)
			case *widget.ParagraphSegment:
				fix(s.Texts)
			}
		}
	}
	fix(rt.Segments)
	if changed {
		rt.Refresh()
	}
}
