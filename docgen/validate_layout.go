package docgen

import (
	"strconv"
	"strings"

	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// checkLayout checks trình bày overrides against the legal ranges and
// resolves the defaults.
func checkLayout(dg *diagnoser, p *prepared) {
	t := p.doc.TrinhBay
	rs := p.rs
	pick := func(path string, v float64, r rules.Range, topic rules.Topic, unit string) float64 {
		if v == 0 {
			return r.Default
		}
		if !r.Contains(v) {
			dg.errorf(topic, "trinh_bay."+path, msgOutOfRange, fmtNum(v), unit, fmtNum(r.Min), fmtNum(r.Max), unit)
			return r.Default
		}
		return v
	}
	body := rs.Style(rules.NoiDung)
	p.layout = resolvedLayout{
		top:    pick("le_tren", t.LeTren, rs.Page.Top, rules.TopicMargins, "mm"),
		bottom: pick("le_duoi", t.LeDuoi, rs.Page.Bottom, rules.TopicMargins, "mm"),
		left:   pick("le_trai", t.LeTrai, rs.Page.Left, rules.TopicMargins, "mm"),
		right:  pick("le_phai", t.LePhai, rs.Page.Right, rules.TopicMargins, "mm"),
		size:   pick("co_chu", t.CoChu, rules.Range{Min: body.Min, Max: body.Max, Default: body.Size}, rules.TopicBody, "pt"),
		line:   pick("gian_dong", t.GianDong, rs.Body.LineSpacing, rules.TopicBody, ""),
		before: pick("cach_doan", t.CachDoan, rs.Body.SpacingBeforePt, rules.TopicBody, "pt"),
		indent: pick("thut_dau_dong", t.ThutDauDong, rs.Body.FirstLineCM, rules.TopicBody, "cm"),
	}
}

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func theThucNames() string {
	var names []string
	for _, rs := range rules.All() {
		names = append(names, rs.TheThuc)
	}
	for n := range rules.Planned {
		names = append(names, n)
	}
	return strings.Join(names, ", ")
}
