package docgen

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// maxLuuHanh is the longest chỉ dẫn về phạm vi lưu hành, in characters:
// the box stands over ô 1 and must fit on one line there.
const maxLuuHanh = 40

var (
	reEmail   = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[^@\s.]+$`)
	reWebsite = regexp.MustCompile(`^(?i:https?://)?[^\s/@.]+(\.[^\s/@.]+)+(/\S*)?$`)
	rePhone   = regexp.MustCompile(`^[0-9+() .\-/]+$`)
)

// stampNames name the boxed elements in messages.
var stampNames = map[rules.Element][2]string{
	rules.DoMat:         {"dấu chỉ độ mật", "the secrecy mark"},
	rules.DoKhan:        {"dấu chỉ mức độ khẩn", "the urgency mark"},
	rules.PhamViLuuHanh: {"chỉ dẫn về phạm vi lưu hành", "the circulation notice"},
}

// checkOptional checks ô 10–13 and resolves them for the layout.
func checkOptional(dg *diagnoser, p *prepared) {
	d, rs := &p.doc, p.rs
	level := func(e rules.Element, topic rules.Topic, path, v string) *rules.Level {
		if v == "" {
			return nil
		}
		st := rs.Stamp(e)
		l := st.Level(v)
		if l == nil {
			dg.errorf(topic, path, msgBadLevel, stampNames[e][dg.lang], v, strings.Join(st.Codes(), ", "))
		}
		return l
	}
	p.doMat = level(rules.DoMat, rules.TopicDoMat, "do_mat", d.DoMat)
	p.doKhan = level(rules.DoKhan, rules.TopicDoKhan, "do_khan", d.DoKhan)

	if t := d.PhamViLuuHanh; t != "" {
		name := stampNames[rules.PhamViLuuHanh][dg.lang]
		switch n := utf8.RuneCountInString(t); {
		case strings.Contains(t, "\n"):
			dg.errorf(rules.TopicLuuHanh, "pham_vi_luu_hanh", msgStampLines, name)
		case n > maxLuuHanh:
			dg.errorf(rules.TopicLuuHanh, "pham_vi_luu_hanh", msgStampLong, name, n, maxLuuHanh)
		default:
			p.luuHanh = t
		}
	}

	// Ô 12 is one element, "PL.(300)": the ký hiệu and the count go
	// together.
	who := rs.SoanThaoName[dg.lang]
	_, soBanGiven := d.pos["so_ban"]
	soBanGiven = soBanGiven || d.SoBan != 0
	switch {
	case d.SoBan < 0 || (soBanGiven && d.SoBan == 0):
		dg.errorf(rules.TopicSoanThao, "so_ban", msgSoBanMin, d.SoBan)
	case d.NguoiSoanThao != "" && !soBanGiven:
		dg.errorf(rules.TopicSoanThao, "nguoi_soan_thao", msgSoanThaoPair, who, "so_ban")
	case d.NguoiSoanThao == "" && soBanGiven:
		dg.errorf(rules.TopicSoanThao, "so_ban", msgSoanThaoPair, who, "nguoi_soan_thao")
	case d.NguoiSoanThao != "" && !initials(d.NguoiSoanThao):
		dg.errorf(rules.TopicSoanThao, "nguoi_soan_thao", msgSoanThaoForm, who, d.NguoiSoanThao)
	case d.NguoiSoanThao != "":
		p.soanThao = rs.SoanThaoLine(d.NguoiSoanThao, d.SoBan)
	}

	c := d.LienHe
	ok := true
	for _, f := range []struct{ path, v string }{{"lien_he.dien_thoai", c.DienThoai}, {"lien_he.fax", c.Fax}} {
		if f.v != "" && (!rePhone.MatchString(f.v) || strings.IndexFunc(f.v, unicode.IsDigit) < 0) {
			dg.errorf(rules.TopicLienHe, f.path, msgBadPhone, f.v)
			ok = false
		}
	}
	if c.Email != "" && !reEmail.MatchString(c.Email) {
		dg.errorf(rules.TopicLienHe, "lien_he.email", msgBadEmail, c.Email)
		ok = false
	}
	if c.Website != "" && !reWebsite.MatchString(c.Website) {
		dg.errorf(rules.TopicLienHe, "lien_he.website", msgBadWebsite, c.Website)
		ok = false
	}
	if ok && !c.empty() {
		p.contact = rs.Contact.ContactLines(c.DiaChi, c.DienThoai, c.Fax, c.Email, c.Website)
	}
}

// initials reports whether s is a ký hiệu of letters only, at most ten.
func initials(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 10
}
