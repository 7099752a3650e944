package rules

import "strings"

// Form is the shape of a mẫu with structured lines (Phụ lục III, mẫu
// 1.6–1.10): which keys the kind has, the lines built from them around
// the nội dung, and how the signature part differs. Both the validator,
// the renderer and the checker read it.
type Form struct {
	// Fields are the structured keys the kind has, in the order of the
	// mẫu. A key given for a kind whose Form lacks it is an error.
	Fields []FormField
	// Before are the lines between the title and the nội dung; After
	// the lines after it. The last printed line ends with the end mark.
	Before, After []FormLine
	// Body says whether the kind has a nội dung in Markdown.
	Body FormBody
	// Recipients is the line over the công điện's recipients, "{dien}
	// điện:"; the recipients are the kinh_gui list, one "- …;" each.
	Recipients string
	// NoDate: the header has no địa danh and ngày line (biên bản); the
	// number stands alone under the agency.
	NoDate bool
	// CoSigner is the title over the second signer, on the left (biên
	// bản: "THƯ KÝ"); SignerTitle the title over the usual signer on the
	// right ("CHỦ TỌA"). With a CoSigner the Nơi nhận goes under both.
	CoSigner, SignerTitle string
	// Confirm are the lines of the optional bordered confirmation box at
	// the bottom left (giấy nghỉ phép), given by the key xac_nhan.
	Confirm []string
	// NoiNhan is the Nơi nhận used when the document gives none, e.g.
	// "Như trên" for a giấy giới thiệu.
	NoiNhan []string
}

// FormBody says whether a Form has a nội dung.
type FormBody int

// The FormBody values.
const (
	BodyRequired FormBody = iota // noi_dung must be given
	BodyOptional                 // noi_dung may be given
	BodyNone                     // noi_dung is not part of the mẫu
)

// FormField is one structured key of a Form.
type FormField struct {
	Key      string // the YAML key, e.g. "thoi_gian"; "ong_ba.ho_ten" for a nested one
	Required bool
	Date     bool // a date, printed "ngày dd tháng mm năm yyyy"
}

// FormLine is one line of a Form. Text holds {key} placeholders filled
// from the document; {co_quan} is the agency on one line and {dien} the
// công điện's sender. A line whose placeholders are all empty is left
// out; a Fixed line is always printed.
type FormLine struct {
	Text   string
	Center bool // centred, not a body paragraph
	Bold   bool
	Fixed  bool
	// Period ends the line with "." unless it is the last line printed,
	// which takes the end mark "./." instead.
	Period bool
}

// Field returns the field of the Form with the key, or nil.
func (f *Form) Field(key string) *FormField {
	if f == nil {
		return nil
	}
	for i := range f.Fields {
		if f.Fields[i].Key == key {
			return &f.Fields[i]
		}
	}
	return nil
}

// Has reports whether the Form has the key, or a key nested under it.
func (f *Form) Has(key string) bool {
	if f == nil {
		return false
	}
	for _, fl := range f.Fields {
		if fl.Key == key || strings.HasPrefix(fl.Key, key+".") {
			return true
		}
	}
	return false
}

// Fill replaces the {key} placeholders of a line with values; ok is
// false when the line has placeholders and every one of them is empty,
// or when it is not Fixed and one of them is empty.
func (l FormLine) Fill(values map[string]string) (string, bool) {
	var sb strings.Builder
	rest := l.Text
	filled, empty := 0, 0
	for {
		i := strings.IndexByte(rest, '{')
		if i < 0 {
			sb.WriteString(rest)
			break
		}
		j := strings.IndexByte(rest[i:], '}')
		if j < 0 {
			sb.WriteString(rest)
			break
		}
		sb.WriteString(rest[:i])
		v := values[rest[i+1:i+j]]
		if v == "" {
			empty++
		} else {
			filled++
		}
		sb.WriteString(v)
		rest = rest[i+j+1:]
	}
	if !l.Fixed && empty > 0 {
		return "", false
	}
	return sb.String(), true
}

// The Forms of Phụ lục III, mẫu 1.6–1.10. The Party rule set reuses them
// (HD36.U.MAU: HD 36 gives giấy mời, giấy giới thiệu and biên bản but
// its mẫu were not read; the lines follow Nghị định 30).
var (
	// FormCongDien is mẫu 1.6.
	FormCongDien = &Form{
		Fields:     []FormField{{Key: "dien"}},
		Recipients: "{dien} điện:",
	}
	// FormGiayMoi is mẫu 1.7.
	FormGiayMoi = &Form{
		Fields: []FormField{{Key: "kinh_moi", Required: true}, {Key: "toi_du", Required: true},
			{Key: "chu_tri"}, {Key: "thoi_gian", Required: true}, {Key: "dia_diem", Required: true}},
		Before: []FormLine{
			{Text: "{co_quan} trân trọng kính mời: {kinh_moi}"},
			{Text: "Tới dự {toi_du}"},
			{Text: "Chủ trì: {chu_tri}"},
			{Text: "Thời gian: {thoi_gian}"},
			{Text: "Địa điểm: {dia_diem}"},
		},
		Body: BodyOptional,
	}
	// FormGiayGioiThieu is mẫu 1.8.
	FormGiayGioiThieu = &Form{
		Fields: []FormField{{Key: "ong_ba.ho_ten", Required: true}, {Key: "ong_ba.chuc_vu"},
			{Key: "duoc_cu_den", Required: true}, {Key: "ve_viec", Required: true}, {Key: "gia_tri_den", Required: true, Date: true}},
		Before: []FormLine{
			{Text: "{co_quan} trân trọng giới thiệu:", Center: true},
			{Text: "Ông (bà): {ong_ba.ho_ten}"},
			{Text: "Chức vụ: {ong_ba.chuc_vu}"},
			{Text: "Được cử đến: {duoc_cu_den}"},
			{Text: "Về việc: {ve_viec}"},
		},
		After: []FormLine{
			{Text: "Đề nghị Quý cơ quan tạo điều kiện để ông (bà) có tên ở trên hoàn thành nhiệm vụ.", Fixed: true},
			{Text: "Giấy này có giá trị đến hết {gia_tri_den}"},
		},
		Body:    BodyNone,
		NoiNhan: []string{"Như trên"},
	}
	// FormBienBan is mẫu 1.9.
	FormBienBan = &Form{
		Fields: []FormField{{Key: "thoi_gian", Required: true}, {Key: "dia_diem", Required: true},
			{Key: "thanh_phan", Required: true}, {Key: "chu_tri", Required: true},
			{Key: "thu_ky.ho_ten", Required: true}, {Key: "thu_ky.chuc_vu"}, {Key: "ket_thuc", Required: true}},
		Before: []FormLine{
			{Text: "Thời gian bắt đầu: {thoi_gian}"},
			{Text: "Địa điểm: {dia_diem}"},
			{Text: "Thành phần tham dự: {thanh_phan}"},
			{Text: "Chủ trì (chủ tọa): {chu_tri}"},
			{Text: "Thư ký (người ghi biên bản): {thu_ky}"},
			{Text: "Nội dung (theo diễn biến cuộc họp/hội nghị/hội thảo):", Fixed: true},
		},
		After:       []FormLine{{Text: "Cuộc họp (hội nghị, hội thảo) kết thúc vào {ket_thuc}"}},
		NoDate:      true,
		CoSigner:    "THƯ KÝ",
		SignerTitle: "CHỦ TỌA",
	}
	// FormGiayNghiPhep is mẫu 1.10.
	FormGiayNghiPhep = &Form{
		Fields: []FormField{{Key: "don_ngay", Required: true, Date: true},
			{Key: "ong_ba.ho_ten", Required: true}, {Key: "ong_ba.chuc_vu"},
			{Key: "thoi_gian_nghi", Required: true}, {Key: "tu_ngay", Required: true, Date: true},
			{Key: "den_ngay", Required: true, Date: true}, {Key: "noi_nghi", Required: true},
			{Key: "tinh_vao"}, {Key: "xac_nhan"}},
		Before: []FormLine{
			{Text: "Xét Đơn đề nghị nghỉ phép {don_ngay} của ông (bà) {ong_ba.ho_ten}, {co_quan} cấp cho:"},
			{Text: "Ông (bà): {ong_ba.ho_ten}"},
			{Text: "Chức vụ: {ong_ba.chuc_vu}"},
			{Text: "Được nghỉ phép trong thời gian {thoi_gian_nghi} kể từ {tu_ngay} đến hết {den_ngay} tại {noi_nghi}", Period: true},
			{Text: "Số ngày nghỉ phép nêu trên được tính vào thời gian {tinh_vao}"},
		},
		Body: BodyNone,
		Confirm: []string{"Xác nhận của cơ quan (tổ chức) hoặc", "chính quyền địa phương nơi nghỉ phép",
			"(Chữ ký, dấu)", "", "", "Họ và tên"},
	}
)

// FormKeys lists every structured key of the Forms above, top-level keys
// only, in a fixed order.
var FormKeys = []string{"dien", "kinh_moi", "toi_du", "chu_tri", "thoi_gian", "dia_diem", "thanh_phan",
	"thu_ky", "ket_thuc", "ong_ba", "duoc_cu_den", "ve_viec", "gia_tri_den",
	"don_ngay", "thoi_gian_nghi", "tu_ngay", "den_ngay", "noi_nghi", "tinh_vao", "xac_nhan"}
