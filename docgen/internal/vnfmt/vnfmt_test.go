package vnfmt

import (
	"math"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestSoChu(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{0, "không"},
		{5, "năm"},
		{10, "mười"},
		{11, "mười một"},
		{15, "mười lăm"},
		{20, "hai mươi"},
		{21, "hai mươi mốt"},
		{24, "hai mươi tư"},
		{25, "hai mươi lăm"},
		{100, "một trăm"},
		{105, "một trăm linh năm"},
		{110, "một trăm mười"},
		{115, "một trăm mười lăm"},
		{1000, "một nghìn"},
		{1005, "một nghìn không trăm linh năm"},
		{1050, "một nghìn không trăm năm mươi"},
		{10000, "mười nghìn"},
		{123456, "một trăm hai mươi ba nghìn bốn trăm năm mươi sáu"},
		{1000000, "một triệu"},
		{1000005, "một triệu không trăm linh năm"},
		{2500000, "hai triệu năm trăm nghìn"},
		{1000000000, "một tỷ"},
		{1000000000000, "một nghìn tỷ"},
		{-21, "âm hai mươi mốt"},
	}
	for _, tt := range tests {
		if got := SoChu(tt.n); got != tt.want {
			t.Errorf("SoChu(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
	if got := SoChu(math.MinInt64); got[:4] != "âm " {
		t.Errorf("SoChu(MinInt64) = %q", got)
	}
	if SoChu(math.MaxInt64) == "" {
		t.Error("SoChu(MaxInt64) empty")
	}
}

func TestNgayThang(t *testing.T) {
	tests := []struct {
		y, m, d int
		want    string
	}{
		{2023, 2, 5, "ngày 05 tháng 02 năm 2023"},
		{2020, 3, 5, "ngày 05 tháng 3 năm 2020"},
		{2019, 6, 29, "ngày 29 tháng 6 năm 2019"},
		{2024, 1, 31, "ngày 31 tháng 01 năm 2024"},
		{2024, 2, 29, "ngày 29 tháng 02 năm 2024"},
		{2024, 12, 9, "ngày 09 tháng 12 năm 2024"},
	}
	for _, tt := range tests {
		got, err := NgayThang(tt.y, tt.m, tt.d)
		if err != nil || got != tt.want {
			t.Errorf("NgayThang(%d, %d, %d) = %q, %v", tt.y, tt.m, tt.d, got, err)
		}
	}
	for _, bad := range [][3]int{{2023, 2, 29}, {2023, 13, 1}, {2023, 4, 31}, {2023, 0, 1}, {1900, 2, 29}} {
		if _, err := NgayThang(bad[0], bad[1], bad[2]); err == nil {
			t.Errorf("NgayThang%v accepted", bad)
		}
	}
}

func TestTien(t *testing.T) {
	for n, want := range map[int64]string{0: "0 đồng", 999: "999 đồng", 1000: "1.000 đồng", 1234567: "1.234.567 đồng", -5000: "-5.000 đồng"} {
		if got := Tien(n); got != want {
			t.Errorf("Tien(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestSoLaMa(t *testing.T) {
	for n, want := range map[int]string{1: "I", 4: "IV", 9: "IX", 14: "XIV", 40: "XL", 90: "XC", 400: "CD", 1994: "MCMXCIV", 3999: "MMMCMXCIX"} {
		if got, err := SoLaMa(n); err != nil || got != want {
			t.Errorf("SoLaMa(%d) = %q, %v", n, got, err)
		}
	}
	for _, n := range []int{0, -1, 4000} {
		if _, err := SoLaMa(n); err == nil {
			t.Errorf("SoLaMa(%d) accepted", n)
		}
	}
}

func TestCase(t *testing.T) {
	if got := InHoa("đảng ủy xã phú đình"); got != "ĐẢNG ỦY XÃ PHÚ ĐÌNH" {
		t.Errorf("InHoa = %q", got)
	}
	if got := InHoa(norm.NFD.String("ủy ban")); got != "ỦY BAN" || !norm.NFC.IsNormalString(got) {
		t.Errorf("InHoa(NFD) = %q", got)
	}
	if got := InThuong("ỦY BAN NHÂN DÂN"); got != "ủy ban nhân dân" {
		t.Errorf("InThuong = %q", got)
	}
	for in, want := range map[string]string{
		"nguyễn ái quốc":      "Nguyễn Ái Quốc",
		"TRẦN văn MINH":       "Trần Văn Minh",
		"vla-đi-mia i-lích":   "Vla-đi-mia I-lích",
		"  đỗ   thị   hồng  ": "  Đỗ   Thị   Hồng  ",
	} {
		if got := VietHoa(in); got != want {
			t.Errorf("VietHoa(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkSoChu(b *testing.B) {
	for b.Loop() {
		SoChu(123456789)
	}
}

func TestHoaDau(t *testing.T) {
	for in, want := range map[string]string{
		"một triệu đồng":     "Một triệu đồng",
		"đồng ý":             "Đồng ý",
		"(ủy ban) nhân":      "(Ủy ban) nhân",
		"":                   "",
		"123":                "123",
		"e\u0301 decomposed": "É decomposed",
	} {
		if got := HoaDau(in); got != want {
			t.Errorf("HoaDau(%q) = %q, want %q", in, got, want)
		}
	}
}
