package rules

import (
	"strings"
	"testing"
)

func TestNumberLine(t *testing.T) {
	tests := []struct {
		so   int
		kh   string
		want string
	}{
		{5, "QĐ-UBND", "Số: 05/QĐ-UBND"},
		{15, "QĐ-BNV", "Số: 15/QĐ-BNV"},
		{123, "BNV-VP", "Số: 123/BNV-VP"},
		{0, "SVHTTDL-QLVHGĐ", "Số: " + DraftNumberBlank + "/SVHTTDL-QLVHGĐ"},
	}
	for _, tt := range tests {
		if got := ND30.NumberLine(tt.so, tt.kh); got != tt.want {
			t.Errorf("NumberLine(%d, %q) = %q, want %q", tt.so, tt.kh, got, tt.want)
		}
	}
}

// TestDateLine: the place before the date vnfmt writes (its own tests
// cover the leading-zero rule), and the blanks of a draft.
func TestDateLine(t *testing.T) {
	tests := []struct {
		y, m, d int
		want    string
	}{
		{2020, 1, 5, "Hà Nội, ngày 05 tháng 01 năm 2020"},
		{2023, 0, 0, "Hà Nội, ngày " + DraftDayBlank + " tháng " + DraftDayBlank + " năm 2023"},
	}
	for _, tt := range tests {
		if got := ND30.DateLine("Hà Nội", tt.y, tt.m, tt.d); got != tt.want {
			t.Errorf("DateLine(%d-%d-%d) = %q, want %q", tt.y, tt.m, tt.d, got, tt.want)
		}
	}
}

func TestLists(t *testing.T) {
	got := PunctuateList([]string{"- Như trên;", "Bộ Nội vụ.", " Sở Tài chính, "})
	want := []string{"Như trên;", "Bộ Nội vụ;", "Sở Tài chính."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("PunctuateList = %q", got)
	}
	for in, want := range map[string]string{
		"":              "Lưu: VT.",
		"QLVHGĐ":        "Lưu: VT, QLVHGĐ.",
		"VT, VP, Hồ sơ": "Lưu: VT, VP, Hồ sơ.",
		"VP2.":          "Lưu: VT, VP2.",
	} {
		var units []string
		if in != "" {
			units = strings.Split(in, ",")
		}
		if got := ND30.LuuLine(units); got != want {
			t.Errorf("LuuLine(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAuthority(t *testing.T) {
	for in, code := range map[string]string{"KT": "KT", "kt.": "KT", "K/T": "KT", "TM.": "TM", "T/M": "TM", "Q": "Q", "TUQ.": "TUQ", "TL": "TL"} {
		a := ND30.Authority(in)
		if a == nil || a.Code != code {
			t.Errorf("Authority(%q) = %+v, want %s", in, a, code)
		}
	}
	if ND30.Authority("PT") != nil {
		t.Error("PT accepted")
	}
}

// TestTable checks the rule table against the decree: every element has
// a style whose default lies in its range, the 29 kinds with the Phụ lục
// III abbreviations, and every rule ID used has its article.
func TestTable(t *testing.T) {
	for _, rs := range All() {
		for e, s := range rs.Styles {
			if s.Size < s.Min || s.Size > s.Max {
				t.Errorf("%s %s: default %v outside %v–%v", rs.ID, e, s.Size, s.Min, s.Max)
			}
		}
		for _, e := range []Element{QuocHieu, TieuNgu, CoQuanChuQuan, CoQuan, SoKyHieu, DiaDanhNgay, TenLoai, TrichYeu,
			TrichYeuCongVan, ThamQuyen, CanCu, LoiVan, NoiDung, PhanChuong, TieuDe, Dieu, KinhGui, QuyenHan, HoTen,
			NoiNhanNhan, NoiNhanDanhSach, SoTrang, ChuThich, Bang, DoMat, DoKhan, PhamViLuuHanh, SoanThao, LienHe} {
			if _, ok := rs.Styles[e]; !ok {
				t.Errorf("%s has no style for %s", rs.ID, e)
			}
		}
		for _, topic := range []Topic{TopicKinds, TopicPage, TopicMargins, TopicFont, TopicPageNumber, TopicHeader, TopicAgency,
			TopicNumber, TopicDate, TopicTitle, TopicCanCu, TopicHeadings, TopicBody, TopicSigner, TopicRecipients,
			TopicThamQuyen, TopicAbbr, TopicOptional, TopicInput, TopicTemplate, TopicData,
			TopicDoMat, TopicDoKhan, TopicLuuHanh, TopicSoanThao, TopicLienHe, TopicForm} {
			r := rs.Rule(topic)
			if r.ID == string(topic) || r.ArticleVI == "" || r.ArticleEN == "" {
				t.Errorf("%s has no rule for %s: %+v", rs.ID, topic, r)
			}
		}
	}
	if len(ND30.Kinds) != 29 {
		t.Errorf("ND30 has %d kinds, want 29", len(ND30.Kinds))
	}
	abbr := map[string]string{"quy-dinh": "QyĐ", "chuong-trinh": "CTr", "to-trinh": "TTr", "cong-van": "", "thu-cong": "",
		"ban-ghi-nho": "BGN", "ban-thoa-thuan": "BTT", "giay-uy-quyen": "GUQ", "giay-nghi-phep": "GNP", "de-an": "ĐA", "du-an": "DA"}
	for slug, want := range abbr {
		if k := ND30.Kind(slug); k == nil || k.Abbr != want {
			t.Errorf("kind %s: %+v, want abbreviation %q", slug, k, want)
		}
	}
	seen := map[string]bool{}
	for _, k := range ND30.Kinds {
		if k.Abbr != "" && seen[k.Abbr] {
			t.Errorf("abbreviation %s used twice", k.Abbr)
		}
		seen[k.Abbr] = true
	}
	if got := ND30.Kind("quyet-dinh").Title(); got != "QUYẾT ĐỊNH" {
		t.Errorf("Title = %q", got)
	}
}

// TestStamps: the levels accept their codes and Vietnamese spellings in
// any case, the khẩn stamps have the decree's sizes, and ô 12 and 13
// read as in the decree's example.
func TestStamps(t *testing.T) {
	for _, rs := range All() {
		for _, e := range []Element{DoMat, DoKhan, PhamViLuuHanh} {
			if s := rs.Stamp(e); s.HeightMM != 8 || s.Cell == "" {
				t.Errorf("%s %s: %+v", rs.ID, e, s)
			}
		}
		khan := rs.Stamp(DoKhan)
		for in, want := range map[string]float64{"KHAN": 20, "khẩn": 20, "Thượng khẩn": 40, "THUONG_KHAN": 40, "HOẢ TỐC": 30, "hỏa tốc": 30, "hoa-toc": 30} {
			if l := khan.Level(in); l == nil || l.WidthMM != want {
				t.Errorf("%s: Level(%q) = %+v, want %g mm", rs.ID, in, l, want)
			}
		}
		if khan.Level("gấp") != nil || khan.Color != "FF0000" {
			t.Errorf("%s: gấp accepted or ink %q", rs.ID, khan.Color)
		}
		for _, in := range []string{"MAT", "mật", "TỐI MẬT", "tuyet_mat"} {
			if rs.Stamp(DoMat).Level(in) == nil {
				t.Errorf("%s: độ mật %q refused", rs.ID, in)
			}
		}
		if got := rs.SoanThaoLine("pl", 300); got != "PL.(300)" {
			t.Errorf("%s: SoanThaoLine = %q", rs.ID, got)
		}
		if got := rs.SoanThaoLine("PL", 5); got != "PL.(05)" {
			t.Errorf("%s: SoanThaoLine = %q", rs.ID, got)
		}
		got := strings.Join(rs.Contact.ContactLines("Số 1", "024 1", "", "a@b.vn", "b.vn"), "|")
		if got != "Địa chỉ: Số 1|ĐT: 024 1|E-Mail: a@b.vn, Website: b.vn" {
			t.Errorf("%s: ContactLines = %q", rs.ID, got)
		}
	}
}
