package table

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/unicode/norm"
)

const sampleCSV = "Họ tên,Chức vụ,Đơn vị\nNguyễn Văn A,Chuyên viên,Văn phòng\nTrần Thị B,Trưởng phòng,Phòng Tư pháp\nLê C,Phó phòng,Phòng Nội vụ\n"

var sampleRows = []Row{
	row(1, 2, "Họ tên", "Nguyễn Văn A", "Chức vụ", "Chuyên viên", "Đơn vị", "Văn phòng"),
	row(2, 3, "Họ tên", "Trần Thị B", "Chức vụ", "Trưởng phòng", "Đơn vị", "Phòng Tư pháp"),
	row(3, 4, "Họ tên", "Lê C", "Chức vụ", "Phó phòng", "Đơn vị", "Phòng Nội vụ"),
}

// sampleSources returns the sample table in every format.
func sampleSources(t *testing.T) map[string]Source {
	t.Helper()
	xlsx := writeWorkbook(t, []string{"Sheet1"}, sheetData{
		"A1": "Họ tên", "B1": "Chức vụ", "C1": "Đơn vị",
		"A2": "Nguyễn Văn A", "B2": "Chuyên viên", "C2": "Văn phòng",
		"A3": "Trần Thị B", "B3": "Trưởng phòng", "C3": "Phòng Tư pháp",
		"A4": "Lê C", "B4": "Phó phòng", "C4": "Phòng Nội vụ",
	})
	var jsonl strings.Builder
	jsonl.WriteString("\n") // so that lines match the other formats
	for _, r := range sampleRows {
		b, _ := json.Marshal(r.Values)
		jsonl.Write(b)
		jsonl.WriteString("\n")
	}
	var mem []map[string]string
	for _, r := range sampleRows {
		mem = append(mem, r.Values)
	}
	return map[string]Source{
		"csv":   CSV(writeFile(t, "a.csv", sampleCSV)),
		"tsv":   mustOpen(t, writeFile(t, "a.tsv", strings.ReplaceAll(sampleCSV, ",", "\t")), ""),
		"xlsx":  XLSX(xlsx, ""),
		"jsonl": JSONL(writeFile(t, "a.jsonl", jsonl.String())),
		"mem":   FromRows(mem),
	}
}

func mustOpen(t *testing.T, path, sheet string) Source {
	t.Helper()
	src, err := Open(path, sheet)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// TestReadTwice reads every kind of source twice, the second time after
// changing the maps of the first.
func TestReadTwice(t *testing.T) {
	for name, src := range sampleSources(t) {
		t.Run(name, func(t *testing.T) {
			want := sampleRows
			if name == "mem" {
				want = nil
				for _, r := range sampleRows {
					want = append(want, Row{Num: r.Num, Values: r.Values})
				}
			}
			first, err := collect(src)
			if err != nil {
				t.Fatal(err)
			}
			checkRows(t, first, want)
			for _, r := range first {
				r.Values["Họ tên"] = "changed"
				r.Values["extra"] = "x"
			}
			second, err := collect(src)
			if err != nil {
				t.Fatal(err)
			}
			checkRows(t, second, want)
		})
	}
}

// openHandles counts the file descriptors of this process open on path
// (Linux only).
func openHandles(t *testing.T, path string) int {
	t.Helper()
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc/self/fd")
	}
	n := 0
	for _, e := range ents {
		if target, err := os.Readlink(filepath.Join("/proc/self/fd", e.Name())); err == nil && target == path {
			n++
		}
	}
	return n
}

// TestEarlyBreak stops after the first row and checks that the file is
// released: no descriptor left on it (Linux), and it can be removed (which
// fails on Windows while the file is open).
func TestEarlyBreak(t *testing.T) {
	for name, src := range sampleSources(t) {
		t.Run(name, func(t *testing.T) {
			path := ""
			if src.Name() != "" {
				var err error
				if path, err = filepath.EvalSymlinks(src.Name()); err != nil {
					t.Fatal(err)
				}
			}
			n := 0
			for r, err := range src.Rows() {
				if err != nil {
					t.Fatal(err)
				}
				n++
				if path != "" && runtime.GOOS == "linux" && name != "xlsx" && openHandles(t, path) != 1 {
					t.Errorf("file not open while reading")
				}
				if r.Num != 1 {
					t.Errorf("Num = %d", r.Num)
				}
				break
			}
			if n != 1 {
				t.Fatalf("%d rows before break", n)
			}
			if path == "" {
				return
			}
			if runtime.GOOS == "linux" {
				if h := openHandles(t, path); h != 0 {
					t.Errorf("%d handles left open on %s", h, path)
				}
			}
			if err := os.Remove(path); err != nil {
				t.Errorf("cannot remove after break: %v", err)
			}
		})
	}
}

// TestCloseOnError checks that the file is closed when the sequence ends
// with an error.
func TestCloseOnError(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("uses /proc/self/fd")
	}
	for _, p := range []string{
		writeFile(t, "bad.csv", "a\n1\n\"2\n"),
		writeFile(t, "bad.jsonl", "{}\n[]\n"),
	} {
		src := mustOpen(t, p, "")
		if _, err := collect(src); err == nil {
			t.Fatalf("%s: no error", p)
		}
		path, _ := filepath.EvalSymlinks(p)
		if h := openHandles(t, path); h != 0 {
			t.Errorf("%s: %d handles left open", p, h)
		}
	}
}

func TestOpen(t *testing.T) {
	xlsx := writeWorkbook(t, []string{"Sheet1"}, sheetData{"A1": "a,b", "B1": "c", "A2": "1", "B2": "2"})
	xlsm := filepath.Join(filepath.Dir(xlsx), "book.XLSM")
	if err := os.Rename(xlsx, xlsm); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path string
		want []Row
	}{
		{writeFile(t, "a.csv", "a;b,c\n1;2,3\n"), []Row{row(1, 2, "a;b", "1;2", "c", "3")}},
		{writeFile(t, "a.CSV", "a;b;c\n1;2;3\n"), []Row{row(1, 2, "a", "1", "b", "2", "c", "3")}},
		{writeFile(t, "a.txt", "a,b\tc\td\n1,2\t3\t4\n"), []Row{row(1, 2, "a,b", "1,2", "c", "3", "d", "4")}},
		{writeFile(t, "a.tsv", "a,b,c\tc\n1,2,3\t3\n"), []Row{row(1, 2, "a,b,c", "1,2,3", "c", "3")}},
		{xlsm, []Row{row(1, 2, "a,b", "1", "c", "2")}},
		{writeFile(t, "a.jsonl", `{"a":1}`), []Row{row(1, 1, "a", "1")}},
		{writeFile(t, "a.ndjson", `{"a":1}`), []Row{row(1, 1, "a", "1")}},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			src := mustOpen(t, tt.path, "")
			if src.Name() != tt.path {
				t.Errorf("Name() = %q, want %q", src.Name(), tt.path)
			}
			got, err := collect(src)
			if err != nil {
				t.Fatal(err)
			}
			checkRows(t, got, tt.want)
		})
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "folder.csv"), 0o755); err != nil {
		t.Fatal(err)
	}
	csvPath := writeFile(t, "a.csv", "a\n1\n")
	tests := []struct {
		name, path, sheet string
		kind              ErrKind
		why               reason
	}{
		{"unknown extension", writeFile(t, "a.doc", "x"), "", ErrFormat, whyNone},
		{"no extension", writeFile(t, "data", "x"), "", ErrFormat, whyNone},
		{"missing", filepath.Join(dir, "missing.csv"), "", ErrOpen, whyNone},
		{"missing workbook", filepath.Join(dir, "missing.xlsx"), "Sheet1", ErrOpen, whyNone},
		{"directory", filepath.Join(dir, "folder.csv"), "", ErrOpen, whyDir},
		{"sheet for CSV", csvPath, "Sheet1", ErrSheet, whyNotWorkbook},
		{"sheet for JSONL", writeFile(t, "a.jsonl", "{}"), "x", ErrSheet, whyNotWorkbook},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := Open(tt.path, tt.sheet)
			if src != nil {
				t.Errorf("Source %v returned with the error", src)
			}
			e := asError(t, err, tt.kind)
			if e.why != tt.why || e.File != tt.path {
				t.Errorf("why = %v, File = %q: %v", e.why, e.File, e)
			}
		})
	}

	_, err := Open(filepath.Join(dir, "missing.csv"), "")
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: errors.Is(err, fs.ErrNotExist) is false for %v", err)
	}
	if _, err := Open(writeFile(t, "a.doc", ""), ""); !strings.Contains(err.Error(), ".doc") {
		t.Errorf("unknown extension not named: %v", err)
	}

	// Open reads no rows: a broken file opens, Rows reports the problem.
	src, err := Open(writeFile(t, "bad.csv", "a\n\xea\n"), "")
	if err != nil {
		t.Fatalf("Open read the content: %v", err)
	}
	_, err = collect(src)
	asError(t, err, ErrEncoding)

	// Constructors do not check: Rows does.
	for _, src := range []Source{CSV(filepath.Join(dir, "no.csv")), XLSX(filepath.Join(dir, "no.xlsx"), ""), JSONL(filepath.Join(dir, "no.jsonl"))} {
		_, err := collect(src)
		if e := asError(t, err, ErrOpen); !errors.Is(e, fs.ErrNotExist) {
			t.Errorf("%s: %v does not unwrap to fs.ErrNotExist", src.Name(), e)
		}
	}
}

func TestOpenUnreadable(t *testing.T) {
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		t.Skip("permissions do not apply")
	}
	p := writeFile(t, "secret.csv", "a\n1\n")
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	_, err := Open(p, "")
	if e := asError(t, err, ErrOpen); !errors.Is(e, fs.ErrPermission) {
		t.Errorf("%v does not unwrap to fs.ErrPermission", e)
	}
}

func TestFromRows(t *testing.T) {
	in := []map[string]string{
		{" Họ tên ": norm.NFD.String(" Nguyễn Thị Ánh "), "Tuổi": "30"},
		{},
		{"Họ tên": "B", "Mới": "x"},
	}
	src := FromRows(in)
	if src.Name() != "" {
		t.Errorf("Name() = %q", src.Name())
	}
	want := []Row{
		row(1, 0, "Họ tên", "Nguyễn Thị Ánh", "Tuổi", "30", "Mới", ""),
		row(2, 0, "Họ tên", "", "Tuổi", "", "Mới", ""),
		row(3, 0, "Họ tên", "B", "Tuổi", "", "Mới", "x"),
	}
	got, err := collect(src)
	if err != nil {
		t.Fatal(err)
	}
	checkRows(t, got, want)
	if in[0]["Tuổi"] != "30" || len(in[1]) != 0 {
		t.Errorf("input changed: %v", in)
	}

	got, err = collect(FromRows(nil))
	if err != nil || len(got) != 0 {
		t.Errorf("FromRows(nil): %v, %v", got, err)
	}

	_, err = collect(FromRows([]map[string]string{{"a": "1"}, {"Họ tên": "x", norm.NFD.String("Họ tên"): "y"}}))
	e := asError(t, err, ErrDuplicateHeader)
	if e.item != 2 || e.Line != 0 || e.Column != "Họ tên" {
		t.Errorf("item %d, Line %d, Column %q", e.item, e.Line, e.Column)
	}
	if m := e.Message(true); !strings.Contains(m, "hàng thứ 2") || !strings.Contains(m, `khoá "Họ tên"`) {
		t.Errorf("Message(true) = %q", m)
	}
}

func TestSlug(t *testing.T) {
	tests := map[string]string{
		"Họ tên":               "ho_ten",
		"Đơn vị công tác":      "don_vi_cong_tac",
		"Số QĐ":                "so_qd",
		"  E-mail ":            "e_mail",
		"":                     "",
		"  ":                   "",
		"---":                  "",
		"Năm 2024":             "nam_2024",
		"2024":                 "2024",
		"Mục 1.2 (a)":          "muc_1_2_a",
		"ĐIỆN THOẠI":           "dien_thoai",
		"Người ký":             "nguoi_ky",
		"Ưu tiên, Ơn":          "uu_tien_on",
		"Chức_vụ__mới":         "chuc_vu_moi",
		"Ngày/tháng/năm":       "ngay_thang_nam",
		"quê quán (xã/phường)": "que_quan_xa_phuong",
		"Café":                 "cafe",
		"东京":                   "",
	}
	for in, want := range tests {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
		if got := Slug(norm.NFD.String(in)); got != want {
			t.Errorf("Slug(NFD %q) = %q, want %q", in, got, want)
		}
	}
}

func TestMessages(t *testing.T) {
	tests := []struct {
		name   string
		err    *Error
		en, vi []string // substrings
	}{
		{
			name: "encoding",
			err:  &Error{File: "ds.csv", Line: 7, Kind: ErrEncoding, Detail: "invalid byte 0xEA"},
			en:   []string{"ds.csv, line 7: ", "not UTF-8", "CSV UTF-8", "0xEA"},
			vi:   []string{"ds.csv, dòng 7: ", "tệp không phải UTF-8: hãy lưu lại với bảng mã UTF-8 (Excel: Lưu thành → CSV UTF-8)", "Windows-1258", "0xEA"},
		},
		{
			name: "duplicate header",
			err:  &Error{File: "ds.csv", Line: 1, Column: "Họ tên", Kind: ErrDuplicateHeader},
			en:   []string{`ds.csv, line 1, column "Họ tên": `, "different name"},
			vi:   []string{`ds.csv, dòng 1, cột "Họ tên": `, "tên cột bị trùng", "mỗi cột phải có một tên riêng"},
		},
		{
			name: "field count",
			err:  &Error{File: "ds.csv", Line: 9, Kind: ErrFieldCount, pos: "4", n: 3},
			en:   []string{"ds.csv, line 9, column 4: ", "more values", "(3)", "double quotes"},
			vi:   []string{"ds.csv, dòng 9, cột 4: ", "nhiều giá trị hơn", "(3 cột)", "hãy xoá giá trị thừa", "dấu ngoặc kép"},
		},
		{
			name: "empty header in a workbook",
			err:  &Error{File: "ds.xlsx", Line: 12, Kind: ErrEmptyHeader, pos: "C", format: fmtXLSX},
			en:   []string{"ds.xlsx, row 12, column C: ", "no name", "add a column name"},
			vi:   []string{"ds.xlsx, hàng 12, cột C: ", "chưa có tên", "hãy thêm tên cột"},
		},
		{
			name: "JSON type",
			err:  &Error{File: "ds.jsonl", Line: 3, Column: "Địa chỉ", Kind: ErrJSONType, format: fmtJSONL, Detail: "got object"},
			en:   []string{`ds.jsonl, line 3, key "Địa chỉ": `, "object or a list", "got object"},
			vi:   []string{`ds.jsonl, dòng 3, khoá "Địa chỉ": `, "đối tượng hoặc mảng", "chỉ được dùng"},
		},
		{
			name: "CSV syntax",
			err:  &Error{File: "ds.csv", Line: 4, Kind: ErrSyntax},
			en:   []string{"ds.csv, line 4: ", "double quote"},
			vi:   []string{"ds.csv, dòng 4: ", "dấu ngoặc kép", "viết đôi"},
		},
		{
			name: "no header",
			err:  &Error{File: "ds.csv", Kind: ErrNoHeader},
			en:   []string{"ds.csv: no header row"},
			vi:   []string{"ds.csv: không có dòng tiêu đề"},
		},
		{
			name: "format",
			err:  &Error{File: "ds.doc", Kind: ErrFormat, Detail: ".doc"},
			en:   []string{"ds.doc: unsupported file type .doc", ".xlsx"},
			vi:   []string{"ds.doc: không hỗ trợ loại tệp .doc", "hãy dùng"},
		},
		{
			name: "too large",
			err:  &Error{File: "ds.xlsx", Kind: ErrTooLarge, why: whyUnzip, format: fmtXLSX},
			en:   []string{"too large", "split"},
			vi:   []string{"quá lớn", "hãy chia"},
		},
		{
			name: "open",
			err:  &Error{File: "ds.csv", Kind: ErrOpen, Detail: "no such file or directory"},
			en:   []string{"ds.csv: cannot open", "(no such file or directory)"},
			vi:   []string{"ds.csv: không mở được tệp", "(no such file or directory)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			en, vi := tt.err.Message(false), tt.err.Message(true)
			if tt.err.Error() != en {
				t.Errorf("Error() = %q, Message(false) = %q", tt.err.Error(), en)
			}
			if !strings.HasPrefix(en, tt.err.File) || !strings.HasPrefix(vi, tt.err.File) {
				t.Errorf("Message does not start with the file: %q / %q", en, vi)
			}
			if strings.Count(vi, "dòng")+strings.Count(vi, "hàng") == 0 && tt.err.Line > 0 {
				t.Errorf("Vietnamese message does not name the line: %q", vi)
			}
			for _, s := range tt.en {
				if !strings.Contains(en, s) {
					t.Errorf("English %q lacks %q", en, s)
				}
			}
			for _, s := range tt.vi {
				if !strings.Contains(vi, s) {
					t.Errorf("Vietnamese %q lacks %q", vi, s)
				}
			}
		})
	}
	// Every kind and reason has a message of its own in each language.
	for k := ErrOpen; k <= ErrTooLarge; k++ {
		for why := whyNone; why <= whyTrailing; why++ {
			e := &Error{Kind: k, why: why}
			en, vi := e.Message(false), e.Message(true)
			if en == vi || en == "" || vi == "" || strings.Contains(en, "error") && len(en) < 10 {
				t.Errorf("%v/%d: en %q, vi %q", k, why, en, vi)
			}
		}
		if s := k.String(); !strings.HasPrefix(s, "Err") || strings.HasPrefix(s, "ErrKind(") {
			t.Errorf("String() = %q", s)
		}
	}
}

// TestUnwrap checks that parse errors are kept.
func TestUnwrap(t *testing.T) {
	_, err := collect(CSV(writeFile(t, "a.csv", "a\n\"x\n")))
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		t.Errorf("CSV: %v does not unwrap to *csv.ParseError", err)
	}
	_, err = collect(JSONL(writeFile(t, "a.jsonl", "{x}")))
	var se *json.SyntaxError
	if !errors.As(err, &se) {
		t.Errorf("JSONL: %v does not unwrap to *json.SyntaxError", err)
	}
	if errors.Unwrap(&Error{Kind: ErrNoHeader}) != nil {
		t.Error("Unwrap of an error without cause is not nil")
	}
}

// TestRowsComplete checks on all sources that every row has every header.
func TestRowsComplete(t *testing.T) {
	for name, src := range sampleSources(t) {
		rows, err := collect(src)
		if err != nil {
			t.Fatal(err)
		}
		keys := mapKeys(rows[0].Values)
		for _, r := range rows {
			if !reflect.DeepEqual(mapKeys(r.Values), keys) {
				t.Errorf("%s: row %d keys %v, want %v", name, r.Num, mapKeys(r.Values), keys)
			}
		}
	}
}

// TestConcurrentReads reads every source from several goroutines at once.
func TestConcurrentReads(t *testing.T) {
	for name, src := range sampleSources(t) {
		var wg sync.WaitGroup
		errs := make(chan error, 4)
		for range 4 {
			wg.Go(func() {
				rows, err := collect(src)
				if err == nil && len(rows) != len(sampleRows) {
					err = fmt.Errorf("%d rows", len(rows))
				}
				errs <- err
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Errorf("%s: %v", name, err)
			}
		}
	}
}
