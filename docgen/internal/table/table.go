package table

import (
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vanthu/vanthu/docgen/internal/nfc"
)

// Row is one data row (một dòng dữ liệu).
type Row struct {
	// Num is the 1-based number of the data row: the header row is
	// excluded and blank rows are not counted.
	Num int
	// Line is where the row starts in the source: the line number in a CSV
	// or JSONL file, the sheet row number in an XLSX workbook (both
	// 1-based); 0 for rows given in memory.
	Line int
	// Values maps each column header (trimmed, NFC) to the text of the
	// cell (NFC, surrounding spaces trimmed). Every header is present, with
	// "" for an empty cell.
	Values map[string]string
}

// Source is a table that can be read more than once.
type Source interface {
	// Rows reads the rows in order. The sequence stops after the first
	// error it yields.
	Rows() iter.Seq2[Row, error]
	// Name is the file name shown in messages ("" for in-memory rows).
	Name() string
}

// Open returns the Source for the file at path, choosing the format by its
// extension (case-insensitive): .csv and .txt are CSV with the separator
// guessed from the header line, .tsv is CSV separated by tabs, .xlsx and
// .xlsm are Excel workbooks, .jsonl and .ndjson are JSON Lines. Any other
// extension is an *Error of Kind ErrFormat.
//
// sheet names the worksheet of a workbook ("" for the first one); giving a
// sheet for another format is an error (ErrSheet). Open checks that the
// file exists and can be read, but reads no rows: errors in the content
// come from Rows.
func Open(path, sheet string) (Source, error) {
	var src Source
	ext := strings.ToLower(filepath.Ext(path))
	switch ext {
	case ".csv", ".txt":
		src = CSV(path)
	case ".tsv":
		src = &csvSource{path: path, comma: '\t'}
	case ".xlsx", ".xlsm":
		src = XLSX(path, sheet)
	case ".jsonl", ".ndjson":
		src = JSONL(path)
	default:
		return nil, &Error{File: path, Kind: ErrFormat, Detail: ext}
	}
	if sheet != "" && ext != ".xlsx" && ext != ".xlsm" {
		return nil, &Error{File: path, Kind: ErrSheet, why: whyNotWorkbook, sheet: sheet}
	}
	f, err := openFile(path)
	if err != nil {
		return nil, err
	}
	f.Close()
	return src, nil
}

// openFile opens path for reading, refusing directories; failures are
// *Error of Kind ErrOpen.
func openFile(path string) (*os.File, *Error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, openError(path, err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, openError(path, err)
	}
	if st.IsDir() {
		f.Close()
		return nil, &Error{File: path, Kind: ErrOpen, why: whyDir}
	}
	return f, nil
}

// openError wraps an error from opening path.
func openError(path string, err error) *Error {
	e := &Error{File: path, Kind: ErrOpen, Detail: err.Error(), err: err}
	if pe, ok := err.(*os.PathError); ok {
		e.Detail = pe.Err.Error()
	}
	return e
}

// clean trims the surrounding white space of a cell and normalises it to
// NFC. It does not allocate when s is already clean.
func clean(s string) string {
	s = strings.TrimSpace(s)
	return nfc.String(s)
}

// cleanHeader is clean for a header cell, also dropping stray byte order
// marks (U+FEFF) around it, which some tools leave in the first cell.
func cleanHeader(s string) string {
	return clean(strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\uFEFF'
	}))
}

// blank reports whether s is empty once trimmed, without allocating.
func blank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '\v', '\f':
		default:
			if s[i] < utf8.RuneSelf {
				return false
			}
			return strings.TrimSpace(s[i:]) == ""
		}
	}
	return true
}

// Slug turns a column header into an identifier: Vietnamese (and other
// Latin) diacritics are stripped, đ and Đ become d, letters are lower
// cased, and every run of characters other than a-z and 0-9 becomes a
// single "_", with none at either end. "Họ tên" → "ho_ten", "Số QĐ" →
// "so_qd", "  E-mail " → "e_mail". It returns "" when nothing is left.
func Slug(header string) string {
	var b strings.Builder
	b.Grow(len(header))
	gap := false
	for _, r := range norm.NFD.String(header) {
		switch {
		case r == 'đ' || r == 'Đ':
			r = 'd'
		case unicode.Is(unicode.Mn, r):
			continue
		default:
			r = unicode.ToLower(r)
		}
		if ('a' <= r && r <= 'z') || ('0' <= r && r <= '9') {
			if gap && b.Len() > 0 {
				b.WriteByte('_')
			}
			gap = false
			b.WriteRune(r)
			continue
		}
		gap = true
	}
	return b.String()
}

// fileRows reads the file at path with read, opening it afresh at each
// call and closing it when read returns, also after an early break.
func fileRows(path string, read func(r io.Reader, yield func(Row, error) bool)) iter.Seq2[Row, error] {
	return func(yield func(Row, error) bool) {
		f, err := openFile(path)
		if err != nil {
			yield(Row{}, err)
			return
		}
		defer f.Close()
		read(f, yield)
	}
}
