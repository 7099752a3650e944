package markdown

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// twoPages is a kế hoạch body of about two A4 pages: 3 headings and 40
// paragraphs (list items, a) b) items, emphasis, a footnote).
var twoPages = func() string {
	var b strings.Builder
	b.WriteString("Thực hiện Công văn số 428/VHCS-QCTT ngày 17/5/2023 của Cục Văn hóa cơ sở về việc tuyên truyền, cổ động trực quan (*gửi kèm theo*), Sở Văn hóa, Thể thao và Du lịch đề nghị các cơ quan, đơn vị triển khai thực hiện các nội dung sau:\n\n")
	b.WriteString("## I. MỤC ĐÍCH, YÊU CẦU\n\n")
	for i := 0; i < 9; i++ {
		b.WriteString("- Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về vai trò nêu gương của người đứng đầu[^1]; tạo sự thống nhất cao trong hệ thống chính trị về **mục tiêu**, nhiệm vụ.\n")
	}
	b.WriteString("\n## II. NỘI DUNG\n\n1. Về nội dung, hình thức tuyên truyền\n\n")
	for i := 0; i < 8; i++ {
		b.WriteString("- Thực hiện theo Kế hoạch số 114-KH/BTCTW ngày 20/4/2023 của Ban Tuyên giáo Trung ương (*gửi kèm theo*).\n\n")
		b.WriteString("+ Xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ.\n\n")
	}
	b.WriteString("2. Về tổ chức thực hiện\n\nCác cơ quan, đơn vị có trách nhiệm:\n")
	for _, l := range []string{"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"} {
		b.WriteString(l + ") tổ chức quán triệt, triển khai đến toàn thể cán bộ, công chức, viên chức và người lao động thuộc phạm vi quản lý;\n")
	}
	b.WriteString("\n## III. TỔ CHỨC THỰC HIỆN\n\n")
	b.WriteString("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị phản ánh về Sở Văn hóa, Thể thao và Du lịch (qua Phòng Quản lý văn hóa) để được hướng dẫn, giải quyết./.\n\n")
	b.WriteString("[^1]: Theo Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên.\n")
	return b.String()
}()

func TestTwoPages(t *testing.T) {
	b, err := Parse([]byte(twoPages))
	if err != nil {
		t.Fatal(err)
	}
	paras := 0
	for _, bl := range b.Blocks {
		if bl.Kind == Paragraph {
			paras++
		}
	}
	if paras != 40 || len(b.Blocks) != 43 || len(b.Footnotes) != 1 {
		t.Errorf("%d paragraphs, %d blocks, %d footnotes; want 40, 43, 1", paras, len(b.Blocks), len(b.Footnotes))
	}
}

func BenchmarkParseTwoPages(b *testing.B) {
	src := []byte(twoPages)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(src); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParse10MB(b *testing.B) {
	src := []byte(strings.Repeat(twoPages[:strings.Index(twoPages, "[^1]:")], 10<<20/len(twoPages)) +
		"[^1]: Ghi chú.\n")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGoldmarkTwoPages is the goldmark part of BenchmarkParseTwoPages
// alone, for comparison.
func BenchmarkGoldmarkTwoPages(b *testing.B) {
	src := []byte(twoPages)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		pc := parser.NewContext()
		pc.Set(stateKey, &parseState{cellLimit: maxTableCells(len(src))})
		mdParser.Parse(text.NewReader(src), parser.WithContext(pc))
	}
}
