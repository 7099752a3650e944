package table

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
	"unicode/utf8"
)

const (
	// maxRecord bounds the bytes of one CSV record (give or take the read
	// buffer) and of one JSONL line, so that a file without line breaks
	// cannot exhaust memory.
	maxRecord = 4 << 20
	// csvBuffer is the read buffer, and the most of the file examined to
	// guess the separator.
	csvBuffer = 64 << 10
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// errRecordTooLong is returned by limitReader when a record is too long.
var errRecordTooLong = errors.New("record longer than 4 MiB")

// csvSource is a CSV file; comma 0 means guess the separator.
type csvSource struct {
	path  string
	comma rune
}

// CSV returns the Source for a UTF-8 CSV file (with or without byte order
// mark). The separator is guessed from the header line: the most frequent
// of ';', ',' and tab outside quotes, ',' when there is none. The file is
// only opened by Rows.
func CSV(path string) Source { return &csvSource{path: path} }

// Name returns the path of the file.
func (s *csvSource) Name() string { return s.path }

// Rows reads the file, opening it afresh at each call.
func (s *csvSource) Rows() iter.Seq2[Row, error] {
	return fileRows(s.path, func(r io.Reader, yield func(Row, error) bool) { readCSV(r, s.path, s.comma, yield) })
}

// limitReader fails with errRecordTooLong once more than max bytes have
// been read since n was last reset (after each record). Because of read
// ahead the bound is approximate, by up to one buffer.
type limitReader struct {
	r      io.Reader
	n, max int
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n > l.max {
		return 0, errRecordTooLong
	}
	n, err := l.r.Read(p)
	l.n += n
	return n, err
}

// readCSV reads CSV from r and yields its rows; name is for messages and
// comma is the separator (0 to guess it).
func readCSV(r io.Reader, name string, comma rune, yield func(Row, error) bool) {
	fail := func(e *Error) { yield(Row{}, e) }
	lim := &limitReader{r: r, max: maxRecord}
	br := bufio.NewReaderSize(lim, csvBuffer)
	if b, _ := br.Peek(3); bytes.HasPrefix(b, utf8BOM) {
		br.Discard(len(utf8BOM))
	} else if len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) {
		fail(&Error{File: name, Line: 1, Kind: ErrEncoding, Detail: "UTF-16", why: whyUTF16})
		return
	}
	if comma == 0 {
		head, _ := br.Peek(csvBuffer)
		comma = sniff(head)
	}
	cr := csv.NewReader(br)
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true // safe: records are copied into maps and header slices
	// Spaces are trimmed anyway; skipping them lets `a, "b, c"` parse as a
	// quoted field. Not with tabs, which TrimLeadingSpace would also skip.
	cr.TrimLeadingSpace = comma != '\t'
	lineOf := func(i int) int {
		line, _ := cr.FieldPos(i)
		return line
	}
	g := grid{file: name, format: fmtCSV}
	lastLine := 0 // last line of the previous record
	for {
		rec, err := cr.Read()
		lim.n = 0
		if err == io.EOF {
			break
		}
		if err != nil {
			fail(csvError(name, err, lastLine))
			return
		}
		for i, c := range rec {
			if bad := invalidUTF8(c); bad >= 0 {
				line := lineOf(i) + strings.Count(c[:bad], "\n")
				fail(&Error{File: name, Line: line, Kind: ErrEncoding, Detail: fmt.Sprintf("invalid byte 0x%02X", c[bad])})
				return
			}
		}
		if len(rec) > 0 {
			last := len(rec) - 1
			lastLine = lineOf(last) + strings.Count(rec[last], "\n")
		}
		if g.cols == nil {
			for i, c := range rec {
				if strings.IndexByte(c, 0) >= 0 {
					fail(&Error{File: name, Line: lineOf(i), Kind: ErrEncoding, Detail: "NUL bytes: UTF-16 without byte order mark?", why: whyUTF16})
					return
				}
			}
			if _, e := g.header(rec, lineOf); e != nil {
				fail(e)
				return
			}
			continue
		}
		row, ok, e := g.row(rec, lineOf(0), lineOf)
		if e != nil {
			fail(e)
			return
		}
		if ok && !yield(row, nil) {
			return
		}
	}
	if g.cols == nil {
		fail(&Error{File: name, Kind: ErrNoHeader})
	}
}

// invalidUTF8 returns the index of the first byte of s that is not valid
// UTF-8, or -1.
func invalidUTF8(s string) int {
	if utf8.ValidString(s) {
		return -1
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// csvError converts an error of csv.Reader.Read.
func csvError(name string, err error, lastLine int) *Error {
	var pe *csv.ParseError
	switch {
	case errors.As(err, &pe):
		return &Error{File: name, Line: pe.StartLine, Kind: ErrSyntax, Detail: pe.Error(), err: err}
	case errors.Is(err, errRecordTooLong):
		return &Error{File: name, Line: lastLine + 1, Kind: ErrTooLarge, Detail: err.Error(), err: err}
	default:
		return &Error{File: name, Line: lastLine + 1, Kind: ErrOpen, Detail: err.Error(), err: err}
	}
}

// sniff guesses the separator from the first non-blank line of head: the
// most frequent of ',', ';' and tab outside double quotes; ',' on a tie
// with it or when there is none.
func sniff(head []byte) rune {
	var n [3]int // ',', ';', '\t'
	inQuote, content := false, false
	for _, c := range head {
		if inQuote {
			inQuote = c != '"'
			continue
		}
		switch c {
		case '"':
			inQuote, content = true, true
		case ',':
			n[0]++
		case ';':
			n[1]++
		case '\t':
			n[2]++
		case '\n':
			if content {
				return pickSeparator(n)
			}
			n = [3]int{} // a line of separators only: look further
		case ' ', '\r':
		default:
			content = true
		}
	}
	return pickSeparator(n)
}

func pickSeparator(n [3]int) rune {
	seps := [3]rune{',', ';', '\t'}
	best := 0
	for i := 1; i < len(n); i++ {
		if n[i] > n[best] {
			best = i
		}
	}
	return seps[best]
}
