package layout

import (
	"math"

	"github.com/vanthu/vanthu/docgen/internal/markdown"
	"github.com/vanthu/vanthu/docgen/internal/ooxml"
	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// Appendix is one phụ lục, its lines formatted (Mẫu 2.1/2.2).
type Appendix struct {
	Heading   string // "Phụ lục I", or "Phụ lục" when there is one
	Title     string // tên phụ lục, upper-cased by its style
	KemTheo   string // "(Kèm theo Quyết định số 15/QĐ-SNV ngày … của Sở Nội vụ)"
	Body      *markdown.Body
	Landscape bool
}

// CopyBlock is the paper copy block of Mẫu 3.1, its lines formatted.
type CopyBlock struct {
	Form                 string // "SAO Y"
	ParentAgency, Agency string // "\n" breaks lines
	NumberLine           string // "Số: 01/SY-VP"
	DateLine             string
	SignerLines          []string
	SignerName           string
	NoiNhan              []string // items without the Lưu line
	LuuLine              string   // "Lưu: VT."
	// Signature and Seal are the copy's signer's image and the copying
	// cơ quan's seal, nil when signed by hand.
	Signature, Seal *Image
}

// appendices lays out each phụ lục in a section of its own after the
// main one: a new page, page numbers from 1 (hidden on its page 1 as on
// the văn bản's, Phụ lục I, Mục I, khoản 7), landscape when asked with
// the margins kept on the same edges of the text.
func (b *builder) appendices(main ooxml.Section) []ooxml.ExtraSection {
	var out []ooxml.ExtraSection
	saveBody, saveWidth, saveIn := b.body, b.width, b.in
	defer func() { b.body, b.width, b.in = saveBody, saveWidth, saveIn }()
	for i := range saveIn.Appendices {
		a := &saveIn.Appendices[i]
		sec := main
		sec.FirstHeader, sec.FirstFooter = nil, nil
		if main.PageNumbers != nil {
			pn := *main.PageNumbers
			pn.Start = 1
			sec.PageNumbers = &pn
		}
		if a.Landscape {
			// The page turns; the margins keep the rule table's values
			// on the landscape page's own edges (top, bottom, left,
			// right), so the checker reads them against the same ranges.
			sec.Landscape = true
			sec.PageWidth, sec.PageHeight = main.PageHeight, main.PageWidth
		}
		b.width = sec.PageWidth - sec.MarginLeft - sec.MarginRight
		b.body = nil
		in := *saveIn
		in.Body = a.Body
		b.in = &in

		head := b.line(rules.PhuLucSo, a.Heading, ooxml.AlignCenter)
		head.KeepNext = true
		title := b.line(rules.PhuLucTen, a.Title, ooxml.AlignCenter)
		title.KeepNext = true
		ref := b.line(rules.PhuLucKemTheo, a.KemTheo, ooxml.AlignCenter)
		ref.KeepNext = true
		w := int(float64(min(b.textWidth(rules.PhuLucTen, a.Title), b.width)) * b.rs.Appendix.RuleShare)
		b.body = append(b.body, head, title, ref, rule(w, b.width))
		notes := len(b.notes)
		b.content()
		shiftNotes(b.body, notes)
		out = append(out, ooxml.ExtraSection{Section: sec, Body: b.body})
	}
	return out
}

// shiftNotes renumbers the footnote references of a phụ lục, whose
// Markdown numbers its notes from 1, after the notes placed before it.
func shiftNotes(blocks []ooxml.Block, by int) {
	if by == 0 {
		return
	}
	for _, blk := range blocks {
		switch x := blk.(type) {
		case *ooxml.Paragraph:
			for i := range x.Runs {
				if x.Runs[i].FootnoteRef > 0 {
					x.Runs[i].FootnoteRef += by
				}
			}
		case *ooxml.Table:
			for _, r := range x.Rows {
				for _, c := range r.Cells {
					shiftNotes(c.Blocks, by)
				}
			}
		}
	}
}

// copyBlock places the paper copy block of Mẫu 3.1 right after the
// copied document: a full-width solid rule, then a header-like table
// (tên cơ quan sao with its rule and the copy's number | the hình thức
// sao and the date), then Nơi nhận and the signature as in the văn bản.
func (b *builder) copyBlock() {
	c := b.in.Copy
	if c == nil {
		return
	}
	rs := b.rs
	b.body = append(b.body, &ooxml.Paragraph{
		SpacingBefore: 240, SpacingAfter: 120, KeepNext: true, Line: 120, LineRule: ooxml.LineExact, MarkSize: 2,
		BorderBottom: &ooxml.Border{Style: "single", Size: int(math.Round(rs.Copy.RulePt * 8)), Space: 0, Color: rs.Color},
	})
	left := int(float64(b.width) * rs.Header.LeftColumn)
	left = max(left, b.textWidth(rules.CoQuan, c.Agency)+120, b.textWidth(rules.SoKyHieu, c.NumberLine)+120)
	left = min(left, b.width/2)
	right := b.width - left

	var agency []ooxml.Block
	if c.ParentAgency != "" {
		agency = append(agency, b.line(rules.CoQuanChuQuan, c.ParentAgency, ooxml.AlignCenter))
	}
	agency = append(agency, b.line(rules.CoQuan, c.Agency, ooxml.AlignCenter))
	agency = append(agency, rule(int(float64(b.textWidth(rules.CoQuan, c.Agency))*rs.Header.AgencyRule), left))
	number := b.line(rules.SoKyHieu, c.NumberLine, ooxml.AlignCenter)
	number.SpacingBefore = 120
	form := b.line(rules.HinhThucSao, c.Form, ooxml.AlignCenter)
	date := b.line(rules.DiaDanhNgay, c.DateLine, ooxml.AlignCenter)
	date.SpacingBefore = 120
	for _, blk := range append(agency[:len(agency):len(agency)], number, form, date) {
		blk.(*ooxml.Paragraph).KeepNext = true
	}
	// As the header: agency | hình thức sao on the first row, number |
	// date on the second, so that the number and the date stand level.
	b.body = append(b.body, &ooxml.Table{
		Widths: []int{left, right},
		Rows: []ooxml.TableRow{
			{CantSplit: true, Cells: []ooxml.TableCell{{Blocks: agency}, {Blocks: []ooxml.Block{form}}}},
			{CantSplit: true, Cells: []ooxml.TableCell{{Blocks: []ooxml.Block{number}}, {Blocks: []ooxml.Block{date}}}},
		},
	})
	// The signature block, with the copy's lines in place of the văn
	// bản's.
	in := *b.in
	in.SignerLines, in.SignerName, in.NoiNhan, in.LuuLine, in.SoanThao = c.SignerLines, c.SignerName, c.NoiNhan, c.LuuLine, ""
	in.Signature, in.Seal = c.Signature, c.Seal // not the văn bản's
	save := b.in
	b.in = &in
	b.signature()
	b.in = save
}
