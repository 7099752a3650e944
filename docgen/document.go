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

// reservedKeys are the optional thể thức elements that a later version
// renders; a document that uses one gets "not yet supported".
var reservedKeys = map[string]string{
	"do_mat":           "dấu chỉ độ mật",
	"do_khan":          "dấu chỉ mức độ khẩn",
	"pham_vi_luu_hanh": "chỉ dẫn về phạm vi lưu hành",
	"nguoi_soan_thao":  "ký hiệu người soạn thảo",
	"so_ban":           "số lượng bản phát hành",
	"lien_he":          "địa chỉ, thông tin liên hệ",
	"phu_luc":          "phụ lục",
}
