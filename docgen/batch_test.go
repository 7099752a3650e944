package docgen

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/vanthu/vanthu/docgen/internal/docx"
)

// memSink keeps what Batch puts, in order.
type memSink struct {
	names []string
	data  map[string][]byte
	put   func(n int) error // called before each Put, if set
}

func (m *memSink) Put(name string, data []byte) error {
	if m.put != nil {
		if err := m.put(len(m.names)); err != nil {
			return err
		}
	}
	if m.data == nil {
		m.data = map[string][]byte{}
	}
	m.names = append(m.names, name)
	m.data[name] = data
	return nil
}

// rowsOf builds n rows for tplBase; bad lists rows whose Đơn vị is empty
// (Kính gửi left blank: invalid).
func rowsOf(n int, bad ...int) DataSource {
	rows := make([]map[string]string, n)
	for i := range rows {
		rows[i] = map[string]string{"viec": fmt.Sprintf("việc số %d", i+1), "Đơn vị": fmt.Sprintf("Ủy ban nhân dân xã %d", i+1), "nguoi_ky": "nguyễn văn an"}
	}
	for _, b := range bad {
		rows[b-1]["Đơn vị"] = ""
	}
	return DataRows(rows)
}

func TestBatch(t *testing.T) {
	tpl := mustTemplate(t, tplBase)
	sink := &memSink{}
	res, err := Batch(context.Background(), tpl, rowsOf(12), sink, StartNumber(40), FileName("{{.so}}-{{.don_vi}}"), Workers(3))
	if err != nil {
		t.Fatal(err)
	}
	if res.Rows != 12 || res.Written != 12 || res.Failed != 0 {
		t.Errorf("result %+v", res)
	}
	// In row order, numbered from 40, names made safe.
	if sink.names[0] != "40-Ủy ban nhân dân xã 1.docx" || sink.names[11] != "51-Ủy ban nhân dân xã 12.docx" {
		t.Errorf("names %q", sink.names)
	}
	for i, name := range sink.names {
		d, err := docx.Open(bytes.NewReader(sink.data[name]), int64(len(sink.data[name])))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var all strings.Builder
		for _, p := range d.Paragraphs {
			all.WriteString(p.Text + "\n")
		}
		if text := all.String(); !strings.Contains(text, fmt.Sprintf("Số: %d/SNV-VP", 40+i)) || !strings.Contains(text, fmt.Sprintf("xã %d thực hiện", i+1)) {
			t.Errorf("%s does not hold its number and row: %.300s", name, text)
		}
	}
}

func TestBatchInvalidRows(t *testing.T) {
	tpl := mustTemplate(t, tplBase)

	// Without SkipInvalid: every bad row is reported, nothing is written.
	sink := &memSink{}
	res, err := Batch(context.Background(), tpl, rowsOf(10, 3, 7), sink)
	var ds Diagnostics
	if !errors.As(err, &ds) {
		t.Fatalf("want Diagnostics, got %v", err)
	}
	if len(sink.names) != 0 {
		t.Errorf("wrote %d documents despite invalid rows", len(sink.names))
	}
	rowsSeen := map[int]bool{}
	for _, d := range ds {
		rowsSeen[d.Row] = true
		if d.Path != "kinh_gui[0]" || !strings.HasPrefix(d.Message, fmt.Sprintf("dòng dữ liệu %d:", d.Row)) {
			t.Errorf("finding %s", d)
		}
	}
	if len(rowsSeen) != 2 || !rowsSeen[3] || !rowsSeen[7] || res.Failed != 2 || res.Rows != 10 {
		t.Errorf("rows reported %v, result %+v", rowsSeen, res)
	}

	// With SkipInvalid: the valid rows are written, numbered without gaps.
	sink = &memSink{}
	res, err = Batch(context.Background(), tpl, rowsOf(10, 3, 7), sink, SkipInvalid(), StartNumber(1), FileName("{{.so}}"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Written != 8 || res.Failed != 2 || len(res.Diagnostics) != 2 {
		t.Errorf("result %+v", res)
	}
	if strings.Join(sink.names, ",") != "1.docx,2.docx,3.docx,4.docx,5.docx,6.docx,7.docx,8.docx" {
		t.Errorf("names %v", sink.names)
	}
}

func TestBatchFileNames(t *testing.T) {
	tpl := mustTemplate(t, tplBase)
	rows := DataRows([]map[string]string{
		{"viec": "a", "Đơn vị": "../../etc/passwd", "nguoi_ky": "x"},
		{"viec": "b", "Đơn vị": "Sở A", "nguoi_ky": "x"},
		{"viec": "c", "Đơn vị": "sở a", "nguoi_ky": "x"},
		{"viec": "d", "Đơn vị": `Phòng: "A" <B>?`, "nguoi_ky": "x"},
		{"viec": "e", "Đơn vị": "CON", "nguoi_ky": "x"},
	})
	sink := &memSink{}
	if _, err := Batch(context.Background(), tpl, rows, sink, FileName("{{index . \"Đơn vị\"}}"), Workers(2)); err != nil {
		t.Fatal(err)
	}
	want := []string{"etc-passwd.docx", "Sở A.docx", "sở a-2.docx", "Phòng_ _A_ _B__.docx", "_CON.docx"}
	if strings.Join(sink.names, "|") != strings.Join(want, "|") {
		t.Errorf("names %q, want %q", sink.names, want)
	}

	// A name template that gives nothing for a row fails that row.
	rows = DataRows([]map[string]string{{"viec": "a", "Đơn vị": "Sở A", "nguoi_ky": "x", "ten": " .. "}})
	_, err := Batch(context.Background(), tpl, rows, &memSink{}, FileName("{{.ten}}"))
	if err == nil || !strings.Contains(err.Error(), "tên rỗng") {
		t.Errorf("empty name: %v", err)
	}
	// A malformed name template is refused before any row is read.
	if _, err := Batch(context.Background(), tpl, rows, &memSink{}, FileName("{{.ten")); err == nil || !strings.Contains(err.Error(), "mẫu tên tệp") {
		t.Errorf("bad name template: %v", err)
	}
}

func TestSafeFileName(t *testing.T) {
	for in, want := range map[string]string{
		"Công văn số 5":          "Công văn số 5.docx",
		"a.docx":                 "a.docx",
		"a.DOCX":                 "a.docx",
		"../x":                   "x.docx",
		"..":                     "",
		"  ":                     "",
		`a\b/c`:                  "a-b-c.docx",
		"tab\there\nnew":         "tab here new.docx",
		"nul":                    "_nul.docx",
		"LPT1.txt":               "_LPT1.txt.docx",
		"COM10":                  "COM10.docx",
		"e\u0301":                "é.docx",
		"trailing. ":             "trailing.docx",
		strings.Repeat("ư", 150): strings.Repeat("ư", 100) + ".docx",
	} {
		if got := SafeFileName(in); got != want {
			t.Errorf("SafeFileName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBatchCancel(t *testing.T) {
	tpl := mustTemplate(t, tplBase)
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dirSink := DirSink(dir)
	sink := &cancelSink{Sink: dirSink, after: 3, cancel: cancel}
	res, err := Batch(ctx, tpl, rowsOf(200), sink, Workers(4))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("want context.Canceled, got %v", err)
	}
	if res.Written != 3 {
		t.Errorf("written %d after cancelling at 3", res.Written)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
		info, _ := e.Info()
		if strings.HasSuffix(e.Name(), ".tmp") || info.Size() == 0 {
			t.Errorf("partial file left: %s", e.Name())
		}
	}
	sort.Strings(names)
	if strings.Join(names, ",") != "0001.docx,0002.docx,0003.docx" {
		t.Errorf("files %v", names)
	}
	// A context cancelled before the start writes nothing.
	dir2 := t.TempDir()
	if _, err := Batch(ctx, tpl, rowsOf(5), DirSink(dir2)); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: %v", err)
	}
	if entries, _ := os.ReadDir(dir2); len(entries) != 0 {
		t.Errorf("wrote %d files with a cancelled context", len(entries))
	}
}

// cancelSink cancels the batch once it has put `after` documents.
type cancelSink struct {
	Sink
	after  int
	n      int
	cancel context.CancelFunc
}

func (s *cancelSink) Put(name string, data []byte) error {
	if err := s.Sink.Put(name, data); err != nil {
		return err
	}
	if s.n++; s.n == s.after {
		s.cancel()
	}
	return nil
}

// The same template and data give the same bytes: every document, and
// the zip that holds them.
func TestBatchHermetic(t *testing.T) {
	tpl := mustTemplate(t, strings.Replace(tplBase, `"{{.viec}}"`, `"{{.viec}} {{so_chu 21}} {{upper .viec}} {{list 1 2 | join \",\"}}"`, 1))
	zips := make([][]byte, 2)
	for i := range zips {
		var buf bytes.Buffer
		z := NewZipSink(&buf)
		if _, err := Batch(context.Background(), tpl, rowsOf(20), z, Workers(i+1)); err != nil {
			t.Fatal(err)
		}
		if err := z.Close(); err != nil {
			t.Fatal(err)
		}
		zips[i] = buf.Bytes()
	}
	if !bytes.Equal(zips[0], zips[1]) {
		t.Fatal("two runs gave different archives")
	}
	zr, err := zip.NewReader(bytes.NewReader(zips[0]), int64(len(zips[0])))
	if err != nil || len(zr.File) != 20 {
		t.Fatalf("archive: %v, %d entries", err, len(zr.File))
	}
	if zr.File[0].Name != "0001.docx" || zr.File[0].Method != zip.Store {
		t.Errorf("first entry %s, method %d", zr.File[0].Name, zr.File[0].Method)
	}
}

func TestBatchDataErrors(t *testing.T) {
	tpl := mustTemplate(t, tplBase)
	dir := t.TempDir()
	csv := filepath.Join(dir, "d.csv")
	os.WriteFile(csv, []byte("viec,Đơn vị,nguoi_ky\na,b,c\n\"x,y\n"), 0o644)
	rows, err := OpenData(csv, "")
	if err != nil {
		t.Fatal(err)
	}
	sink := &memSink{}
	_, err = Batch(context.Background(), tpl, rows, sink)
	var ds Diagnostics
	if !errors.As(err, &ds) || ds[0].File != csv || ds[0].Line != 3 || ds[0].Rule != "VANTHU.DATA" {
		t.Errorf("broken CSV: %v", err)
	}
	if len(sink.names) != 0 {
		t.Error("wrote documents from a broken table")
	}
	// A header without rows.
	os.WriteFile(csv, []byte("viec,Đơn vị\n"), 0o644)
	rows, _ = OpenData(csv, "")
	if _, err := Batch(context.Background(), tpl, rows, sink); err == nil || !strings.Contains(err.Error(), "không có dòng nào") {
		t.Errorf("empty table: %v", err)
	}
}

// BenchmarkBatch renders the giấy mời example for 1,000 and 10,000 rows
// read from a CSV file into a sink that drops them, and reports documents
// per second and the peak heap: the rows are streamed, so the heap must
// not grow with their number.
func BenchmarkBatch(b *testing.B) {
	tpl, err := ParseTemplateFile("../examples/giay-moi-dai-bieu.yaml")
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			var csv strings.Builder
			csv.WriteString("Danh xưng,Họ tên,Chức vụ,Đơn vị\n")
			for i := range n {
				fmt.Fprintf(&csv, "Ông,Nguyễn Văn %d,Giám đốc,Sở Tư pháp\n", i)
			}
			name := filepath.Join(b.TempDir(), "dai-bieu.csv")
			if err := os.WriteFile(name, []byte(csv.String()), 0o644); err != nil {
				b.Fatal(err)
			}
			data, err := OpenData(name, "")
			if err != nil {
				b.Fatal(err)
			}
			runtime.GC()
			var peak uint64
			b.ResetTimer()
			for range b.N {
				var written int
				sink := sinkFunc(func(string, []byte) error { written++; return nil })
				if _, err := Batch(context.Background(), tpl, data, sink, StartNumber(1), OnProgress(func(p BatchProgress) {
					if p.Done%500 == 0 {
						var ms runtime.MemStats
						runtime.ReadMemStats(&ms)
						peak = max(peak, ms.HeapInuse)
					}
				})); err != nil || written != n {
					b.Fatal(err, written)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
		})
	}
}

type sinkFunc func(string, []byte) error

func (f sinkFunc) Put(name string, data []byte) error { return f(name, data) }

// DirSink is written from the workers; every file is whole, and a
// cancelled batch leaves whole files only, as many as it counted.
func TestBatchDirSinkConcurrent(t *testing.T) {
	tpl := mustTemplate(t, tplBase)
	dir := t.TempDir()
	res, err := Batch(context.Background(), tpl, rowsOf(30), DirSink(dir), Workers(4), FileName("{{.stt}}"))
	if err != nil || res.Written != 30 {
		t.Fatalf("written %d: %v", res.Written, err)
	}
	for i := 1; i <= 30; i++ {
		data, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("%d.docx", i)))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err != nil {
			t.Errorf("%d.docx: %v", i, err)
		}
	}

	dir = t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	res, err = Batch(ctx, tpl, rowsOf(300), DirSink(dir), Workers(4), OnProgress(func(p BatchProgress) {
		if p.Phase == "write" && p.Done == 5 {
			cancel()
		}
	}))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("want context.Canceled, got %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) < 5 || len(entries) >= 300 || len(entries) != res.Written {
		t.Errorf("%d files after cancelling at 5; %d counted", len(entries), res.Written)
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".docx") {
			t.Errorf("left %s", e.Name())
		}
	}
}

// Without StartNumber, .so in a file name is the template's own number,
// as in the document's fields.
func TestBatchFileNameOwnNumber(t *testing.T) {
	tpl := mustTemplate(t, strings.Replace(tplBase, "ky_hieu: SNV-VP", "so: 12\nky_hieu: SNV-VP", 1))
	sink := &memSink{}
	if _, err := Batch(context.Background(), tpl, rowsOf(2), sink, FileName("{{.so}}-{{.stt}}")); err != nil {
		t.Fatal(err)
	}
	if strings.Join(sink.names, ",") != "12-1.docx,12-2.docx" {
		t.Errorf("names %v", sink.names)
	}
}
