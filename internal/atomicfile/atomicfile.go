// Package atomicfile writes a file through a temporary file in the same
// directory and a rename, so a failed write never leaves a half-written
// or empty file, nor replaces a good one.
package atomicfile

import (
	"os"
	"path/filepath"
)

// Write writes data to name with mode 0644.
func Write(name string, data []byte) error {
	f, err := Create(name)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

// File is a file being written: its data goes to a temporary file that
// Commit renames to the final name and Abort removes.
type File struct {
	*os.File
	name string
	done bool
}

// Create starts writing name.
func Create(name string) (*File, error) {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*.tmp")
	if err != nil {
		return nil, err
	}
	return &File{File: tmp, name: name}, nil
}

// Commit flushes the data to disk and gives the file its name, mode 0644.
// On failure the temporary file is removed.
func (f *File) Commit() error {
	if f.done {
		return os.ErrClosed
	}
	f.done = true
	tmpName := f.File.Name()
	fail := func(err error) error {
		f.File.Close()
		os.Remove(tmpName)
		return err
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.File.Close(); err != nil {
		os.Remove(tmpName)
		return err
	}
	if err := os.Chmod(tmpName, 0o644); err != nil {
		os.Remove(tmpName)
		return err
	}
	if err := os.Rename(tmpName, f.name); err != nil {
		os.Remove(tmpName)
		return err
	}
	return nil
}

// Abort discards what was written; the final name is left untouched. It
// does nothing after Commit, so it can be deferred.
func (f *File) Abort() {
	if f.done {
		return
	}
	f.done = true
	f.File.Close()
	os.Remove(f.File.Name())
}
