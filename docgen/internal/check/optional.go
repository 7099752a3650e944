package check

import (
	"fmt"
	"math"
	"regexp"
	"strings"

	"github.com/vanthu/vanthu/docgen/internal/docx"
	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// reSoanThao is ô 12: the ký hiệu of the drafter (or typist) and the
// number of copies, "PL.(300)".
var reSoanThao = regexp.MustCompile(`^\p{L}{1,10}\.\s?\(\d+\)\.?$`)

// findOptional recognises ô 10–13: the độ mật and khẩn marks (a line
// that is exactly one of the rule set's levels) in the first part of
// the body, ô 11 (capitals in a header, or a boxed line of capitals
// before the Quốc hiệu), the "PL.(300)" line, and the contact lines
// (starting with one of the rule set's labels) in the footers.
func (e *elements) findOptional(doc *docx.Document, rs *rules.RuleSet) {
	mat, khan := rs.Stamps[rules.DoMat], rs.Stamps[rules.DoKhan]
	for i, p := range doc.Paragraphs {
		if i > 80 {
			break
		}
		t := e.text(p)
		if t == "" || !isUpper(t) {
			continue
		}
		if mat != nil && e.doMat == nil && exactLevel(mat, t) != nil {
			e.doMat, e.doMatLevel = p, exactLevel(mat, t)
		} else if khan != nil && e.doKhan == nil && exactLevel(khan, t) != nil {
			e.doKhan, e.doKhanLevel = p, exactLevel(khan, t)
		} else if e.luuHanh == nil && e.quocHieu != nil && p.Index < e.quocHieu.Index && p != e.quocHieu &&
			(p.BorderTop || p.BorderBottom || boxed(doc, p)) {
			e.luuHanh, e.luuHanhWhere = p, "body"
		}
	}
	if e.luuHanh == nil {
		for _, typ := range []string{"first", "default", "even"} {
			h := doc.Headers[typ]
			if h == nil {
				continue
			}
			// The chữ ký số box (ô 14) shares the first-page header; its
			// cell, known by the signing-time line, is not ô 11 (an
			// electronic copy's box starts with the form, in capitals).
			type cell struct{ table, row, col int }
			kySo := map[cell]bool{}
			for _, p := range h.Paragraphs {
				if p.InTable && strings.HasPrefix(text(p), rs.Signing.TimeLabel) {
					kySo[cell{p.Table, p.Row, p.Col}] = true
				}
			}
			for _, p := range h.Paragraphs {
				if p.InTable && kySo[cell{p.Table, p.Row, p.Col}] {
					continue
				}
				if t := text(p); t != "" && isUpper(t) && !hasFieldRun(p) {
					e.luuHanh, e.luuHanhWhere = p, typ
					break
				}
			}
			if e.luuHanh != nil {
				break
			}
		}
	}
	for _, p := range doc.Paragraphs {
		if p.Index > e.headerLimit && reSoanThao.MatchString(e.text(p)) {
			e.soanThao = p
		}
	}
	labels := contactLabels(rs)
	for _, typ := range []string{"first", "default", "even"} {
		f := doc.Footers[typ]
		if f == nil {
			continue
		}
		for _, p := range f.Paragraphs {
			t := strings.ToLower(text(p))
			for _, l := range labels {
				if strings.HasPrefix(t, l) {
					e.contact = append(e.contact, p)
					e.contactWhere = append(e.contactWhere, typ)
					break
				}
			}
		}
	}
}

// exactLevel returns the level printed as t (its Text, or another
// Vietnamese spelling; not the ASCII codes a YAML file may use).
func exactLevel(s *rules.Stamp, t string) *rules.Level {
	key := rules.LevelKey(t)
	for i := range s.Levels {
		l := &s.Levels[i]
		if rules.LevelKey(l.Text) == key {
			return l
		}
		for _, in := range l.Inputs {
			if rules.LevelKey(in) == key {
				return l
			}
		}
	}
	return nil
}

// contactLabels are the labels of ô 13 in lower case without the space
// after the colon: "địa chỉ:", "đt:", "fax:", "e-mail:", "website:".
func contactLabels(rs *rules.RuleSet) []string {
	c := rs.Contact
	var out []string
	for _, l := range []string{c.Address, c.Phone, c.Fax, c.Email, c.Website} {
		if l = strings.ToLower(strings.TrimSpace(l)); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func hasFieldRun(p *docx.Paragraph) bool {
	for _, r := range p.Runs {
		if r.Field != "" {
			return true
		}
	}
	return false
}

// tableOf returns the top-level body table a paragraph stands in, or
// nil.
func tableOf(doc *docx.Document, p *docx.Paragraph) *docx.Table {
	if p == nil || !p.InTable || p.Index < 0 {
		return nil
	}
	n := 0
	for _, b := range doc.Blocks {
		if t, ok := b.(*docx.Table); ok {
			if n == p.Table {
				return t
			}
			n++
		}
	}
	return nil
}

// boxed reports whether a body paragraph stands in a bordered table of
// one cell.
func boxed(doc *docx.Document, p *docx.Paragraph) bool {
	t := tableOf(doc, p)
	return t != nil && t.Borders && len(t.Rows) == 1 && len(t.Rows[0]) == 1
}

// stampInk reports whether a run's colour is the ink the rule set gives
// the stamp an element is recognised as: such a run is not "coloured
// text".
func (c *checker) stampInk(p *docx.Paragraph, color string) bool {
	e := c.e
	var el rules.Element
	switch p {
	case nil:
		return false
	case e.doMat:
		el = rules.DoMat
	case e.doKhan:
		el = rules.DoKhan
	case e.luuHanh:
		el = rules.PhamViLuuHanh
	default:
		return false
	}
	st := c.rs.Stamps[el]
	return st != nil && st.Color != "" && strings.EqualFold(st.Color, color)
}

// optional checks ô 10–13.
func (c *checker) optional() {
	e := c.e
	c.mark(rules.DoMat, rules.TopicDoMat, e.doMat, e.doMatLevel, "dấu chỉ độ mật", "the secrecy mark")
	c.mark(rules.DoKhan, rules.TopicDoKhan, e.doKhan, e.doKhanLevel, "dấu chỉ mức độ khẩn", "the urgency mark")
	if e.doMat != nil && e.doKhan != nil && e.doKhan.Index < e.doMat.Index {
		c.add(Warning, rules.TopicDoKhan, string(rules.DoKhan), e.doKhan, "ô 10b, dưới ô 10a", "trên dấu độ mật",
			"dấu chỉ mức độ khẩn (ô 10b) đặt dưới dấu chỉ độ mật (ô 10a)", "the urgency mark (cell 10b) goes under the secrecy mark (cell 10a)")
	}
	if p := e.luuHanh; p != nil {
		c.style(rules.PhamViLuuHanh, p, rules.TopicLuuHanh, true)
		if !p.BorderTop && !p.BorderBottom && !boxed(c.doc, p) && !(p.Index < 0 && p.InTable) {
			c.add(Warning, rules.TopicLuuHanh, string(rules.PhamViLuuHanh), p, "khung viền đơn", "không có khung",
				"chỉ dẫn về phạm vi lưu hành trình bày cân đối trong một khung hình chữ nhật viền đơn",
				"the circulation notice is centred in a rectangle with a single border")
		}
	}
	if p := e.soanThao; p != nil {
		c.style(rules.SoanThao, p, rules.TopicSoanThao, false)
		if e.noiNhan == nil || p.Index < e.noiNhan.Index {
			c.add(Warning, rules.TopicSoanThao, string(rules.SoanThao), p, "dưới danh sách nơi nhận", "",
				"ký hiệu người soạn thảo và số lượng bản (ô 12) đặt dưới danh sách nơi nhận",
				"the drafter's initials and number of copies (cell 12) go under the Nơi nhận list")
		}
	}
	c.contact()
}

// mark checks a độ mật or khẩn mark: weight, size and capitals, the ink,
// the box and its width, and its place under the number, before the
// body.
func (c *checker) mark(el rules.Element, topic rules.Topic, p *docx.Paragraph, level *rules.Level, vi, en string) {
	if p == nil {
		return
	}
	c.style(el, p, topic, true)
	st := c.rs.Stamps[el]
	if st.Color != "" {
		for _, r := range p.Runs {
			if strings.TrimSpace(r.Text) != "" && !strings.EqualFold(r.Color, st.Color) {
				c.add(Warning, topic, string(el), p, st.Color, orUnset(r.Color),
					vi+" in mực đỏ tươi ("+st.Color+")", en+" is printed in bright red ("+st.Color+")")
				break
			}
		}
	}
	t := tableOf(c.doc, p)
	switch {
	case t != nil && t.Borders && len(t.GridCols) == 1:
		if level != nil && level.WidthMM > 0 {
			if w := float64(t.GridCols[0]) / mm; math.Abs(w-level.WidthMM) > 2 {
				exp := fmt.Sprintf("%g mm", level.WidthMM)
				c.add(Warning, topic, string(el), p, exp, fmt.Sprintf("%.1f mm", w),
					fmt.Sprintf("khung dấu \"%s\" rộng %.1f mm; con dấu khắc sẵn rộng %s", level.Text, w, exp),
					fmt.Sprintf("the \"%s\" box is %.1f mm wide; the pre-made stamp is %s", level.Text, w, exp))
			}
		}
	case p.BorderTop && p.BorderBottom:
	default:
		c.add(Warning, topic, string(el), p, "khung viền đơn", "không có khung",
			vi+" đặt trong khung hình chữ nhật viền đơn", en+" stands in a rectangle with a single border")
	}
	if c.e.number != nil && p.Index < c.e.number.Index || len(c.e.body) > 0 && p.Index > c.e.body[0].Index {
		c.add(Warning, topic, string(el), p, "ô "+st.Cell+": góc trên bên trái, dưới số, ký hiệu", "",
			vi+" đặt ở góc trên bên trái, dưới số, ký hiệu và trước nội dung (ô "+st.Cell+")",
			en+" stands at the upper left, under the number and before the body (cell "+st.Cell+")")
	}
}

// contact checks ô 13: on page 1 only (the first-page footer of a
// document with a distinct first page), under a solid rule, 11–12 pt.
func (c *checker) contact() {
	e := c.e
	if len(e.contact) == 0 {
		return
	}
	titlePg := len(c.doc.Sections) > 0 && c.doc.Sections[len(c.doc.Sections)-1].TitlePage
	reported := false
	for i, p := range e.contact {
		c.style(rules.LienHe, p, rules.TopicLienHe, false)
		where := e.contactWhere[i]
		if !reported && (where != "first" || !titlePg) {
			c.add(Error, rules.TopicLienHe, string(rules.LienHe), p, "chỉ ở trang 1", "chân trang "+where,
				"địa chỉ, thông tin liên hệ (ô 13) chỉ trình bày ở trang thứ nhất: đặt trong chân trang riêng của trang đầu",
				"the address and contact details (cell 13) appear on page 1 only: put them in a distinct first-page footer")
			reported = true
		}
	}
	if first := e.contact[0]; !first.BorderTop {
		c.add(Warning, rules.TopicLienHe, string(rules.LienHe), first, "đường kẻ nét liền phía trên", "",
			"địa chỉ, thông tin liên hệ trình bày dưới một đường kẻ nét liền hết chiều ngang vùng trình bày",
			"the contact details stand under a solid rule across the text width")
	}
}
