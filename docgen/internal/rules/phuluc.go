package rules

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/vanthu/vanthu/docgen/internal/vnfmt"
)

// Topics of the phụ lục (Mẫu 2.1/2.2) and the bản sao (Mẫu 3.1).
const (
	TopicPhuLuc Topic = "phu_luc" // phụ lục văn bản
	TopicBanSao Topic = "ban_sao" // bản sao văn bản (paper copy block)
)

// The elements of a phụ lục heading and of the copy block.
const (
	PhuLucSo      Element = "phu_luc_so"       // "Phụ lục" + number
	PhuLucTen     Element = "phu_luc_ten"      // tên phụ lục, in capitals
	PhuLucKemTheo Element = "phu_luc_kem_theo" // the "(Kèm theo … số … ngày … của …)" line
	HinhThucSao   Element = "hinh_thuc_sao"    // "SAO Y", "SAO LỤC", "TRÍCH SAO"
)

// The styles of Phụ lục I, Mục V (the decree's table) for the phụ lục
// heading and the hình thức sao; HD 36 takes them unconfirmed.
var (
	stylePhuLucSo      = Style{Size: 14, Min: 14, Max: 14, Bold: true}
	stylePhuLucTen     = Style{Size: 14, Min: 13, Max: 14, Bold: true, Upper: true}
	stylePhuLucKemTheo = Style{Size: 14, Min: 13, Max: 14, Italic: true}
	styleHinhThucSao   = Style{Size: 14, Min: 13, Max: 14, Bold: true, Upper: true}
)

// Appendix is how a phụ lục is headed (Phụ lục I, Phần I, Mục III,
// khoản 1; Phụ lục III, Mẫu 2.1 and 2.2).
type Appendix struct {
	// Label is the word before the number, "Phụ lục".
	Label string
	// KemTheo formats the reference line from the kind's name, the
	// number and ký hiệu, the date ("ngày … tháng … năm …") and the
	// agency.
	KemTheo string
	// Blank stands for a field left empty (an electronic document, a
	// draft's number).
	Blank string
	// GenericKind names the document in the reference line when its kind
	// has no name of its own (a công văn): "Văn bản".
	GenericKind string
	// RuleShare is the length of the short rule under the reference
	// line, as a share of the title's width (as under a trích yếu).
	RuleShare float64
}

// Heading is the "Phụ lục" line of the i-th (0-based) of n phụ lục:
// "Phụ lục" alone when there is one, "Phụ lục I", "Phụ lục II", … when
// there are several.
func (a Appendix) Heading(i, n int) string {
	if n < 2 {
		return a.Label
	}
	roman, err := vnfmt.SoLaMa(i + 1)
	if err != nil {
		roman = strconv.Itoa(i + 1)
	}
	return a.Label + " " + roman
}

// Line builds the reference line. Empty fields are replaced by Blank.
func (a Appendix) Line(kind, number, date, agency string) string {
	blank := func(s string) string {
		if strings.TrimSpace(s) == "" {
			return a.Blank
		}
		return s
	}
	if kind == "" {
		kind = a.GenericKind
	}
	if date == "" {
		date = "ngày " + a.Blank + " tháng " + a.Blank + " năm " + a.Blank
	}
	return fmt.Sprintf(a.KemTheo, kind, blank(number), date, blank(agency))
}

// appendixND30 is the phụ lục of Mẫu 2.1: "(Kèm theo Văn bản số … ngày …
// tháng … năm … của …)".
var appendixND30 = Appendix{
	Label:       "Phụ lục",
	KemTheo:     "(Kèm theo %s số %s %s của %s)",
	Blank:       "…",
	GenericKind: "Văn bản",
	RuleShare:   0.4,
}

// CopyForm is one hình thức sao (Điều 25): its code, the words printed
// in the copy block and the ký hiệu of the copy (Phụ lục III, bảng chữ
// viết tắt: SY, SL, TrS).
type CopyForm struct {
	Code string // the canonical YAML value, e.g. "SAO_Y"
	Text string // as printed, e.g. "SAO Y"
	Abbr string // the copy's ký hiệu prefix, e.g. "SY"
}

// Copy is the paper copy block of Mẫu 3.1 (Phụ lục I, Phần II).
type Copy struct {
	Forms []CopyForm
	// RulePt is the width of the full-width solid rule over the block.
	RulePt float64
}

// Form returns the hình thức sao an input names ("SAO_Y", "sao y",
// "SAO Y"), or nil.
func (c *Copy) Form(input string) *CopyForm {
	key := LevelKey(input)
	for i := range c.Forms {
		f := &c.Forms[i]
		if LevelKey(f.Code) == key || LevelKey(f.Text) == key {
			return f
		}
	}
	return nil
}

// FormByAbbr returns the form whose ký hiệu prefix is abbr, or nil.
func (c *Copy) FormByAbbr(abbr string) *CopyForm {
	for i := range c.Forms {
		if c.Forms[i].Abbr == abbr {
			return &c.Forms[i]
		}
	}
	return nil
}

// Codes lists the forms as "CODE (TEXT)", for messages.
func (c *Copy) Codes() []string {
	out := make([]string, len(c.Forms))
	for i, f := range c.Forms {
		out[i] = f.Code + " (" + f.Text + ")"
	}
	return out
}

// copyND30 are the forms of Điều 25 with the abbreviations of Phụ lục III.
var copyND30 = &Copy{
	Forms: []CopyForm{
		{Code: "SAO_Y", Text: "SAO Y", Abbr: "SY"},
		{Code: "SAO_LUC", Text: "SAO LỤC", Abbr: "SL"},
		{Code: "TRICH_SAO", Text: "TRÍCH SAO", Abbr: "TrS"},
	},
	RulePt: 0.75,
}
