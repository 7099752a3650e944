package check

import (
	"strings"
	"testing"

	"github.com/vanthu/vanthu/docgen/internal/docx"
	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// para makes a paragraph of one run.
func para(text string, size float64, bold, italic bool, align string) *docx.Paragraph {
	return &docx.Paragraph{Text: text, Align: align, Table: -1, Row: -1, Col: -1,
		Runs: []docx.Run{{Text: text, Font: "Times New Roman", Size: size, Bold: bold, Italic: italic}}}
}

// plainHeader is a công văn whose header is plain paragraphs, not a
// table, as some offices type it.
func plainHeader() *docx.Document {
	ps := []*docx.Paragraph{
		para("UBND TỈNH BẮC NINH", 12, false, false, "center"),
		para("SỞ NỘI VỤ", 12, true, false, "center"),
		para("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false, "center"),
		para("Độc lập - Tự do - Hạnh phúc", 13, true, false, "center"),
		para("Số: 05/SNV-VP", 13, false, false, "center"),
		para("V/v lập hồ sơ điện tử", 12, false, false, "center"),
		para("Bắc Ninh, ngày 05 tháng 02 năm 2024", 13, false, true, "center"),
		para("Kính gửi: Các phòng thuộc Sở", 14, false, false, "left"),
		para(strings.Repeat("Sở Nội vụ đề nghị các phòng lập hồ sơ điện tử. ", 4)+"./.", 14, false, false, "both"),
		para("Nơi nhận:", 12, true, true, "left"),
		para("- Như trên;", 11, false, false, "left"),
		para("- Lưu: VT, VP.", 11, false, false, "left"),
	}
	ps[8].IndentFirstLine = 720
	for i, p := range ps {
		p.Index = i
	}
	blocks := make([]docx.Block, len(ps))
	for i, p := range ps {
		blocks[i] = p
	}
	return &docx.Document{
		Sections:   []docx.Section{{PageWidth: 11906, PageHeight: 16838, MarginTop: 1134, MarginBottom: 1134, MarginLeft: 1701, MarginRight: 850, TitlePage: true}},
		Blocks:     blocks,
		Paragraphs: ps,
		Headers:    map[string]*docx.HeaderPart{},
	}
}

func TestRecognisePlainHeader(t *testing.T) {
	doc := plainHeader()
	if rs := Detect(doc); rs != rules.ND30 {
		t.Fatalf("Detect = %v (CỘNG HOÀ with the old tone placement)", rs)
	}
	e := find(doc, rules.ND30)
	if e.quocHieu == nil || e.tieuNgu == nil || e.number == nil || e.date == nil || e.vv == nil || e.kinhGui == nil || e.noiNhan == nil {
		t.Fatalf("elements not found: %+v", e)
	}
	if len(e.agency) != 1 || e.agency[0].Text != "SỞ NỘI VỤ" || len(e.parent) != 1 || e.parent[0].Text != "UBND TỈNH BẮC NINH" {
		t.Errorf("agency %v, parent %v", e.agency, e.parent)
	}
	if len(e.body) != 1 || len(e.noiNhanItems) != 2 {
		t.Errorf("body %d paragraphs, Nơi nhận %d items", len(e.body), len(e.noiNhanItems))
	}
	for _, f := range Run(doc, rules.ND30) {
		// No page number and no signer in this fragment: only those.
		if f.Severity == Error && f.Element != "ho_ten" {
			t.Errorf("unexpected error %s: %s", f.Rule, f.VI)
		}
	}
}

func TestFindingsOnPlainHeader(t *testing.T) {
	tests := []struct {
		name   string
		change func(d *docx.Document)
		rule   string
		found  string
	}{
		{"agency not bold: not recognised as the agency", func(d *docx.Document) { d.Paragraphs[1].Runs[0].Bold = false }, "ND30.PL1.II.2", ""},
		{"number without zero", func(d *docx.Document) {
			d.Paragraphs[4].Text = "Số: 5/SNV-VP"
			d.Paragraphs[4].Runs[0].Text = d.Paragraphs[4].Text
		}, "ND30.PL1.II.3", "Số: 5/SNV-VP"},
		{"Quốc hiệu left-aligned", func(d *docx.Document) { d.Paragraphs[2].Align = "left" }, "ND30.PL1.II.1", "left"},
		{"Kính gửi without colon", func(d *docx.Document) {
			d.Paragraphs[7].Text = "Kính gửi Các phòng thuộc Sở"
			d.Paragraphs[7].Runs[0].Text = d.Paragraphs[7].Text
		}, "ND30.PL1.II.9", "Kính gửi Các phòng thuộc Sở"},
		{"month 3 padded is a warning only", func(d *docx.Document) {
			d.Paragraphs[6].Text = "Bắc Ninh, ngày 05 tháng 03 năm 2024"
			d.Paragraphs[6].Runs[0].Text = d.Paragraphs[6].Text
		}, "ND30.PL1.II.4", "tháng 03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := plainHeader()
			tt.change(doc)
			for _, f := range Run(doc, rules.ND30) {
				if f.Rule == tt.rule && (tt.found == "" || f.Found == tt.found) {
					return
				}
			}
			t.Errorf("no %s finding with %q", tt.rule, tt.found)
		})
	}
}
