package docgen

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vanthu/vanthu/internal/atomicfile"
)

// Sink receives the documents of a Batch. Batch calls Put from one
// goroutine, in row order, with names made by SafeFileName and unique
// within the batch.
type Sink interface {
	Put(name string, data []byte) error
}

// ConcurrentSink is a Sink whose Put may run in several goroutines at
// once, in any order. Batch's workers then put each document as soon as
// it is rendered, which overlaps the writing (and its fsync) with the
// rendering. Names stay unique; progress is still reported in order.
type ConcurrentSink interface {
	Sink
	// PutConcurrently marks the sink; it is never called.
	PutConcurrently()
}

// DirSink writes each document to a file of the directory dir, creating
// it if needed. Each file is written to a temporary file, flushed to disk
// and renamed, so it is there whole or not at all, even when the batch is
// cancelled or the machine stops. It is a ConcurrentSink.
func DirSink(dir string) Sink { return dirSink(dir) }

type dirSink string

func (dirSink) PutConcurrently() {}

func (d dirSink) Put(name string, data []byte) error {
	if err := os.MkdirAll(string(d), 0o755); err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(string(d), name), data)
}

// ZipSink writes the documents into one zip archive. Close writes the
// archive's directory; an archive that was not closed is incomplete, so
// write it through a temporary file (as the CLI's --zip does).
type ZipSink struct {
	zw *zip.Writer
}

// NewZipSink starts a zip archive on w.
func NewZipSink(w io.Writer) *ZipSink { return &ZipSink{zw: zip.NewWriter(w)} }

// zipTime is the fixed time of every entry: the same documents give the
// same archive.
var zipTime = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

// Put adds one document. A DOCX is already compressed, so it is stored.
func (z *ZipSink) Put(name string, data []byte) error {
	w, err := z.zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store, Modified: zipTime})
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// Close ends the archive; it does not close the underlying writer.
func (z *ZipSink) Close() error { return z.zw.Close() }

// maxNameBytes bounds a file name, under the 255 bytes most file systems
// allow, leaving room for a "-NN" suffix.
const maxNameBytes = 200

// SafeFileName makes a file name from the text a template gave: NFC,
// no directory (every "/" and "\" becomes "-"), none of the characters
// Windows forbids (<>:"|?* and control characters), no leading or
// trailing dots or spaces, not a Windows device name (CON, NUL, COM1, …),
// at most 200 bytes, ending ".docx". It returns "" when nothing is left.
func SafeFileName(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '/' || r == '\\':
			b.WriteByte('-')
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		case strings.ContainsRune(`<>:"|?*`, r), unicode.IsControl(r), r == utf8.RuneError:
			b.WriteByte('_')
		default:
			b.WriteRune(r)
		}
	}
	name := strings.Join(strings.Fields(b.String()), " ")
	if strings.EqualFold(filepath.Ext(name), ".docx") {
		name = name[:len(name)-len(".docx")]
	}
	name = strings.Trim(name, ". -")
	for len(name) > maxNameBytes {
		_, size := utf8.DecodeLastRuneInString(name)
		name = strings.TrimRight(name[:len(name)-size], ". ")
	}
	if name == "" {
		return ""
	}
	if reservedName(name) {
		name = "_" + name
	}
	return name + ".docx"
}

// reservedName reports a Windows device name, with or without an
// extension.
func reservedName(name string) bool {
	base, _, _ := strings.Cut(strings.ToUpper(name), ".")
	switch base {
	case "CON", "PRN", "AUX", "NUL":
		return true
	}
	if len(base) == 4 && (strings.HasPrefix(base, "COM") || strings.HasPrefix(base, "LPT")) && base[3] >= '1' && base[3] <= '9' {
		return true
	}
	return false
}

// nameSet hands out unique names, case-insensitively (as Windows and
// macOS compare them): a second "a.docx" becomes "a-2.docx".
type nameSet map[string]bool

func newNameSet() nameSet { return nameSet{} }

func (s nameSet) unique(name string) string {
	stem := strings.TrimSuffix(name, ".docx")
	out := name
	for n := 2; s[strings.ToLower(out)]; n++ {
		out = stem + "-" + strconv.Itoa(n) + ".docx"
	}
	s[strings.ToLower(out)] = true
	return out
}
