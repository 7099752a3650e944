package docgen

import (
	"strings"
	"testing"
)

// fillMau gives a document the required keys of its kind's mẫu 1.6–1.10.
func fillMau(d *Document, slug string) {
	switch slug {
	case "cong-dien":
		d.KinhGui = []string{"Giám đốc các sở"}
		d.NoiNhan = []string{"Như trên"}
	case "giay-moi":
		d.KinhMoi, d.ToiDu, d.ThoiGian, d.DiaDiem = "Ông A", "Hội nghị", "08 giờ", "Hội trường"
	case "bien-ban":
		d.ThoiGian, d.DiaDiem, d.ThanhPhan, d.ChuTri, d.KetThuc = "08 giờ", "Phòng họp", "Lãnh đạo Sở", "Ông A", "10 giờ"
		d.ThuKy = Person{HoTen: "Bà B"}
	case "giay-gioi-thieu":
		d.OngBa, d.DuocCuDen, d.VeViec, d.GiaTriDen = Person{HoTen: "Ông A"}, "Bộ Nội vụ", "Công tác", Date{2023, 3, 31}
		d.NoiDung = ""
	case "giay-nghi-phep":
		d.DonNgay, d.OngBa, d.ThoiGianNghi = Date{2023, 3, 1}, Person{HoTen: "Bà B"}, "05 ngày"
		d.TuNgay, d.DenNgay, d.NoiNghi = Date{2023, 3, 13}, Date{2023, 3, 17}, "Thanh Hóa"
		d.NoiDung = ""
	}
}

func TestValidateMau(t *testing.T) {
	tests := []struct {
		name, slug string
		edit       func(*Document)
		path, want string // want "" means no error
	}{
		{"giấy mời đủ", "giay-moi", func(*Document) {}, "", ""},
		{"khóa của loại khác", "giay-moi", func(d *Document) { d.ThuKy = Person{HoTen: "X"} }, "thu_ky", "bien-ban"},
		{"thiếu thời gian", "giay-moi", func(d *Document) { d.ThoiGian = "" }, "thoi_gian", "Thời gian: …"},
		{"biên bản không ngày", "bien-ban", func(d *Document) { d.Ngay, d.DiaDanh = Date{}, "" }, "", ""},
		{"biên bản thiếu thư ký", "bien-ban", func(d *Document) { d.ThuKy = Person{} }, "thu_ky.ho_ten", "Thư ký"},
		{"giấy giới thiệu có nội dung", "giay-gioi-thieu", func(d *Document) { d.NoiDung = "x" }, "noi_dung", "không có phần nội dung"},
		{"ngày không có thật", "giay-gioi-thieu", func(d *Document) { d.GiaTriDen = Date{2023, 2, 30} }, "gia_tri_den", "ngày đầy đủ"},
		{"nghỉ ngược ngày", "giay-nghi-phep", func(d *Document) { d.DenNgay = Date{2023, 3, 1} }, "den_ngay", "trước ngày bắt đầu"},
		{"xác nhận ở công điện", "cong-dien", func(d *Document) { d.XacNhan = true }, "xac_nhan", "giay-nghi-phep"},
		{"kinh_moi ở quyết định", "quyet-dinh", func(d *Document) { d.KinhMoi = "A" }, "kinh_moi", "giay-moi"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := validQuyetDinh()
			if tt.slug != "quyet-dinh" {
				d.Loai, d.ThamQuyen, d.CanCu = tt.slug, "", nil
				d.KyHieu = map[string]string{"giay-moi": "GM", "bien-ban": "BB", "giay-gioi-thieu": "GGT",
					"giay-nghi-phep": "GNP", "cong-dien": "CĐ"}[tt.slug] + "-SNV"
				fillMau(d, tt.slug)
			}
			tt.edit(d)
			ds := Validate(d)
			if tt.want == "" {
				if ds.HasErrors() {
					t.Fatalf("unexpected errors: %s", dump(ds))
				}
				return
			}
			for _, f := range ds {
				if f.Severity == SeverityError && f.Path == tt.path && strings.Contains(f.Message, tt.want) {
					return
				}
			}
			t.Errorf("no error at %s containing %q:\n%s", tt.path, tt.want, dump(ds))
		})
	}
}
