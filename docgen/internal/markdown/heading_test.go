package markdown

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestClassifyHeading(t *testing.T) {
	for _, tc := range []struct {
		text          string
		kind          HeadingKind
		number, title string
	}{
		{"Phần I", Part, "I", ""},
		{"Phần thứ nhất", Part, "thứ nhất", ""},
		{"Phần I. Quy định chung", Part, "I", "Quy định chung"},
		{"Phần I - QUY ĐỊNH CHUNG", Part, "I", "QUY ĐỊNH CHUNG"},
		{"PHẦN THỨ HAI: NHỮNG QUY ĐỊNH CỤ THỂ", Part, "THỨ HAI", "NHỮNG QUY ĐỊNH CỤ THỂ"},
		{"Phần thứ mười một. Điều khoản thi hành", Part, "thứ mười một", "Điều khoản thi hành"},
		{"Phần thứ hai Năm 2024", Part, "thứ hai", "Năm 2024"},
		{"Phần thứ nhất.Tổng quan", Part, "thứ nhất", "Tổng quan"},
		{"Chương II", Chapter, "II", ""},
		{"Chương IV. Tổ chức thực hiện", Chapter, "IV", "Tổ chức thực hiện"},
		{"CHƯƠNG  IV .   Tổ chức  thực hiện ", Chapter, "IV", "Tổ chức thực hiện"},
		{"chương XIV – Điều khoản thi hành", Chapter, "XIV", "Điều khoản thi hành"},
		{"Chương 3 — Điều khoản", Chapter, "3", "Điều khoản"},
		{"Chương I QUY ĐỊNH CHUNG", Chapter, "I", "QUY ĐỊNH CHUNG"},
		{"Chương\u00a0I.\u00a0Quy định", Chapter, "I", "Quy định"},
		{"Mục 1. Quy định về hồ sơ", Section, "1", "Quy định về hồ sơ"},
		{"MỤC 2", Section, "2", ""},
		{"Tiểu mục 2. Tên tiểu mục", Subsection, "2", "Tên tiểu mục"},
		{"TIỂU MỤC 10: Tên", Subsection, "10", "Tên"},
		{"Điều 5. Tên điều", Article, "5", "Tên điều"},
		{"Điều 5.Tên", Article, "5", "Tên"},
		{"ĐIỀU 12a. Sửa đổi", Article, "12a", "Sửa đổi"},
		{"Điều 3", Article, "3", ""},
		{"Điều 3.", Article, "3", ""},
		{"Điều 7: Hiệu lực", Article, "7", "Hiệu lực"},
		{norm.NFD.String("Điều 5. Tên điều"), Article, "5", "Tên điều"},

		{"I. KẾT QUẢ", PlainHeading, "", ""},
		{"1. Về nội dung", PlainHeading, "", ""},
		{"Chương trình công tác", PlainHeading, "", ""},
		{"Mục tiêu", PlainHeading, "", ""},
		{"Mục lục", PlainHeading, "", ""},
		{"Mục I", PlainHeading, "", ""},
		{"Phần mềm", PlainHeading, "", ""},
		{"Phần IIX", PlainHeading, "", ""},
		{"Phần thứ", PlainHeading, "", ""},
		{"Phần", PlainHeading, "", ""},
		{"Tiểu mục", PlainHeading, "", ""},
		{"Điều chỉnh", PlainHeading, "", ""},
		{"Điều 1a1", PlainHeading, "", ""},
		{"Điều 12ab", PlainHeading, "", ""},
		{"Chương Ia", PlainHeading, "", ""},
		{"Các Điều 1", PlainHeading, "", ""},
		{"", PlainHeading, "", ""},
	} {
		kind, number, title := classifyHeading(tc.text)
		if kind != tc.kind || number != tc.number || title != tc.title {
			t.Errorf("classifyHeading(%q) = %v %q %q; want %v %q %q", tc.text, kind, number, title, tc.kind, tc.number, tc.title)
		}
	}
}
