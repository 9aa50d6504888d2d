package screens

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/storage/repository"
)

// The lecture's Ctrl+S (and its Save slide button) opens Fyne's file dialog, and random
// clicks in it save files, make folders and climb to the parent folder — up to "/" of the
// machine the fuzz runs on. So for the fuzz the "file" scheme is a jail: the real file
// repository restricted to a folder deep inside the test's temporary folder, whose top
// has no parent. HOME points into it, so the dialog starts there.
//
// The dialog's "new folder" calls os.MkdirAll itself, outside any repository; the jail's
// depth keeps even a typed "../" or two inside the test's temporary folder.

// errJailed is what the jail answers for anything outside it.
var errJailed = errors.New("guifuzz: outside the fuzz's file jail")

// fileJail is a repository for the "file" scheme that only sees inside root.
type fileJail struct {
	root  string
	inner interface {
		repository.WritableRepository
		repository.ListableRepository
		repository.HierarchicalRepository
	}
}

var (
	_ repository.WritableRepository     = (*fileJail)(nil)
	_ repository.ListableRepository     = (*fileJail)(nil)
	_ repository.HierarchicalRepository = (*fileJail)(nil)
)

// jailFiles installs the jail for the rest of the test and points HOME into it.
func jailFiles(t *testing.T) {
	t.Helper()
	prev, err := repository.ForScheme("file")
	if err != nil {
		t.Fatal(err)
	}
	inner, ok := prev.(interface {
		repository.WritableRepository
		repository.ListableRepository
		repository.HierarchicalRepository
	})
	if !ok {
		t.Fatalf("the file repository %T cannot be jailed", prev)
	}
	root := filepath.Join(t.TempDir(), "a", "b", "c", "d", "jail")
	home := filepath.Join(root, "home")
	if err := os.MkdirAll(home, 0o750); err != nil {
		t.Fatal(err)
	}
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	repository.Register("file", &fileJail{root: root, inner: inner})
	t.Cleanup(func() { repository.Register("file", prev) })
}

func (j *fileJail) in(u fyne.URI) bool {
	p := filepath.Clean(u.Path())
	return u.Scheme() == "file" && (p == j.root || strings.HasPrefix(p, j.root+string(filepath.Separator)))
}

func (j *fileJail) Exists(u fyne.URI) (bool, error) {
	if !j.in(u) {
		return false, nil
	}
	return j.inner.Exists(u)
}

func (j *fileJail) Reader(u fyne.URI) (fyne.URIReadCloser, error) {
	if !j.in(u) {
		return nil, errJailed
	}
	return j.inner.Reader(u)
}

func (j *fileJail) CanRead(u fyne.URI) (bool, error) {
	if !j.in(u) {
		return false, nil
	}
	return j.inner.CanRead(u)
}

func (j *fileJail) Destroy(string) {}

func (j *fileJail) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	if !j.in(u) {
		return nil, errJailed
	}
	return j.inner.Writer(u)
}

func (j *fileJail) CanWrite(u fyne.URI) (bool, error) {
	if !j.in(u) {
		return false, nil
	}
	return j.inner.CanWrite(u)
}

func (j *fileJail) Delete(u fyne.URI) error {
	if !j.in(u) {
		return errJailed
	}
	return j.inner.Delete(u)
}

func (j *fileJail) CanList(u fyne.URI) (bool, error) {
	if !j.in(u) {
		return false, nil
	}
	return j.inner.CanList(u)
}

func (j *fileJail) List(u fyne.URI) ([]fyne.URI, error) {
	if !j.in(u) {
		return nil, errJailed
	}
	return j.inner.List(u)
}

func (j *fileJail) CreateListable(u fyne.URI) error {
	if !j.in(u) {
		return errJailed
	}
	return j.inner.CreateListable(u)
}

// Parent is the real parent inside the jail; the jail's top is a root.
func (j *fileJail) Parent(u fyne.URI) (fyne.URI, error) {
	if !j.in(u) || filepath.Clean(u.Path()) == j.root {
		return nil, repository.ErrURIRoot
	}
	return j.inner.Parent(u)
}

func (j *fileJail) Child(u fyne.URI, name string) (fyne.URI, error) {
	return j.inner.Child(u, name)
}

// TestFileJail: inside the jail files can be listed, written and read; outside nothing
// can, and the jail's top has no parent for a file dialog to climb to.
func TestFileJail(t *testing.T) {
	jailFiles(t)
	home := storage.NewFileURI(os.Getenv("HOME"))
	if _, err := storage.ListerForURI(home); err != nil {
		t.Fatalf("home %v cannot be listed in the jail: %v", home, err)
	}
	f, _ := storage.Child(home, "slide.png")
	if err := writeURI(f, "png"); err != nil {
		t.Fatalf("writing %v in the jail: %v", f, err)
	}
	r, err := storage.Reader(f)
	if err != nil {
		t.Fatalf("reading %v back: %v", f, err)
	}
	got, err := io.ReadAll(r)
	r.Close()
	if err != nil || string(got) != "png" {
		t.Fatalf("reading %v back: %q, %v", f, got, err)
	}
	for _, outside := range []string{"/", "/tmp", filepath.Dir(filepath.Dir(os.Getenv("HOME")))} {
		u := storage.NewFileURI(outside)
		if _, err := storage.ListerForURI(u); err == nil {
			t.Errorf("%s can be listed from inside the jail", outside)
		}
		if c, _ := storage.Child(u, "x.png"); writeURI(c, "x") == nil {
			t.Errorf("%v can be written from inside the jail", c)
		}
	}
	top, _ := storage.Parent(home)
	if p, err := storage.Parent(top); err == nil || p != nil {
		t.Errorf("the jail's top %v has a parent %v", top, p)
	}
}

func writeURI(u fyne.URI, s string) error {
	w, err := storage.Writer(u)
	if err != nil {
		return err
	}
	_, err = w.Write([]byte(s))
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	return err
}
