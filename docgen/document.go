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

	// The structured lines of mẫu 1.6–1.10 (công điện, giấy mời, giấy
	// giới thiệu, biên bản, giấy nghỉ phép). Each kind has its own keys;
	// one given for a kind that lacks it is an error. See validate_mau.go.

	// Dien is who sends a công điện, printed "{Dien} điện:"; the default
	// is the agency's name.
	Dien string `yaml:"dien,omitempty"`
	// KinhMoi is who a giấy mời invites, after "… trân trọng kính mời:".
	KinhMoi string `yaml:"kinh_moi,omitempty"`
	// ToiDu is the meeting a giấy mời invites to, after "Tới dự".
	ToiDu string `yaml:"toi_du,omitempty"`
	// ChuTri is who chairs (giấy mời "Chủ trì:", biên bản "Chủ trì
	// (chủ tọa):").
	ChuTri string `yaml:"chu_tri,omitempty"`
	// ThoiGian is the time of a giấy mời ("Thời gian:") or the start of
	// a biên bản's meeting ("Thời gian bắt đầu:"), as written.
	ThoiGian string `yaml:"thoi_gian,omitempty"`
	// DiaDiem is the place ("Địa điểm:").
	DiaDiem string `yaml:"dia_diem,omitempty"`
	// ThanhPhan is who attends a biên bản's meeting ("Thành phần tham
	// dự:").
	ThanhPhan string `yaml:"thanh_phan,omitempty"`
	// ThuKy is the secretary of a biên bản, who signs on the left.
	ThuKy Person `yaml:"thu_ky,omitempty"`
	// KetThuc is when a biên bản's meeting ended, e.g. "11 giờ 30 phút,
	// ngày 14 tháng 02 năm 2023".
	KetThuc string `yaml:"ket_thuc,omitempty"`
	// OngBa is the person a giấy giới thiệu or giấy nghỉ phép is for.
	OngBa Person `yaml:"ong_ba,omitempty"`
	// DuocCuDen is where a giấy giới thiệu sends the person ("Được cử
	// đến:").
	DuocCuDen string `yaml:"duoc_cu_den,omitempty"`
	// VeViec is the errand of a giấy giới thiệu ("Về việc:").
	VeViec string `yaml:"ve_viec,omitempty"`
	// GiaTriDen is the last day a giấy giới thiệu is valid.
	GiaTriDen Date `yaml:"gia_tri_den,omitempty"`
	// DonNgay is the date of the application a giấy nghỉ phép answers.
	DonNgay Date `yaml:"don_ngay,omitempty"`
	// ThoiGianNghi is the length of the leave, e.g. "05 ngày".
	ThoiGianNghi string `yaml:"thoi_gian_nghi,omitempty"`
	// TuNgay and DenNgay are the first and last day of the leave.
	TuNgay  Date `yaml:"tu_ngay,omitempty"`
	DenNgay Date `yaml:"den_ngay,omitempty"`
	// NoiNghi is where the leave is spent ("tại …").
	NoiNghi string `yaml:"noi_nghi,omitempty"`
	// TinhVao is what the leave counts against, e.g. "nghỉ hằng năm".
	TinhVao string `yaml:"tinh_vao,omitempty"`
	// XacNhan adds the confirmation box of a giấy nghỉ phép.
	XacNhan bool `yaml:"xac_nhan,omitempty"`

	// PhuLuc lists the phụ lục, each printed after the signature on new
	// pages of its own section, numbered from 1 (Mẫu 2.1/2.2).
	PhuLuc []Appendix `yaml:"phu_luc,omitempty"`
	// CoQuanVietThuong is the agency's name as written in running text
	// ("Sở Nội vụ"), for the phụ lục line "(Kèm theo … của Sở Nội vụ)";
	// by default CoQuan, which is usually in capitals.
	CoQuanVietThuong string `yaml:"co_quan_viet_thuong,omitempty"`
	// DienTu marks an electronic document (văn bản điện tử): the phụ
	// lục reference line is left with blanks (Mẫu 2.2).
	DienTu bool `yaml:"dien_tu,omitempty"`
	// Dau is the file of the seal image of the cơ quan (dấu, chữ ký số
	// của cơ quan, ô 8): a red PNG with a transparent background, shown
	// at its actual size (from its pHYs resolution, 96 dpi when it has
	// none) over the left third of the signature image (Phụ lục I, Phần
	// I, Mục II, khoản 8 điểm a). Paths are read like NguoiKy.ChuKy.
	Dau string `yaml:"dau,omitempty" docgen:"file"`
	// DauPNG is the seal image's PNG bytes, for a Document built in Go;
	// when set it is used and Dau only names it in messages.
	DauPNG []byte `yaml:"-"`
	// KySo is the information box of the cơ quan's chữ ký số at the top
	// right of page 1 (a file signed apart from the văn bản: an
	// attachment or phụ lục, an electronic copy); nil for none.
	KySo *DigitalSignature `yaml:"ky_so,omitempty"`
	// BanSao is the paper copy block (bản sao, Mẫu 3.1) printed after
	// the end of the copied document; nil for the bản chính.
	BanSao *Copy `yaml:"ban_sao,omitempty"`

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
	// ChuKy is the file of the signer's signature image (ô 7c): a PNG
	// with a transparent background, blue ink (Phụ lục I, Phần I, Mục
	// II, khoản 7 điểm d). A relative path is read from the YAML file's
	// directory (the working directory for a Document built in Go or
	// parsed without a file name). See signing.go.
	ChuKy string `yaml:"chu_ky,omitempty" docgen:"file"`
	// ChuKyPNG is the signature image's PNG bytes, for a Document built
	// in Go; when set it is used and ChuKy only names it in messages.
	ChuKyPNG []byte `yaml:"-"`
}

// Person is someone named in a mẫu: the thư ký of a biên bản, the
// person of a giấy giới thiệu or giấy nghỉ phép.
type Person struct {
	// HoTen is the full name; ChucVu the title and unit.
	HoTen  string `yaml:"ho_ten,omitempty"`
	ChucVu string `yaml:"chuc_vu,omitempty"`
	// ChuKy is the file of the person's signature image, for the thư
	// ký who signs a biên bản (as nguoi_ky.chu_ky); ChuKyPNG gives the
	// bytes instead.
	ChuKy    string `yaml:"chu_ky,omitempty" docgen:"file"`
	ChuKyPNG []byte `yaml:"-"`
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

// Appendix is one phụ lục: a title and a Markdown body.
type Appendix struct {
	// TieuDe is the title (tên phụ lục), printed in capitals.
	TieuDe string `yaml:"tieu_de"`
	// NoiDung is the content in Markdown, like the body (GFM tables).
	NoiDung string `yaml:"noi_dung"`
	// Ngang prints the phụ lục on landscape pages, for a wide table.
	Ngang bool `yaml:"ngang,omitempty"`
}

// Copy is the paper copy block (Mẫu 3.1): the copying agency, the copy's
// own number and date, who signs it and where it goes.
type Copy struct {
	// HinhThuc is the hình thức sao: "SAO_Y", "SAO_LUC" or
	// "TRICH_SAO" (or "SAO Y", "SAO LỤC", "TRÍCH SAO").
	HinhThuc string `yaml:"hinh_thuc"`
	// CoQuanChuQuan is the copying agency's parent, if any.
	CoQuanChuQuan string `yaml:"co_quan_chu_quan,omitempty"`
	// CoQuan is the copying agency (tên cơ quan, tổ chức sao).
	CoQuan string `yaml:"co_quan"`
	// So is the copy's register number; 0 leaves it blank.
	So int `yaml:"so,omitempty"`
	// KyHieu follows the number: the form's abbreviation and the
	// agency's, e.g. "SY-VP".
	KyHieu string `yaml:"ky_hieu"`
	// DiaDanh and Ngay are the place and date of the copy.
	DiaDanh string `yaml:"dia_danh"`
	Ngay    Date   `yaml:"ngay"`
	// NguoiKy signs the copy.
	NguoiKy Signer `yaml:"nguoi_ky"`
	// NoiNhan lists where the copy goes; "- Lưu: VT." is added last.
	NoiNhan []string `yaml:"noi_nhan,omitempty"`
	// Dau is the file of the copying cơ quan's seal image, over the left
	// third of NguoiKy's signature image (NguoiKy.ChuKy), as the văn
	// bản's dau; DauPNG gives the bytes instead.
	Dau    string `yaml:"dau,omitempty" docgen:"file"`
	DauPNG []byte `yaml:"-"`
	// ThoiGianKy makes the copy electronic (bản sao điện tử, Mẫu 3.2):
	// the time the copying cơ quan signs it digitally, ISO 8601 in the
	// Vietnam time zone. Instead of the paper block, the box of ô 14 at
	// the top right of page 1 shows the form, the copying cơ quan and
	// this time; so, ky_hieu, dia_danh, ngay, nguoi_ky and noi_nhan are
	// then not printed.
	ThoiGianKy string `yaml:"thoi_gian_ky,omitempty"`
}

// reservedKeys are the optional thể thức elements that a later version
// renders; a document that uses one gets "not yet supported".
var reservedKeys = map[string]string{}

// DigitalSignature is the information shown for the cơ quan's chữ ký số
// on a file signed apart (Phụ lục I, Phần I, Mục II, khoản 8 điểm b):
// the số và ký hiệu of the văn bản and the signing time, Times New Roman
// 10 pt, upright, black, at the top right of page 1.
type DigitalSignature struct {
	// ThoiGian is the signing time in ISO 8601 with the Vietnam time
	// zone, e.g. "2026-02-05T09:30:00+07:00".
	ThoiGian string `yaml:"thoi_gian"`
	// CoQuan is the signing cơ quan's name, printed first after "Cơ
	// quan: " when given.
	CoQuan string `yaml:"co_quan,omitempty"`
}
