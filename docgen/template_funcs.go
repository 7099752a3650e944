package docgen

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"text/template"
	"time"

	"github.com/Masterminds/sprig/v3"

	"github.com/vanthu/vanthu/docgen/internal/vnfmt"
)

// Funcs returns the functions a Template may call: the hermetic
// functions of Masterminds/sprig (strings, lists, maths, defaults; no
// env, expandenv, clock, randomness or network, so the same template and
// data always give the same bytes) and vanthu's Vietnamese ones:
//
//	ngay_thang D  "ngày 05 tháng 02 năm 2023" (leading-zero rule); D is a
//	              Date, a time.Time, or text "2023-02-05" or "05/02/2023"
//	so_chu N      123456 → "một trăm hai mươi ba nghìn bốn trăm năm mươi sáu"
//	tien N        1234567 → "1.234.567 đồng"
//	nhom N        1234567 → "1.234.567"
//	so_la_ma N    14 → "XIV"
//	in_hoa S      "đảng ủy" → "ĐẢNG ỦY"
//	in_thuong S   "ĐẢNG ỦY" → "đảng ủy"
//	viet_hoa S    "nguyễn văn an" → "Nguyễn Văn An"
//	hoa_dau S     "một triệu đồng" → "Một triệu đồng" (the first letter only)
//	md S          escapes Markdown: a value put into noi_dung prints as
//	              written ("Lê *A*" keeps its asterisks)
//
// N may be a number or its text, with "." or "," between thousands
// ("1.234.567"). The map is a copy; changing it changes nothing else.
func Funcs() template.FuncMap {
	out := make(template.FuncMap, len(funcs))
	for k, v := range funcs {
		out[k] = v
	}
	return out
}

// funcs is built once: sprig builds a fresh map on every call.
var funcs = buildFuncs()

// notHermetic are sprig functions that sprig's own hermetic map keeps
// but whose result depends on the clock, randomness or the time zone.
var notHermetic = []string{
	"ago", "toDate", "mustToDate", "shuffle", "randInt",
	"bcrypt", "htpasswd", "encryptAES", "buildCustomCert",
	"genPrivateKey", "genCA", "genCAWithKey", "genSelfSignedCert",
	"genSelfSignedCertWithKey", "genSignedCert", "genSignedCertWithKey",
}

func buildFuncs() template.FuncMap {
	m := sprig.HermeticTxtFuncMap()
	for _, name := range notHermetic {
		delete(m, name)
	}
	m["ngay_thang"] = ngayThang
	m["so_chu"] = func(n any) (string, error) {
		i, err := toInt(n)
		return vnfmt.SoChu(i), err
	}
	m["tien"] = func(n any) (string, error) {
		i, err := toInt(n)
		return vnfmt.Tien(i), err
	}
	m["nhom"] = func(n any) (string, error) {
		i, err := toInt(n)
		return vnfmt.Nhom(i), err
	}
	m["so_la_ma"] = func(n any) (string, error) {
		i, err := toInt(n)
		if err != nil {
			return "", err
		}
		if i < 1 || i > 3999 {
			return "", fmt.Errorf("so_la_ma: chỉ viết được số từ 1 đến 3999, không phải %d (Roman numerals go from 1 to 3999)", i)
		}
		return vnfmt.SoLaMa(int(i))
	}
	m["in_hoa"] = func(s any) string { return vnfmt.InHoa(toText(s)) }
	m["in_thuong"] = func(s any) string { return vnfmt.InThuong(toText(s)) }
	m["viet_hoa"] = func(s any) string { return vnfmt.VietHoa(toText(s)) }
	m["hoa_dau"] = func(s any) string { return vnfmt.HoaDau(toText(s)) }
	m["md"] = func(s any) string { return mdEscaper.Replace(toText(s)) }
	return m
}

var reGrouped = regexp.MustCompile(`^-?\d{1,3}([.,]\d{3})+$`)

// toInt reads a whole number from a number or its text.
func toInt(v any) (int64, error) {
	switch n := v.(type) {
	case int:
		return int64(n), nil
	case int64:
		return n, nil
	case int32:
		return int64(n), nil
	case uint:
		return int64(n), nil
	case float64:
		if n != math.Trunc(n) || math.Abs(n) > 1<<62 {
			return 0, fmt.Errorf("%v không phải số nguyên (not a whole number)", n)
		}
		return int64(n), nil
	}
	s := strings.TrimSpace(toText(v))
	s = strings.ReplaceAll(strings.ReplaceAll(s, " ", ""), "\u00a0", "")
	if reGrouped.MatchString(s) {
		s = strings.NewReplacer(".", "", ",", "").Replace(s)
	}
	i, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%q không phải số nguyên (not a whole number)", toText(v))
	}
	return i, nil
}

// toText is a value as text.
func toText(v any) string {
	switch s := v.(type) {
	case string:
		return s
	case nil:
		return ""
	case fmt.Stringer:
		return s.String()
	}
	return fmt.Sprint(v)
}

var reDMY = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$`)

// ngayThang writes a date in full: "ngày 05 tháng 02 năm 2023".
func ngayThang(v any) (string, error) {
	var d Date
	switch t := v.(type) {
	case Date:
		d = t
	case time.Time:
		d = DateOf(t)
	default:
		s := strings.TrimSpace(toText(v))
		if m := reDMY.FindStringSubmatch(s); m != nil {
			d.Day, _ = strconv.Atoi(m[1])
			d.Month, _ = strconv.Atoi(m[2])
			d.Year, _ = strconv.Atoi(m[3])
		} else {
			var err error
			if d, err = ParseDate(s); err != nil || d.IsDraft() {
				return "", fmt.Errorf("ngay_thang: %q không phải ngày; viết 2023-02-05 hoặc 05/02/2023 (not a date)", s)
			}
		}
	}
	out, err := vnfmt.NgayThang(d.Year, d.Month, d.Day)
	if err != nil {
		return "", errors.New("ngay_thang: ngày " + d.String() + " không có thật (the date does not exist)")
	}
	return out, nil
}

// mdEscaper backslash-escapes the characters that make Markdown inline
// syntax (emphasis, code, links, HTML, footnotes, tables, strikethrough)
// and headings.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `#`, `\#`, `|`, `\|`, `~`, `\~`)
