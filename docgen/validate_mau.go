package docgen

import (
	"regexp"
	"strings"

	"github.com/vanthu/vanthu/docgen/internal/layout"
	"github.com/vanthu/vanthu/docgen/internal/rules"
	"github.com/vanthu/vanthu/docgen/internal/vnfmt"
)

// mauStrings lists the strings of the mẫu 1.6–1.10 keys with their YAML
// paths, for normalisation and the text checks.
func mauStrings(d *Document) []struct {
	path string
	v    *string
} {
	return []struct {
		path string
		v    *string
	}{
		{"dien", &d.Dien}, {"kinh_moi", &d.KinhMoi}, {"toi_du", &d.ToiDu}, {"chu_tri", &d.ChuTri},
		{"thoi_gian", &d.ThoiGian}, {"dia_diem", &d.DiaDiem}, {"thanh_phan", &d.ThanhPhan},
		{"thu_ky.ho_ten", &d.ThuKy.HoTen}, {"thu_ky.chuc_vu", &d.ThuKy.ChucVu}, {"ket_thuc", &d.KetThuc},
		{"ong_ba.ho_ten", &d.OngBa.HoTen}, {"ong_ba.chuc_vu", &d.OngBa.ChucVu},
		{"duoc_cu_den", &d.DuocCuDen}, {"ve_viec", &d.VeViec}, {"thoi_gian_nghi", &d.ThoiGianNghi},
		{"noi_nghi", &d.NoiNghi}, {"tinh_vao", &d.TinhVao},
	}
}

// mauDates lists the date keys of mẫu 1.8 and 1.10.
func mauDates(d *Document) []struct {
	path string
	v    Date
} {
	return []struct {
		path string
		v    Date
	}{{"gia_tri_den", d.GiaTriDen}, {"don_ngay", d.DonNgay}, {"tu_ngay", d.TuNgay}, {"den_ngay", d.DenNgay}}
}

// mauGiven returns, for every key of mẫu 1.6–1.10 (nested ones as
// "ong_ba.ho_ten"), its value as text; a date as YYYY-MM-DD and
// xac_nhan as "true".
func mauGiven(d *Document) map[string]string {
	out := map[string]string{}
	for _, f := range mauStrings(d) {
		if *f.v != "" {
			out[f.path] = *f.v
		}
	}
	for _, f := range mauDates(d) {
		if !f.v.IsZero() {
			out[f.path] = f.v.String()
		}
	}
	if d.XacNhan {
		out["xac_nhan"] = "true"
	}
	return out
}

// kindForm returns the Form of the document's kind, read before the
// kind is checked; nil when the kind has none or is unknown.
func kindForm(d *Document) *rules.Form {
	tt := d.TheThuc
	if tt == "" {
		tt = rules.ND30.TheThuc
	}
	rs := rules.ByTheThuc(strings.TrimSpace(tt))
	if rs == nil {
		return nil
	}
	if k := rs.Kind(strings.TrimSpace(d.Loai)); k != nil {
		return k.Form
	}
	return nil
}

// mauConditional are the keys the struct tags require that some
// documents lack — some mẫu of 1.6–1.10 (see mauOptional), an electronic
// copy (see electronicCopyOptional); the JSON Schema does not require
// them.
var mauConditional = map[string]bool{"noi_dung": true, "dia_danh": true, "ban_sao.nguoi_ky": true}

// mauOptional reports whether a key that the struct tags require is
// not part of the document's mẫu: the nội dung of a giấy mời (optional)
// and of a giấy giới thiệu or giấy nghỉ phép (none), the địa danh of a
// biên bản (no date line).
func mauOptional(d *Document, path string) bool {
	f := kindForm(d)
	switch {
	case f == nil:
		return false
	case path == "noi_dung":
		return f.Body != rules.BodyRequired
	case path == "dia_danh":
		return f.NoDate
	}
	return false
}

// checkMau checks the structured keys of mẫu 1.6–1.10 and resolves the
// values their lines print.
func checkMau(dg *diagnoser, p *prepared) {
	d, k, rs := &p.doc, p.kind, p.rs
	if k == nil {
		return
	}
	given := mauGiven(d)
	for _, key := range rules.FormKeys {
		var path string
		for g := range given {
			if g == key || strings.HasPrefix(g, key+".") {
				path = g
				break
			}
		}
		if path == "" || k.Form.Has(key) {
			continue
		}
		var have []string
		for _, o := range rs.Kinds {
			if o.Form.Has(key) {
				have = append(have, o.Slug)
			}
		}
		if len(have) == 0 {
			dg.errorf(rules.TopicForm, key, msgFormWrongKindNone, key, k.Slug)
		} else {
			dg.errorf(rules.TopicForm, key, msgFormWrongKind, key, k.Slug, strings.Join(have, ", "))
		}
	}
	f := k.Form
	if f == nil {
		return
	}
	for _, fl := range f.Fields {
		if fl.Required && given[fl.Key] == "" {
			dg.errorf(rules.TopicForm, fl.Key, msgFormMissing, k.Name, k.Mau, fl.Key, mauLineOf(f, fl.Key))
		}
	}
	for _, dt := range mauDates(d) {
		if !dt.v.IsZero() && (!dt.v.Valid() || dt.v.IsDraft()) {
			dg.errorf(rules.TopicForm, dt.path, msgFormBadDate, dt.path, dt.v.String())
		}
	}
	if from, to := d.TuNgay, d.DenNgay; !from.IsZero() && !to.IsZero() && from.Valid() && to.Valid() &&
		!from.IsDraft() && !to.IsDraft() && to.String() < from.String() {
		dg.errorf(rules.TopicForm, "den_ngay", msgFormDateOrder, to.String(), from.String())
	}
	if f.Body == rules.BodyNone && d.NoiDung != "" {
		keys := make([]string, 0, len(f.Fields))
		for _, fl := range f.Fields {
			keys = append(keys, fl.Key)
		}
		dg.errorf(rules.TopicForm, "noi_dung", msgFormNoBody, k.Name, k.Mau, strings.Join(keys, ", "))
	}
	if len(p.noi) == 0 && len(f.NoiNhan) > 0 {
		p.noi = append([]string(nil), f.NoiNhan...)
	}

	// The values the lines print.
	v := map[string]string{}
	for key, text := range given {
		v[key] = text
	}
	for _, dt := range mauDates(d) {
		if s, err := vnfmt.NgayThang(dt.v.Year, dt.v.Month, dt.v.Day); err == nil {
			v[dt.path] = s
		} else {
			delete(v, dt.path)
		}
	}
	agency := strings.Join(strings.Fields(strings.ReplaceAll(d.CoQuan, "\n", " ")), " ")
	switch {
	case d.CoQuanVietThuong != "":
		v["co_quan"] = d.CoQuanVietThuong
	case rules.Upper(agency) == agency:
		// A name in capitals reads as a sentence start; proper nouns
		// inside it need co_quan_viet_thuong.
		v["co_quan"] = vnfmt.HoaDau(vnfmt.InThuong(agency))
	default:
		v["co_quan"] = agency
	}
	if d.ThuKy.HoTen != "" {
		v["thu_ky"] = d.ThuKy.HoTen
		if d.ThuKy.ChucVu != "" {
			v["thu_ky"] += ", " + d.ThuKy.ChucVu
		}
	}
	dien := d.Dien
	if dien == "" {
		dien = agency
	}
	v["dien"] = rules.Upper(dien)
	p.mau = v
}

var reMauPlaceholder = regexp.MustCompile(`\{[a-z_.]+\}`)

// mauLineOf returns the line of a Form that prints key, with "…" for its
// placeholders, for messages.
func mauLineOf(f *rules.Form, key string) string {
	for _, l := range append(append(append([]rules.FormLine(nil), f.Before...), f.After...), rules.FormLine{Text: f.Recipients}) {
		if strings.Contains(l.Text, "{"+key+"}") || strings.Contains(l.Text, "{"+strings.Split(key, ".")[0]+"}") {
			return reMauPlaceholder.ReplaceAllString(l.Text, "…")
		}
	}
	return key
}

// mauInput hands the lines of mẫu 1.6–1.10 to the layout; a biên bản
// has no date line.
func (p *prepared) mauInput(in *layout.Input) {
	f := p.kind.Form
	if f == nil {
		return
	}
	in.Mau = p.mau
	in.CoSignerName = p.doc.ThuKy.HoTen
	in.Confirm = p.doc.XacNhan
	if f.NoDate {
		in.DateLine = ""
	}
}
