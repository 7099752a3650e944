package docgen

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/vanthu/vanthu/docgen/internal/layout"
	"github.com/vanthu/vanthu/docgen/internal/markdown"
	"github.com/vanthu/vanthu/docgen/internal/rules"
	"github.com/vanthu/vanthu/docgen/internal/vnfmt"
)

// checkAppendices checks the phụ lục and formats their headings for the
// layout (Mẫu 2.1; Mẫu 2.2 when the document is electronic).
func checkAppendices(dg *diagnoser, p *prepared) {
	d, rs := &p.doc, p.rs
	if len(d.PhuLuc) == 0 {
		return
	}
	agency := d.CoQuanVietThuong
	if agency == "" {
		agency = strings.Join(strings.Fields(d.CoQuan), " ")
		if agency != "" && !hasLower(agency) {
			dg.add(SeverityWarning, rules.TopicPhuLuc, "co_quan", msgPhuLucAgencyCase, agency)
		}
	}
	ref := ""
	if p.kind != nil {
		ref = kemTheo(rs, p.kind, d, agency)
	}
	out := make([]layout.Appendix, 0, len(d.PhuLuc))
	ok := true
	for i, a := range d.PhuLuc {
		path := "phu_luc[" + strconv.Itoa(i) + "]"
		title, text := a.TieuDe, a.NoiDung
		if title == "" {
			dg.errorf(rules.TopicPhuLuc, path+".tieu_de", msgPhuLucNoTitle, i+1)
			ok = false
		}
		if text == "" {
			dg.errorf(rules.TopicPhuLuc, path+".noi_dung", msgPhuLucNoBody, i+1)
			ok = false
			continue
		}
		if len(text) > MaxBodySize {
			dg.errorf(rules.TopicPhuLuc, path+".noi_dung", msgRaw, "phụ lục quá dài / appendix too long")
			ok = false
			continue
		}
		body, err := markdown.Parse([]byte(text))
		if err != nil {
			dg.errorf(rules.TopicPhuLuc, path+".noi_dung", msgRaw, err.Error())
			ok = false
			continue
		}
		out = append(out, layout.Appendix{
			Heading:   rs.Appendix.Heading(i, len(d.PhuLuc)),
			Title:     title,
			KemTheo:   ref,
			Body:      body,
			Landscape: a.Ngang,
		})
	}
	if ok {
		p.appendices = out
	}
}

// kemTheo builds the reference line under a phụ lục's title: the kind,
// number, date and agency of the văn bản; on an electronic document the
// number and date are left blank (Mẫu 2.2, note 3), and a draft's blank
// number and day stay blank.
func kemTheo(rs *rules.RuleSet, k *rules.Kind, d *Document, agency string) string {
	kind := k.Name
	if k.Layout == rules.LayoutCongVan {
		kind = "" // "Văn bản"
	}
	a := rs.Appendix
	if d.DienTu {
		return a.Line(kind, "", "", agency)
	}
	num := a.Blank
	if d.So > 0 {
		num = rules.Pad2(d.So)
	}
	number := num + rs.NumberJoin + d.KyHieu
	date := ""
	if d.Ngay.Month != 0 {
		date, _ = vnfmt.NgayThang(d.Ngay.Year, d.Ngay.Month, d.Ngay.Day)
	} else if d.Ngay.Year != 0 {
		date = "ngày " + a.Blank + " tháng " + a.Blank + " năm " + strconv.Itoa(d.Ngay.Year)
	}
	return a.Line(kind, number, date, agency)
}

// hasLower reports whether s has a lower-case letter.
func hasLower(s string) bool { return strings.IndexFunc(s, unicode.IsLower) >= 0 }

// checkCopy checks the paper copy block (Mẫu 3.1) and formats its lines.
func checkCopy(dg *diagnoser, p *prepared, c config) {
	if p.doc.BanSao == nil {
		return
	}
	rs := p.rs
	if rs.Copy == nil {
		dg.errorf(rules.TopicBanSao, "ban_sao", msgBanSaoParty)
		return
	}
	s := *p.doc.BanSao // normalized with the document
	ok := true
	need := func(path, what string) {
		dg.errorf(rules.TopicBanSao, path, msgBanSaoNeed, what)
		ok = false
	}
	var form *rules.CopyForm
	switch {
	case s.HinhThuc == "":
		need("ban_sao.hinh_thuc", "hinh_thuc (SAO_Y, SAO_LUC, TRICH_SAO)")
	default:
		if form = rs.Copy.Form(s.HinhThuc); form == nil {
			dg.errorf(rules.TopicBanSao, "ban_sao.hinh_thuc", msgBanSaoForm, s.HinhThuc, strings.Join(rs.Copy.Codes(), ", "))
			ok = false
		}
	}
	if s.CoQuan == "" {
		need("ban_sao.co_quan", "co_quan")
	}
	if s.ThoiGianKy != "" {
		electronicCopy(dg, p, s, form, ok)
		return
	}
	if s.DiaDanh == "" {
		need("ban_sao.dia_danh", "dia_danh")
	}
	if s.Ngay.Year == 0 {
		need("ban_sao.ngay", "ngay")
	} else if s.Ngay.IsDraft() {
		if c.issued {
			dg.errorf(rules.TopicBanSao, "ban_sao.ngay", msgBanSaoDraftDate)
			ok = false
		} else {
			dg.add(SeverityInfo, rules.TopicBanSao, "ban_sao.ngay", msgBanSaoDraftDate)
		}
	}
	switch {
	case s.So < 0:
		dg.errorf(rules.TopicBanSao, "ban_sao.so", msgBanSaoSoMin, s.So)
		ok = false
	case s.So == 0 && c.issued:
		dg.errorf(rules.TopicBanSao, "ban_sao.so", msgBanSaoNoNumber)
		ok = false
	case s.So == 0:
		dg.add(SeverityInfo, rules.TopicBanSao, "ban_sao.so", msgBanSaoNoNumber)
	}
	if s.KyHieu == "" {
		need("ban_sao.ky_hieu", "ky_hieu")
	} else if form != nil {
		prefix, rest, cut := strings.Cut(s.KyHieu, "-")
		switch {
		case !cut || rest == "" || prefix == "":
			dg.errorf(rules.TopicBanSao, "ban_sao.ky_hieu", msgBanSaoKyHieuForm, s.KyHieu, form.Abbr+"-VP")
			ok = false
		case prefix != form.Abbr:
			dg.errorf(rules.TopicBanSao, "ban_sao.ky_hieu", msgBanSaoKyHieuMismatch, s.KyHieu, form.Text, form.Abbr+"-")
			ok = false
		}
	}

	// The signer, as the văn bản's (ô 7a–7c).
	var lines []string
	sg := s.NguoiKy
	if sg.HoTen == "" {
		ok = false // reported by checkStruct (ho_ten is required)
	}
	if sg.ThayMat != "" {
		lines = append(lines, rs.Authority("TM").Prefix+" "+sg.ThayMat)
	}
	if sg.QuyenHan != "" {
		a := rs.Authority(sg.QuyenHan)
		switch {
		case a == nil:
			codes := make([]string, len(rs.Authorities))
			for i, x := range rs.Authorities {
				codes[i] = x.Code
			}
			dg.errorf(rules.TopicBanSao, "ban_sao.nguoi_ky.quyen_han", msgBanSaoAuthority, sg.QuyenHan, strings.Join(codes, ", "))
			ok = false
		case a.NeedsHead && sg.CapTruong == "":
			dg.errorf(rules.TopicBanSao, "ban_sao.nguoi_ky.cap_truong", msgBanSaoNeedHead, a.Prefix)
			ok = false
		case a.NeedsHead:
			lines = append(lines, a.Prefix+" "+sg.CapTruong)
		}
	}
	if sg.ChucVu != "" {
		lines = append(lines, sg.ChucVu)
	}
	if !ok || form == nil {
		return
	}
	var noi []string
	for _, it := range s.NoiNhan {
		it = rules.TrimItem(it)
		if it == "" || strings.HasPrefix(it, strings.TrimSpace(rs.LuuPrefix)) {
			continue // "- Lưu: VT." is added
		}
		noi = append(noi, it)
	}
	p.copyBlock = &layout.CopyBlock{
		Form:         form.Text,
		ParentAgency: s.CoQuanChuQuan,
		Agency:       s.CoQuan,
		NumberLine:   rs.NumberLine(s.So, s.KyHieu),
		DateLine:     rs.DateLine(s.DiaDanh, s.Ngay.Year, s.Ngay.Month, s.Ngay.Day),
		SignerLines:  lines,
		SignerName:   sg.HoTen,
		NoiNhan:      noi,
		LuuLine:      rs.LuuLine(nil),
	}
}

// electronicCopy makes the ô 14 box of an electronic copy (Mẫu 3.2): the
// form, the copying cơ quan and the signing time. The paper block's
// fields, given, are not printed: a warning says so.
func electronicCopy(dg *diagnoser, p *prepared, s Copy, form *rules.CopyForm, ok bool) {
	var unused []string
	for _, f := range []struct {
		key   string
		given bool
	}{{"so", s.So != 0}, {"ky_hieu", s.KyHieu != ""}, {"dia_danh", s.DiaDanh != ""}, {"ngay", !s.Ngay.IsZero()},
		{"nguoi_ky", s.NguoiKy.HoTen != "" || s.NguoiKy.ChucVu != "" || s.NguoiKy.ChuKy != ""}, {"noi_nhan", len(s.NoiNhan) > 0},
		{"dau", s.Dau != "" || s.DauPNG != nil}} {
		if f.given {
			unused = append(unused, f.key)
		}
	}
	if len(unused) > 0 {
		dg.add(SeverityWarning, rules.TopicBanSao, "ban_sao.thoi_gian_ky", msgBanSaoElectronicUnused, strings.Join(unused, ", "))
	}
	if p.doc.KySo != nil {
		dg.errorf(rules.TopicBanSao, "ban_sao.thoi_gian_ky", msgBanSaoElectronicKySo)
		return
	}
	sg := p.rs.Signing
	t, timeOK := signingTime(dg, sg, rules.TopicBanSao, "ban_sao.thoi_gian_ky", s.ThoiGianKy)
	if !ok || !timeOK || form == nil {
		return
	}
	p.kySo = []string{form.Text, s.CoQuan, sg.TimeLabel + t.Format(isoSeconds)}
}

// electronicCopyOptional reports the required keys an electronic copy
// does without: it prints no signer.
func electronicCopyOptional(d *Document, path string) bool {
	return d.BanSao != nil && d.BanSao.ThoiGianKy != "" && strings.HasPrefix(path, "ban_sao.nguoi_ky.")
}
