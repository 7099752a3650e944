package docgen

import (
	"strings"
	"testing"
)

// validCongVan is a valid công văn every validation case starts from.
func validCongVan() *Document {
	return &Document{
		Loai:          "cong-van",
		CoQuanChuQuan: "UBND TỈNH HẢI DƯƠNG",
		CoQuan:        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
		So:            7,
		KyHieu:        "SVHTTDL-QLVHGĐ",
		DiaDanh:       "Hải Dương",
		Ngay:          Date{2023, 5, 17},
		TrichYeu:      "tuyên truyền về công tác xây dựng Đảng",
		KinhGui:       []string{"Các phòng thuộc Sở"},
		NoiDung:       "Sở hướng dẫn như sau.",
		NguoiKy:       Signer{QuyenHan: "KT", CapTruong: "Giám đốc", ChucVu: "Phó Giám đốc", HoTen: "Nguyễn Trường Thắng"},
		NoiNhan:       []string{"Như trên"},
		Luu:           []string{"VT", "QLVHGĐ"},
	}
}

func validQuyetDinh() *Document {
	return &Document{
		Loai:      "quyet-dinh",
		CoQuan:    "SỞ NỘI VỤ",
		So:        15,
		KyHieu:    "QĐ-SNV",
		DiaDanh:   "Bắc Ninh",
		Ngay:      Date{2026, 2, 5},
		TrichYeu:  "Về việc thành lập Tổ công tác",
		ThamQuyen: "Giám đốc Sở Nội vụ",
		CanCu:     []string{"Căn cứ Nghị định số 30/2020/NĐ-CP"},
		NoiDung:   "Điều 1. Thành lập Tổ công tác.",
		NguoiKy:   Signer{ChucVu: "Giám đốc", HoTen: "Phạm Văn Hùng"},
		NoiNhan:   []string{"Như Điều 3"},
		Luu:       []string{"VT", "VP"},
	}
}

// find returns the first finding with the rule and path, or nil.
func find(ds Diagnostics, rule, path string, sev Severity) *Diagnostic {
	for i := range ds {
		if ds[i].Rule == rule && ds[i].Path == path && ds[i].Severity == sev {
			return &ds[i]
		}
	}
	return nil
}

func TestValidateRules(t *testing.T) {
	tests := []struct {
		name     string
		base     func() *Document
		bad      func(d *Document) // breaks the rule
		good     func(d *Document) // a passing variant of the same field
		rule     string
		path     string
		sev      Severity
		contains string // in the Vietnamese message
	}{
		{"kind unknown", validCongVan, func(d *Document) { d.Loai = "cong-vann" }, func(d *Document) { d.Loai = "cong-van" },
			"ND30.D7", "loai", SeverityError, "cong-van"},
		{"kind required", validCongVan, func(d *Document) { d.Loai = "" }, func(d *Document) {},
			"ND30.D7", "loai", SeverityError, "không được bỏ trống"},
		{"the_thuc unknown", validCongVan, func(d *Document) { d.TheThuc = "nha_nuoc" }, func(d *Document) { d.TheThuc = "nha-nuoc" },
			"ND30.D7", "the_thuc", SeverityError, "nha-nuoc, dang"},
		{"agency required", validCongVan, func(d *Document) { d.CoQuan = " " }, func(d *Document) {},
			"ND30.PL1.II.2", "co_quan", SeverityError, "không được bỏ trống"},
		{"number negative", validCongVan, func(d *Document) { d.So = -3 }, func(d *Document) { d.So = 3 },
			"ND30.PL1.II.3", "so", SeverityError, ""},
		{"ky hieu required", validCongVan, func(d *Document) { d.KyHieu = "" }, func(d *Document) {},
			"ND30.PL1.II.3", "ky_hieu", SeverityError, "không được bỏ trống"},
		{"ky hieu abbreviation of the kind", validQuyetDinh, func(d *Document) { d.KyHieu = "QyĐ-SNV" }, func(d *Document) { d.KyHieu = "QĐ-SNV" },
			"ND30.PL3.I", "ky_hieu", SeverityError, "QĐ-SNV"},
		{"ky hieu without agency", validQuyetDinh, func(d *Document) { d.KyHieu = "QĐ" }, func(d *Document) { d.KyHieu = "QĐ-UBND" },
			"ND30.PL1.II.3", "ky_hieu", SeverityError, "QĐ-<cơ quan>"},
		{"cong van has no kind abbreviation", validCongVan, func(d *Document) { d.KyHieu = "QĐ-UBND" }, func(d *Document) { d.KyHieu = "UBND-VX" },
			"ND30.PL3.I", "ky_hieu", SeverityError, "không có chữ viết tắt tên loại"},
		{"cong van agency and unit", validCongVan, func(d *Document) { d.KyHieu = "SVHTTDL" }, func(d *Document) { d.KyHieu = "SVHTTDL-VP" },
			"ND30.PL1.II.3", "ky_hieu", SeverityError, "đơn vị soạn thảo"},
		{"ky hieu with spaces", validCongVan, func(d *Document) { d.KyHieu = "SVHTTDL - VP" }, func(d *Document) { d.KyHieu = "SVHTTDL-VP" },
			"ND30.PL1.II.3", "ky_hieu", SeverityError, "SVHTTDL-VP"},
		{"party ky hieu in a state document", validCongVan, func(d *Document) { d.KyHieu = "CV/ĐU" }, func(d *Document) { d.KyHieu = "ĐU-VP" },
			"ND30.PL1.II.3", "ky_hieu", SeverityError, "CV-ĐU"},
		{"ky hieu written with its number", validCongVan, func(d *Document) { d.KyHieu = "/SVHTTDL-VP" }, func(d *Document) { d.KyHieu = "SVHTTDL-VP" },
			"ND30.PL1.II.3", "ky_hieu", SeverityError, "chỉ viết ký hiệu"},
		{"empty group", validCongVan, func(d *Document) { d.KyHieu = "SVHTTDL--VP" }, func(d *Document) { d.KyHieu = "SVHTTDL-VP" },
			"ND30.PL1.II.3", "ky_hieu", SeverityError, "nhóm rỗng"},
		{"date missing", validCongVan, func(d *Document) { d.Ngay = Date{} }, func(d *Document) { d.Ngay = Date{2023, 1, 5} },
			"ND30.PL1.II.4", "ngay", SeverityError, "thiếu ngày"},
		{"date impossible", validCongVan, func(d *Document) { d.Ngay = Date{2023, 2, 29} }, func(d *Document) { d.Ngay = Date{2024, 2, 29} },
			"ND30.PL1.II.4", "ngay", SeverityError, "không có thật"},
		{"place required", validCongVan, func(d *Document) { d.DiaDanh = "" }, func(d *Document) {},
			"ND30.PL1.II.4", "dia_danh", SeverityError, ""},
		{"place capital", validCongVan, func(d *Document) { d.DiaDanh = "hải Dương" }, func(d *Document) { d.DiaDanh = "Hải Dương" },
			"ND30.PL1.II.4", "dia_danh", SeverityWarning, "viết hoa"},
		{"trich yeu required", validQuyetDinh, func(d *Document) { d.TrichYeu = "" }, func(d *Document) {},
			"ND30.PL1.II.5", "trich_yeu", SeverityError, "trích yếu"},
		{"tham quyen required", validQuyetDinh, func(d *Document) { d.ThamQuyen = "" }, func(d *Document) {},
			"ND30.PL3.1.1", "tham_quyen", SeverityError, "THẨM QUYỀN"},
		{"tham quyen only for QĐ, NQ", validCongVan, func(d *Document) { d.ThamQuyen = "Giám đốc" }, func(d *Document) {},
			"ND30.PL3.1.1", "tham_quyen", SeverityError, "bỏ tham_quyen"},
		{"kinh gui required for cong van", validCongVan, func(d *Document) { d.KinhGui = nil }, func(d *Document) {},
			"ND30.PL1.II.9", "kinh_gui", SeverityError, "Kính gửi"},
		{"kinh gui not in quyet dinh", validQuyetDinh, func(d *Document) { d.KinhGui = []string{"Bộ Nội vụ"} }, func(d *Document) {},
			"ND30.PL1.II.9", "kinh_gui", SeverityError, "bỏ kinh_gui"},
		{"can cu not in cong van", validCongVan, func(d *Document) { d.CanCu = []string{"Căn cứ Luật"} }, func(d *Document) {},
			"ND30.PL1.II.6.a", "can_cu", SeverityError, "căn cứ"},
		{"can cu expected in quyet dinh", validQuyetDinh, func(d *Document) { d.CanCu = nil }, func(d *Document) {},
			"ND30.PL1.II.6.a", "can_cu", SeverityWarning, "can_cu"},
		{"body required", validCongVan, func(d *Document) { d.NoiDung = "" }, func(d *Document) {},
			"ND30.PL1.II.6.e", "noi_dung", SeverityError, ""},
		{"chapter needs a title", validQuyetDinh, func(d *Document) { d.NoiDung = "# Chương I\n\nĐiều 1. Nội dung." },
			func(d *Document) { d.NoiDung = "# Chương I. Quy định chung\n\nĐiều 1. Nội dung." },
			"ND30.PL1.II.6.d", "noi_dung", SeverityError, "tiêu đề"},
		{"chapter numbered in Roman", validQuyetDinh, func(d *Document) { d.NoiDung = "# Chương 1. Quy định chung\n\nNội dung." },
			func(d *Document) { d.NoiDung = "# Chương I. Quy định chung\n\nNội dung." },
			"ND30.PL1.II.6.d", "noi_dung", SeverityWarning, "La Mã"},
		{"authority unknown", validCongVan, func(d *Document) { d.NguoiKy.QuyenHan = "PT" }, func(d *Document) { d.NguoiKy.QuyenHan = "K/T" },
			"ND30.PL1.II.7", "nguoi_ky.quyen_han", SeverityError, "TM., KT., Q., TL., TUQ."},
		{"KT needs cap truong", validCongVan, func(d *Document) { d.NguoiKy.CapTruong = "" }, func(d *Document) {},
			"ND30.PL1.II.7", "nguoi_ky.cap_truong", SeverityError, "cap_truong"},
		{"TM needs thay mat", validCongVan, func(d *Document) { d.NguoiKy = Signer{QuyenHan: "TM", ChucVu: "Chủ tịch", HoTen: "A"} },
			func(d *Document) {
				d.NguoiKy = Signer{QuyenHan: "TM", ThayMat: "Ủy ban nhân dân", ChucVu: "Chủ tịch", HoTen: "A"}
			},
			"ND30.PL1.II.7", "nguoi_ky.thay_mat", SeverityError, "thay_mat"},
		{"cap truong without authority", validCongVan, func(d *Document) { d.NguoiKy.QuyenHan = "" },
			func(d *Document) { d.NguoiKy.QuyenHan, d.NguoiKy.CapTruong = "", "" },
			"ND30.PL1.II.7", "nguoi_ky.cap_truong", SeverityError, "KT, Q, TL"},
		{"chuc vu required", validQuyetDinh, func(d *Document) { d.NguoiKy.ChucVu = "" }, func(d *Document) {},
			"ND30.PL1.II.7", "nguoi_ky.chuc_vu", SeverityError, "chuc_vu"},
		{"name required", validQuyetDinh, func(d *Document) { d.NguoiKy.HoTen = "" }, func(d *Document) {},
			"ND30.PL1.II.7", "nguoi_ky.ho_ten", SeverityError, ""},
		{"no academic title", validQuyetDinh, func(d *Document) { d.NguoiKy.HoTen = "TS. Phạm Văn Hùng" }, func(d *Document) {},
			"ND30.PL1.II.7", "nguoi_ky.ho_ten", SeverityWarning, "học hàm"},
		{"noi nhan required", validQuyetDinh, func(d *Document) { d.NoiNhan, d.Luu = nil, nil }, func(d *Document) {},
			"ND30.PL1.II.9", "noi_nhan", SeverityError, "nơi nhận"},
		{"luu needs the drafting unit", validQuyetDinh, func(d *Document) { d.Luu = []string{"VT"} }, func(d *Document) {},
			"ND30.PL1.II.9", "luu", SeverityWarning, "đơn vị soạn thảo"},
		{"luu given twice", validQuyetDinh, func(d *Document) { d.NoiNhan = append(d.NoiNhan, "Lưu: VT, VP.") },
			func(d *Document) { d.NoiNhan, d.Luu = append(d.NoiNhan, "- Lưu: VT, VP."), nil },
			"ND30.PL1.II.9", "noi_nhan[1]", SeverityError, "cả trong"},
		{"kinh gui means nhu tren", validCongVan, func(d *Document) { d.NoiNhan = []string{"Giám đốc Sở"} }, func(d *Document) {},
			"ND30.PL1.II.9", "noi_nhan", SeverityWarning, "Như trên"},
		{"margin out of range", validCongVan, func(d *Document) { d.TrinhBay.LeTrai = 25 }, func(d *Document) { d.TrinhBay.LeTrai = 35 },
			"ND30.PL1.I.3", "trinh_bay.le_trai", SeverityError, "30–35"},
		{"body size out of range", validCongVan, func(d *Document) { d.TrinhBay.CoChu = 12 }, func(d *Document) { d.TrinhBay.CoChu = 13 },
			"ND30.PL1.II.6.e", "trinh_bay.co_chu", SeverityError, "13–14"},
		{"line spacing out of range", validCongVan, func(d *Document) { d.TrinhBay.GianDong = 2 }, func(d *Document) { d.TrinhBay.GianDong = 1.5 },
			"ND30.PL1.II.6.e", "trinh_bay.gian_dong", SeverityError, "1–1.5"},
		{"paragraph spacing below 6 pt", validCongVan, func(d *Document) { d.TrinhBay.CachDoan = 3 }, func(d *Document) { d.TrinhBay.CachDoan = 6 },
			"ND30.PL1.II.6.e", "trinh_bay.cach_doan", SeverityError, "6–24"},
		{"indent out of range", validCongVan, func(d *Document) { d.TrinhBay.ThutDauDong = 2 }, func(d *Document) { d.TrinhBay.ThutDauDong = 1 },
			"ND30.PL1.II.6.e", "trinh_bay.thut_dau_dong", SeverityError, "1–1.27"},
		{"control character", validCongVan, func(d *Document) { d.TrichYeu = "tuyên\x07 truyền" }, func(d *Document) {},
			"VANTHU.INPUT", "trich_yeu", SeverityError, "U+0007"},
		{"body too large", validCongVan, func(d *Document) { d.NoiDung = strings.Repeat("a", MaxBodySize+1) }, func(d *Document) {},
			"VANTHU.INPUT", "noi_dung", SeverityError, "quá lớn"},
		{"draft number is information", validCongVan, func(d *Document) { d.So = 0 }, func(d *Document) {},
			"ND30.PL1.II.3", "so", SeverityInfo, "chưa cấp số"},
		{"draft date is information", validCongVan, func(d *Document) { d.Ngay = Date{Year: 2023} }, func(d *Document) {},
			"ND30.PL1.II.4", "ngay", SeverityInfo, "dự thảo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := tt.base()
			tt.bad(bad)
			ds := Validate(bad)
			d := find(ds, tt.rule, tt.path, tt.sev)
			if d == nil {
				t.Fatalf("no %v %s at %s; got:\n%s", tt.sev, tt.rule, tt.path, dump(ds))
			}
			if !strings.Contains(d.Message, tt.contains) {
				t.Errorf("message %q does not contain %q", d.Message, tt.contains)
			}
			if d.Article == "" {
				t.Errorf("finding has no article: %+v", d)
			}
			good := tt.base()
			tt.good(good)
			if ds := Validate(good); find(ds, tt.rule, tt.path, tt.sev) != nil || ds.HasErrors() {
				t.Errorf("passing variant still fails:\n%s", dump(ds))
			}
		})
	}
}

func TestValidateIssued(t *testing.T) {
	d := validCongVan()
	d.So, d.Ngay = 0, Date{Year: 2023}
	if ds := Validate(d); ds.HasErrors() {
		t.Fatalf("a draft is valid, got:\n%s", dump(ds))
	}
	ds := Validate(d, Issued())
	for _, path := range []string{"so", "ngay"} {
		if find(ds, map[string]string{"so": "ND30.PL1.II.3", "ngay": "ND30.PL1.II.4"}[path], path, SeverityError) == nil {
			t.Errorf("Issued: no error at %s:\n%s", path, dump(ds))
		}
	}
}

func TestValidateEnglish(t *testing.T) {
	d := validCongVan()
	d.Loai = "cong-vann"
	d.CoQuan = ""
	ds := Validate(d, WithLanguage(English))
	if got := find(ds, "ND30.D7", "loai", SeverityError); got == nil || !strings.Contains(got.Message, "did you mean \"cong-van\"") {
		t.Errorf("English kind message: %+v", got)
	}
	if got := find(ds, "ND30.PL1.II.2", "co_quan", SeverityError); got == nil || !strings.Contains(got.Message, "required") ||
		!strings.HasPrefix(got.Article, "Decree 30/2020/ND-CP") {
		t.Errorf("English required message: %+v", got)
	}
}

func TestValidateAcceptsEveryKind(t *testing.T) {
	for _, k := range Kinds("") {
		d := validQuyetDinh()
		d.Loai = k.Slug
		d.KyHieu = k.Abbr + "-SNV"
		if k.Abbr == "" {
			d.KyHieu = "SNV-VP"
		}
		d.ThamQuyen, d.CanCu = "", nil
		switch k.Slug {
		case "quyet-dinh", "nghi-quyet":
			d.ThamQuyen, d.CanCu = "Giám đốc Sở Nội vụ", []string{"Căn cứ Luật Tổ chức chính quyền địa phương"}
		case "cong-van":
			d.KinhGui = []string{"Bộ Nội vụ"}
			d.NoiNhan = []string{"Như trên"}
		default:
			fillMau(d, k.Slug)
		}
		if ds := Validate(d); ds.HasErrors() {
			t.Errorf("%s: %s", k.Slug, dump(ds))
		}
	}
	if n := len(Kinds("")); n != 29 {
		t.Errorf("Kinds: %d kinds, want the 29 of Điều 7", n)
	}
}

func dump(ds Diagnostics) string {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString("  " + d.Severity.String() + " " + d.String() + "\n")
	}
	return b.String()
}

// validParty is a valid Party công văn (Hướng dẫn 36-HD/VPTW).
func validParty() *Document {
	return &Document{
		TheThuc:       "dang",
		Loai:          "cong-van",
		CoQuanChuQuan: "ĐẢNG BỘ TỈNH THÁI NGUYÊN",
		CoQuan:        "HUYỆN ỦY ĐỊNH HÓA",
		So:            590,
		KyHieu:        "CV/HU",
		DiaDanh:       "Định Hóa",
		Ngay:          Date{2024, 3, 4},
		TrichYeu:      "Về đẩy mạnh tuyên truyền",
		KinhGui:       []string{"Các đảng bộ, chi bộ trực thuộc"},
		NoiDung:       "Ban Thường vụ Huyện ủy đề nghị các đơn vị thực hiện.",
		NguoiKy:       Signer{ThayMat: "Ban Thường vụ", ChucVu: "Phó Bí thư Thường trực", HoTen: "Nguyễn Văn An"},
		NoiNhan:       []string{"Như trên"},
		Luu:           []string{"Văn phòng Huyện ủy"},
	}
}

func TestValidateParty(t *testing.T) {
	tests := []struct {
		name      string
		bad, good func(d *Document)
		rule      string
		path      string
		contains  string
	}{
		{"state ký hiệu form", func(d *Document) { d.KyHieu = "CV-HU" }, func(d *Document) { d.KyHieu = "CV/HU" },
			"HD36.II.1.3", "ky_hieu", `"CV/HU", in ra là "Số 590-CV/HU"`},
		{"whole state number line", func(d *Document) { d.KyHieu = "Số: 05/CV-HU" }, func(d *Document) { d.KyHieu = "CV/HU" },
			"HD36.II.1.3", "ky_hieu", `"Số 05-CV/HU"`},
		{"agency without kind", func(d *Document) { d.KyHieu = "HU-VP" }, func(d *Document) {},
			"HD36.II.1.3", "ky_hieu", `"CV/HU-VP"`},
		{"kind abbreviation", func(d *Document) { d.Loai, d.KinhGui, d.KyHieu = "huong-dan", nil, "CV/BTGHU" },
			func(d *Document) { d.Loai, d.KinhGui, d.KyHieu = "huong-dan", nil, "HD/BTGHU" },
			"HD36.II.1.3", "ky_hieu", `"HD/BTGHU"`},
		{"quy định is QĐ, not QyĐ", func(d *Document) { d.Loai, d.KinhGui, d.KyHieu = "quy-dinh", nil, "QyĐ/TU" },
			func(d *Document) { d.Loai, d.KinhGui, d.KyHieu = "quy-dinh", nil, "QĐ/TU" },
			"HD36.II.1.3", "ky_hieu", `"QĐ/TU"`},
		{"no TUQ in Party documents", func(d *Document) {
			d.NguoiKy = Signer{QuyenHan: "TUQ", CapTruong: "Trưởng ban", ChucVu: "Chánh Văn phòng", HoTen: "A"}
		}, func(d *Document) {
			d.NguoiKy = Signer{QuyenHan: "T/L", CapTruong: "Ban Thường vụ", ChucVu: "Chánh Văn phòng", HoTen: "A"}
		}, "HD36.II.1.7", "nguoi_ky.quyen_han", "T/M, K/T, T/L"},
		{"no Q. in Party documents", func(d *Document) {
			d.NguoiKy = Signer{QuyenHan: "Q", CapTruong: "Trưởng ban", HoTen: "A"}
		}, func(d *Document) {
			d.NguoiKy = Signer{QuyenHan: "KT", CapTruong: "Trưởng ban", ChucVu: "Phó Trưởng ban", HoTen: "A"}
		}, "HD36.II.1.7", "nguoi_ky.quyen_han", "T/M, K/T, T/L"},
		{"kind of the other rule set", func(d *Document) { d.Loai, d.KinhGui, d.KyHieu = "cong-dien", nil, "CĐ/HU" },
			func(d *Document) { d.Loai, d.KinhGui, d.KyHieu = "ket-luan", nil, "KL/HU" },
			"HD36.TL", "loai", "--the-thuc dang"},
		{"công văn needs Kính gửi", func(d *Document) { d.KinhGui = nil }, func(d *Document) {},
			"HD36.U.NN", "kinh_gui", "kinh_gui"},
		{"margins", func(d *Document) { d.TrinhBay.LePhai = 25 }, func(d *Document) { d.TrinhBay.LePhai = 20 },
			"HD36.U.LE", "trinh_bay.le_phai", "15–20"},
		{"body size 14–15", func(d *Document) { d.TrinhBay.CoChu = 13 }, func(d *Document) { d.TrinhBay.CoChu = 15 },
			"HD36.PL3.ND", "trinh_bay.co_chu", "14–15"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := validParty()
			tt.bad(bad)
			ds := Validate(bad)
			d := find(ds, tt.rule, tt.path, SeverityError)
			if d == nil {
				t.Fatalf("no error %s at %s; got:\n%s", tt.rule, tt.path, dump(ds))
			}
			if !strings.Contains(d.Message, tt.contains) || !strings.HasPrefix(d.Article, "Hướng dẫn 36-HD/VPTW") {
				t.Errorf("message %q (article %q) lacks %q", d.Message, d.Article, tt.contains)
			}
			good := validParty()
			tt.good(good)
			if ds := Validate(good); ds.HasErrors() {
				t.Errorf("passing variant fails:\n%s", dump(ds))
			}
		})
	}
	if ds := Validate(validParty()); len(ds) != 0 {
		t.Errorf("the valid Party document has findings:\n%s", dump(ds))
	}
}

func TestKindsParty(t *testing.T) {
	kinds := Kinds("dang")
	byslug := map[string]Kind{}
	for _, k := range kinds {
		byslug[k.Slug] = k
	}
	for slug, abbr := range map[string]string{"cong-van": "CV", "huong-dan": "HD", "quy-dinh": "QĐ", "quyet-dinh": "QĐ", "ket-luan": "KL", "thong-tri": "TT"} {
		if byslug[slug].Abbr != abbr {
			t.Errorf("%s: %+v, want %s", slug, byslug[slug], abbr)
		}
	}
	if _, ok := byslug["cong-dien"]; ok {
		t.Error("công điện is a state kind")
	}
	if Kinds("khong-co") != nil {
		t.Error("unknown rule set has kinds")
	}
}
