package docgen

import "github.com/vanthu/vanthu/docgen/internal/rules"

// Kind describes one tên loại văn bản of a rule set.
type Kind struct {
	Slug   string `json:"slug"`             // the loai value, e.g. "quyet-dinh"
	Name   string `json:"name"`             // tên loại, e.g. "Quyết định"
	Abbr   string `json:"abbr,omitempty"`   // Phụ lục III abbreviation, e.g. "QĐ"; empty for công văn and thư công
	Mau    string `json:"mau"`              // the mẫu of Phụ lục III it follows, e.g. "1.2"
	Layout string `json:"layout,omitempty"` // the mẫu it is rendered as now, when that differs from Mau
}

// Kinds lists the kinds of a rule set ("nha-nuoc" or "" for the default)
// in the order of its article. It returns nil for an unknown rule set.
func Kinds(theThuc string) []Kind {
	if theThuc == "" {
		theThuc = rules.ND30.TheThuc
	}
	rs := rules.ByTheThuc(theThuc)
	if rs == nil {
		return nil
	}
	out := make([]Kind, 0, len(rs.Kinds))
	for _, k := range rs.Kinds {
		kind := Kind{Slug: k.Slug, Name: k.Name, Abbr: k.Abbr, Mau: k.Mau}
		if rendered := renderedMau(k); k.Mau != "" && rendered != k.Mau {
			kind.Layout = rendered
		}
		out = append(out, kind)
	}
	return out
}

// renderedMau is the mẫu a kind is laid out as: its own for 1.1, 1.2,
// 1.5 and the Forms of 1.6–1.10, else 1.4.
func renderedMau(k rules.Kind) string {
	if k.Form != nil {
		return k.Mau
	}
	switch k.Layout {
	case rules.LayoutCongVan:
		return "1.5"
	case rules.LayoutQuyetDinh:
		return "1.2"
	case rules.LayoutNghiQuyet:
		return "1.1"
	}
	return "1.4"
}
