package atomicfile

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "a.docx")
	if err := Write(name, []byte("one")); err != nil {
		t.Fatal(err)
	}
	if err := Write(name, []byte("two")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(name); string(b) != "two" {
		t.Errorf("content %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}
	// A directory that does not exist: an error, and nothing written.
	if err := Write(filepath.Join(dir, "no", "b.docx"), []byte("x")); err == nil {
		t.Error("wrote into a missing directory")
	}
	// The target is a directory: the rename fails and the temp file goes.
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	os.WriteFile(filepath.Join(sub, "keep"), nil, 0o644)
	if err := Write(sub, []byte("x")); err == nil {
		t.Error("replaced a directory")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("after a failed write: %v", entries)
	}
}

func TestCreateAbort(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "out.zip")
	os.WriteFile(name, []byte("old"), 0o644)
	f, err := Create(name)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("half"))
	f.Abort()
	f.Abort() // twice is harmless
	if b, _ := os.ReadFile(name); string(b) != "old" {
		t.Errorf("an aborted write changed the file: %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}
	if err := f.Commit(); err == nil {
		t.Error("Commit after Abort succeeded")
	}

	f, _ = Create(name)
	f.Write([]byte("new"))
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	f.Abort() // after Commit: nothing
	if b, _ := os.ReadFile(name); string(b) != "new" {
		t.Errorf("committed file holds %q", b)
	}
}
