package docgen

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseExample(t *testing.T) {
	doc, err := ParseFile(filepath.Join("..", "examples", "cong-van-so-vhttdl.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Loai != "cong-van" || doc.So != 0 || !doc.Ngay.IsDraft() || doc.Ngay.Year != 2023 {
		t.Errorf("loai %q so %d ngay %v", doc.Loai, doc.So, doc.Ngay)
	}
	if doc.CoQuan != "SỞ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH" {
		t.Errorf("co_quan %q", doc.CoQuan)
	}
	if len(doc.KinhGui) != 2 || doc.NguoiKy.QuyenHan != "KT" || doc.NguoiKy.HoTen != "Nguyễn Trường Thắng" {
		t.Errorf("kinh_gui %q nguoi_ky %+v", doc.KinhGui, doc.NguoiKy)
	}
	if p, ok := doc.pos.lookup("nguoi_ky.ho_ten"); !ok || p.Line == 0 {
		t.Errorf("no position for nguoi_ky.ho_ten")
	}
}

func TestParseShapes(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		path string
		line int
		col  int
		msg  string
	}{
		{"unknown key with hint", "loai: cong-van\ntrích_yếu: x\n", "trích_yếu", 2, 1, `có phải ý bạn là "trich_yeu"`},
		{"unknown key without hint", "loai: cong-van\nxyzzy: 1\n", "xyzzy", 2, 1, "các khóa hợp lệ"},
		{"unknown nested key", "nguoi_ky:\n  ho_tenn: A\n", "nguoi_ky.ho_tenn", 2, 3, `"ho_ten"`},
		{"list of mappings wanted", "loai: cong-van\nphu_luc: x\n", "phu_luc", 2, 10, "danh sách"},
		{"mapping item wanted", "loai: cong-van\nphu_luc:\n  - x\n", "phu_luc[0]", 3, 5, "khóa: giá trị"},
		{"int wanted", "so: [1]\n", "so", 1, 5, "số nguyên"},
		{"float wanted", "trinh_bay:\n  le_trai: ba mươi\n", "trinh_bay.le_trai", 2, 12, "cần một số"},
		{"list wanted", "noi_nhan:\n  a: b\n", "noi_nhan", 2, 3, "danh sách"},
		{"mapping wanted", "nguoi_ky: Phạm Văn Hùng\n", "nguoi_ky", 1, 11, "khóa: giá trị"},
		{"string wanted", "co_quan: [A, B]\n", "co_quan", 1, 10, "chuỗi chữ"},
		{"bad date", "ngay: 17/05/2023\n", "ngay", 1, 7, "YYYY-MM-DD"},
		{"duplicate", "loai: a\nloai: b\n", "loai", 2, 1, "hai lần"},
		{"list item type", "kinh_gui:\n  - [a]\n", "kinh_gui[0]", 2, 5, "chuỗi chữ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.yaml), WithFilename("x.yaml"))
			var ds Diagnostics
			if !errors.As(err, &ds) {
				t.Fatalf("err %v is not Diagnostics", err)
			}
			for _, d := range ds {
				if d.Path == tt.path && strings.Contains(d.Message, tt.msg) {
					if d.Line != tt.line || d.Column != tt.col {
						t.Errorf("at %d:%d, want %d:%d", d.Line, d.Column, tt.line, tt.col)
					}
					if d.File != "x.yaml" {
						t.Errorf("file %q", d.File)
					}
					return
				}
			}
			t.Errorf("no finding at %s containing %q:\n%s", tt.path, tt.msg, dump(ds))
		})
	}
}

func TestParseTolerates(t *testing.T) {
	doc, err := Parse([]byte("loai: cong-van\nso: \"07\"\nkinh_gui: Bộ Nội vụ\nngay: 2023-5-7\n"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.So != 7 || len(doc.KinhGui) != 1 || doc.KinhGui[0] != "Bộ Nội vụ" || doc.Ngay != (Date{2023, 5, 7}) {
		t.Errorf("%+v", doc)
	}
}

func TestParseValidatePositions(t *testing.T) {
	src := "loai: quyet-dinh\nco_quan: SỞ NỘI VỤ\nky_hieu: CV-SNV\n"
	doc, err := Parse([]byte(src), WithFilename("qd.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	ds := Validate(doc)
	d := find(ds, "ND30.PL3.I", "ky_hieu", SeverityError)
	if d == nil || d.Line != 3 || d.Column != 10 || d.File != "qd.yaml" {
		t.Fatalf("ky_hieu finding %+v\n%s", d, dump(ds))
	}
	if !strings.HasPrefix(d.String(), "qd.yaml:3:10: ky_hieu: ") || !strings.HasSuffix(d.String(), "[ND30.PL3.I]") {
		t.Errorf("String() = %q", d.String())
	}
	// A missing key points at the mapping it is missing from.
	if d := find(ds, "ND30.PL1.II.4", "ngay", SeverityError); d == nil || d.Line != 1 {
		t.Errorf("missing ngay: %+v", d)
	}
}

func TestParseSyntaxAndSize(t *testing.T) {
	_, err := Parse([]byte("loai: [cong-van\n"))
	var ds Diagnostics
	if !errors.As(err, &ds) || !strings.Contains(ds[0].Message, "YAML sai cú pháp") || ds[0].Line == 0 {
		t.Errorf("syntax: %v", err)
	}
	_, err = Parse(make([]byte, MaxInputSize+1))
	if !errors.As(err, &ds) || !strings.Contains(ds[0].Message, "quá lớn") {
		t.Errorf("size: %v", err)
	}
	if _, err := ParseFile(filepath.Join(t.TempDir(), "none.yaml")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]Date{"2023-05-17": {2023, 5, 17}, "2023": {Year: 2023}, " 2020-3-5 ": {2020, 3, 5}} {
		got, err := ParseDate(in)
		if err != nil || got != want {
			t.Errorf("ParseDate(%q) = %v, %v", in, got, err)
		}
	}
	for _, in := range []string{"", "17/05/2023", "2023-05", "23-05-17", "2023-05-17-1", "abcd"} {
		if _, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) accepted", in)
		}
	}
	if (Date{2023, 2, 29}).Valid() || !(Date{2024, 2, 29}).Valid() || (Date{2023, 13, 1}).Valid() || !(Date{Year: 2023}).Valid() {
		t.Error("Valid")
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"cong-van-so-vhttdl.yaml", "quyet-dinh.yaml", "bao-cao.yaml"} {
		data, err := os.ReadFile(filepath.Join("..", "examples", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("a: &x [1, *x]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Parse(data)
		if err != nil {
			return
		}
		if Validate(doc).HasErrors() {
			return
		}
		// Whatever validates renders, and what renders can be read back.
		out, err := RenderBytes(doc)
		if err != nil {
			t.Fatalf("a valid document does not render: %v", err)
		}
		if _, err := Check(bytes.NewReader(out), int64(len(out))); err != nil {
			t.Fatalf("our own output cannot be read back: %v", err)
		}
	})
}
