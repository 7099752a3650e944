package docx_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/vanthu/vanthu/docgen"
	"github.com/vanthu/vanthu/docgen/internal/docx"
)

// quyetDinh renders examples/quyet-dinh.yaml with our writer.
func quyetDinh(tb testing.TB) []byte {
	tb.Helper()
	doc, err := docgen.ParseFile("../../../examples/quyet-dinh.yaml")
	if err != nil {
		tb.Fatal(err)
	}
	data, err := docgen.RenderBytes(doc)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func openBytes(tb testing.TB, data []byte) *docx.Document {
	tb.Helper()
	d, err := docx.Open(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func find(tb testing.TB, d *docx.Document, prefix string) *docx.Paragraph {
	tb.Helper()
	for _, p := range d.Paragraphs {
		if strings.HasPrefix(p.Text, prefix) {
			return p
		}
	}
	tb.Fatalf("no paragraph starting with %q", prefix)
	return nil
}

func TestOurWriter(t *testing.T) {
	d := openBytes(t, quyetDinh(t))
	if len(d.Sections) != 1 {
		t.Fatalf("sections: %+v", d.Sections)
	}
	s := d.Sections[0]
	if s.PageWidth != 11906 || s.PageHeight != 16838 || s.Landscape {
		t.Errorf("page %dx%d", s.PageWidth, s.PageHeight)
	}
	if s.MarginTop != 1134 || s.MarginBottom != 1134 || s.MarginLeft != 1701 || s.MarginRight != 850 {
		t.Errorf("margins %+v", s)
	}
	if !s.TitlePage {
		t.Error("TitlePage false")
	}
	if d.DefaultFont != "Times New Roman" {
		t.Errorf("default font %q", d.DefaultFont)
	}
	def, first := d.Headers["default"], d.Headers["first"]
	if def == nil || len(def.Fields) != 1 || def.Fields[0] != "PAGE" {
		t.Errorf("default header %+v", def)
	}
	if first == nil || len(first.Fields) != 0 {
		t.Errorf("first header %+v", first)
	}

	type want struct {
		table         int
		bold, italic  bool
		size          float64
		font          string
		inTableWanted bool
	}
	check := func(prefix string, w want) {
		t.Helper()
		p := find(t, d, prefix)
		if w.inTableWanted && (!p.InTable || p.Table != w.table) {
			t.Errorf("%q: in table %v %d, want table %d", prefix, p.InTable, p.Table, w.table)
		}
		r := p.Runs[0]
		if r.Bold != w.bold || r.Italic != w.italic || r.Size != w.size || r.Font != w.font {
			t.Errorf("%q: run %+v, want %+v", prefix, r, w)
		}
	}
	check("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", want{0, true, false, 12, "Times New Roman", true})
	for _, r := range find(t, d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").Runs {
		if !r.Bold || r.Size != 12 {
			t.Errorf("Quốc hiệu run %+v", r)
		}
	}
	check("Số: 15/QĐ-SNV", want{0, false, false, 13, "Times New Roman", true})
	dieu := find(t, d, "Điều 1.")
	if r := dieu.Runs[0]; r.Text != "Điều 1." || !r.Bold || r.Size != 14 {
		t.Errorf("Điều 1. run %+v", r)
	}
	if dieu.InTable || dieu.Align != "both" || dieu.IndentFirstLine != 720 {
		t.Errorf("Điều 1. paragraph %+v", dieu)
	}
	check("Nơi nhận", want{1, true, true, 12, "Times New Roman", true})
}

func TestOfficialMau(t *testing.T) {
	const name = "../../../../shared/spec/sources/nd30-2020/phu-luc-III-mau.docx"
	data, err := os.ReadFile(name)
	if err != nil {
		t.Skip(err)
	}
	d := openBytes(t, data)
	tables := 0
	for _, b := range d.Blocks {
		if _, ok := b.(*docx.Table); ok {
			tables++
		}
	}
	if tables <= 10 {
		t.Errorf("%d tables", tables)
	}
	found := 0
	for _, p := range d.Paragraphs {
		if strings.Contains(p.Text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") {
			bold := false
			for _, r := range p.Runs {
				if r.Bold && strings.Contains(r.Text, "CỘNG HÒA") {
					bold = true
				}
			}
			if !bold {
				t.Errorf("Quốc hiệu not bold: %+v", p.Runs)
			}
			found++
		}
	}
	if found == 0 {
		t.Error("no Quốc hiệu")
	}
	t.Logf("%d tables, %d paragraphs, %d Quốc hiệu, sections %d", tables, len(d.Paragraphs), found, len(d.Sections))
}

func FuzzOpen(f *testing.F) {
	f.Add(quyetDinh(f))
	for _, s := range docx.SeedFiles(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := docx.Open(bytes.NewReader(data), int64(len(data)), docx.MaxUncompressed(4<<20))
		if err == nil && d == nil {
			t.Fatal("nil document without error")
		}
		if err == nil {
			for i, p := range d.Paragraphs {
				if p.Index != i {
					t.Fatalf("paragraph %d has Index %d", i, p.Index)
				}
			}
		}
	})
}

func BenchmarkOpen(b *testing.B) {
	data := quyetDinh(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := docx.Open(bytes.NewReader(data), int64(len(data))); err != nil {
			b.Fatal(err)
		}
	}
}
