package docgen

import (
	"strconv"
	"strings"

	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// academicTitles may not stand before the signer's name (Phụ lục I,
// II.7.c).
var academicTitles = []string{"GS.", "PGS.", "TS.", "ThS.", "KS.", "BS.", "GS ", "PGS ", "TS ", "ThS "}

// checkSigner checks the signature block (Phụ lục I, II.7).
func checkSigner(dg *diagnoser, p *prepared) {
	s := &p.doc.NguoiKy
	rs := p.rs
	if s.QuyenHan == "" && s.ThayMat != "" {
		s.QuyenHan = "TM"
	}
	if s.QuyenHan != "" {
		p.auth = rs.Authority(s.QuyenHan)
		if p.auth == nil {
			codes := make([]string, len(rs.Authorities))
			for i, a := range rs.Authorities {
				codes[i] = a.Prefix
			}
			dg.errorf(rules.TopicSigner, "nguoi_ky.quyen_han", msgBadAuthority, s.QuyenHan, strings.Join(codes, ", "))
			return
		}
	}
	a := p.auth
	switch {
	case a != nil && a.Collective && s.ThayMat == "":
		dg.errorf(rules.TopicSigner, "nguoi_ky.thay_mat", msgNeedThayMat, a.Prefix)
	case a != nil && a.Collective && s.CapTruong != "":
		dg.errorf(rules.TopicSigner, "nguoi_ky.cap_truong", msgTMNoHead)
	case a != nil && a.NeedsHead && s.CapTruong == "":
		dg.errorf(rules.TopicSigner, "nguoi_ky.cap_truong", msgNeedHead, a.Prefix, a.Name)
	case a == nil && s.CapTruong != "":
		dg.errorf(rules.TopicSigner, "nguoi_ky.cap_truong", msgHeadNoAuthority)
	}
	if s.ChucVu == "" && (a == nil || a.Code != "Q") {
		dg.errorf(rules.TopicSigner, "nguoi_ky.chuc_vu", msgNeedChucVu)
	}
	for _, t := range academicTitles {
		if strings.HasPrefix(s.HoTen, t) {
			dg.add(SeverityWarning, rules.TopicSigner, "nguoi_ky.ho_ten", msgAcademicTitle, strings.TrimSpace(t))
			break
		}
	}
}

// checkRecipients checks the Nơi nhận list and the Lưu line (Phụ lục I,
// II.9), and splits a "Lưu: …" line written inside noi_nhan.
func checkRecipients(dg *diagnoser, p *prepared) {
	d := &p.doc
	for i, it := range d.NoiNhan {
		t := rules.TrimItem(it)
		path := "noi_nhan[" + strconv.Itoa(i) + "]"
		if rest, ok := cutLuu(t); ok {
			if len(d.Luu) > 0 {
				dg.errorf(rules.TopicRecipients, path, msgLuuTwice)
				continue
			}
			if i != len(d.NoiNhan)-1 {
				dg.errorf(rules.TopicRecipients, path, msgLuuNotLast)
			}
			p.luu = strings.Split(rest, ",")
			continue
		}
		if t == "" {
			dg.errorf(rules.TopicRecipients, path, msgEmptyItem)
			continue
		}
		p.noi = append(p.noi, t)
	}
	if len(d.Luu) > 0 {
		p.luu = d.Luu
	}
	if len(p.noi) == 0 && len(p.luu) == 0 {
		dg.errorf(rules.TopicRecipients, "noi_nhan", msgNeedNoiNhan)
		return
	}
	units := 0
	for _, u := range p.luu {
		u = strings.Trim(strings.TrimSpace(u), " ,;.")
		if u != "" && u != p.rs.LuuFirst {
			units++
		}
	}
	if units == 0 {
		dg.add(SeverityWarning, rules.TopicRecipients, "luu", msgLuuNoUnit, p.rs.LuuFirst)
	}
	if len(d.KinhGui) > 0 && (len(p.noi) == 0 || !strings.HasPrefix(strings.ToLower(p.noi[0]), "như trên")) {
		dg.add(SeverityWarning, rules.TopicRecipients, "noi_nhan", msgWantNhuTren)
	}
}

// cutLuu recognises "Lưu: VT, X" / "Lưu VT, X" and returns what follows.
func cutLuu(s string) (string, bool) {
	rest, ok := strings.CutPrefix(s, "Lưu")
	if !ok || (rest != "" && !strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, " ")) {
		return "", false
	}
	return strings.TrimSpace(strings.TrimPrefix(rest, ":")), true
}
