package docgen

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/vanthu/vanthu/docgen/internal/extread"
)

// optionalBase are a state and a Party công văn without the optional
// elements; optionalAll adds every one of them.
var optionalBase = map[string]string{
	"nha-nuoc": "loai: cong-van\nco_quan: SỞ NỘI VỤ\nso: 12\nky_hieu: SNV-VP\ndia_danh: Bắc Ninh\nngay: 2026-03-02\n" +
		"trich_yeu: lập hồ sơ điện tử\nkinh_gui: [Các phòng thuộc Sở]\nnguoi_ky: {quyen_han: KT, cap_truong: Giám đốc, chuc_vu: Phó Giám đốc, ho_ten: Phạm Văn Hùng}\n" +
		"noi_nhan: [Như trên, Giám đốc Sở]\nluu: [VT, VP]\n",
	"dang": "the_thuc: dang\nloai: cong-van\nco_quan: ĐẢNG ỦY XÃ TÂN AN\nso: 45\nky_hieu: CV/ĐU\ndia_danh: Tân An\nngay: 2026-03-02\n" +
		"trich_yeu: Về công tác nhân sự\nkinh_gui: [Các chi bộ trực thuộc]\nnguoi_ky: {quyen_han: TM, thay_mat: Ban Thường vụ, chuc_vu: Bí thư, ho_ten: Lê Văn Nam}\n" +
		"noi_nhan: [Như trên]\nluu: [Văn phòng Đảng ủy]\n",
}

const optionalAll = "do_mat: TỐI MẬT\ndo_khan: hoả tốc\npham_vi_luu_hanh: xem xong trả lại\nnguoi_soan_thao: pl\nso_ban: 300\n" +
	"lien_he: {dia_chi: Số 10 Phù Đổng Thiên Vương, dien_thoai: 0222 3822 123, fax: 0222 3822 456, email: snv@bacninh.gov.vn, website: snv.bacninh.gov.vn}\n"

// optionalDoc parses a base document with extra keys and a body of n
// paragraphs.
func optionalDoc(t testing.TB, theThuc, extra string, paragraphs int) *Document {
	t.Helper()
	body := "noi_dung: |\n"
	for i := 0; i < max(paragraphs, 1); i++ {
		body += "  Đề nghị các đơn vị rà soát, lập danh mục hồ sơ điện tử năm 2026 và báo cáo kết quả thực hiện về Văn phòng trước ngày 30 tháng 3 năm 2026 để tổng hợp, theo dõi và đôn đốc.\n\n"
	}
	doc, err := Parse([]byte(optionalBase[theThuc] + body + extra))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestOptionalValidation: bad values of ô 10–13 are errors naming the
// key, the allowed values and the rule, at the value's line.
func TestOptionalValidation(t *testing.T) {
	tests := []struct {
		theThuc, extra string
		lang           Language
		path, rule     string
		want           []string
	}{
		{"nha-nuoc", "do_khan: gấp", Vietnamese, "do_khan", "ND30.PL1.III.2.b", []string{`"gấp" không có`, "KHAN (KHẨN)", "THUONG_KHAN (THƯỢNG KHẨN)", "HOA_TOC (HỎA TỐC)"}},
		{"nha-nuoc", "do_khan: urgent", English, "do_khan", "ND30.PL1.III.2.b", []string{`the urgency mark "urgent" is not allowed`, "KHAN (KHẨN)"}},
		{"nha-nuoc", "do_mat: bí mật", Vietnamese, "do_mat", "ND30.PL1.III.2.a", []string{"dấu chỉ độ mật", "TUYET_MAT (TUYỆT MẬT)", "TOI_MAT (TỐI MẬT)", "MAT (MẬT)"}},
		{"dang", "do_mat: secret", English, "do_mat", "HD36.U.MAT", []string{"TUYET_MAT"}},
		{"nha-nuoc", "pham_vi_luu_hanh: " + strings.Repeat("RẤT DÀI ", 8), Vietnamese, "pham_vi_luu_hanh", "ND30.PL1.III.2.c", []string{"quá dài"}},
		{"nha-nuoc", "so_ban: 0\nnguoi_soan_thao: PL", Vietnamese, "so_ban", "ND30.PL1.III.3", []string{"từ 1 trở lên"}},
		{"nha-nuoc", "so_ban: -3\nnguoi_soan_thao: PL", English, "so_ban", "ND30.PL1.III.3", []string{"1 or more, not -3"}},
		{"nha-nuoc", "nguoi_soan_thao: PL", Vietnamese, "nguoi_soan_thao", "ND30.PL1.III.3", []string{"điền cả so_ban"}},
		{"dang", "so_ban: 15", Vietnamese, "so_ban", "HD36.U.DM", []string{"ký hiệu người đánh máy", "nguoi_soan_thao"}},
		{"nha-nuoc", "nguoi_soan_thao: P.L\nso_ban: 3", Vietnamese, "nguoi_soan_thao", "ND30.PL1.III.3", []string{`"P.L"`}},
		{"nha-nuoc", "lien_he: {email: vanthu.bacninh.gov.vn}", Vietnamese, "lien_he.email", "ND30.PL1.III.4", []string{"thư điện tử", "không đúng dạng"}},
		{"nha-nuoc", "lien_he: {website: bac ninh}", English, "lien_he.website", "ND30.PL1.III.4", []string{"web site"}},
		{"nha-nuoc", "lien_he: {dien_thoai: gọi số tổng đài}", Vietnamese, "lien_he.dien_thoai", "ND30.PL1.III.4", []string{"chỉ gồm chữ số"}},
	}
	for _, tt := range tests {
		t.Run(tt.path+"/"+tt.extra, func(t *testing.T) {
			doc := optionalDoc(t, tt.theThuc, tt.extra+"\n", 1)
			ds := Validate(doc, WithLanguage(tt.lang))
			got := errorAt(ds, tt.path)
			if got == nil {
				t.Fatalf("no error at %s: %v", tt.path, ds)
			}
			if got.Rule != tt.rule || got.Line == 0 || got.Article == "" {
				t.Errorf("rule %s line %d article %q, want %s with a line", got.Rule, got.Line, got.Article, tt.rule)
			}
			if tt.lang == English && !strings.Contains(got.Article, "Guideline") && !strings.Contains(got.Article, "Decree") {
				t.Errorf("article not in English: %q", got.Article)
			}
			if strings.HasPrefix(tt.rule, "HD36.U") && !strings.Contains(got.Article, "unconfirmed") && !strings.Contains(got.Article, "chưa xác nhận") {
				t.Errorf("Party article %q does not say unconfirmed", got.Article)
			}
			for _, w := range tt.want {
				if !strings.Contains(got.Message, w) {
					t.Errorf("message %q lacks %q", got.Message, w)
				}
			}
		})
	}
}

// TestOptionalRender: YAML → document → DOCX with every optional
// element, in both rule sets: where each lands in the parts, and the
// checker accepts the output.
func TestOptionalRender(t *testing.T) {
	for _, theThuc := range []string{"nha-nuoc", "dang"} {
		t.Run(theThuc, func(t *testing.T) {
			data, err := RenderBytes(optionalDoc(t, theThuc, optionalAll, 2))
			if err != nil {
				t.Fatal(err)
			}
			parts := unzipParts(t, data)
			doc, hdr, ftr := string(parts["word/document.xml"]), string(parts["word/header2.xml"]), string(parts["word/footer1.xml"])
			for _, c := range []struct{ part, where, want string }{
				{doc, "document", ">TỐI MẬT<"},
				{doc, "document", ">HỎA TỐC<"},
				{doc, "document", `w:color w:val="FF0000"`},
				{doc, "document", `<w:trHeight w:val="454" w:hRule="exact"/>`},       // 8 mm
				{doc, "document", `<w:gridCol w:w="1701"/>`},                         // HỎA TỐC: 30 mm
				{doc, "document", `<w:footerReference w:type="first" r:id="rId7"/>`}, // ô 13 on page 1 only
				{doc, "document", "<w:titlePg/>"},
				{doc, "document", ">PL.(300)<"},
				{hdr, "first header", ">XEM XONG TRẢ LẠI<"},
				{ftr, "first footer", ">Địa chỉ: Số 10 Phù Đổng Thiên Vương<"},
				{ftr, "first footer", ">ĐT: 0222 3822 123, Fax: 0222 3822 456<"},
				{ftr, "first footer", ">E-Mail: snv@bacninh.gov.vn, Website: snv.bacninh.gov.vn<"},
				{ftr, "first footer", `<w:top w:val="single"`},
			} {
				if !strings.Contains(c.part, c.want) {
					t.Errorf("%s lacks %s", c.where, c.want)
				}
			}
			if strings.Index(doc, ">TỐI MẬT<") > strings.Index(doc, ">HỎA TỐC<") || strings.Index(doc, ">HỎA TỐC<") > strings.Index(doc, "Kính gửi") {
				t.Error("marks out of order: want 10a, 10b, then Kính gửi")
			}
			if strings.Contains(string(parts["word/header1.xml"]), "XEM XONG") {
				t.Error("ô 11 in the header of every page")
			}
			rep, err := Check(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			if rep.TheThuc != theThuc {
				t.Errorf("checker saw %q", rep.TheThuc)
			}
			for _, f := range rep.Findings {
				if f.Severity != SeverityInfo {
					t.Errorf("%s finding on our own output: %s", f.Severity, f)
				}
			}
		})
	}
}

// TestOptionalCheck: the checker recognises ô 10–13 and reports a
// contact block on every page, a mark in the wrong ink, the wrong box
// width; a red mark is not coloured text.
func TestOptionalCheck(t *testing.T) {
	data, err := RenderBytes(optionalDoc(t, "nha-nuoc", optionalAll, 1))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, from, to string
		sev            Severity
		rule           string
	}{
		{"contact on every page", `w:footerReference w:type="first"`, `w:footerReference w:type="default"`, SeverityError, "ND30.PL1.III.4"},
		{"contact without titlePg", `<w:titlePg/>`, ``, SeverityError, "ND30.PL1.III.4"},
		{"mark in green", `<w:color w:val="FF0000"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr><w:t xml:space="preserve">HỎA TỐC`,
			`<w:color w:val="00FF00"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr><w:t xml:space="preserve">HỎA TỐC`, SeverityWarning, "ND30.PL1.III.2.b"},
		{"khẩn stamp too wide", `<w:gridCol w:w="1701"/>`, `<w:gridCol w:w="2835"/>`, SeverityWarning, "ND30.PL1.III.2.b"},
		{"PL.(300) too big", `<w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr><w:t xml:space="preserve">PL.(300)`,
			`<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">PL.(300)`, SeverityError, "ND30.PL1.III.3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := alter(t, data, tt.from, tt.to)
			rep, err := Check(bytes.NewReader(bad), int64(len(bad)))
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, f := range rep.Findings {
				if f.Rule == tt.rule && f.Severity == tt.sev {
					found = true
				}
				if f.Rule == "ND30.PL1.I.4" && tt.name != "mark in green" {
					t.Errorf("colour finding for a stamp: %s", f)
				}
			}
			if !found {
				t.Errorf("no %s %s finding: %v", tt.sev, tt.rule, rep.Findings)
			}
		})
	}
}

// TestOptionalPythonDocx: python-docx sees the boxes' borders, sizes and
// ink, ô 11 in the first-page header and ô 13 in the first-page footer
// only, "PL.(300)" at 11 pt.
func TestOptionalPythonDocx(t *testing.T) {
	extread.NeedPythonDocx(t)
	for _, theThuc := range []string{"nha-nuoc", "dang"} {
		t.Run(theThuc, func(t *testing.T) {
			data, err := RenderBytes(optionalDoc(t, theThuc, optionalAll, 1))
			if err != nil {
				t.Fatal(err)
			}
			doc := extread.PyDocx(t, data)
			for _, m := range []struct {
				text    string
				widthMM float64 // 0: fits the text
			}{{"TỐI MẬT", 0}, {"HỎA TỐC", 30}} {
				p := doc.Find(m.text)
				if p == nil || !p.InTable || p.Table >= len(doc.Tables) {
					t.Fatalf("%s: %+v", m.text, p)
				}
				size, bold, italic, ok := p.RunsAgree()
				if !ok || size != 13 || !bold || italic || p.Alignment != "CENTER" {
					t.Errorf("%s: %.1f pt bold=%v italic=%v align %s", m.text, size, bold, italic, p.Alignment)
				}
				for _, r := range p.Runs {
					if r.Color != "FF0000" {
						t.Errorf("%s: colour %q", m.text, r.Color)
					}
				}
				tb := doc.Tables[p.Table]
				if len(tb.GridMM) != 1 || (m.widthMM > 0 && math.Abs(tb.GridMM[0]-m.widthMM) > 0.1) || tb.GridMM[0] < 15 {
					t.Errorf("%s: grid %v mm, want %g", m.text, tb.GridMM, m.widthMM)
				}
				if len(tb.Rows) != 1 || math.Abs(tb.Rows[0].HeightMM-8) > 0.1 || tb.Rows[0].HeightRule != "exact" {
					t.Errorf("%s: rows %+v, want one 8 mm exact", m.text, tb.Rows)
				}
				for _, side := range []string{"top", "left", "bottom", "right"} {
					b := tb.Borders[side]
					if b.Val != "single" || b.Color != "FF0000" || b.SizeEighths != 6 {
						t.Errorf("%s: %s border %+v", m.text, side, b)
					}
				}
			}
			if p := doc.Find("PL.(300)"); p == nil || !p.InTable {
				t.Error("no PL.(300) in the Nơi nhận cell")
			} else if size, bold, italic, _ := p.RunsAgree(); size != 11 || bold || italic {
				t.Errorf("PL.(300): %.1f pt bold=%v italic=%v", size, bold, italic)
			}
			if !strings.Contains(doc.HeaderTexts["first"], "XEM XONG TRẢ LẠI") || strings.Contains(doc.HeaderTexts["default"], "XEM XONG") {
				t.Errorf("headers %q", doc.HeaderTexts)
			}
			if !strings.Contains(doc.FooterTexts["first"], "E-Mail: snv@bacninh.gov.vn") || doc.FooterTexts["default"] != "" {
				t.Errorf("footers %q", doc.FooterTexts)
			}
			if !doc.Sections[0].DifferentFirstPage {
				t.Error("no distinct first page")
			}
		})
	}
}

// TestOptionalLibreOffice: in LibreOffice's PDF of a two-page document
// the marks stand at the upper left under the number, ô 11 in the top
// margin over the Quốc hiệu, the contact lines at the foot of page 1
// only, and "PL.(300)" under the Nơi nhận list.
func TestOptionalLibreOffice(t *testing.T) {
	extread.NeedSoffice(t)
	extread.NeedPoppler(t)
	for _, theThuc := range []string{"nha-nuoc", "dang"} {
		t.Run(theThuc, func(t *testing.T) {
			t.Parallel()
			data, err := RenderBytes(optionalDoc(t, theThuc, optionalAll, 14))
			if err != nil {
				t.Fatal(err)
			}
			pdf := extread.ToPDF(t, data)
			info := extread.ReadPDFInfo(t, pdf)
			if info.Pages != 2 {
				t.Fatalf("%d pages, want 2", info.Pages)
			}
			find := func(ws []extread.Word, text string) *extread.Word {
				for i := range ws {
					if ws[i].Text == text {
						return &ws[i]
					}
				}
				return nil
			}
			const mmPt = 72 / 25.4
			p1 := extread.PageWords(t, pdf, 1)
			so, toi, hoa, xem, cong, email := find(p1, "Số"), find(p1, "TỐI"), find(p1, "HỎA"), find(p1, "XEM"), find(p1, "CỘNG"), find(p1, "E-Mail:")
			if theThuc == "nha-nuoc" {
				so = find(p1, "Số:")
			} else {
				cong = find(p1, "ĐẢNG")
			}
			if so == nil || toi == nil || hoa == nil || xem == nil || cong == nil || email == nil {
				t.Fatalf("page 1 lacks a word: Số %v TỐI %v HỎA %v XEM %v title %v E-Mail %v", so, toi, hoa, xem, cong, email)
			}
			if toi.YMin <= so.YMax || hoa.YMin <= toi.YMax {
				t.Errorf("marks not under the number: Số y=%.1f, TỐI y=%.1f, HỎA y=%.1f", so.YMax, toi.YMin, hoa.YMin)
			}
			if toi.XMin > 75*mmPt || hoa.XMin > 75*mmPt {
				t.Errorf("marks not at the left: x=%.1f, %.1f", toi.XMin, hoa.XMin)
			}
			if xem.YMax > 20*mmPt || xem.YMax > cong.YMin || xem.XMin < 105*mmPt-30 {
				t.Errorf("ô 11 at x=%.1f y=%.1f–%.1f, want in the top margin over the title at y=%.1f", xem.XMin, xem.YMin, xem.YMax, cong.YMin)
			}
			if email.YMin < 250*mmPt || email.YMax > 297*mmPt {
				t.Errorf("contact line at y=%.1f, want at the foot of page 1", email.YMin)
			}
			p2 := extread.PageWords(t, pdf, 2)
			if find(p2, "E-Mail:") != nil || find(p2, "XEM") != nil {
				t.Error("page 2 shows ô 11 or ô 13")
			}
			luu, pl := find(p2, "Lưu:"), find(p2, "PL.(300)")
			if theThuc == "dang" {
				luu = find(p2, "Lưu")
			}
			if luu == nil || pl == nil {
				t.Fatalf("page 2 lacks Lưu %v or PL.(300) %v", luu, pl)
			}
			if pl.YMin <= luu.YMax || pl.XMax > 30*mmPt+(210-45)*mmPt*0.45+5 {
				t.Errorf("PL.(300) at x=%.1f–%.1f y=%.1f, want under the Lưu line (y=%.1f) in the Nơi nhận column", pl.XMin, pl.XMax, pl.YMin, luu.YMax)
			}
		})
	}
}

// TestOptionalExamples: the examples with ô 10–13 render, and the
// checker finds no error in them.
func TestOptionalExamples(t *testing.T) {
	for _, name := range []string{"cong-van-khan", "dang-thong-bao-mat"} {
		t.Run(name, func(t *testing.T) {
			data := renderExample(t, name)
			rep, err := Check(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range rep.Findings {
				if f.Severity == SeverityError {
					t.Errorf("error: %s", f)
				}
			}
		})
	}
}
