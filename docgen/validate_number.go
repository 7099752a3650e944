package docgen

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// checkNumber checks số and ký hiệu (Phụ lục I, II.3; Phụ lục III).
func checkNumber(dg *diagnoser, p *prepared, c config) {
	d := &p.doc
	if d.So == 0 {
		if c.issued {
			dg.errorf(rules.TopicNumber, "so", msgNoNumberIssued)
		} else {
			dg.add(SeverityInfo, rules.TopicNumber, "so", msgDraftNumber)
		}
	}
	kh := d.KyHieu
	if kh == "" {
		return
	}
	rs := p.rs
	// Split the ký hiệu into the kind's abbreviation (when the kind has
	// one) and the agency part. State documents join every group with "-"
	// (QĐ-UBND, SVHTTDL-QLVHGĐ); Party documents put "/" between the kind
	// and the agency (CV/ĐU).
	var groups []string
	switch {
	case strings.HasPrefix(kh, "/") || strings.HasPrefix(strings.ToLower(kh), "số"):
		fixed, so := splitWholeNumber(rs, kh)
		dg.errorf(rules.TopicNumber, "ky_hieu", msgKyHieuWhole, kh, fixed, rs.NumberLine(so, fixed))
		return
	case strings.ContainsAny(kh, " \t\n"):
		dg.errorf(rules.TopicNumber, "ky_hieu", msgKyHieuSpace, kh, strings.Join(strings.Fields(kh), ""))
		return
	case rs.KyHieuSep == "-" && strings.Contains(kh, "/"):
		dg.errorf(rules.TopicNumber, "ky_hieu", msgKyHieuSlash, kh, strings.ReplaceAll(kh, "/", "-"))
		return
	case rs.KyHieuSep == "/" && !strings.Contains(kh, "/"):
		fixed := kh
		if p.kind != nil {
			if first, rest, ok := strings.Cut(kh, "-"); ok && first == p.kind.Abbr {
				fixed = rs.KyHieu(first, rest)
			} else {
				fixed = rs.KyHieu(p.kind.Abbr, kh)
			}
		}
		dg.errorf(rules.TopicNumber, "ky_hieu", msgKyHieuPartyForm, kh, fixed, rs.NumberLine(d.So, fixed))
		return
	case rs.KyHieuSep == "/":
		kind, agency, _ := strings.Cut(kh, "/")
		groups = []string{kind, agency}
	default:
		groups = strings.Split(kh, "-")
	}
	for _, g := range groups {
		if g == "" {
			dg.errorf(rules.TopicNumber, "ky_hieu", msgKyHieuEmptyGroup, kh)
			return
		}
	}
	k := p.kind
	if k == nil {
		return
	}
	if k.Abbr == "" {
		if other := rs.KindByAbbr(groups[0]); other != nil {
			dg.errorf(rules.TopicAbbr, "ky_hieu", msgKyHieuCongVanAbbr, kh, k.Name, other.Abbr, other.Name, strings.Join(groups[1:], "-"))
			return
		}
		if len(groups) < 2 {
			dg.errorf(rules.TopicNumber, "ky_hieu", msgKyHieuCongVanShort, kh, k.Name)
		}
		return
	}
	if groups[0] != k.Abbr {
		// The first group stands where the kind's abbreviation belongs;
		// with a single group, that group is the agency.
		agency := strings.Join(groups[1:], rs.KyHieuSep)
		if len(groups) == 1 {
			agency = kh
		}
		dg.errorf(rules.TopicAbbr, "ky_hieu", msgKyHieuAbbr, kh, k.Name, k.Abbr, rs.KyHieu(k.Abbr, agency))
		return
	}
	if len(groups) < 2 {
		dg.errorf(rules.TopicNumber, "ky_hieu", msgKyHieuNoAgency, kh, k.Abbr, rs.KyHieuSep)
	}
}

// splitWholeNumber reads a whole number line written into ky_hieu
// ("Số: 05/CV-ĐU") and returns the ký hiệu in the rule set's form and
// the number, so the message can show what to write.
func splitWholeNumber(rs *rules.RuleSet, kh string) (string, int) {
	rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(kh, "Số"), "số"))
	rest = strings.TrimSpace(strings.TrimPrefix(rest, ":"))
	i := 0
	for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	so, _ := strconv.Atoi(rest[:i])
	rest = strings.TrimLeft(rest[i:], " /-")
	if rs.KyHieuSep == "/" {
		if !strings.Contains(rest, "/") {
			rest = strings.Replace(rest, "-", "/", 1)
		}
	} else {
		rest = strings.ReplaceAll(rest, "/", "-")
	}
	return rest, so
}

// checkDate checks địa danh and the date (Phụ lục I, II.4).
func checkDate(dg *diagnoser, p *prepared, c config) {
	d := &p.doc
	if d.DiaDanh != "" {
		if r, _ := utf8.DecodeRuneInString(d.DiaDanh); unicode.IsLower(r) {
			dg.add(SeverityWarning, rules.TopicDate, "dia_danh", msgPlaceLower, d.DiaDanh)
		}
	}
	switch {
	case d.Ngay.IsZero() && p.kind != nil && p.kind.Form != nil && p.kind.Form.NoDate:
		// A biên bản has no date line (Phụ lục III, mẫu 1.9).
	case d.Ngay.IsZero():
		dg.errorf(rules.TopicDate, "ngay", msgNoDate)
	case !d.Ngay.Valid():
		dg.errorf(rules.TopicDate, "ngay", msgBadDay, d.Ngay.String())
	case d.Ngay.IsDraft() && c.issued:
		dg.errorf(rules.TopicDate, "ngay", msgDraftDateIssued, d.Ngay.Year)
	case d.Ngay.IsDraft():
		dg.add(SeverityInfo, rules.TopicDate, "ngay", msgDraftDate, d.Ngay.Year)
	}
}
