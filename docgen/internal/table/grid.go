package table

import "strconv"

// grid applies the header and row rules shared by CSV and XLSX: the first
// non-blank record is the header row; later records become Rows.
type grid struct {
	file   string
	format srcFormat
	// cols holds the header of each column position, "" for a column
	// without header; nil until the header row has been seen.
	cols  []string
	named int // number of non-empty headers
	num   int // number of data rows so far
}

// cellPos names column i (0-based) in messages: its number in a CSV file,
// its letters in a workbook.
func (g *grid) cellPos(i int) string {
	if g.format == fmtXLSX {
		return colLetters(i + 1)
	}
	return strconv.Itoa(i + 1)
}

// colLetters returns the spreadsheet name of 1-based column n ("A", "AB").
func colLetters(n int) string {
	var b [8]byte
	i := len(b)
	for n > 0 && i > 0 {
		n--
		i--
		b[i] = byte('A' + n%26)
		n /= 26
	}
	return string(b[i:])
}

// header takes a record as the header row. It returns false if the
// record is blank (to be skipped). lineOf gives the line of cell i.
func (g *grid) header(rec []string, lineOf func(i int) int) (bool, *Error) {
	cols := make([]string, len(rec))
	seen := make(map[string]struct{}, len(rec))
	named := 0
	for i, c := range rec {
		h := cleanHeader(c)
		if h == "" {
			continue
		}
		if _, dup := seen[h]; dup {
			return false, &Error{File: g.file, Line: lineOf(i), Column: h, Kind: ErrDuplicateHeader, format: g.format}
		}
		seen[h] = struct{}{}
		cols[i] = h
		named++
	}
	if named == 0 {
		return false, nil
	}
	g.cols, g.named = cols, named
	return true, nil
}

// row turns a data record into a Row. It returns false for a blank record
// (all cells empty), which is skipped and not counted.
func (g *grid) row(rec []string, line int, lineOf func(i int) int) (Row, bool, *Error) {
	empty := true
	for i, c := range rec {
		if blank(c) {
			continue
		}
		if i >= len(g.cols) {
			if g.format == fmtXLSX {
				// A workbook has no record length: a cell right of the
				// last header is a column without header.
				return Row{}, false, &Error{File: g.file, Line: lineOf(i), Kind: ErrEmptyHeader, pos: g.cellPos(i), format: g.format}
			}
			return Row{}, false, &Error{File: g.file, Line: lineOf(i), Kind: ErrFieldCount, pos: g.cellPos(i), n: len(g.cols), format: g.format}
		}
		if g.cols[i] == "" {
			return Row{}, false, &Error{File: g.file, Line: lineOf(i), Kind: ErrEmptyHeader, pos: g.cellPos(i), format: g.format}
		}
		empty = false
	}
	if empty {
		return Row{}, false, nil
	}
	g.num++
	m := make(map[string]string, g.named)
	for i, h := range g.cols {
		if h == "" {
			continue
		}
		v := ""
		if i < len(rec) {
			v = clean(rec[i])
		}
		m[h] = v
	}
	return Row{Num: g.num, Line: line, Values: m}, true, nil
}
