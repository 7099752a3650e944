package table

import (
	"archive/zip"
	"fmt"
	"iter"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"
)

// Limits on opening a workbook. xlsxUnzipLimit caps the total uncompressed
// size of the parts (a zip bomb fails with ErrTooLarge before anything is
// inflated); worksheets and shared strings larger than xlsxXMLLimit are
// inflated to temporary files and streamed from there instead of memory.
// Variables so that tests can lower them.
var (
	xlsxUnzipLimit int64 = 256 << 20
	xlsxXMLLimit   int64 = 16 << 20
)

// xlsxSource is a worksheet of an Excel workbook.
type xlsxSource struct {
	path, sheet string
}

// XLSX returns the Source for the worksheet sheet ("" for the first one)
// of an Excel workbook (.xlsx or .xlsm). Cells are read as Excel displays
// them (their number format applied); rows are streamed from the sheet.
// The file is only opened by Rows.
func XLSX(path, sheet string) Source { return &xlsxSource{path: path, sheet: sheet} }

// Name returns the path of the file.
func (s *xlsxSource) Name() string { return s.path }

// Rows reads the worksheet, opening the workbook afresh at each call.
func (s *xlsxSource) Rows() iter.Seq2[Row, error] {
	return func(yield func(Row, error) bool) {
		f, e := s.open()
		if e != nil {
			yield(Row{}, e)
			return
		}
		defer f.Close() // removes excelize's temporary files
		name, e := s.sheetName(f)
		if e != nil {
			yield(Row{}, e)
			return
		}
		rows, err := f.Rows(name)
		if err != nil {
			yield(Row{}, &Error{File: s.path, Kind: ErrSyntax, Detail: err.Error(), err: err, format: fmtXLSX})
			return
		}
		defer rows.Close()
		readSheet(rows, s.path, yield)
	}
}

// open checks the size of the workbook and opens it.
func (s *xlsxSource) open() (*excelize.File, *Error) {
	fh, e := openFile(s.path)
	if e != nil {
		return nil, e
	}
	st, err := fh.Stat()
	if err != nil {
		fh.Close()
		return nil, openError(s.path, err)
	}
	// Check the declared sizes in the central directory ourselves:
	// excelize reports the same limit with an error that has no type, and
	// reads non-zip files (.xls, encrypted workbooks) whole into memory.
	zr, err := zip.NewReader(fh, st.Size())
	if err != nil {
		fh.Close()
		return nil, &Error{File: s.path, Kind: ErrOpen, Detail: err.Error(), err: err, why: whyNotZip, format: fmtXLSX}
	}
	var total uint64
	for _, zf := range zr.File {
		total += zf.UncompressedSize64
		if total > uint64(xlsxUnzipLimit) {
			fh.Close()
			return nil, &Error{File: s.path, Kind: ErrTooLarge, why: whyUnzip, format: fmtXLSX,
				Detail: fmt.Sprintf("more than %d MiB uncompressed", xlsxUnzipLimit>>20)}
		}
	}
	fh.Close()
	f, err := excelize.OpenFile(s.path, excelize.Options{
		UnzipSizeLimit:    xlsxUnzipLimit,
		UnzipXMLSizeLimit: min(xlsxXMLLimit, xlsxUnzipLimit),
		// The built-in short date format (14, and 22 with the time)
		// follows the regional settings: show it as Excel does in Vietnam.
		ShortDatePattern: "dd/mm/yyyy",
	})
	if err != nil {
		if f != nil {
			f.Close()
		}
		e := &Error{File: s.path, Kind: ErrOpen, Detail: err.Error(), err: err, why: whyNotZip, format: fmtXLSX}
		if strings.Contains(err.Error(), "unzip size exceeds") {
			e.Kind, e.why = ErrTooLarge, whyUnzip
		}
		return nil, e
	}
	return f, nil
}

// sheetName finds the sheet asked for, exactly or else ignoring case and
// Unicode form as Excel does; "" means the first sheet.
func (s *xlsxSource) sheetName(f *excelize.File) (string, *Error) {
	list := f.GetSheetList()
	if s.sheet == "" {
		if len(list) == 0 {
			return "", &Error{File: s.path, Kind: ErrNoHeader, format: fmtXLSX}
		}
		return list[0], nil
	}
	for _, name := range list {
		if name == s.sheet {
			return name, nil
		}
	}
	want := norm.NFC.String(strings.TrimSpace(s.sheet))
	for _, name := range list {
		if strings.EqualFold(norm.NFC.String(name), want) {
			return name, nil
		}
	}
	quoted := make([]string, len(list))
	for i, name := range list {
		quoted[i] = strconv.Quote(name)
	}
	return "", &Error{File: s.path, Kind: ErrSheet, sheet: s.sheet, Detail: strings.Join(quoted, ", "), format: fmtXLSX}
}

// readSheet yields the rows of a worksheet.
func readSheet(rows *excelize.Rows, name string, yield func(Row, error) bool) {
	g := grid{file: name, format: fmtXLSX}
	line := 0 // Next advances one sheet row at a time, gaps included
	lineOf := func(int) int { return line }
	for rows.Next() {
		line++
		rec, err := rows.Columns()
		if err != nil {
			yield(Row{}, &Error{File: name, Line: line, Kind: ErrSyntax, Detail: err.Error(), err: err, format: fmtXLSX})
			return
		}
		if g.cols == nil {
			if _, e := g.header(rec, lineOf); e != nil {
				yield(Row{}, e)
				return
			}
			continue
		}
		row, ok, e := g.row(rec, line, lineOf)
		if e != nil {
			yield(Row{}, e)
			return
		}
		if ok && !yield(row, nil) {
			return
		}
	}
	if err := rows.Error(); err != nil {
		yield(Row{}, &Error{File: name, Line: line + 1, Kind: ErrSyntax, Detail: err.Error(), err: err, format: fmtXLSX})
		return
	}
	if g.cols == nil {
		yield(Row{}, &Error{File: name, Kind: ErrNoHeader, format: fmtXLSX})
	}
}
