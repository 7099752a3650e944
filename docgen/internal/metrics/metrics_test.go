package metrics

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestWidth(t *testing.T) {
	tests := []struct {
		s            string
		size         int
		bold, italic bool
		want         int
	}{
		{"n", 24, false, false, 120},  // 1024/2048 em × 12 pt = 6 pt
		{"M", 24, false, false, 213},  // 1821/2048 em × 12 pt
		{"  ", 28, false, false, 140}, // two spaces at 14 pt
		{"Độc lập - Tự do - Hạnh phúc", 26, true, false, 3183},
		{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 24, true, false, 5007},
	}
	for _, tt := range tests {
		got := Width(tt.s, tt.size, tt.bold, tt.italic)
		if tt.want != 0 && got != tt.want {
			t.Errorf("Width(%q, %d) = %d, want %d", tt.s, tt.size, got, tt.want)
		}
		t.Logf("Width(%q, %d, bold=%v) = %d twips", tt.s, tt.size, tt.bold, got)
	}
	// The Tiêu ngữ at 13 pt bold is about 5.6 cm wide; the Quốc hiệu at
	// 12 pt bold about 8.8 cm.
	if w := Width("Độc lập - Tự do - Hạnh phúc", 26, true, false); w < 3000 || w > 3400 {
		t.Errorf("Tiêu ngữ width %d twips", w)
	}
	if w := Width("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 24, true, false); w < 4800 || w > 5600 {
		t.Errorf("Quốc hiệu width %d twips", w)
	}
	if Width("abc", 28, true, false) <= Width("abc", 28, false, false) {
		t.Error("bold is not wider than regular")
	}
	if !Fits("abc", 28, false, false, 1000) || Fits("abc", 28, false, false, 10) {
		t.Error("Fits")
	}
}

// TestVietnamese: every Vietnamese letter, precomposed, has a width in
// every face, and a decomposed letter measures as its base letter.
func TestVietnamese(t *testing.T) {
	letters := "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
	for _, face := range []*face{&regularFace, &boldFace, &italicFace, &boldItalicFace} {
		for _, r := range letters + string(norm.NFC.String("ĐĂÂÊÔƠƯ")) {
			for _, c := range []rune{r, []rune(strings.ToUpper(string(r)))[0]} {
				if w, ok := face.width(c); !ok || w == 0 {
					t.Errorf("no width for %q (%U)", c, c)
				}
			}
		}
	}
	if a, b := Width("ế", 28, false, false), Width(norm.NFD.String("ế"), 28, false, false); a != b {
		t.Errorf("NFC %d, NFD %d", a, b)
	}
}

func BenchmarkWidth(b *testing.B) {
	for b.Loop() {
		Width("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 24, true, false)
	}
}
