package docgen

import (
	"strconv"
	"strings"

	"github.com/vanthu/vanthu/docgen/internal/markdown"
	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// checkKind checks the elements a kind requires or forbids.
func checkKind(dg *diagnoser, p *prepared) {
	d, k := &p.doc, p.kind
	if k.NeedsTrichYeu && d.TrichYeu == "" {
		dg.errorf(rules.TopicTitle, "trich_yeu", msgNeedTrichYeu, k.Name)
	}
	if k.Layout == rules.LayoutCongVan {
		// "V/v" is printed by the renderer; tolerate it in the input.
		if t := strings.TrimSpace(strings.TrimPrefix(d.TrichYeu, "V/v")); t != d.TrichYeu {
			d.TrichYeu = t
		}
	}
	if k.NeedsThamQuyen && d.ThamQuyen == "" {
		dg.errorf(rules.TopicThamQuyen, "tham_quyen", msgNeedThamQuyen, k.Name, k.Mau)
	}
	if !k.NeedsThamQuyen && d.ThamQuyen != "" {
		dg.errorf(rules.TopicThamQuyen, "tham_quyen", msgNoThamQuyen, k.Name)
	}
	if k.NeedsKinhGui && len(d.KinhGui) == 0 {
		dg.errorf(rules.TopicRecipients, "kinh_gui", msgNeedKinhGui, k.Name)
	}
	if !k.KinhGuiAllowed && len(d.KinhGui) > 0 {
		dg.errorf(rules.TopicRecipients, "kinh_gui", msgNoKinhGui, k.Name)
	}
	if k.Layout == rules.LayoutCongVan && len(d.CanCu) > 0 {
		dg.errorf(rules.TopicCanCu, "can_cu", msgNoCanCu, k.Name)
	}
	if (k.Layout == rules.LayoutQuyetDinh || k.Layout == rules.LayoutNghiQuyet) && len(d.CanCu) == 0 {
		dg.add(SeverityWarning, rules.TopicCanCu, "can_cu", msgWantCanCu, k.Name, k.Mau)
	}
	for i, it := range d.CanCu {
		if rules.TrimItem(it) == "" {
			dg.errorf(rules.TopicCanCu, "can_cu["+strconv.Itoa(i)+"]", msgEmptyItem)
		}
	}
	for i, it := range d.KinhGui {
		if rules.TrimItem(it) == "" {
			dg.errorf(rules.TopicRecipients, "kinh_gui["+strconv.Itoa(i)+"]", msgEmptyItem)
		}
	}
}

// checkBody parses the Markdown body and checks its structure (Phụ lục I,
// II.6.d–đ).
func checkBody(dg *diagnoser, p *prepared) {
	if p.doc.NoiDung == "" || len(p.doc.NoiDung) > MaxBodySize {
		return
	}
	body, err := markdown.Parse([]byte(p.doc.NoiDung))
	if err != nil {
		dg.errorf(rules.TopicBody, "noi_dung", msgRaw, err.Error())
		return
	}
	p.body = body
	for _, b := range body.Blocks {
		if b.Kind != markdown.Heading || b.Heading == markdown.PlainHeading {
			continue
		}
		name := b.Heading.String()
		if strings.TrimSpace(b.Title) == "" {
			dg.errorf(rules.TopicHeadings, "noi_dung", msgNeedTitle, name, b.Number, b.Line)
		}
		switch b.Heading {
		case markdown.Part, markdown.Chapter:
			if !isRoman(b.Number) && !strings.HasPrefix(b.Number, "thứ") {
				dg.add(SeverityWarning, rules.TopicHeadings, "noi_dung", msgWantRoman, name, b.Number, b.Line)
			}
		case markdown.Section, markdown.Subsection, markdown.Article:
			if _, err := strconv.Atoi(b.Number); err != nil {
				dg.add(SeverityWarning, rules.TopicHeadings, "noi_dung", msgWantArabic, name, b.Number, b.Line)
			}
		}
	}
}

func isRoman(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("IVXLCDM", r) {
			return false
		}
	}
	return true
}
