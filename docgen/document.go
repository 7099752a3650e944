package docgen

// Document is one văn bản: every thể thức element a clerk fills in. It is
// what a YAML file decodes into (the yaml tags are the keys) and what a
// Go program builds directly. The zero value of an optional field means
// "not given".
type Document struct {
	// TheThuc is the rule set: "nha-nuoc" (the default; Nghị định
	// 30/2020/NĐ-CP) or "dang" (Hướng dẫn 36-HD/VPTW, not rendered yet).
	TheThuc string `yaml:"the_thuc,omitempty"`
	// Loai is the kind (tên loại) as a slug, e.g. "cong-van",
	// "quyet-dinh"; see Kinds.
	Loai string `yaml:"loai" validate:"required"`
	// CoQuanChuQuan is the name of the parent agency (tên cơ quan, tổ
	// chức chủ quản trực tiếp), if any. "\n" breaks a long name.
	CoQuanChuQuan string `yaml:"co_quan_chu_quan,omitempty"`
	// CoQuan is the name of the issuing agency (tên cơ quan, tổ chức ban
	// hành văn bản). "\n" breaks a long name.
	CoQuan string `yaml:"co_quan" validate:"required"`
	// So is the number (số); 0 leaves it blank for the văn thư (a draft).
	So int `yaml:"so,omitempty" validate:"gte=0"`
	// KyHieu is everything after the "/" of the number line (ký hiệu),
	// e.g. "QĐ-UBND" or, for a công văn, "SVHTTDL-QLVHGĐ".
	KyHieu string `yaml:"ky_hieu" validate:"required"`
	// DiaDanh is the place name (địa danh), e.g. "Hải Dương".
	DiaDanh string `yaml:"dia_danh" validate:"required"`
	// Ngay is the date of issue (thời gian ban hành); a date with only the
	// year is a draft whose day and month are left blank.
	Ngay Date `yaml:"ngay"`
	// TrichYeu is the summary (trích yếu nội dung). For a công văn it is
	// printed after "V/v" under the number.
	TrichYeu string `yaml:"trich_yeu,omitempty"`
	// ThamQuyen is the "THẨM QUYỀN BAN HÀNH" line of a quyết định or
	// nghị quyết: the title of the head or the name of the collective.
	ThamQuyen string `yaml:"tham_quyen,omitempty"`
	// CanCu lists the căn cứ ban hành, one per line; the renderer ends
	// each with ";" and the last with ".".
	CanCu []string `yaml:"can_cu,omitempty"`
	// KinhGui lists the addressees (Kính gửi) of a công văn, or of a tờ
	// trình or báo cáo sent upward.
	KinhGui []string `yaml:"kinh_gui,omitempty"`
	// NoiDung is the body (nội dung) in Markdown.
	NoiDung string `yaml:"noi_dung" validate:"required"`
	// NguoiKy is the signature block.
	NguoiKy Signer `yaml:"nguoi_ky"`
	// NoiNhan lists the recipients under "Nơi nhận:".
	NoiNhan []string `yaml:"noi_nhan,omitempty"`
	// Luu lists what follows "Lưu:" on the last Nơi nhận line: the
	// drafting unit and the number of archived copies; "VT" is added
	// first when missing.
	Luu []string `yaml:"luu,omitempty"`
	// TrinhBay overrides the layout within the legal ranges.
	TrinhBay Layout `yaml:"trinh_bay,omitempty"`

	// DoMat is the dấu chỉ độ mật (ô 10a): "MAT", "TOI_MAT" or
	// "TUYET_MAT", or the Vietnamese "MẬT", "TỐI MẬT", "TUYỆT MẬT".
	DoMat string `yaml:"do_mat,omitempty"`
	// DoKhan is the dấu chỉ mức độ khẩn (ô 10b): "KHAN", "THUONG_KHAN"
	// or "HOA_TOC", or the Vietnamese "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC".
	DoKhan string `yaml:"do_khan,omitempty"`
	// PhamViLuuHanh is the chỉ dẫn về phạm vi lưu hành (ô 11), e.g.
	// "LƯU HÀNH NỘI BỘ" or "XEM XONG TRẢ LẠI".
	PhamViLuuHanh string `yaml:"pham_vi_luu_hanh,omitempty"`
	// NguoiSoanThao is the ký hiệu người soạn thảo (Party: người đánh
	// máy), e.g. "PL"; with SoBan it makes ô 12, "PL.(300)".
	NguoiSoanThao string `yaml:"nguoi_soan_thao,omitempty"`
	// SoBan is the number of copies issued (số lượng bản phát hành).
	SoBan int `yaml:"so_ban,omitempty"`
	// LienHe is the agency's address and contact details (ô 13),
	// printed at the foot of page 1.
	LienHe Contact `yaml:"lien_he,omitempty"`

	pos  positions // where each YAML path stands, when parsed
	file string    // the input's name, when parsed
}

// Signer is the signature block: quyền hạn, chức vụ and họ tên of the
// person who signs (người có thẩm quyền ký).
type Signer struct {
	// ThayMat is the collective signed for after "TM.", e.g. "Ủy ban
	// nhân dân". Setting it alone means quyền hạn TM.
	ThayMat string `yaml:"thay_mat,omitempty"`
	// QuyenHan is the signing authority: "TM", "KT", "Q", "TL" or "TUQ"
	// (dots and "/" optional).
	QuyenHan string `yaml:"quyen_han,omitempty"`
	// CapTruong is the head's title that follows KT., Q., TL. or TUQ.,
	// e.g. "Giám đốc".
	CapTruong string `yaml:"cap_truong,omitempty"`
	// ChucVu is the signer's own title (chức vụ), e.g. "Phó Giám đốc".
	ChucVu string `yaml:"chuc_vu,omitempty"`
	// HoTen is the signer's full name (họ và tên).
	HoTen string `yaml:"ho_ten" validate:"required"`
}

// Layout holds the layout overrides (trình bày). A zero field keeps the
// rule set's default; a set one must lie in the legal range.
type Layout struct {
	// LeTren, LeDuoi, LeTrai, LePhai are the margins in millimetres.
	LeTren float64 `yaml:"le_tren,omitempty"`
	LeDuoi float64 `yaml:"le_duoi,omitempty"`
	LeTrai float64 `yaml:"le_trai,omitempty"`
	LePhai float64 `yaml:"le_phai,omitempty"`
	// CoChu is the body font size in points.
	CoChu float64 `yaml:"co_chu,omitempty"`
	// GianDong is the line spacing as a multiple of a single line.
	GianDong float64 `yaml:"gian_dong,omitempty"`
	// CachDoan is the space before each body paragraph, in points.
	CachDoan float64 `yaml:"cach_doan,omitempty"`
	// ThutDauDong is the first-line indent in centimetres.
	ThutDauDong float64 `yaml:"thut_dau_dong,omitempty"`
}

// Contact is ô 13: the agency's address and contact details. Each is
// optional; the lines are "Địa chỉ: …", "ĐT: …, Fax: …" and "E-Mail: …,
// Website: …".
type Contact struct {
	// DiaChi is the postal address (địa chỉ).
	DiaChi string `yaml:"dia_chi,omitempty"`
	// DienThoai is the telephone number (số điện thoại).
	DienThoai string `yaml:"dien_thoai,omitempty"`
	// Fax is the fax number (số Fax).
	Fax string `yaml:"fax,omitempty"`
	// Email is the e-mail address (thư điện tử).
	Email string `yaml:"email,omitempty"`
	// Website is the agency's web site (trang thông tin điện tử).
	Website string `yaml:"website,omitempty"`
}

// empty reports whether no contact detail is given.
func (c Contact) empty() bool { return c == Contact{} }

// reservedKeys are the optional thể thức elements that a later version
// renders; a document that uses one gets "not yet supported".
var reservedKeys = map[string]string{
	"phu_luc": "phụ lục",
}
