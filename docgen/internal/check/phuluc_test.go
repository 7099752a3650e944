package check

import (
	"testing"

	"github.com/vanthu/vanthu/docgen/internal/docx"
	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// TestFindExtras: a "Phụ lục" heading counts only first in a later
// section; an empty bordered paragraph counts as the copy rule only when
// a hình thức sao follows; the main part stops before the first of them.
func TestFindExtras(t *testing.T) {
	mk := func(texts []string, ends []int, rule int) *docx.Document {
		d := &docx.Document{}
		for i, s := range texts {
			p := &docx.Paragraph{Index: i, Text: s, Table: -1}
			p.BorderBottom = i == rule
			d.Paragraphs = append(d.Paragraphs, p)
			d.Blocks = append(d.Blocks, p)
		}
		for _, e := range ends {
			d.Sections = append(d.Sections, docx.Section{End: e, PageWidth: 11906, PageHeight: 16838})
		}
		return d
	}
	tests := []struct {
		name          string
		texts         []string
		ends          []int
		rule          int
		mainEnd       int
		appendices    int
		copyBlock     bool
		mainSections  int
		firstAppendix int
	}{
		{"two phụ lục", []string{"QUYẾT ĐỊNH", "Điều 1.", "", "Phụ lục I", "KẾ HOẠCH", "Phụ lục II", "DANH MỤC"}, []int{2, 4, 7}, -1, 3, 2, false, 1, 3},
		{"phụ lục named in the body", []string{"QUYẾT ĐỊNH", "Phụ lục", "Điều 1."}, []int{3}, -1, 3, 0, false, 1, -1},
		{"heading not first in its section", []string{"QUYẾT ĐỊNH", "", "Ghi chú", "Phụ lục"}, []int{1, 4}, -1, 4, 0, false, 2, -1},
		{"copy block", []string{"THÔNG BÁO", "Nội dung", "", "VĂN PHÒNG", "SAO Y", "Số: 01/SY-VP"}, []int{6}, 2, 2, 0, true, 1, -1},
		{"a bordered paragraph without a form", []string{"THÔNG BÁO", "", "Nội dung", "SAO"}, []int{4}, 1, 4, 0, false, 1, -1},
		{"copy block and phụ lục", []string{"A", "", "TRÍCH SAO", "Số: 01/TrS-VP", "Phụ lục", "X"}, []int{3, 6}, 1, 1, 1, true, 1, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mk(tt.texts, tt.ends, tt.rule)
			x := findExtras(doc, rules.ND30)
			if x.end != tt.mainEnd || len(x.appendices) != tt.appendices || (x.copyRule != nil) != tt.copyBlock {
				t.Fatalf("end %d, %d phụ lục, copy %v; want %d, %d, %v", x.end, len(x.appendices), x.copyRule != nil, tt.mainEnd, tt.appendices, tt.copyBlock)
			}
			if tt.firstAppendix >= 0 && x.appendices[0].heading.Index != tt.firstAppendix {
				t.Errorf("first phụ lục at %d", x.appendices[0].heading.Index)
			}
			m := mainPart(doc, x)
			if len(m.Paragraphs) != tt.mainEnd || len(m.Blocks) != tt.mainEnd || len(m.Sections) != tt.mainSections {
				t.Errorf("main part: %d paragraphs, %d blocks, %d sections", len(m.Paragraphs), len(m.Blocks), len(m.Sections))
			}
			if len(doc.Paragraphs) != len(tt.texts) {
				t.Error("the document was changed")
			}
		})
	}
}
