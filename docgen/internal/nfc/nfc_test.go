package nfc

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Valid agrees with norm on every character below StableBelow (and some
// above), alone, after a letter, and before combining marks, and on
// invalid UTF-8; for strings and bytes alike.
func TestValid(t *testing.T) {
	check := func(s string) {
		t.Helper()
		want := utf8.ValidString(s) && norm.NFC.IsNormalString(s)
		if got := Valid(s); got != want {
			t.Fatalf("Valid(%+q) = %v, want %v", s, got, want)
		}
		if got := Valid([]byte(s)); got != want {
			t.Fatalf("Valid([]byte(%+q)) = %v, want %v", s, got, want)
		}
	}
	for r := rune(0); r < StableBelow+0x100; r++ {
		c := string(r)
		for _, s := range []string{c, "a" + c, "e" + c, "ư" + c, c + "\u0301", c + "\u031B", "Nguyễn " + c + "\u0323"} {
			check(s)
		}
	}
	for _, s := range []string{
		"", "abc", "Thực hiện Công văn số 428 – “trích dẫn” № 5 ₫", norm.NFD.String("Nguyễn Văn A"),
		"e\u0301", "\u0301", "a\u2126b", "Đ\u0323", "x\u0338", "\uac00\u11a8", "\u1100\u1161", "ế\u0300",
		"\u00c5\u030a", "\xff", "ế\xff", "a\xe1\xbb", "\ufffd", "a\xea",
	} {
		check(s)
	}
}

func TestString(t *testing.T) {
	if got := String(norm.NFD.String("Nguyễn Văn A")); got != "Nguyễn Văn A" {
		t.Errorf("String(NFD) = %q", got)
	}
	s := "Sở Nội vụ tỉnh Bắc Ninh"
	if n := testing.AllocsPerRun(100, func() { _ = String(s) }); n != 0 {
		t.Errorf("String allocates %v times on NFC text", n)
	}
}

func BenchmarkValid(b *testing.B) {
	s := "Thực hiện Công văn số 428/VHCS-QCTT ngày 17/5/2023 của Cục Văn hóa cơ sở về việc thông tin, tuyên truyền."
	for range b.N {
		Valid(s)
	}
}
