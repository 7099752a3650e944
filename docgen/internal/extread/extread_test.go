package extread

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

// mau is the official Phụ lục III file (NĐ 30/2020), beside the repository.
const mau = "../../../../shared/spec/sources/nd30-2020/phu-luc-III-mau.docx"

func readMau(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile(mau)
	if err != nil {
		t.Skipf("the official mẫu is not beside the repository: %v", err)
	}
	return data
}

func near(got, want, tol float64) bool { return math.Abs(got-want) <= tol }

// TestMauLibreOffice lays the official file out with LibreOffice and reads
// the PDF with poppler.
func TestMauLibreOffice(t *testing.T) {
	data := readMau(t)
	NeedSoffice(t)
	NeedPoppler(t)
	pdf := ToPDF(t, data)
	if !strings.HasPrefix(pdf, os.TempDir()) || filepath.Ext(pdf) != ".pdf" {
		t.Errorf("PDF at %s", pdf)
	}
	info := ReadPDFInfo(t, pdf)
	t.Logf("pdfinfo: %+v", info)
	if !near(info.WidthPt, 595.3, 1) || !near(info.HeightPt, 841.9, 1) {
		t.Errorf("page %.1f × %.1f pt, want A4 595 × 842", info.WidthPt, info.HeightPt)
	}
	if info.Pages < 10 {
		t.Errorf("%d pages: the mẫu has a dozen forms", info.Pages)
	}

	text := PageText(t, pdf, 3)
	for _, want := range []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "NGHỊ QUYẾT"} {
		if !strings.Contains(text, want) {
			t.Errorf("page 3 lacks %q:\n%s", want, text)
		}
	}
	if !norm.NFC.IsNormalString(text) {
		t.Error("pdftotext gave text that is not NFC: PageText must normalise it")
	}

	// The title "NGHỊ QUYẾT" of the form on page 3: QUYẾT follows NGHỊ on
	// the same line, in the upper third of the page, centred in the text
	// area (35 mm to 20 mm from the edges) within a few points.
	words := PageWords(t, pdf, 3)
	var nghi, quyet *Word
	for i := range words {
		w := &words[i]
		if !norm.NFC.IsNormalString(w.Text) {
			t.Errorf("word %q is not NFC", w.Text)
		}
		if w.Text == "QUYẾT" && i > 0 && words[i-1].Text == "NGHỊ" && quyet == nil {
			nghi, quyet = &words[i-1], w
		}
	}
	if quyet == nil {
		t.Fatalf("no NGHỊ QUYẾT among the %d words of page 3", len(words))
	}
	t.Logf("NGHỊ %+v QUYẾT %+v", *nghi, *quyet)
	width, height := quyet.XMax-quyet.XMin, quyet.YMax-quyet.YMin
	switch {
	case quyet.XMin < 0 || quyet.XMax > info.WidthPt || quyet.YMin < 0 || quyet.YMax > info.HeightPt:
		t.Errorf("QUYẾT off the page: %+v", *quyet)
	case width < 30 || width > 80 || height < 10 || height > 25:
		t.Errorf("QUYẾT box %.1f × %.1f pt, want a 14 pt bold word", width, height)
	case quyet.YMin > info.HeightPt/3:
		t.Errorf("QUYẾT at y %.1f, want the upper third", quyet.YMin)
	case !near(nghi.YMin, quyet.YMin, 1) || nghi.XMax >= quyet.XMin:
		t.Errorf("NGHỊ %+v is not just before QUYẾT %+v", *nghi, *quyet)
	}
	left, right := 35*72/25.4, info.WidthPt-20*72/25.4
	if mid := (nghi.XMin + quyet.XMax) / 2; !near(mid, (left+right)/2, 10) {
		t.Errorf("NGHỊ QUYẾT centred at x %.1f, the text area's centre is %.1f", mid, (left+right)/2)
	}

	pic := PagePNG(t, pdf, 3, 50)
	t.Logf("page 3: %s", pic)
	f, err := os.Open(pic)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil {
		t.Fatalf("%s: %v", pic, err)
	}
	if wantW, wantH := info.WidthPt*50/72, info.HeightPt*50/72; !near(float64(cfg.Width), wantW, 2) || !near(float64(cfg.Height), wantH, 2) {
		t.Errorf("PNG %d × %d px, want %.0f × %.0f at 50 dpi", cfg.Width, cfg.Height, wantW, wantH)
	}
}

// TestMauPythonDocx reads the official file with python-docx.
func TestMauPythonDocx(t *testing.T) {
	data := readMau(t)
	doc := PyDocx(t, data)

	p := doc.Find("Độc lập - Tự do - Hạnh phúc")
	if p == nil {
		t.Fatal("no Tiêu ngữ")
	}
	if !p.InTable || p.Table < 0 || p.Row != 0 || p.Col != 1 || p.Alignment != "CENTER" {
		t.Errorf("Tiêu ngữ at table %d row %d col %d, in table %v, aligned %q; want the right cell of a header table, centred",
			p.Table, p.Row, p.Col, p.InTable, p.Alignment)
	}
	// The decree allows 13–14 pt; the mẫu sets w:sz 28 (14 pt, szCs 26).
	if size, bold, italic, ok := p.RunsAgree(); !ok || size != 14 || !bold || italic {
		t.Errorf("Tiêu ngữ %.1f pt bold=%v italic=%v agree=%v, want 14 pt bold upright", size, bold, italic, ok)
	}
	for _, r := range p.Runs {
		if r.Font != "Times New Roman" {
			t.Errorf("Tiêu ngữ run %q in %q", r.Text, r.Font)
		}
	}
	q := doc.Find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
	if q == nil || q.Table != p.Table || q.Row != 0 || q.Col != 1 {
		t.Errorf("Quốc hiệu not in the Tiêu ngữ's cell: %+v", q)
	} else if size, bold, _, ok := q.RunsAgree(); !ok || size != 13 || !bold {
		t.Errorf("Quốc hiệu %.1f pt bold=%v, want 13 pt bold", size, bold)
	}
	if decomposed := norm.NFD.String("Độc lập - Tự do"); doc.Find(decomposed) != p {
		t.Error("Find does not compare in NFC")
	}

	// Each w:tc once: as many Tiêu ngữ paragraphs as the XML has.
	var count int
	for _, para := range doc.Paragraphs {
		if strings.Contains(para.Text, "Độc lập - Tự do - Hạnh phúc") {
			count++
		}
	}
	if xmlCount := countInPart(t, data, "word/document.xml", "Độc lập - Tự do - Hạnh phúc"); count != xmlCount {
		t.Errorf("%d Tiêu ngữ paragraphs, document.xml has %d", count, xmlCount)
	}
	// Row-major order within each table.
	last := map[int][2]int{}
	for _, para := range doc.Paragraphs {
		if !para.InTable {
			if para.Table != -1 || para.Row != -1 || para.Col != -1 {
				t.Errorf("%q outside tables at %d/%d/%d", para.Text, para.Table, para.Row, para.Col)
			}
			continue
		}
		prev, seen := last[para.Table]
		if seen && (para.Row < prev[0] || para.Row == prev[0] && para.Col < prev[1]) {
			t.Errorf("table %d: row %d col %d after row %d col %d", para.Table, para.Row, para.Col, prev[0], prev[1])
		}
		last[para.Table] = [2]int{para.Row, para.Col}
	}

	if len(doc.Sections) != 1 {
		t.Fatalf("%d sections", len(doc.Sections))
	}
	s := doc.Sections[0]
	s.AssertA4(t, 25, 20, 35, 20)
	if s.Orientation != "PORTRAIT" || !s.DifferentFirstPage {
		t.Errorf("section %+v", s)
	}
	if h, ok := doc.HeaderTexts["first"]; !ok || h != "" || !strings.Contains(doc.HeaderTexts["default"], "PAGE") {
		t.Errorf("headers %q, want a PAGE field in the default one and an empty first-page one", doc.HeaderTexts)
	}
	if len(doc.Footnotes) != 0 {
		t.Errorf("footnotes %q: the mẫu's notes are superscript numbers, not footnotes", doc.Footnotes)
	}
}

// countInPart counts the occurrences of s in one part of a DOCX.
func countInPart(t *testing.T, docx []byte, part, s string) int {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := zr.Open(part)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b bytes.Buffer
	if _, err := b.ReadFrom(f); err != nil {
		t.Fatal(err)
	}
	return strings.Count(b.String(), s)
}

const (
	nsW   = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	nsR   = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	rels  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	ctDoc = "application/vnd.openxmlformats-officedocument.wordprocessingml."
)

// minimalDocx is a hand-made DOCX that tries each rule of the resolution:
// the document defaults give Times New Roman 14 pt (w:sz 28) to runs that
// set no size; styles, numbering, a theme font, a merged and a nested
// table, a footnote and two headers.
func minimalDocx(t testing.TB) []byte {
	t.Helper()
	decomposed := norm.NFD.String("Tiếng Việt")
	body := `<w:p><w:r><w:t>một</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="Title1"/></w:pPr><w:r><w:t>hai</w:t></w:r><w:r><w:rPr><w:b w:val="0"/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve"> ba</w:t></w:r></w:p>` +
		`<w:p><w:r><w:rPr><w:rStyle w:val="Em"/></w:rPr><w:t xml:space="preserve">bốn </w:t></w:r>` +
		`<w:r><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/></w:rPr><w:t xml:space="preserve">năm </w:t></w:r>` +
		`<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>6</w:t></w:r>` +
		`<w:r><w:rPr><w:color w:val="FF0000"/><w:u w:val="single"/></w:rPr><w:t xml:space="preserve"> bảy</w:t></w:r>` +
		`<w:ins w:id="1" w:author="x"><w:r><w:t xml:space="preserve"> chèn</w:t></w:r></w:ins>` +
		`<w:del w:id="2" w:author="x"><w:r><w:delText> xoá</w:delText></w:r></w:del></w:p>` +
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>mục treo</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:ind w:firstLine="567"/></w:pPr><w:r><w:t>mục thụt</w:t></w:r></w:p>` +
		`<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="4000"/></w:tblGrid>` +
		`<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>gộp</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr>` +
		`<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>d</w:t></w:r></w:p>` +
		`<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>lồng</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>` +
		`<w:sdt><w:sdtContent><w:p><w:r><w:t>` + decomposed + `</w:t></w:r></w:p></w:sdtContent></w:sdt>` +
		`<w:p><w:r><w:t>sau</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>` +
		`<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:headerReference w:type="first" r:id="rIdH2"/>` +
		`<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/><w:titlePg/></w:sectPr>`
	files := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="` + ctDoc + `document.main+xml"/>` +
			`<Override PartName="/word/styles.xml" ContentType="` + ctDoc + `styles+xml"/>` +
			`<Override PartName="/word/numbering.xml" ContentType="` + ctDoc + `numbering+xml"/>` +
			`<Override PartName="/word/footnotes.xml" ContentType="` + ctDoc + `footnotes+xml"/>` +
			`<Override PartName="/word/header1.xml" ContentType="` + ctDoc + `header+xml"/>` +
			`<Override PartName="/word/header2.xml" ContentType="` + ctDoc + `header+xml"/>` +
			`<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="` + rels + `officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="` + rels + `styles" Target="styles.xml"/>` +
			`<Relationship Id="rId2" Type="` + rels + `numbering" Target="numbering.xml"/>` +
			`<Relationship Id="rId3" Type="` + rels + `footnotes" Target="footnotes.xml"/>` +
			`<Relationship Id="rId4" Type="` + rels + `theme" Target="theme/theme1.xml"/>` +
			`<Relationship Id="rIdH1" Type="` + rels + `header" Target="header1.xml"/>` +
			`<Relationship Id="rIdH2" Type="` + rels + `header" Target="header2.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + nsW + ` ` + nsR + `><w:body>` + body + `</w:body></w:document>`},
		{"word/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ` + nsW + `>` +
			`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:rPrDefault>` +
			`<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
			`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
			`<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Centered"><w:name w:val="Centered"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="240" w:line="360" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Title1"><w:name w:val="Title1"/><w:basedOn w:val="Centered"/><w:rPr><w:b/></w:rPr></w:style>` +
			`<w:style w:type="character" w:styleId="Em"><w:name w:val="Em"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:i/></w:rPr></w:style>` +
			`<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>` +
			`</w:styles>`},
		{"word/numbering.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ` + nsW + `>` +
			`<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>` +
			`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`},
		{"word/footnotes.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ` + nsW + `>` +
			`<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
			`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>` +
			`<w:footnote w:id="1"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Chú thích </w:t></w:r><w:r><w:t>một.</w:t></w:r></w:p></w:footnote></w:footnotes>`},
		{"word/header1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ` + nsW + `><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
			`<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:hdr>`},
		{"word/header2.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ` + nsW + `><w:p/></w:hdr>`},
		{"word/theme/theme1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="T"><a:themeElements>` +
			`<a:fontScheme name="F"><a:majorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>` +
			`<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		w, err := zw.Create(f.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(f.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// findRun returns the run whose text is text, and its paragraph.
func findRun(doc *PyDoc, text string) (*PyPara, *PyRun) {
	for i := range doc.Paragraphs {
		for j := range doc.Paragraphs[i].Runs {
			if strings.TrimSpace(doc.Paragraphs[i].Runs[j].Text) == text {
				return &doc.Paragraphs[i], &doc.Paragraphs[i].Runs[j]
			}
		}
	}
	return nil, nil
}

// TestMinimalPyDocx checks the resolution on the hand-made file, first of
// all that a run without a size takes docDefaults' 14 pt.
func TestMinimalPyDocx(t *testing.T) {
	doc := PyDocx(t, minimalDocx(t))

	runs := []struct {
		text                    string
		font                    string
		size                    float64
		bold, italic, underline bool
		color                   string
		superscript             bool
	}{
		{"một", "Times New Roman", 14, false, false, false, "", false}, // docDefaults alone
		{"hai", "Times New Roman", 14, true, false, false, "", false},  // bold from the paragraph style
		{"ba", "Times New Roman", 12, false, false, false, "", false},  // direct formatting wins
		{"bốn", "Times New Roman", 14, false, true, false, "", false},  // character style
		{"năm", "Cambria", 14, false, false, false, "", false},         // theme font
		{"6", "Times New Roman", 14, false, false, false, "", true},
		{"bảy", "Times New Roman", 14, false, false, true, "FF0000", false},
		{"chèn", "Times New Roman", 14, false, false, false, "", false}, // inside w:ins
		{"lồng", "Times New Roman", 14, false, false, false, "", false},
	}
	for _, want := range runs {
		_, r := findRun(doc, want.text)
		if r == nil {
			t.Errorf("no run %q", want.text)
			continue
		}
		if r.Font != want.font || r.SizePt != want.size || r.Bold != want.bold || r.Italic != want.italic ||
			r.Underline != want.underline || r.Color != want.color || r.Superscript != want.superscript {
			t.Errorf("run %q: %+v, want %+v", want.text, *r, want)
		}
	}
	if p, _ := findRun(doc, "chèn"); p == nil || strings.Contains(p.Text, "xoá") {
		t.Errorf("deleted text read: %+v", p)
	}

	paras := []struct {
		find          string
		style, align  string
		first, left   float64
		before, after float64
		line          float64
		rule          string
	}{
		{"một", "Normal", "", 0, 0, 0, 6, 1.15, "auto"},
		{"hai ba", "Title1", "CENTER", 0, 0, 12, 6, 18, "exact"}, // jc and spacing from the basedOn style
		{"mục treo", "Normal", "", -6.35, 12.7, 0, 6, 1.15, "auto"},
		{"mục thụt", "Normal", "", 10, 12.7, 0, 6, 1.15, "auto"}, // direct firstLine over the level's hanging
	}
	for _, want := range paras {
		p := doc.Find(want.find)
		if p == nil {
			t.Errorf("no paragraph %q", want.find)
			continue
		}
		if p.Style != want.style || p.Alignment != want.align || !near(p.FirstLineIndentMM, want.first, 0.01) ||
			!near(p.LeftIndentMM, want.left, 0.01) || p.SpaceBeforePt != want.before || p.SpaceAfterPt != want.after ||
			!near(p.LineSpacing, want.line, 0.001) || p.LineSpacingRule != want.rule {
			t.Errorf("%q: %+v, want %+v", want.find, *p, want)
		}
	}
	if p := doc.Find("hai ba"); p != nil {
		if _, _, _, ok := p.RunsAgree(); ok {
			t.Error("RunsAgree: runs of 14 pt bold and 12 pt regular agree")
		}
	}
	if p := doc.Find("lồng"); p != nil {
		if size, bold, italic, ok := p.RunsAgree(); !ok || size != 14 || bold || italic {
			t.Errorf("RunsAgree on one run: %v %v %v %v", size, bold, italic, ok)
		}
	}

	// Table cells in row-major order, each w:tc once, the nested table after.
	type cell struct {
		text            string
		table, row, col int
	}
	var cells []cell
	for _, p := range doc.Paragraphs {
		if p.InTable {
			cells = append(cells, cell{p.Text, p.Table, p.Row, p.Col})
		} else if p.Table != -1 || p.Row != -1 || p.Col != -1 {
			t.Errorf("%q outside tables at %d/%d/%d", p.Text, p.Table, p.Row, p.Col)
		}
	}
	wantCells := []cell{{"gộp", 0, 0, 0}, {"c", 0, 0, 1}, {"", 0, 1, 0}, {"d", 0, 1, 1}, {"lồng", 1, 0, 0}, {"", 0, 1, 1}}
	if fmt.Sprint(cells) != fmt.Sprint(wantCells) {
		t.Errorf("cells %v, want %v", cells, wantCells)
	}

	// Text is NFC, and Find compares in NFC whichever form it is given.
	if p := doc.Find("Tiếng Việt"); p == nil || p.Text != norm.NFC.String("Tiếng Việt") || doc.Find(norm.NFD.String("Tiếng Việt")) != p {
		t.Errorf("NFC: %+v", p)
	}
	if doc.Find("không có") != nil {
		t.Error("Find found what is not there")
	}
	if n := len(doc.Paragraphs); n != 13 {
		t.Errorf("%d paragraphs, want 13", n)
	}

	if len(doc.Footnotes) != 1 || doc.Footnotes[0] != "Chú thích một." {
		t.Errorf("footnotes %q", doc.Footnotes)
	}
	if len(doc.HeaderTexts) != 2 || doc.HeaderTexts["default"] != "PAGE 1" || doc.HeaderTexts["first"] != "" {
		t.Errorf("headers %q", doc.HeaderTexts)
	}
	if len(doc.Sections) != 1 {
		t.Fatalf("%d sections", len(doc.Sections))
	}
	s := doc.Sections[0]
	if !near(s.PageWidthMM, 210, 0.1) || !near(s.PageHeightMM, 297, 0.1) || !near(s.TopMM, 20, 0.1) || !near(s.BottomMM, 20, 0.1) ||
		!near(s.LeftMM, 30, 0.1) || !near(s.RightMM, 15, 0.1) || s.Orientation != "PORTRAIT" || !s.DifferentFirstPage {
		t.Errorf("section %+v", s)
	}
}

// TestMinimalLibreOffice converts the hand-made file in parallel, each
// conversion in its own profile, and finds its text in the PDF.
func TestMinimalLibreOffice(t *testing.T) {
	NeedSoffice(t)
	NeedPoppler(t)
	data := minimalDocx(t)
	for i := range 3 {
		t.Run(fmt.Sprintf("#%d ở đây", i), func(t *testing.T) { // '#' and a space must survive the profile URL
			t.Parallel()
			pdf := ToPDF(t, data)
			info := ReadPDFInfo(t, pdf)
			if info.Pages != 1 || !near(info.WidthPt, 595.3, 1) || !near(info.HeightPt, 841.9, 1) {
				t.Errorf("pdfinfo: %+v", info)
			}
			text := PageText(t, pdf, 1)
			for _, want := range []string{"một", "hai ba", "bốn năm", "gộp", "lồng", "sau1", "Chú thích một."} {
				if !strings.Contains(text, want) {
					t.Errorf("page 1 lacks %q:\n%s", want, text)
				}
			}
			// Poppler gives back the characters the DOCX holds: the
			// decomposed Tiếng Việt stays decomposed (see the package
			// comment).
			if !strings.Contains(text, norm.NFD.String("Tiếng Việt")) {
				t.Errorf("page 1 lacks the decomposed Tiếng Việt:\n%q", text)
			}
			var found bool
			for _, w := range PageWords(t, pdf, 1) {
				// The body starts 20 mm (56.7 pt) from the top and 30 mm (85 pt) from the left.
				if w.Text == "một" {
					found = near(w.XMin, 85, 2) && w.YMin > 50 && w.YMin < 80
					if !found {
						t.Errorf("một at %+v, want the top-left corner of the text area", w)
					}
				}
			}
			if !found {
				t.Error("no box for một")
			}
		})
	}
}

// TestToPDFFailure: a file LibreOffice cannot read fails the test with
// soffice's output.
func TestToPDFFailure(t *testing.T) {
	NeedSoffice(t)
	rec := &recorder{TB: t}
	// LibreOffice reads any text as a document, but not a truncated zip;
	// soffice still exits with 0.
	catch(func() { ToPDF(rec, minimalDocx(t)[:300]) })
	if !rec.failed || !strings.Contains(rec.msg, "no doc.pdf") || !strings.Contains(rec.msg, "could not be loaded") {
		t.Errorf("failed=%v %q", rec.failed, rec.msg)
	}
	t.Log(rec.msg)
}

// TestPyDocxFailure: a file python-docx cannot open fails the test with
// Python's error.
func TestPyDocxFailure(t *testing.T) {
	NeedPythonDocx(t)
	rec := &recorder{TB: t}
	catch(func() { PyDocx(rec, []byte("not a zip")) })
	if !rec.failed || !strings.Contains(rec.msg, "Traceback") {
		t.Errorf("failed=%v %q", rec.failed, rec.msg)
	}
}

func TestParseWords(t *testing.T) {
	const page = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml">
<head><title></title><meta name="Producer" content="LibreOffice 7.4"/></head><body><doc><page width="595.303937" height="841.889764"><flow><block xMin="1" yMin="2" xMax="3" yMax="4"><line xMin="1" yMin="2" xMax="3" yMax="4">
<word xMin="100.5" yMin="20.25" xMax="130" yMax="38.5">Số:</word><word xMin="131" yMin="20.25" xMax="140" yMax="38.5">A&amp;B&lt;</word>
</line></block></flow></page></doc></body></html>`
	words, err := parseWords([]byte(page))
	want := []Word{{"Số:", 100.5, 20.25, 130, 38.5}, {"A&B<", 131, 20.25, 140, 38.5}}
	if err != nil || fmt.Sprint(words) != fmt.Sprint(want) {
		t.Errorf("parseWords: %v %v, want %v", words, err, want)
	}
}

func TestFileURL(t *testing.T) {
	if got, want := fileURL("/tmp/a b#1/ở"), "file:///tmp/a%20b%231/%E1%BB%9F"; got != want {
		t.Errorf("fileURL %q, want %q", got, want)
	}
}

func TestRequire(t *testing.T) {
	for v, want := range map[string]bool{"": false, "0": false, "1": true, "yes": false} {
		t.Setenv("VANTHU_REQUIRE_TOOLS", v)
		if Require() != want {
			t.Errorf("VANTHU_REQUIRE_TOOLS=%q: Require() = %v", v, !want)
		}
	}
}

// helpers call every exported helper that needs a tool.
var helpers = map[string]func(testing.TB){
	"NeedSoffice":    func(t testing.TB) { NeedSoffice(t) },
	"NeedPoppler":    NeedPoppler,
	"NeedPythonDocx": NeedPythonDocx,
	"ToPDF":          func(t testing.TB) { ToPDF(t, nil) },
	"ReadPDFInfo":    func(t testing.TB) { ReadPDFInfo(t, "none.pdf") },
	"PageText":       func(t testing.TB) { PageText(t, "none.pdf", 1) },
	"PageWords":      func(t testing.TB) { PageWords(t, "none.pdf", 1) },
	"PagePNG":        func(t testing.TB) { PagePNG(t, "none.pdf", 1, 30) },
	"PyDocx":         func(t testing.TB) { PyDocx(t, nil) },
}

// packages maps each helper to the Debian packages its message must name.
var packages = map[string]string{
	"NeedSoffice": "libreoffice-writer-nogui", "ToPDF": "libreoffice-writer-nogui",
	"NeedPoppler": "poppler-utils", "ReadPDFInfo": "poppler-utils", "PageText": "poppler-utils",
	"PageWords": "poppler-utils", "PagePNG": "poppler-utils",
	"NeedPythonDocx": "python3-docx", "PyDocx": "python3-docx",
}

// TestMissingTools: with EXTREAD_FAKE_MISSING=1 every helper skips with a
// message naming the package to install, and fails instead when
// VANTHU_REQUIRE_TOOLS=1.
func TestMissingTools(t *testing.T) {
	t.Setenv("EXTREAD_FAKE_MISSING", "1")
	for _, require := range []string{"", "1"} {
		t.Setenv("VANTHU_REQUIRE_TOOLS", require)
		for name, call := range helpers {
			rec := &recorder{TB: t}
			catch(func() { call(rec) })
			want := "apt-get install -y " + packages[name]
			if require == "1" && (!rec.failed || rec.skipped) || require == "" && (!rec.skipped || rec.failed) || !strings.Contains(rec.msg, want) {
				t.Errorf("%s, VANTHU_REQUIRE_TOOLS=%q: skipped=%v failed=%v %q, want a message with %q",
					name, require, rec.skipped, rec.failed, rec.msg, want)
			}
		}
	}
}

// TestMissingToolsForReal runs this package's test binary again with
// EXTREAD_FAKE_MISSING=1 and checks what `go test` reports: skips, or
// failures under VANTHU_REQUIRE_TOOLS=1.
func TestMissingToolsForReal(t *testing.T) {
	if os.Getenv("EXTREAD_HELPER") == "1" {
		t.Skip("running as the helper")
	}
	for _, require := range []string{"0", "1"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestFakeMissingHelper$", "-test.v", "-test.count=1")
		cmd.Env = append(os.Environ(), "EXTREAD_HELPER=1", "EXTREAD_FAKE_MISSING=1", "VANTHU_REQUIRE_TOOLS="+require)
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		if require == "1" && !errors.As(err, &exit) || require == "0" && err != nil {
			t.Errorf("VANTHU_REQUIRE_TOOLS=%s: %v\n%s", require, err, out)
		}
		verdict := map[string]string{"0": "--- SKIP: TestFakeMissingHelper/", "1": "--- FAIL: TestFakeMissingHelper/"}[require]
		for name := range helpers {
			if !strings.Contains(string(out), verdict+name+" ") {
				t.Errorf("VANTHU_REQUIRE_TOOLS=%s: no %q in\n%s", require, verdict+name, out)
			}
		}
		if strings.Contains(string(out), "not stopped") {
			t.Errorf("a helper went on without its tool:\n%s", out)
		}
		if require == "0" && !strings.Contains(string(out), "apt-get install -y python3-docx") {
			t.Errorf("no install hint in\n%s", out)
		}
	}
}

// TestFakeMissingHelper is run by TestMissingToolsForReal.
func TestFakeMissingHelper(t *testing.T) {
	if os.Getenv("EXTREAD_HELPER") != "1" {
		t.Skip("a helper of TestMissingToolsForReal")
	}
	for name, call := range helpers {
		t.Run(name, func(t *testing.T) {
			call(t)
			t.Error("not stopped")
		})
	}
}

// recorder stands in for a test: Skip and Fatal record the message and
// panic with stop instead of ending the goroutine.
type recorder struct {
	testing.TB
	skipped, failed bool
	msg             string
}

type stop struct{}

func (r *recorder) Helper()                           {}
func (r *recorder) TempDir() string                   { return r.TB.TempDir() }
func (r *recorder) Skip(args ...any)                  { r.skipped, r.msg = true, fmt.Sprint(args...); panic(stop{}) }
func (r *recorder) Skipf(format string, args ...any)  { r.Skip(fmt.Sprintf(format, args...)) }
func (r *recorder) SkipNow()                          { r.Skip() }
func (r *recorder) Fatal(args ...any)                 { r.failed, r.msg = true, fmt.Sprint(args...); panic(stop{}) }
func (r *recorder) Fatalf(format string, args ...any) { r.Fatal(fmt.Sprintf(format, args...)) }
func (r *recorder) FailNow()                          { r.Fatal() }
func (r *recorder) Error(args ...any)                 { r.failed, r.msg = true, fmt.Sprint(args...) }
func (r *recorder) Errorf(format string, args ...any) { r.Error(fmt.Sprintf(format, args...)) }

// catch runs f, recovering the recorder's stop.
func catch(f func()) {
	defer func() {
		if v := recover(); v != nil {
			if _, ok := v.(stop); !ok {
				panic(v)
			}
		}
	}()
	f()
}

// TestExecuteTimeout: a command that outlives its timeout is killed with
// its children (as soffice.bin is soffice's child), promptly.
func TestExecuteTimeout(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	var stdout, stderr bytes.Buffer
	start := time.Now()
	err := execute(500*time.Millisecond, &stdout, &stderr, "sh", "-c", "sleep 30 & sleep 30; wait")
	if err == nil || !strings.Contains(err.Error(), "timed out") {
		t.Errorf("err %v, want a timeout", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v: the child kept the pipes open", d)
	}
}
