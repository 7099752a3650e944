package check

import (
	"math"
	"regexp"
	"strings"

	"github.com/vanthu/vanthu/docgen/internal/docx"
	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// extras are the parts of a document after the văn bản proper, which the
// main checks must not read as its header, body or signature: the paper
// copy block (Mẫu 3.1) and the phụ lục (Mẫu 2.1/2.2), each checked on
// its own.
type extras struct {
	end        int // paragraphs before this index belong to the văn bản
	copyRule   *docx.Paragraph
	copyParas  []*docx.Paragraph // the copy block's paragraphs after the rule
	appendices []appendixPart
}

// appendixPart is one phụ lục: its heading and the section it opens.
type appendixPart struct {
	heading *docx.Paragraph
	section int
	paras   []*docx.Paragraph // the heading and what follows, to the next phụ lục
}

var (
	reAppendixHeading = regexp.MustCompile(`^Phụ lục(?: ([IVXLCDM]+|\d+))?$`)
	reCopyNumber      = regexp.MustCompile(`^Số: (0[1-9]|[1-9]\d+)?\s*/(\p{L}+)-[\p{L}\d]+(-[\p{L}\d]+)*$`)
)

// sectionOf returns the index of the section holding paragraph i.
func sectionOf(doc *docx.Document, i int) int {
	for k, s := range doc.Sections {
		if i <= s.End {
			return k
		}
	}
	return len(doc.Sections) - 1
}

// findExtras finds the copy block and the phụ lục. A phụ lục is
// recognised by its heading ("Phụ lục", "Phụ lục II") standing first in
// a section after the first; the copy block by an empty paragraph with
// a border (the full-width rule) followed within a few paragraphs by a
// hình thức sao ("SAO Y", "SAO LỤC", "TRÍCH SAO").
func findExtras(doc *docx.Document, rs *rules.RuleSet) *extras {
	x := &extras{end: len(doc.Paragraphs)}
	ps := doc.Paragraphs
	firstInSection := map[int]bool{}
	for i, p := range ps {
		if strings.TrimSpace(p.Text) == "" {
			continue
		}
		k := sectionOf(doc, i)
		if firstInSection[k] {
			continue
		}
		firstInSection[k] = true
		if k > 0 && !p.InTable && reAppendixHeading.MatchString(fold(p.Text)) {
			x.appendices = append(x.appendices, appendixPart{heading: p, section: k})
		}
	}
	for j := range x.appendices {
		from := x.appendices[j].heading.Index
		to := len(ps)
		if j+1 < len(x.appendices) {
			to = x.appendices[j+1].heading.Index
		}
		x.appendices[j].paras = ps[from:to]
	}
	if len(x.appendices) > 0 {
		x.end = x.appendices[0].heading.Index
	}
	if rs.Copy != nil {
		for i := 0; i < x.end; i++ {
			p := ps[i]
			if p.InTable || strings.TrimSpace(p.Text) != "" || !(p.BorderBottom || p.BorderTop) {
				continue
			}
			for j := i + 1; j < min(i+6, x.end); j++ {
				if rs.Copy.Form(fold(ps[j].Text)) != nil && isUpper(fold(ps[j].Text)) {
					x.copyRule = p
					x.copyParas = ps[i+1 : x.end]
					break
				}
			}
			if x.copyRule != nil {
				x.end = i
				break
			}
		}
	}
	return x
}

// mainPart returns the document without its extras: the paragraphs and
// blocks before x.end and the sections they stand in.
func mainPart(doc *docx.Document, x *extras) *docx.Document {
	if x.end >= len(doc.Paragraphs) {
		return doc
	}
	m := *doc
	m.Paragraphs = doc.Paragraphs[:x.end]
	m.Blocks = nil
	for _, b := range doc.Blocks {
		if first := firstParagraph(b); first != nil && first.Index >= x.end {
			break
		}
		m.Blocks = append(m.Blocks, b)
	}
	if x.end > 0 && len(doc.Sections) > 0 {
		m.Sections = doc.Sections[:sectionOf(doc, x.end-1)+1]
		if last := m.Sections[len(m.Sections)-1]; last.Headers != nil {
			m.Headers, m.Footers = last.Headers, last.Footers
		}
	}
	return &m
}

// firstParagraph is the first paragraph of a block.
func firstParagraph(b docx.Block) *docx.Paragraph {
	switch b := b.(type) {
	case *docx.Paragraph:
		return b
	case *docx.Table:
		for _, row := range b.Rows {
			for _, c := range row {
				if len(c.Paragraphs) > 0 {
					return c.Paragraphs[0]
				}
			}
		}
	}
	return nil
}

// next returns the first paragraph with text in ps after index i (-1:
// from the start), and its position.
func nextText(ps []*docx.Paragraph, i int) (*docx.Paragraph, int) {
	for j := i + 1; j < len(ps); j++ {
		if strings.TrimSpace(ps[j].Text) != "" {
			return ps[j], j
		}
	}
	return nil, len(ps)
}

// appendixChecks checks each phụ lục: its own section starting a new
// page on A4 (landscape allowed), page numbers from 1, the "Phụ lục"
// line (Roman numerals when there are several), the title in capitals
// and the italic "(Kèm theo …)" line.
func (c *checker) appendixChecks(x *extras) {
	n := len(x.appendices)
	for j, a := range x.appendices {
		h := a.heading
		t := fold(h.Text)
		want := c.rs.Appendix.Heading(j, n)
		if n > 1 && t != want {
			c.add(Warning, rules.TopicPhuLuc, string(rules.PhuLucSo), h, want, t,
				"khi có từ hai phụ lục trở lên, phụ lục đánh số La Mã theo thứ tự: \""+want+"\"",
				"with two or more appendices, they are numbered in Roman numerals in order: \""+want+"\"")
		}
		c.style(rules.PhuLucSo, h, rules.TopicPhuLuc, false)
		if h.Align != "" && h.Align != "center" {
			c.add(Error, rules.TopicPhuLuc, string(rules.PhuLucSo), h, "center", h.Align, "phải canh giữa", "must be centred")
		}
		title, i := nextText(a.paras, 0)
		if title == nil || strings.HasPrefix(fold(title.Text), "(") {
			c.add(Error, rules.TopicPhuLuc, string(rules.PhuLucTen), h, "tên phụ lục", "",
				"không tìm thấy tên phụ lục dưới dòng \""+t+"\"", "no appendix title under \""+t+"\"")
		} else {
			c.style(rules.PhuLucTen, title, rules.TopicPhuLuc, true)
		}
		if ref, _ := nextText(a.paras, i); ref == nil || !strings.HasPrefix(fold(ref.Text), "(Kèm theo") {
			c.add(Warning, rules.TopicPhuLuc, string(rules.PhuLucKemTheo), h, "(Kèm theo … số … ngày … của …)", "",
				"không tìm thấy dòng \"(Kèm theo … số … ngày … của …)\" dưới tên phụ lục",
				"no \"(Kèm theo … số … ngày … của …)\" line under the appendix title")
		} else {
			c.style(rules.PhuLucKemTheo, ref, rules.TopicPhuLuc, false)
		}
		s := c.docFull.Sections[a.section]
		if s.PageNumberStart != 1 {
			c.add(Error, rules.TopicPhuLuc, "so_trang", h, "1", "",
				"số trang của phụ lục phải đánh riêng, bắt đầu từ 1 (w:pgNumType w:start=\"1\")",
				"an appendix's pages must be numbered on their own from 1 (w:pgNumType w:start=\"1\")")
		}
		w, ht := s.PageWidth, s.PageHeight
		if w > ht {
			w, ht = ht, w
		}
		if math.Abs(float64(w)-210*mm) > 30 || math.Abs(float64(ht)-297*mm) > 30 {
			c.add(Error, rules.TopicPage, "trang", h, "A4 210×297 mm", "", "phụ lục phải trình bày trên khổ A4", "an appendix must be on A4 paper")
		}
	}
}

// copyChecks checks the paper copy block: the hình thức sao in
// capitals, bold; the copy's number with the ký hiệu of its form (SY,
// SL, TrS); the place and date.
func (c *checker) copyChecks(x *extras) {
	if x.copyRule == nil {
		return
	}
	var form *rules.CopyForm
	var formP, number, date *docx.Paragraph
	for _, p := range x.copyParas {
		t := fold(p.Text)
		switch {
		case form == nil && c.rs.Copy.Form(t) != nil:
			form, formP = c.rs.Copy.Form(t), p
		case number == nil && strings.HasPrefix(t, "Số"):
			number = p
		case date == nil && reDate.MatchString(t):
			date = p
		}
	}
	c.style(rules.HinhThucSao, formP, rules.TopicBanSao, true)
	if number == nil {
		c.add(Error, rules.TopicBanSao, string(rules.SoKyHieu), formP, "Số: 01/SY-VP", "",
			"khối bản sao thiếu số, ký hiệu bản sao", "the copy block lacks the copy's number")
	} else {
		t := fold(number.Text)
		if m := reCopyNumber.FindStringSubmatch(t); m == nil {
			c.add(Error, rules.TopicBanSao, string(rules.SoKyHieu), number, "Số: 01/"+form.Abbr+"-VP", t,
				"số bản sao \""+t+"\" sai dạng: \"Số: 01/"+form.Abbr+"-…\"", "copy number \""+t+"\" is malformed: \"Số: 01/"+form.Abbr+"-…\"")
		} else if m[2] != form.Abbr {
			c.add(Error, rules.TopicBanSao, string(rules.SoKyHieu), number, form.Abbr, m[2],
				"ký hiệu bản sao \""+m[2]+"\" không khớp hình thức \""+form.Text+"\": phải là \""+form.Abbr+"\"",
				"the copy's symbol \""+m[2]+"\" does not match \""+form.Text+"\": it must be \""+form.Abbr+"\"")
		}
		c.style(rules.SoKyHieu, number, rules.TopicBanSao, false)
	}
	if date == nil {
		c.add(Error, rules.TopicBanSao, string(rules.DiaDanhNgay), formP, "…, ngày … tháng … năm …", "",
			"khối bản sao thiếu địa danh và ngày sao", "the copy block lacks the place and date of copying")
	} else {
		t := fold(date.Text)
		if m := reDateFull.FindStringSubmatch(t); m != nil && (len(m[2]) != 2 || m[3] == "1" || m[3] == "2") {
			c.add(Error, rules.TopicBanSao, string(rules.DiaDanhNgay), date, "ngày 05 tháng 02 năm 2020", t,
				"ngày nhỏ hơn 10 và tháng 1, 2 phải có số 0 phía trước", "days below 10 and the months 1 and 2 take a leading zero")
		}
		c.style(rules.DiaDanhNgay, date, rules.TopicBanSao, false)
	}
}
