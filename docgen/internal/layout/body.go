package layout

import (
	"math"
	"strings"

	"github.com/vanthu/vanthu/docgen/internal/markdown"
	"github.com/vanthu/vanthu/docgen/internal/ooxml"
	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// bodyParagraph is an empty body paragraph: justified, first-line indent,
// the space before and the line spacing of the trình bày (Phụ lục I,
// II.6.e).
func (b *builder) bodyParagraph() *ooxml.Paragraph {
	pg := b.in.Page
	return &ooxml.Paragraph{
		Align:           ooxml.AlignBoth,
		IndentFirstLine: b.cm(pg.IndentCM),
		SpacingBefore:   pt(pg.BeforePt),
		Line:            int(math.Round(pg.LineSpacing * 240)),
		LineRule:        ooxml.LineAuto,
	}
}

// bodySize is the body text size in half-points.
func (b *builder) bodySize() int { return int(math.Round(b.in.Page.BodySize * 2)) }

// content places ô 6, the nội dung, ending it with "./.".
func (b *builder) content() {
	body := b.in.Body
	if body == nil {
		return
	}
	start := len(b.body)
	for i := range body.Blocks {
		blk := &body.Blocks[i]
		switch blk.Kind {
		case markdown.Paragraph:
			p := b.bodyParagraph()
			p.Runs = b.inlines(blk.Inlines, false, false)
			if n, ok := markdown.ArticlePrefix(plain(blk.Inlines)); ok {
				boldPrefix(p, n)
			}
			b.body = append(b.body, p)
		case markdown.Heading:
			b.heading(blk)
		case markdown.Table:
			b.table(blk.Table)
		}
	}
	if len(b.body) > start {
		if p, ok := b.body[start].(*ooxml.Paragraph); ok && p.SpacingBefore < 240 {
			p.SpacingBefore = 240
		}
	}
	if !b.holdEndMark {
		b.endMark()
	}
	// The signature never stands alone on a page: the last paragraph of
	// the content goes with it.
	if last, ok := b.body[len(b.body)-1].(*ooxml.Paragraph); ok && len(b.body) > start {
		last.KeepNext = true
	}
	for _, fn := range body.Footnotes {
		var note ooxml.Footnote
		for _, para := range fn.Paragraphs {
			note.Paragraphs = append(note.Paragraphs, &ooxml.Paragraph{
				Align: ooxml.AlignBoth,
				Runs:  b.inlinesSized(para, b.rs.Style(rules.ChuThich).HalfPoints(), false, false),
			})
		}
		b.notes = append(b.notes, note)
	}
}

// heading places a Markdown heading: Phần/Chương/Mục/Tiểu mục centred
// in two lines (number, then the title in capitals); Điều bold at the
// first-line indent; other headings (I., 1., a)) bold in the body flow.
func (b *builder) heading(blk *markdown.Block) {
	switch blk.Heading {
	case markdown.Part, markdown.Chapter, markdown.Section, markdown.Subsection:
		label := blk.Heading.String() + " " + blk.Number
		p := b.line(rules.PhanChuong, label, ooxml.AlignCenter)
		p.SpacingBefore = 240
		p.KeepNext = true
		b.body = append(b.body, p)
		if strings.TrimSpace(blk.Title) != "" {
			t := b.line(rules.TieuDe, blk.Title, ooxml.AlignCenter)
			t.KeepNext = true
			b.body = append(b.body, t)
		}
	default:
		p := b.bodyParagraph()
		p.KeepNext = true
		italic := blk.Level >= 4
		p.Runs = b.inlines(blk.Inlines, true, italic)
		b.body = append(b.body, p)
	}
}

// inlines turns Markdown inlines into runs at the body size.
func (b *builder) inlines(in []markdown.Inline, bold, italic bool) []ooxml.Run {
	return b.inlinesSized(in, b.bodySize(), bold, italic)
}

func (b *builder) inlinesSized(in []markdown.Inline, size int, bold, italic bool) []ooxml.Run {
	if size == b.bodySize() {
		size = 0 // the document default: the XML stays short
	}
	runs := make([]ooxml.Run, 0, len(in))
	for _, il := range in {
		switch {
		case il.FootnoteRef > 0:
			runs = append(runs, ooxml.Run{FootnoteRef: il.FootnoteRef, Size: size})
		case il.Break:
			runs = append(runs, ooxml.Run{Text: "\n", Size: size})
		default:
			runs = append(runs, ooxml.Run{Text: il.Text, Bold: bold || il.Bold, Italic: italic || il.Italic, Size: size})
		}
	}
	return runs
}

// plain is the text of inlines without formatting.
func plain(in []markdown.Inline) string {
	var sb strings.Builder
	for _, il := range in {
		sb.WriteString(il.Text)
	}
	return sb.String()
}

// boldPrefix makes the first n bytes of a paragraph's text bold ("Điều 1.").
func boldPrefix(p *ooxml.Paragraph, n int) {
	var out []ooxml.Run
	for _, r := range p.Runs {
		if n <= 0 || r.FootnoteRef > 0 {
			out = append(out, r)
			continue
		}
		if len(r.Text) <= n {
			r.Bold = true
			n -= len(r.Text)
			out = append(out, r)
			continue
		}
		head, tail := r, r
		head.Text, tail.Text = r.Text[:n], r.Text[n:]
		head.Bold = true
		n = 0
		out = append(out, head, tail)
	}
	p.Runs = out
}

// table places a GFM table as a bordered table across the text width,
// columns sized by their longest cell text.
func (b *builder) table(t *markdown.TableBlock) {
	if t == nil {
		return
	}
	cols := len(t.Header)
	for _, r := range t.Rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return
	}
	weights := make([]float64, cols)
	measure := func(cells []markdown.Cell) {
		for i, c := range cells {
			weights[i] = max(weights[i], math.Sqrt(float64(len([]rune(plain(c.Inlines))))+4))
		}
	}
	measure(t.Header)
	for _, r := range t.Rows {
		measure(r)
	}
	total := 0.0
	for _, w := range weights {
		total += w
	}
	widths := make([]int, cols)
	used := 0
	for i, w := range weights {
		widths[i] = int(float64(b.width) * w / total)
		used += widths[i]
	}
	widths[cols-1] += b.width - used

	size := b.rs.Style(rules.Bang).HalfPoints()
	cell := func(c markdown.Cell, col int, header bool) ooxml.TableCell {
		align := ooxml.AlignLeft
		if col < len(t.Align) {
			switch t.Align[col] {
			case markdown.AlignCenter:
				align = ooxml.AlignCenter
			case markdown.AlignRight:
				align = ooxml.AlignRight
			}
		}
		if header {
			align = ooxml.AlignCenter
		}
		return ooxml.TableCell{VAlign: "center", Blocks: []ooxml.Block{&ooxml.Paragraph{
			Align: align, SpacingBefore: 40, SpacingAfter: 40,
			Runs: b.inlinesSized(c.Inlines, size, header, false),
		}}}
	}
	row := func(cells []markdown.Cell, header bool) ooxml.TableRow {
		r := ooxml.TableRow{Header: header, CantSplit: true}
		for i := 0; i < cols; i++ {
			c := markdown.Cell{}
			if i < len(cells) {
				c = cells[i]
			}
			r.Cells = append(r.Cells, cell(c, i, header))
		}
		return r
	}
	tbl := &ooxml.Table{Widths: widths, Borders: true, CellMarginLeft: 80, CellMarginRight: 80}
	if len(t.Header) > 0 {
		tbl.Rows = append(tbl.Rows, row(t.Header, true))
	}
	for _, r := range t.Rows {
		tbl.Rows = append(tbl.Rows, row(r, false))
	}
	// A little air before the table; Word joins adjacent tables, so a
	// table is always preceded by a paragraph.
	b.body = append(b.body, &ooxml.Paragraph{SpacingBefore: 60, Line: 120, LineRule: ooxml.LineAuto, MarkSize: 8}, tbl)
}

// endMark ends the content with "./." as every mẫu does, unless it
// already ends so.
func (b *builder) endMark() {
	mark := b.rs.Body.EndMark
	if mark == "" || len(b.body) == 0 {
		return
	}
	last, ok := b.body[len(b.body)-1].(*ooxml.Paragraph)
	if ok && len(last.Runs) > 0 {
		i := len(last.Runs) - 1
		for i >= 0 && last.Runs[i].FootnoteRef > 0 {
			i--
		}
		if i >= 0 {
			r := &last.Runs[i]
			text := strings.TrimRight(r.Text, " ")
			if strings.HasSuffix(text, mark) {
				return
			}
			if i == len(last.Runs)-1 {
				r.Text = strings.TrimSuffix(text, ".") + mark
				return
			}
		}
		// A footnote reference ends the paragraph: the mark follows it.
		base := last.Runs[len(last.Runs)-1]
		last.Runs = append(last.Runs, ooxml.Run{Text: mark, Size: base.Size})
		return
	}
	p := b.bodyParagraph()
	p.Runs = []ooxml.Run{{Text: mark, Size: b.bodySize()}}
	b.body = append(b.body, p)
}
