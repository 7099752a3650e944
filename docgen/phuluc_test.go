package docgen

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/vanthu/vanthu/docgen/internal/extread"
)

// phuLucBase is a quyết định to which the tests add phụ lục or a copy
// block.
const phuLucBase = "loai: quyet-dinh\nco_quan_chu_quan: UBND TỈNH BẮC NINH\nco_quan: SỞ NỘI VỤ\nco_quan_viet_thuong: Sở Nội vụ\n" +
	"so: 15\nky_hieu: QĐ-SNV\ndia_danh: Bắc Ninh\nngay: 2026-02-05\ntrich_yeu: Về việc ban hành Kế hoạch\n" +
	"tham_quyen: Giám đốc Sở Nội vụ\ncan_cu: [Căn cứ Nghị định số 30/2020/NĐ-CP]\n" +
	"noi_dung: \"Điều 1. Ban hành kèm theo Quyết định này các phụ lục.\"\n" +
	"nguoi_ky: {chuc_vu: Giám đốc, ho_ten: Phạm Văn Hùng}\nnoi_nhan: [Như Điều 1]\nluu: [VT, VP]\n"

// twoAppendices are a portrait phụ lục of n paragraphs and a landscape
// one with a table.
func twoAppendices(n int) string {
	body := ""
	for i := 0; i < n; i++ {
		body += "      Văn phòng Sở chủ trì, phối hợp với các phòng, đơn vị thuộc Sở triển khai nhiệm vụ chuyển đổi số, tổng hợp và báo cáo kết quả thực hiện theo quý, năm.\n\n"
	}
	return "phu_luc:\n  - tieu_de: Kế hoạch chuyển đổi số\n    noi_dung: |\n" + body +
		"  - tieu_de: Danh mục nhiệm vụ\n    ngang: true\n    noi_dung: |\n" +
		"      | STT | Nhiệm vụ | Đơn vị chủ trì |\n      |---|---|---|\n      | 1 | Số hóa hồ sơ | Văn phòng Sở |\n"
}

const banSaoY = "ban_sao:\n  hinh_thuc: SAO_Y\n  co_quan: VĂN PHÒNG SỞ NỘI VỤ\n  so: 1\n  ky_hieu: SY-VP\n  dia_danh: Bắc Ninh\n" +
	"  ngay: 2026-03-03\n  nguoi_ky: {quyen_han: TL, cap_truong: Giám đốc, chuc_vu: Chánh Văn phòng, ho_ten: Nguyễn Thị Lan}\n" +
	"  noi_nhan: [Các phòng thuộc Sở]\n"

func phuLucDoc(t testing.TB, extra string) *Document {
	t.Helper()
	doc, err := Parse([]byte(phuLucBase + extra))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestPhuLucBanSaoValidation: bad phụ lục and copy blocks are errors
// naming the key, the rule and the line.
func TestPhuLucBanSaoValidation(t *testing.T) {
	tests := []struct {
		name, base, extra string
		lang              Language
		path, rule        string
		line              int
		want              []string
	}{
		{"phụ lục without title", phuLucBase, "phu_luc:\n  - noi_dung: Nội dung.\n", Vietnamese,
			"phu_luc[0].tieu_de", "ND30.PL1.III.1", 17, []string{"phụ lục thứ 1 chưa có tên"}},
		{"second phụ lục without content", phuLucBase, "phu_luc:\n  - {tieu_de: A, noi_dung: B}\n  - tieu_de: C\n", English,
			"phu_luc[1].noi_dung", "ND30.PL1.III.1", 18, []string{"appendix 2 has no content"}},
		{"Party phụ lục without title", "the_thuc: dang\nloai: thong-bao\nco_quan: ĐẢNG ỦY XÃ TÂN AN\nso: 4\nky_hieu: TB/ĐU\ndia_danh: Tân An\nngay: 2026-03-02\n" +
			"trich_yeu: Về lịch họp\nnoi_dung: Nội dung.\nnguoi_ky: {quyen_han: TM, thay_mat: Ban Thường vụ, chuc_vu: Bí thư, ho_ten: Lê Văn Nam}\n",
			"phu_luc:\n  - noi_dung: X\n", Vietnamese, "phu_luc[0].tieu_de", "HD36.U.PL", 12, []string{"chưa có tên"}},
		{"bad hình thức", phuLucBase, strings.Replace(banSaoY, "SAO_Y", "SAO CHÉP", 1), Vietnamese,
			"ban_sao.hinh_thuc", "ND30.PL1.P2", 17, []string{`"SAO CHÉP" không có`, "SAO_Y (SAO Y)", "SAO_LUC (SAO LỤC)", "TRICH_SAO (TRÍCH SAO)"}},
		{"ký hiệu of another form", phuLucBase, strings.Replace(banSaoY, "SY-VP", "SL-VP", 1), Vietnamese,
			"ban_sao.ky_hieu", "ND30.PL1.P2", 20, []string{`"SL-VP" không khớp hình thức sao SAO Y`, `"SY-"`}},
		{"trích sao with SY", phuLucBase, strings.Replace(strings.Replace(banSaoY, "SAO_Y", "TRÍCH SAO", 1), "SY-VP", "SY-VP", 1), English,
			"ban_sao.ky_hieu", "ND30.PL1.P2", 20, []string{`does not match the form TRÍCH SAO`, `"TrS-"`}},
		{"ký hiệu without the agency", phuLucBase, strings.Replace(banSaoY, "SY-VP", "SY", 1), Vietnamese,
			"ban_sao.ky_hieu", "ND30.PL1.P2", 20, []string{`"SY"`, `"SY-VP"`}},
		{"no agency", phuLucBase, strings.Replace(banSaoY, "  co_quan: VĂN PHÒNG SỞ NỘI VỤ\n", "", 1), Vietnamese,
			"ban_sao.co_quan", "ND30.PL1.P2", 16, []string{"bản sao cần co_quan"}},
		{"bad authority", phuLucBase, strings.Replace(banSaoY, "quyen_han: TL", "quyen_han: PT", 1), Vietnamese,
			"ban_sao.nguoi_ky.quyen_han", "ND30.PL1.P2", 23, []string{`"PT" không có`}},
		{"Party copy", "the_thuc: dang\nloai: thong-bao\nco_quan: ĐẢNG ỦY XÃ TÂN AN\nso: 4\nky_hieu: TB/ĐU\ndia_danh: Tân An\nngay: 2026-03-02\n" +
			"trich_yeu: Về lịch họp\nnoi_dung: Nội dung.\nnguoi_ky: {quyen_han: TM, thay_mat: Ban Thường vụ, chuc_vu: Bí thư, ho_ten: Lê Văn Nam}\n",
			banSaoY, Vietnamese, "ban_sao", "HD36.U.BS", 11, []string{"chưa được hỗ trợ"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse([]byte(tt.base + tt.extra))
			if err != nil {
				t.Fatal(err)
			}
			ds := Validate(doc, WithLanguage(tt.lang))
			got := errorAt(ds, tt.path)
			if got == nil {
				t.Fatalf("no error at %s: %v", tt.path, ds)
			}
			if got.Rule != tt.rule || got.Line != tt.line || got.Article == "" {
				t.Errorf("rule %s line %d article %q, want %s at line %d", got.Rule, got.Line, got.Article, tt.rule, tt.line)
			}
			if strings.HasPrefix(tt.rule, "HD36.U") && !strings.Contains(got.Article, "chưa xác nhận") {
				t.Errorf("Party article %q does not say unconfirmed", got.Article)
			}
			for _, w := range tt.want {
				if !strings.Contains(got.Message, w) {
					t.Errorf("message %q lacks %q", got.Message, w)
				}
			}
			if _, err := RenderBytes(doc); err == nil {
				t.Error("rendered despite the error")
			}
		})
	}
}

// TestBanSaoSpellings: each hình thức sao is accepted in its code and
// its printed spelling, and prints its words; a copy without a number is
// information, an error when issued.
func TestBanSaoSpellings(t *testing.T) {
	for _, c := range []struct{ in, kyHieu, printed string }{
		{"SAO_Y", "SY-VP", "SAO Y"}, {"sao y", "SY-VP", "SAO Y"},
		{"SAO LỤC", "SL-VP", "SAO LỤC"}, {"sao_luc", "SL-VP", "SAO LỤC"},
		{"TRÍCH SAO", "TrS-VP", "TRÍCH SAO"}, {"TRICH_SAO", "TrS-VP", "TRÍCH SAO"},
	} {
		t.Run(c.in, func(t *testing.T) {
			extra := strings.Replace(strings.Replace(banSaoY, "SAO_Y", c.in, 1), "SY-VP", c.kyHieu, 1)
			data, err := RenderBytes(phuLucDoc(t, extra))
			if err != nil {
				t.Fatal(err)
			}
			doc := string(unzipParts(t, data)["word/document.xml"])
			if !strings.Contains(doc, ">"+c.printed+"<") || !strings.Contains(doc, ">Số: 01/"+c.kyHieu+"<") {
				t.Errorf("document lacks %q or its number", c.printed)
			}
		})
	}
	doc := phuLucDoc(t, strings.Replace(banSaoY, "  so: 1\n", "", 1))
	find := func(ds Diagnostics) *Diagnostic {
		for i := range ds {
			if ds[i].Path == "ban_sao.so" {
				return &ds[i]
			}
		}
		return nil
	}
	if d := find(Validate(doc)); d == nil || d.Severity != SeverityInfo {
		t.Errorf("draft copy number: %v", d)
	}
	if d := find(Validate(doc, Issued())); d == nil || d.Severity != SeverityError {
		t.Errorf("issued copy without number: %v", d)
	}
}

// TestPhuLucRender: the headings, the reference line for paper,
// electronic and draft documents, and the sections in the XML.
func TestPhuLucRender(t *testing.T) {
	one := "phu_luc:\n  - {tieu_de: Danh sách, noi_dung: Nội dung.}\n"
	tests := []struct {
		name, base, extra string
		want, not         []string
	}{
		{"two phụ lục on paper", phuLucBase, twoAppendices(1), []string{">Phụ lục I<", ">Phụ lục II<", ">KẾ HOẠCH CHUYỂN ĐỔI SỐ<",
			">(Kèm theo Quyết định số 15/QĐ-SNV ngày 05 tháng 02 năm 2026 của Sở Nội vụ)<", `w:orient="landscape"`,
			`<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>`}, []string{">Phụ lục<"}},
		{"one phụ lục", phuLucBase, one, []string{">Phụ lục<", ">DANH SÁCH<"}, []string{">Phụ lục I<", "landscape"}},
		{"electronic", phuLucBase, "dien_tu: true\n" + one, []string{">(Kèm theo Quyết định số … ngày … tháng … năm … của Sở Nội vụ)<"}, []string{"15/QĐ-SNV ngày"}},
		{"draft", strings.Replace(strings.Replace(phuLucBase, "so: 15\n", "", 1), "ngay: 2026-02-05", "ngay: 2026", 1), one,
			[]string{">(Kèm theo Quyết định số …/QĐ-SNV ngày … tháng … năm 2026 của Sở Nội vụ)<"}, nil},
		{"công văn", "loai: cong-van\nco_quan: SỞ NỘI VỤ\nco_quan_viet_thuong: Sở Nội vụ\nso: 7\nky_hieu: SNV-VP\ndia_danh: Bắc Ninh\nngay: 2026-03-02\n" +
			"trich_yeu: lập hồ sơ\nkinh_gui: [Các phòng]\nnoi_dung: Nội dung.\nnguoi_ky: {chuc_vu: Giám đốc, ho_ten: A}\nnoi_nhan: [Như trên]\n", one,
			[]string{">(Kèm theo Văn bản số 07/SNV-VP ngày 02 tháng 3 năm 2026 của Sở Nội vụ)<"}, nil},
		{"Party", "the_thuc: dang\nloai: thong-bao\nco_quan: ĐẢNG ỦY XÃ TÂN AN\nco_quan_viet_thuong: Đảng ủy xã Tân An\nso: 4\nky_hieu: TB/ĐU\ndia_danh: Tân An\nngay: 2026-03-02\n" +
			"trich_yeu: Về lịch họp\nnoi_dung: Nội dung.\nnguoi_ky: {quyen_han: TM, thay_mat: Ban Thường vụ, chuc_vu: Bí thư, ho_ten: Lê Văn Nam}\nnoi_nhan: [Các chi bộ]\nluu: [Văn phòng Đảng ủy]\n", one,
			[]string{">Phụ lục<", ">(Kèm theo Thông báo số 04-TB/ĐU ngày 02 tháng 3 năm 2026 của Đảng ủy xã Tân An)<"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse([]byte(tt.base + tt.extra))
			if err != nil {
				t.Fatal(err)
			}
			data, err := RenderBytes(doc)
			if err != nil {
				t.Fatal(err)
			}
			x := string(unzipParts(t, data)["word/document.xml"])
			for _, w := range tt.want {
				if !strings.Contains(x, w) {
					t.Errorf("document lacks %s", w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(x, w) {
					t.Errorf("document has %s", w)
				}
			}
			n := strings.Count(tt.extra, "tieu_de:")
			if got := strings.Count(x, "<w:sectPr>"); got != n+1 {
				t.Errorf("%d sections, want %d", got, n+1)
			}
			if got := strings.Count(x, `<w:pgNumType w:start="1"/>`); got != n {
				t.Errorf("%d page-number restarts, want %d", got, n)
			}
		})
	}
}

// TestPhuLucPythonDocx: python-docx sees one section per phụ lục after
// the văn bản's, the landscape one with swapped sizes and the same
// margins, each numbered from 1 with page 1's number hidden.
func TestPhuLucPythonDocx(t *testing.T) {
	extread.NeedPythonDocx(t)
	data, err := RenderBytes(phuLucDoc(t, twoAppendices(1)))
	if err != nil {
		t.Fatal(err)
	}
	doc := extread.PyDocx(t, data)
	if len(doc.Sections) != 3 {
		t.Fatalf("%d sections, want 3", len(doc.Sections))
	}
	for i, s := range doc.Sections {
		wantStart, orient, w, h := 1, "PORTRAIT", 210.0, 297.0
		if i == 0 {
			wantStart = 0
		}
		if i == 2 {
			orient, w, h = "LANDSCAPE", 297, 210
		}
		if s.PageNumberStart != wantStart || s.Orientation != orient || !s.DifferentFirstPage {
			t.Errorf("section %d: start %d orientation %s titlePg %v, want %d %s true", i, s.PageNumberStart, s.Orientation, s.DifferentFirstPage, wantStart, orient)
		}
		if math.Abs(s.PageWidthMM-w) > 0.1 || math.Abs(s.PageHeightMM-h) > 0.1 ||
			math.Abs(s.TopMM-20) > 0.1 || math.Abs(s.BottomMM-20) > 0.1 || math.Abs(s.LeftMM-30) > 0.1 || math.Abs(s.RightMM-15) > 0.1 {
			t.Errorf("section %d: %+v", i, s)
		}
	}
	for _, c := range []struct {
		text       string
		size       float64
		bold, ital bool
	}{{"Phụ lục I", 14, true, false}, {"KẾ HOẠCH CHUYỂN ĐỔI SỐ", 14, true, false}, {"(Kèm theo Quyết định số 15/QĐ-SNV", 14, false, true}} {
		p := doc.Find(c.text)
		if p == nil {
			t.Fatalf("no %q", c.text)
		}
		size, bold, italic, ok := p.RunsAgree()
		if !ok || size != c.size || bold != c.bold || italic != c.ital || p.Alignment != "CENTER" {
			t.Errorf("%q: %.1f pt bold=%v italic=%v align %s", c.text, size, bold, italic, p.Alignment)
		}
	}
}

// TestPhuLucLibreOffice: in LibreOffice's PDF each phụ lục starts a page
// with its heading, its pages are numbered from 1 (page 1 hidden, its
// second page "2"), the landscape one is wider than tall; the copy block
// stands after the văn bản's signature under its rule.
func TestPhuLucLibreOffice(t *testing.T) {
	extread.NeedSoffice(t)
	extread.NeedPoppler(t)
	const mmPt = 72 / 25.4
	t.Run("phụ lục", func(t *testing.T) {
		t.Parallel()
		data, err := RenderBytes(phuLucDoc(t, twoAppendices(30)))
		if err != nil {
			t.Fatal(err)
		}
		pdf := extread.ToPDF(t, data)
		info := extread.ReadPDFInfo(t, pdf)
		if info.Pages < 4 {
			t.Fatalf("%d pages, want the văn bản, two pages of Phụ lục I and Phụ lục II", info.Pages)
		}
		// Page numbers in the top margin: the words above 18 mm (the text
		// starts at 20 mm, the header at 10 mm).
		top := func(page int) string {
			var out []string
			for _, w := range extread.PageWords(t, pdf, page) {
				if w.YMax < 18*mmPt {
					out = append(out, w.Text)
				}
			}
			return strings.Join(out, " ")
		}
		first := func(page int) string {
			var out []string
			for _, w := range extread.PageWords(t, pdf, page) {
				if w.YMin >= 18*mmPt && len(out) < 3 {
					out = append(out, w.Text)
				}
			}
			return strings.Join(out, " ")
		}
		starts := map[string]int{}
		for p := 1; p <= info.Pages; p++ {
			f := first(p)
			for _, h := range []string{"Phụ lục I", "Phụ lục II"} {
				if strings.HasPrefix(f, h+" ") || f == h {
					starts[h] = p
				}
			}
		}
		i, ii := starts["Phụ lục I"], starts["Phụ lục II"]
		if i < 2 || ii < i+2 || ii != info.Pages {
			t.Fatalf("Phụ lục I starts page %d, Phụ lục II page %d of %d", i, ii, info.Pages)
		}
		if got := top(i); got != "" {
			t.Errorf("page 1 of Phụ lục I shows %q in the top margin", got)
		}
		if got := top(i + 1); got != "2" {
			t.Errorf("page 2 of Phụ lục I shows %q, want 2", got)
		}
		if got := top(ii); got != "" {
			t.Errorf("page 1 of Phụ lục II shows %q", got)
		}
		if got := extread.PageText(t, pdf, i); !strings.Contains(got, "(Kèm theo Quyết định số 15/QĐ-SNV ngày 05 tháng 02 năm 2026 của Sở Nội vụ)") {
			t.Errorf("page %d lacks the reference line: %q", i, got)
		}
		var maxX float64
		for _, w := range extread.PageWords(t, pdf, ii) {
			maxX = max(maxX, w.XMax)
		}
		if maxX < 220*mmPt {
			t.Errorf("Phụ lục II not landscape: text ends at x=%.0f pt", maxX)
		}
	})
	t.Run("bản sao", func(t *testing.T) {
		t.Parallel()
		data := renderExample(t, "ban-sao-y")
		pdf := extread.ToPDF(t, data)
		if n := extread.ReadPDFInfo(t, pdf).Pages; n != 1 {
			t.Fatalf("%d pages, want the copy block on the same page", n)
		}
		words := extread.PageWords(t, pdf, 1)
		find := func(text string, after float64) *extread.Word {
			for i := range words {
				if words[i].Text == text && words[i].YMin > after {
					return &words[i]
				}
			}
			return nil
		}
		minh := find("Minh", 0)
		if minh == nil {
			t.Fatal("no signer name")
		}
		sao, so, lan := find("SAO", minh.YMax), find("01/SY-VP", minh.YMax), find("Lan", minh.YMax)
		if sao == nil || so == nil || lan == nil {
			t.Fatalf("copy block after the signature: SAO %v number %v signer %v", sao, so, lan)
		}
		if sao.XMin < 105*mmPt || so.XMax > 105*mmPt || math.Abs(so.YMin-sao.YMin) < 3 {
			t.Errorf("SAO Y at x=%.0f, number at x=%.0f: want the form right and the number left under it", sao.XMin, so.XMax)
		}
	})
}

// TestPhuLucCheck: the checker finds no error in our examples, reads
// the copy block and the phụ lục as such, and reports their faults.
func TestPhuLucCheck(t *testing.T) {
	for _, name := range []string{"quyet-dinh-phu-luc", "ban-sao-y"} {
		t.Run(name, func(t *testing.T) {
			data := renderExample(t, name)
			rep, err := Check(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range rep.Findings {
				if f.Severity != SeverityInfo {
					t.Errorf("%s finding on our own output: %s", f.Severity, f)
				}
			}
		})
	}
	qd, bs := renderExample(t, "quyet-dinh-phu-luc"), renderExample(t, "ban-sao-y")
	// ô 11 and ô 13 on the văn bản's page 1 are read from its own
	// section's header and footer, not the last phụ lục's.
	opt, err := RenderBytes(phuLucDoc(t, "pham_vi_luu_hanh: LƯU HÀNH NỘI BỘ\nlien_he: {dia_chi: Số 10 Phù Đổng Thiên Vương}\n"+twoAppendices(1)))
	if err != nil {
		t.Fatal(err)
	}
	if rep, _ := Check(bytes.NewReader(opt), int64(len(opt))); rep == nil || len(rep.Errors()) > 0 {
		t.Errorf("findings with ô 11 and ô 13: %v", rep)
	}
	tests := []struct {
		name     string
		data     []byte
		from, to string
		sev      Severity
		rule     string
	}{
		{"no page-number restart", qd, `<w:pgNumType w:start="1"/>`, ``, SeverityError, "ND30.PL1.III.1"},
		{"phụ lục numbered out of order", qd, `>Phụ lục II<`, `>Phụ lục IV<`, SeverityWarning, "ND30.PL1.III.1"},
		{"reference line upright", qd, `<w:i/><w:iCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">(Kèm theo`,
			`<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">(Kèm theo`, SeverityError, "ND30.PL1.III.1"},
		{"contact on every page of the văn bản", opt, `w:type="first" r:id="rId7"`, `w:type="default" r:id="rId7"`, SeverityError, "ND30.PL1.III.4"},
		{"copy number of another form", bs, `>Số: 01/SY-VP<`, `>Số: 01/SL-VP<`, SeverityError, "ND30.PL1.P2"},
		{"copy number without zero", bs, `>Số: 01/SY-VP<`, `>Số: 1/SY-VP<`, SeverityError, "ND30.PL1.P2"},
		{"copy date without zero", bs, `ngày 03 tháng 3 năm 2026`, `ngày 3 tháng 3 năm 2026`, SeverityError, "ND30.PL1.P2"},
		{"form not bold", bs, `<w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">SAO Y`,
			`<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">SAO Y`, SeverityError, "ND30.PL1.P2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := alter(t, tt.data, tt.from, tt.to)
			rep, err := Check(bytes.NewReader(bad), int64(len(bad)))
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, f := range rep.Findings {
				if f.Rule == tt.rule && f.Severity == tt.sev {
					found = true
				} else if f.Severity == SeverityError {
					t.Errorf("other error: %s", f)
				}
			}
			if !found {
				t.Errorf("no %s %s finding: %v", tt.sev, tt.rule, rep.Findings)
			}
		})
	}
}

// An electronic copy (Mẫu 3.2): the ô 14 box with the form, the copying
// cơ quan and the time, no paper block; what is not printed is said.
func TestElectronicCopy(t *testing.T) {
	base, err := os.ReadFile(filepath.Join("..", "examples", "ban-sao-dien-tu.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, from, to string
		path, want     string
		sev            Severity
	}{
		{"no zone", `"2026-03-03T14:05:09+07:00"`, `"2026-03-03T14:05:09"`, "ban_sao.thoi_gian_ky", "thiếu múi giờ", SeverityError},
		{"other zone", `"2026-03-03T14:05:09+07:00"`, `"2026-03-03T07:05:09Z"`, "ban_sao.thoi_gian_ky", "2026-03-03T14:05:09+07:00", SeverityError},
		{"paper fields", "  hinh_thuc: SAO Y\n", "  hinh_thuc: SAO Y\n  so: 3\n  ky_hieu: SY-VP\n", "ban_sao.thoi_gian_ky", "so, ky_hieu", SeverityWarning},
		{"with ky_so", "ban_sao:\n", "ky_so: {thoi_gian: \"2026-03-03T14:05:09+07:00\"}\nban_sao:\n", "ban_sao.thoi_gian_ky", "bỏ ky_so", SeverityError},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Parse([]byte(strings.Replace(string(base), tc.from, tc.to, 1)))
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range Validate(doc) {
				if d.Path == tc.path && d.Severity == tc.sev && strings.Contains(d.Message, tc.want) {
					return
				}
			}
			t.Errorf("no %s at %s containing %q: %v", tc.sev, tc.path, tc.want, Validate(doc))
		})
	}

	doc, err := Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	if ds := Validate(doc); len(ds) != 0 {
		t.Fatalf("the example has findings: %v", ds)
	}
	out, err := RenderBytes(doc)
	if err != nil {
		t.Fatal(err)
	}
	checkClean(t, out)
	extread.NeedSoffice(t)
	extread.NeedPoppler(t)
	pdf := extread.ToPDF(t, out)
	text := pageWords(t, pdf, 1)
	if strings.Contains(text, "Số: /SY") || strings.Contains(text, "- Lưu: VT.") {
		t.Errorf("a paper copy block on an electronic copy:\n%s", text)
	}
	var quocHieu, form, zone *extread.Word
	words := extread.PageWords(t, pdf, 1)
	for i, w := range words {
		switch {
		case w.Text == "CỘNG" && quocHieu == nil:
			quocHieu = &words[i]
		case w.Text == "SAO" && form == nil:
			form = &words[i]
		case strings.HasSuffix(w.Text, "+07:00"):
			zone = &words[i]
		}
	}
	if quocHieu == nil || form == nil || zone == nil {
		t.Fatalf("words missing: CỘNG %v, SAO %v, +07:00 %v", quocHieu, form, zone)
	}
	if form.YMax > quocHieu.YMin || zone.YMax > quocHieu.YMin || form.XMin < quocHieu.XMin {
		t.Errorf("the ô 14 box is not at the top right above the Quốc hiệu: SAO %+v, time %+v, CỘNG %+v", *form, *zone, *quocHieu)
	}
}

// Mẫu 2.2: an electronic văn bản with its phụ lục in the same file. The
// reference line keeps blanks for the number and date, the chữ ký số box
// stands on page 1, and the phụ lục is its own section.
func TestElectronicAppendixExample(t *testing.T) {
	out := renderFile(t, "quyet-dinh-dien-tu-phu-luc")
	checkClean(t, out)
	extread.NeedSoffice(t)
	extread.NeedPoppler(t)
	extread.NeedPythonDocx(t)
	if n := len(extread.PyDocx(t, out).Sections); n != 2 {
		t.Errorf("%d sections, want the văn bản and its phụ lục", n)
	}
	pdf := extread.ToPDF(t, out)
	if p1 := pageWords(t, pdf, 1); !strings.Contains(p1, "Thời gian ký: 2026-02-05T16:20:31+07:00") || !strings.Contains(p1, "Số: 15/QĐ-SNV") {
		t.Errorf("page 1 lacks the chữ ký số box:\n%s", p1)
	}
	if p2 := pageWords(t, pdf, 2); !strings.Contains(p2, "(Kèm theo Quyết định số … ngày … tháng … năm … của Sở Nội vụ)") || strings.Contains(p2, "Thời gian ký") {
		t.Errorf("page 2 (the phụ lục):\n%s", p2)
	}
}

// A Party phụ lục: its reference line uses the Party number form, and
// its pages are numbered apart.
func TestPartyAppendixExample(t *testing.T) {
	out := renderFile(t, "dang-ke-hoach-phu-luc")
	checkClean(t, out)
	extread.NeedSoffice(t)
	extread.NeedPoppler(t)
	pdf := extread.ToPDF(t, out)
	if n := extread.ReadPDFInfo(t, pdf).Pages; n != 2 {
		t.Fatalf("%d pages, want the kế hoạch and its phụ lục", n)
	}
	p2 := pageWords(t, pdf, 2)
	for _, want := range []string{"Phụ lục", "LỊCH HỌC TẬP CỦA CÁC CHI BỘ", "(Kèm theo Kế hoạch số 12-KH/ĐU ngày 15 tháng 01 năm 2026 của Đảng ủy xã Phú Đình)"} {
		if !strings.Contains(p2, want) {
			t.Errorf("page 2 lacks %q:\n%s", want, p2)
		}
	}
}

// A signed văn bản and its signed copy: each block shows its own
// signature and seal (four pictures, unique ids); an unsigned copy of a
// signed văn bản shows none of the văn bản's images.
func TestCopySignatureImages(t *testing.T) {
	sig, err := os.ReadFile(filepath.Join("..", "examples", "hinh", "chu-ky.png"))
	if err != nil {
		t.Fatal(err)
	}
	seal, err := os.ReadFile(filepath.Join("..", "examples", "hinh", "dau.png"))
	if err != nil {
		t.Fatal(err)
	}
	render := func(t *testing.T, copySigned bool) string {
		doc, err := ParseFile(filepath.Join("..", "examples", "ban-sao-y.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		doc.NguoiKy.ChuKyPNG, doc.DauPNG = sig, seal
		if copySigned {
			doc.BanSao.NguoiKy.ChuKyPNG, doc.BanSao.DauPNG = sig, seal
		}
		out, err := RenderBytes(doc)
		if err != nil {
			t.Fatal(err)
		}
		checkClean(t, out)
		return string(unzipParts(t, out)["word/document.xml"])
	}
	xml := render(t, true)
	ids := regexp.MustCompile(`<wp:docPr id="(\d+)"`).FindAllStringSubmatch(xml, -1)
	seen := map[string]bool{}
	for _, m := range ids {
		if seen[m[1]] {
			t.Errorf("docPr id %s twice", m[1])
		}
		seen[m[1]] = true
	}
	copyAt := strings.Index(xml, ">SAO Y<")
	if len(ids) != 4 || copyAt < 0 || strings.Count(xml[copyAt:], "<pic:pic ") != 2 {
		t.Errorf("%d pictures, %d after the copy's form; want 4 and 2", len(ids), strings.Count(xml[max(copyAt, 0):], "<pic:pic "))
	}
	xml = render(t, false)
	if copyAt := strings.Index(xml, ">SAO Y<"); strings.Count(xml, "<pic:pic ") != 2 || strings.Contains(xml[copyAt:], "<pic:pic ") {
		t.Error("the copy block carries the văn bản's images")
	}

	// A copy's seal needs its signer's image.
	doc, err := ParseFile(filepath.Join("..", "examples", "ban-sao-y.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	doc.BanSao.DauPNG = seal
	found := false
	for _, d := range Validate(doc) {
		found = found || (d.Path == "ban_sao.dau" && d.Severity == SeverityError && strings.Contains(d.Message, "ban_sao.nguoi_ky.chu_ky"))
	}
	if !found {
		t.Errorf("a copy's seal without a signature: %v", Validate(doc))
	}
}

// Every string of the document is checked and cleaned, the phụ lục and
// the copy block's too: a control character there is an error naming
// its path, and NFD text comes out NFC.
func TestAppendixTextChecked(t *testing.T) {
	doc, err := ParseFile(filepath.Join("..", "examples", "ban-sao-y.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	doc.PhuLuc = []Appendix{{TieuDe: "Danh sách", NoiDung: "Dòng có ký tự \x01 lạ."}}
	if d := errorAt(Validate(doc), "phu_luc[0].noi_dung"); d == nil || !strings.Contains(d.Message, "U+0001") {
		t.Errorf("control character in a phụ lục: %v", Validate(doc))
	}
	doc.PhuLuc = nil
	doc.BanSao.CoQuan = norm.NFD.String("Văn phòng Sở Nội vụ")
	p, ds := prepare(doc, config{})
	if ds.HasErrors() || p.doc.BanSao.CoQuan != "Văn phòng Sở Nội vụ" || doc.BanSao.CoQuan == p.doc.BanSao.CoQuan {
		t.Errorf("the copy's agency was not cleaned on a copy of the document: %q, %v", p.doc.BanSao.CoQuan, ds)
	}
}
