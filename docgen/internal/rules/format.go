package rules

import (
	"strconv"
	"strings"

	"github.com/vanthu/vanthu/docgen/internal/vnfmt"
)

// DraftNumberBlank stands where a draft's number will be written in by
// the văn thư at registration.
const DraftNumberBlank = "      "

// DraftDayBlank stands where a draft's day or month will be written in.
const DraftDayBlank = "     "

// Pad2 writes n with a leading zero when it is below 10 (05, 09, 15).
func Pad2(n int) string {
	if n >= 0 && n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// NumberLine builds the số và ký hiệu line: "Số: 07/SVHTTDL-QLVHGĐ" for
// state documents, "Số 590-CV/ĐU" for Party ones. A number of 0 is a
// draft: the number is left blank for the văn thư.
func (rs *RuleSet) NumberLine(so int, kyHieu string) string {
	num := DraftNumberBlank
	if so > 0 {
		num = Pad2(so)
	}
	return rs.NumberPrefix + num + rs.NumberJoin + kyHieu
}

// DateLine builds the địa danh và thời gian line, "Hà Nội, ngày 05 tháng
// 02 năm 2020": days below 10 and the months 1 and 2 take a leading zero.
// A month of 0 is a draft: day and month are left blank.
func (rs *RuleSet) DateLine(place string, year, month, day int) string {
	if month != 0 {
		if date, err := vnfmt.NgayThang(year, month, day); err == nil {
			return place + ", " + date
		}
	}
	// A draft (or a date validation would have refused): day and month
	// left blank.
	return place + ", ngày " + DraftDayBlank + " tháng " + DraftDayBlank + " năm " + strconv.Itoa(year)
}

// KyHieu joins a kind abbreviation and the agency part of a ký hiệu:
// "QĐ" + "UBND" → "QĐ-UBND" (state), "CV" + "ĐU" → "CV/ĐU" (Party).
func (rs *RuleSet) KyHieu(abbr, agency string) string {
	if abbr == "" {
		return agency
	}
	return abbr + rs.KyHieuSep + agency
}

// Upper writes Vietnamese text in capitals (chữ in hoa). Go's Unicode
// case mapping covers every Vietnamese letter, đ → Đ included.
func Upper(s string) string { return strings.ToUpper(s) }

// TrimItem removes the list dash a writer may have typed before an item
// and the punctuation after it, so the renderer can add its own:
// "- Như trên;" → "Như trên".
func TrimItem(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"- ", "-", "– ", "+ "} {
		if strings.HasPrefix(s, p) {
			s = strings.TrimSpace(s[len(p):])
			break
		}
	}
	return strings.TrimRight(s, " ;,.")
}

// PunctuateList ends every item but the last with ";" and the last with
// ".", after TrimItem. It is how căn cứ, Kính gửi and Nơi nhận lists end.
func PunctuateList(items []string) []string {
	out := make([]string, 0, len(items))
	for i, it := range items {
		it = TrimItem(it)
		if i == len(items)-1 {
			it += "."
		} else {
			it += ";"
		}
		out = append(out, it)
	}
	return out
}

// LuuLine builds the archive line of the Nơi nhận list, "Lưu: VT,
// QLVHGĐ." for state documents. The leading VT is added when missing.
func (rs *RuleSet) LuuLine(units []string) string {
	parts := make([]string, 0, len(units)+1)
	if rs.LuuFirst != "" {
		parts = append(parts, rs.LuuFirst)
	}
	for _, u := range units {
		u = strings.Trim(strings.TrimSpace(u), " ,;.")
		if u == "" || (rs.LuuFirst != "" && u == rs.LuuFirst) {
			continue
		}
		parts = append(parts, u)
	}
	return rs.LuuPrefix + strings.Join(parts, ", ") + "."
}

func authorityKey(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, ".", "")
	s = strings.ReplaceAll(s, "/", "")
	return strings.ReplaceAll(s, " ", "")
}
