// Package vnfmt writes numbers, money and dates the way Vietnamese
// official documents do: "ngày 05 tháng 02 năm 2023" with the leading-zero
// rule, numbers in words ("một trăm linh năm"), amounts with "." between
// thousands ("1.234.567 đồng"), Roman numerals, and Unicode-correct
// Vietnamese upper and lower case. Each function is hermetic: the same
// input always gives the same output.
package vnfmt

import (
	"errors"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NgayThang writes a date in full with the leading-zero rule of Nghị định
// 30/2020/NĐ-CP (Phụ lục I, II.4.b): days below 10 and the months 1 and 2
// take a zero. It returns an error for a date that does not exist.
func NgayThang(year, month, day int) (string, error) {
	if month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || year < 1 {
		return "", errors.New("vnfmt: the date " + strconv.Itoa(year) + "-" + strconv.Itoa(month) + "-" + strconv.Itoa(day) + " does not exist")
	}
	m := strconv.Itoa(month)
	if month <= 2 {
		m = "0" + m
	}
	d := strconv.Itoa(day)
	if day < 10 {
		d = "0" + d
	}
	return "ngày " + d + " tháng " + m + " năm " + strconv.Itoa(year), nil
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

var digits = [10]string{"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"}

// scales name the groups of three digits, from the lowest; past "tỷ" the
// names repeat with "tỷ" added ("nghìn tỷ", "triệu tỷ").
var scales = []string{"", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ", "tỷ tỷ"}

// SoChu writes a whole number in Vietnamese words, as amounts are written
// out in documents: 0 "không", 15 "mười lăm", 21 "hai mươi mốt",
// 105 "một trăm linh năm", 1000000 "một triệu", 1005 "một nghìn không
// trăm linh năm". Negative numbers start with "âm".
func SoChu(n int64) string {
	if n == 0 {
		return digits[0]
	}
	if n < 0 {
		// -(n+1)+1 reaches the smallest int64 too.
		return "âm " + spellUnsigned(uint64(-(n+1))+1)
	}
	return spellUnsigned(uint64(n))
}

func spellUnsigned(u uint64) string {
	var groups []int
	for u > 0 {
		groups = append(groups, int(u%1000))
		u /= 1000
	}
	var parts []string
	for i := len(groups) - 1; i >= 0; i-- {
		g := groups[i]
		if g == 0 {
			continue
		}
		// A group after a higher one is read in full: "không trăm",
		// "linh".
		full := i < len(groups)-1
		parts = append(parts, group(g, full))
		if scales[i] != "" {
			parts = append(parts, scales[i])
		}
	}
	return strings.Join(parts, " ")
}

// group reads a number below 1000; full reads the hundreds and the
// "linh" even when they are zero, as inside a larger number.
func group(g int, full bool) string {
	h, t, u := g/100, g/10%10, g%10
	var w []string
	if h > 0 || full {
		w = append(w, digits[h], "trăm")
	}
	switch {
	case t == 0 && u == 0:
	case t == 0:
		if h > 0 || full {
			w = append(w, "linh")
		}
		w = append(w, digits[u])
	case t == 1:
		w = append(w, "mười")
		w = append(w, unit(u, false)...)
	default:
		w = append(w, digits[t], "mươi")
		w = append(w, unit(u, true)...)
	}
	return strings.Join(w, " ")
}

// unit is the last digit after "mười" or "mươi": 1 is "mốt" after
// "mươi", 5 is "lăm", 4 after "mươi" is "tư".
func unit(u int, mươi bool) []string {
	switch {
	case u == 0:
		return nil
	case u == 1 && mươi:
		return []string{"mốt"}
	case u == 4 && mươi:
		return []string{"tư"}
	case u == 5:
		return []string{"lăm"}
	}
	return []string{digits[u]}
}

// Tien writes an amount of money with "." between thousands and "đồng":
// 1234567 → "1.234.567 đồng".
func Tien(n int64) string { return Nhom(n) + " đồng" }

// Nhom writes n with "." between groups of three digits: 1234567 →
// "1.234.567", -5000 → "-5.000".
func Nhom(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// SoLaMa writes n (1–3999) in Roman numerals, as parts and chapters are
// numbered: 4 → "IV", 14 → "XIV".
func SoLaMa(n int) (string, error) {
	if n < 1 || n > 3999 {
		return "", errors.New("vnfmt: Roman numerals go from 1 to 3999, not " + strconv.Itoa(n))
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String(), nil
}

// InHoa writes s in capitals (chữ in hoa), in NFC: "đảng ủy" → "ĐẢNG ỦY".
// Decomposed input (a letter and its combining marks) comes out composed.
func InHoa(s string) string { return norm.NFC.String(strings.ToUpper(norm.NFC.String(s))) }

// InThuong writes s in lower case, in NFC.
func InThuong(s string) string { return norm.NFC.String(strings.ToLower(norm.NFC.String(s))) }

// VietHoa capitalises the first letter of every word and lowers the rest,
// as Vietnamese personal names are written (Phụ lục II, 2): "nguyễn ái
// quốc" → "Nguyễn Ái Quốc". A hyphenated transliteration keeps one
// capital per part: "vla-đi-mia" → "Vla-đi-mia".
func VietHoa(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	start := true
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		switch {
		case unicode.IsLetter(r) && start:
			b.WriteRune(unicode.ToUpper(r))
			start = false
		case unicode.IsLetter(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteRune(r)
			start = unicode.IsSpace(r) // "Vla-đi-mia": a hyphenated name keeps one capital
		}
	}
	return b.String()
}

// HoaDau capitalises the first letter of s and leaves the rest, as a
// sentence starts: "một triệu đồng" → "Một triệu đồng".
func HoaDau(s string) string {
	s = norm.NFC.String(s)
	for i, r := range s {
		if unicode.IsLetter(r) {
			return s[:i] + string(unicode.ToUpper(r)) + s[i+utf8.RuneLen(r):]
		}
	}
	return s
}
