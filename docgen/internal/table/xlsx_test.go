package table

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"
)

// sheetData maps a cell ("A1") to its value.
type sheetData map[string]any

// writeWorkbook writes a workbook with the given sheets, in order, and
// returns its path.
func writeWorkbook(t testing.TB, names []string, sheets ...sheetData) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, name := range names {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(name); err != nil {
			t.Fatal(err)
		}
		for cell, v := range sheets[i] {
			if err := f.SetCellValue(name, cell, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	p := filepath.Join(t.TempDir(), "book.xlsx")
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestXLSX(t *testing.T) {
	first := sheetData{
		"A1": "Họ tên", "B1": " Chức vụ ", "C1": norm.NFD.String("Đơn vị"), "D1": "Mã số", "E1": "Ghi chú",
		"A2": "Nguyễn Văn A", "B2": "Chuyên viên", "C2": "Văn phòng", "D2": 1234567, "E2": "00123",
		// row 3 missing entirely, row 4 only spaces: both skipped
		"A4": "   ", "C4": "",
		"A5": norm.NFD.String("Trần Thị Ánh"), "D5": 42,
	}
	second := sheetData{
		// header on row 2
		"B2": "Số QĐ", "C2": "Ngày",
		"B3": "12/QĐ-UBND", "C3": "01/02/2024",
	}
	p := writeWorkbook(t, []string{"Danh sách", "Trang 2"}, first, second)
	wantFirst := []Row{
		row(1, 2, "Họ tên", "Nguyễn Văn A", "Chức vụ", "Chuyên viên", "Đơn vị", "Văn phòng", "Mã số", "1234567", "Ghi chú", "00123"),
		row(2, 5, "Họ tên", "Trần Thị Ánh", "Chức vụ", "", "Đơn vị", "", "Mã số", "42", "Ghi chú", ""),
	}
	wantSecond := []Row{row(1, 3, "Số QĐ", "12/QĐ-UBND", "Ngày", "01/02/2024")}

	tests := []struct {
		sheet string
		want  []Row
		err   errWant
	}{
		{sheet: "", want: wantFirst},
		{sheet: "Danh sách", want: wantFirst},
		{sheet: "Trang 2", want: wantSecond},
		{sheet: "trang 2", want: wantSecond},
		{sheet: norm.NFD.String("DANH SÁCH"), want: wantFirst},
		{sheet: "Trang 3", err: errWant{kind: ErrSheet}},
	}
	for _, tt := range tests {
		t.Run(tt.sheet, func(t *testing.T) {
			got, err := collect(XLSX(p, tt.sheet))
			checkErr(t, err, tt.err)
			if tt.err.kind == 0 {
				checkRows(t, got, tt.want)
			}
		})
	}

	_, err := collect(XLSX(p, "Trang 3"))
	e := asError(t, err, ErrSheet)
	if e.Detail != `"Danh sách", "Trang 2"` {
		t.Errorf("Detail = %q, want the list of sheets", e.Detail)
	}
	for _, vi := range []bool{false, true} {
		if m := e.Message(vi); !strings.Contains(m, `"Trang 3"`) || !strings.Contains(m, `"Danh sách", "Trang 2"`) {
			t.Errorf("Message(%v) = %q, want the sheet asked for and the list", vi, m)
		}
	}
}

func TestXLSXErrors(t *testing.T) {
	tests := []struct {
		name  string
		sheet sheetData
		err   errWant
	}{
		{"empty sheet", sheetData{}, errWant{kind: ErrNoHeader}},
		{"blank cells only", sheetData{"B3": "  "}, errWant{kind: ErrNoHeader}},
		{"duplicate header", sheetData{"A2": "Họ tên", "C2": " Họ tên"}, errWant{kind: ErrDuplicateHeader, line: 2, column: "Họ tên"}},
		{"data under an empty header", sheetData{"A1": "a", "C1": "c", "A2": "1", "B4": "x"}, errWant{kind: ErrEmptyHeader, line: 4, pos: "B"}},
		{"data right of the last header", sheetData{"A1": "a", "B1": "b", "A2": "1", "AB3": "x"}, errWant{kind: ErrEmptyHeader, line: 3, pos: "AB"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeWorkbook(t, []string{"Sheet1"}, tt.sheet)
			_, err := collect(XLSX(p, ""))
			checkErr(t, err, tt.err)
		})
	}
}

func TestXLSXDates(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	day := time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)
	custom := "dd/mm/yyyy"
	builtin, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	vn, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &custom})
	for _, c := range []struct {
		cell  string
		v     any
		style int
	}{
		{"A1", "Ngày 14", 0}, {"B1", "Ngày VN", 0}, {"C1", "Mặc định", 0}, {"D1", "Số thực", 0}, {"E1", "Đúng", 0},
		{"A2", day, builtin}, {"B2", day, vn}, {"C2", day, 0}, {"D2", 3.25, 0}, {"E2", true, 0},
	} {
		if err := f.SetCellValue("Sheet1", c.cell, c.v); err != nil {
			t.Fatal(err)
		}
		if c.style != 0 {
			if err := f.SetCellStyle("Sheet1", c.cell, c.cell, c.style); err != nil {
				t.Fatal(err)
			}
		}
	}
	p := filepath.Join(t.TempDir(), "dates.xlsx")
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	got, err := collect(XLSX(p, ""))
	if err != nil {
		t.Fatal(err)
	}
	checkRows(t, got, []Row{row(1, 2, "Ngày 14", "02/01/2024", "Ngày VN", "02/01/2024", "Mặc định", "02/01/2024", "Số thực", "3.25", "Đúng", "TRUE")})
}

func TestXLSXNotAWorkbook(t *testing.T) {
	for _, content := range []string{"a,b\n1,2\n", "", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old .xls"} {
		p := writeFile(t, "data.xlsx", content)
		_, err := collect(XLSX(p, ""))
		e := asError(t, err, ErrOpen)
		if e.why != whyNotZip || !strings.Contains(e.Message(true), ".xls") {
			t.Errorf("content %q: %v", content, e)
		}
	}
}

func TestXLSXTooLarge(t *testing.T) {
	p := writeWorkbook(t, []string{"Sheet1"}, sheetData{"A1": "a", "A2": strings.Repeat("x", 20000)})
	if rows, err := collect(XLSX(p, "")); err != nil || len(rows) != 1 {
		t.Fatalf("under the default limit: %d rows, %v", len(rows), err)
	}
	old := xlsxUnzipLimit
	xlsxUnzipLimit = 16 << 10
	defer func() { xlsxUnzipLimit = old }()
	_, err := collect(XLSX(p, ""))
	e := asError(t, err, ErrTooLarge)
	if e.why != whyUnzip {
		t.Errorf("why = %v, want whyUnzip", e.why)
	}
}

// TestXLSXLargeSheetStreamed reads a sheet larger than xlsxXMLLimit, which
// excelize inflates to a temporary file, and checks that the temporary
// file is removed after a full read and after an early break.
func TestXLSXLargeSheetStreamed(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp) // excelize uses os.TempDir
	f := excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	const n = 3000
	if err := sw.SetRow("A1", []any{"Họ tên", "Số"}); err != nil {
		t.Fatal(err)
	}
	for i := 2; i <= n+1; i++ {
		cell, _ := excelize.CoordinatesToCellName(1, i)
		if err := sw.SetRow(cell, []any{"Nguyễn Văn A", i}); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "big.xlsx")
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	f.Close()
	old := xlsxXMLLimit
	xlsxXMLLimit = 4 << 10
	defer func() { xlsxXMLLimit = old }()

	src := XLSX(p, "")
	count := 0
	for r, err := range src.Rows() {
		if err != nil {
			t.Fatal(err)
		}
		count++
		if r.Num != count || r.Line != count+1 {
			t.Fatalf("row %d: Num %d Line %d", count, r.Num, r.Line)
		}
		if count == 1 {
			if during, _ := os.ReadDir(tmp); len(during) == 0 {
				t.Fatal("no temporary file while reading: the sheet was not streamed from disk")
			}
		}
		if count == 10 {
			break
		}
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("temporary files left after break: %v", left)
	}
	rows, err := collect(src)
	if err != nil || len(rows) != n {
		t.Fatalf("second read: %d rows, %v", len(rows), err)
	}
	if last := rows[n-1]; last.Values["Số"] != "3001" || last.Line != n+1 {
		t.Errorf("last row %+v", last)
	}
	left, _ := os.ReadDir(tmp)
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
