package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// revealFocused scrolls every scroll container around o so that o is in view. Fyne 2.7.1
// does not do it when Tab moves the focus, and with large text the explorer's controls
// sit in a scroll under the diagram: a keyboard user must see where the focus went.
func revealFocused(o fyne.CanvasObject) {
	c := canvasOf(o)
	if c == nil || c.Content() == nil {
		return
	}
	path := pathTo(c.Content(), o)
	pad := theme.Padding()
	for i := len(path) - 2; i >= 0; i-- { // innermost scroll first
		s, ok := path[i].(*container.Scroll)
		if !ok {
			continue
		}
		// Where o is inside the scroll's content.
		var at fyne.Position
		for _, p := range path[i+1:] {
			at = at.Add(p.Position())
		}
		at = at.Subtract(path[i+1].Position()) // the content's own position is the scroll offset
		size, view := o.Size(), s.Size()
		off := s.Offset
		if s.Direction != container.ScrollHorizontalOnly {
			off.Y = within(off.Y, at.Y-pad, at.Y+size.Height+pad, view.Height)
		}
		if s.Direction != container.ScrollVerticalOnly {
			off.X = within(off.X, at.X-pad, at.X+size.Width+pad, view.Width)
		}
		s.ScrollToOffset(off) // Fyne keeps the offset within the content
	}
}

// within moves a scroll offset by as little as possible to show the span from start to
// end in a view of the given length (its start, when the span is longer than the view).
func within(offset, start, end, view float32) float32 {
	if end > offset+view {
		offset = end - view
	}
	if start < offset {
		offset = start
	}
	return max(offset, 0)
}

// pathTo is the chain of objects from root down to target, through containers, scrolls,
// splits, the selected tab and the app's own wrappers (nil when target is not found
// among them).
func pathTo(root, target fyne.CanvasObject) []fyne.CanvasObject {
	if root == nil {
		return nil
	}
	if root == target {
		return []fyne.CanvasObject{root}
	}
	var children []fyne.CanvasObject
	switch o := root.(type) {
	case *fyne.Container:
		children = o.Objects
	case *container.Scroll:
		children = []fyne.CanvasObject{o.Content}
	case *container.Split:
		children = []fyne.CanvasObject{o.Leading, o.Trailing}
	case *container.AppTabs:
		if item := o.Selected(); item != nil {
			children = []fyne.CanvasObject{item.Content}
		}
	case *container.ThemeOverride:
		children = []fyne.CanvasObject{o.Content}
	case *diagramFocus:
		children = []fyne.CanvasObject{o.diagram}
	}
	for _, child := range children {
		if child == nil || !child.Visible() {
			continue
		}
		if p := pathTo(child, target); p != nil {
			return append([]fyne.CanvasObject{root}, p...)
		}
	}
	return nil
}
