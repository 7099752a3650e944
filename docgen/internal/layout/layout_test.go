package layout

import (
	"strings"
	"testing"

	"github.com/vanthu/vanthu/docgen/internal/markdown"
	"github.com/vanthu/vanthu/docgen/internal/metrics"
	"github.com/vanthu/vanthu/docgen/internal/ooxml"
	"github.com/vanthu/vanthu/docgen/internal/rules"
)

func input(rs *rules.RuleSet, kind, number, trichYeu string) *Input {
	body, err := markdown.Parse([]byte("Nội dung.\n\n## I. MỤC MỘT\n\nĐiều 1. Thi hành."))
	if err != nil {
		panic(err)
	}
	return &Input{
		Rules: rs, Kind: rs.Kind(kind),
		ParentAgency: "UBND TỈNH HẢI DƯƠNG", Agency: "SỞ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH",
		NumberLine: number, DateLine: rs.DateLine("Hải Dương", 2023, 5, 7), TrichYeu: trichYeu,
		KinhGui: []string{"Các phòng"}, Body: body, SignerLines: []string{"Giám đốc"}, SignerName: "A",
		NoiNhan: []string{"Như trên"}, LuuLine: rs.LuuLine([]string{"VP"}),
		Page: Page{TopMM: 20, BottomMM: 20, LeftMM: 30, RightMM: 15, BodySize: 14, LineSpacing: 1, BeforePt: 6, IndentCM: 1.27},
	}
}

func texts(blocks []ooxml.Block) []string {
	var out []string
	for _, b := range blocks {
		if p, ok := b.(*ooxml.Paragraph); ok {
			var sb strings.Builder
			for _, r := range p.Runs {
				sb.WriteString(r.Text)
			}
			out = append(out, sb.String())
		}
	}
	return out
}

// TestHeaderColumns: the Quốc hiệu fits its column on one line, the
// công văn trích yếu fits the left column, and the table reaches at most
// 1 cm into the left margin.
func TestHeaderColumns(t *testing.T) {
	in := input(rules.ND30, "cong-van", "Số:       /SVHTTDL-QLVHGĐ", "tuyên truyền về công tác xây dựng Đảng,\nxây dựng hệ thống chính trị năm 2023")
	doc := Build(in)
	tbl := doc.Body[0].(*ooxml.Table)
	left, right := tbl.Widths[0], tbl.Widths[1]
	qh := metrics.Width(rules.ND30.Header.Title, 24, true, false)
	vv := metrics.Width("V/v tuyên truyền về công tác xây dựng Đảng,", 24, false, false)
	if right < qh || left < vv || tbl.Indent < -maxHeaderOverhang {
		t.Errorf("columns %d + %d, indent %d; Quốc hiệu %d, V/v %d", left, right, tbl.Indent, qh, vv)
	}
	if got, width := left+right+tbl.Indent, Twips(210)-Twips(30)-Twips(15); got != width {
		t.Errorf("table ends at %d, text width %d", got, width)
	}
	if len(tbl.Rows) != 2 {
		t.Fatalf("state header has %d rows, want agency/Quốc hiệu and number/date", len(tbl.Rows))
	}
	if got := texts(tbl.Rows[1].Cells[0].Blocks); got[0] != in.NumberLine || !strings.HasPrefix(got[1], "V/v ") {
		t.Errorf("number cell %q", got)
	}
	// The rule under the Tiêu ngữ is as long as the text.
	rule := tbl.Rows[0].Cells[1].Blocks[2].(*ooxml.Paragraph)
	motto := metrics.Width(rules.ND30.Header.Motto, 26, true, false)
	if got := right - rule.IndentLeft - rule.IndentRight; rule.BorderBottom == nil || got-motto > 2 || motto-got > 2 {
		t.Errorf("Tiêu ngữ rule %d twips, text %d", got, motto)
	}
	// The rule under the agency is 1/3–1/2 of its longest line.
	arule := tbl.Rows[0].Cells[0].Blocks[2].(*ooxml.Paragraph)
	agency := metrics.Width("SỞ VĂN HÓA, THỂ THAO", 24, true, false)
	if got := left - arule.IndentLeft - arule.IndentRight; got*3 < agency || got*2 > agency {
		t.Errorf("agency rule %d twips, text %d", got, agency)
	}
}

func TestPartyHeader(t *testing.T) {
	in := input(rules.HD36, "cong-van", rules.HD36.NumberLine(590, "CV/ĐU"), "Về đẩy mạnh tuyên truyền")
	tbl := Build(in).Body[0].(*ooxml.Table)
	if len(tbl.Rows) != 1 {
		t.Fatalf("Party header has %d rows", len(tbl.Rows))
	}
	left, right := texts(tbl.Rows[0].Cells[0].Blocks), texts(tbl.Rows[0].Cells[1].Blocks)
	want := []string{"UBND TỈNH HẢI DƯƠNG", "SỞ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH", "*", "Số 590-CV/ĐU", "Về đẩy mạnh tuyên truyền"}
	if strings.Join(left, "|") != strings.Join(want, "|") {
		t.Errorf("left column %q", left)
	}
	if right[0] != "ĐẢNG CỘNG SẢN VIỆT NAM" || right[1] != "" || !strings.HasPrefix(right[2], "Hải Dương, ngày 07 tháng 5 năm 2023") {
		t.Errorf("right column %q", right)
	}
}

func TestBodyAndSignature(t *testing.T) {
	doc := Build(input(rules.ND30, "quyet-dinh", "Số: 15/QĐ-SNV", "Về việc thử"))
	all := texts(doc.Body)
	joined := strings.Join(all, "|")
	for _, w := range []string{"QUYẾT ĐỊNH|Về việc thử|", "I. MỤC MỘT", "Điều 1. Thi hành./.", "QUYẾT ĐỊNH:"} {
		if !strings.Contains(joined, w) {
			t.Errorf("body lacks %q: %q", w, all)
		}
	}
	last := doc.Body[len(doc.Body)-1].(*ooxml.Table)
	recv, sign := texts(last.Rows[0].Cells[0].Blocks), texts(last.Rows[0].Cells[1].Blocks)
	if recv[0] != "Nơi nhận:" || recv[1] != "- Như trên;" || recv[2] != "- Lưu: VT, VP." {
		t.Errorf("Nơi nhận %q", recv)
	}
	if sign[0] != "GIÁM ĐỐC" || sign[1] != "A" {
		t.Errorf("signature %q", sign)
	}
	for _, b := range doc.Body {
		if p, ok := b.(*ooxml.Paragraph); ok && len(p.Runs) > 0 && strings.HasPrefix(p.Runs[0].Text, "Điều 1.") && !p.Runs[0].Bold {
			t.Error("Điều 1. is not bold")
		}
	}
}
