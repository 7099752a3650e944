package extread

import (
	"archive/zip"
	"bytes"
	"math"
	"os"
	"strings"
	"testing"
)

const mau = "../../../../shared/spec/sources/nd30-2020/phu-luc-III-mau.docx"

func readMau(t *testing.T) []byte {
	data, err := os.ReadFile(mau)
	if err != nil {
		t.Skipf("the official mẫu is not beside the repository: %v", err)
	}
	return data
}

// TestMauLibreOffice reads the official Phụ lục III file through
// LibreOffice and poppler.
func TestMauLibreOffice(t *testing.T) {
	data := readMau(t)
	pdf := ToPDF(t, data)
	info := ReadPDFInfo(t, pdf)
	if info.Pages < 10 || math.Abs(info.WidthPt-595.3) > 1 || math.Abs(info.HeightPt-841.9) > 1 {
		t.Errorf("pdfinfo: %+v", info)
	}
	if text := PageText(t, pdf, 3); !strings.Contains(text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") {
		t.Errorf("page 3:\n%s", text)
	}
	var found bool
	for _, w := range PageWords(t, pdf, 4) {
		if w.Text == "QUYẾT" {
			found = w.XMax > w.XMin && w.YMax > w.YMin && w.YMin > 100 && w.YMin < 400
		}
	}
	if !found {
		t.Error("no box for QUYẾT on page 4")
	}
	if png := PagePNG(t, pdf, 1, 30); png == "" {
		t.Error("no PNG")
	} else if st, err := os.Stat(png); err != nil || st.Size() == 0 {
		t.Errorf("PNG: %v", err)
	}
}

// TestMauPythonDocx reads the official file with python-docx.
func TestMauPythonDocx(t *testing.T) {
	doc := PyDocx(t, readMau(t))
	p := doc.Find("Độc lập - Tự do - Hạnh phúc")
	if p == nil || !p.InTable {
		t.Fatalf("Tiêu ngữ: %+v", p)
	}
	size, bold, _, ok := p.RunsAgree()
	if !ok || !bold || size != 14 { // the mẫu sets its first Tiêu ngữ at 14 pt (the range is 13–14)
		t.Errorf("Tiêu ngữ %.1f pt bold=%v ok=%v", size, bold, ok)
	}
	s := doc.Sections[0]
	if math.Abs(s.LeftMM-35) > 0.5 || math.Abs(s.RightMM-20) > 0.5 || math.Abs(s.PageWidthMM-210) > 0.5 {
		t.Errorf("section %+v", s)
	}
}

// minimalDocx is a hand-made DOCX whose run has no size of its own: the
// size must come from docDefaults (14 pt) and bold from the style.
func minimalDocx(t *testing.T) []byte {
	files := map[string]string{
		"[Content_Types].xml":          `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
		"_rels/.rels":                  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
		"word/styles.xml":              `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Strong"><w:name w:val="Strong"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style></w:styles>`,
		"word/document.xml":            `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>một</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="Strong"/></w:pPr><w:r><w:t>hai</w:t></w:r><w:r><w:rPr><w:b w:val="0"/><w:sz w:val="24"/></w:rPr><w:t>ba</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:rPr><w:i/></w:rPr><w:t>ô</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`,
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestEffectiveFormatting(t *testing.T) {
	doc := PyDocx(t, minimalDocx(t))
	tests := []struct {
		text         string
		size         float64
		bold, italic bool
		inTable      bool
	}{
		{"một", 14, false, false, false}, // docDefaults
		{"hai", 14, true, false, false},  // paragraph style
		{"ba", 12, false, false, false},  // direct formatting wins
		{"ô", 14, false, true, true},     // table cell
	}
	for _, tt := range tests {
		var run *PyRun
		var para *PyPara
		for i := range doc.Paragraphs {
			for j := range doc.Paragraphs[i].Runs {
				if doc.Paragraphs[i].Runs[j].Text == tt.text {
					run, para = &doc.Paragraphs[i].Runs[j], &doc.Paragraphs[i]
				}
			}
		}
		if run == nil {
			t.Errorf("no run %q", tt.text)
			continue
		}
		if run.SizePt != tt.size || run.Bold != tt.bold || run.Italic != tt.italic || para.InTable != tt.inTable || run.Font != "Times New Roman" {
			t.Errorf("%q: %+v in table %v", tt.text, run, para.InTable)
		}
	}
	if s := doc.Sections[0]; math.Abs(s.TopMM-20) > 0.1 || math.Abs(s.LeftMM-30) > 0.1 {
		t.Errorf("section %+v", s)
	}
	if p := doc.Find("haiba"); p == nil {
		t.Error("Find joins runs")
	} else if _, _, _, ok := p.RunsAgree(); ok {
		t.Error("RunsAgree: runs of different sizes agree")
	}
}

func TestMissingTools(t *testing.T) {
	t.Setenv("EXTREAD_FAKE_MISSING", "1")
	t.Setenv("VANTHU_REQUIRE_TOOLS", "")
	for name, need := range map[string]func(testing.TB){
		"soffice": func(t testing.TB) { NeedSoffice(t) }, "poppler": NeedPoppler, "python-docx": NeedPythonDocx,
	} {
		rec := &recorder{TB: t}
		func() {
			defer func() { recover() }()
			need(rec)
		}()
		if !rec.skipped || !strings.Contains(rec.msg, "apt-get install") {
			t.Errorf("%s: skipped=%v %q", name, rec.skipped, rec.msg)
		}
	}
	t.Setenv("VANTHU_REQUIRE_TOOLS", "1")
	rec := &recorder{TB: t}
	func() {
		defer func() { recover() }()
		NeedPythonDocx(rec)
	}()
	if !rec.failed {
		t.Error("VANTHU_REQUIRE_TOOLS=1 did not fail")
	}
}

// recorder catches Skip and Fatal, which stop by panicking here instead
// of runtime.Goexit.
type recorder struct {
	testing.TB
	skipped, failed bool
	msg             string
}

func (r *recorder) Helper() {}
func (r *recorder) Skip(args ...any) {
	r.skipped, r.msg = true, sprint(args...)
	panic("skip")
}
func (r *recorder) Fatal(args ...any) {
	r.failed, r.msg = true, sprint(args...)
	panic("fatal")
}

func sprint(args ...any) string {
	var b strings.Builder
	for _, a := range args {
		if s, ok := a.(string); ok {
			b.WriteString(s)
		}
	}
	return b.String()
}
