package ooxml

import (
	"bytes"
	"strconv"
	"unicode/utf8"
)

// xw is a small XML writer over a buffer: elements are written by hand,
// in schema order, without reflection.
type xw struct{ bytes.Buffer }

func (w *xw) s(parts ...string) {
	for _, p := range parts {
		w.WriteString(p)
	}
}

// attr writes ` name="value"` with value escaped.
func (w *xw) attr(name, value string) {
	w.WriteByte(' ')
	w.WriteString(name)
	w.WriteString(`="`)
	w.text(value)
	w.WriteByte('"')
}

func (w *xw) attrInt(name string, v int) {
	w.WriteByte(' ')
	w.WriteString(name)
	w.WriteString(`="`)
	w.WriteString(strconv.Itoa(v))
	w.WriteByte('"')
}

// val writes <w:name w:val="v"/>.
func (w *xw) val(name, v string) {
	w.s("<", name)
	w.attr("w:val", v)
	w.s("/>")
}

func (w *xw) valInt(name string, v int) {
	w.s("<", name)
	w.attrInt("w:val", v)
	w.s("/>")
}

// text escapes s for XML content or attributes and drops what XML 1.0
// cannot hold: C0 controls other than tab, newline and carriage return,
// U+FFFE, U+FFFF, surrogates and invalid UTF-8.
func (w *xw) text(s string) {
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			var esc string
			switch {
			case c == '&':
				esc = "&amp;"
			case c == '<':
				esc = "&lt;"
			case c == '>':
				esc = "&gt;"
			case c == '"':
				esc = "&#34;"
			case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
				esc = ""
			default:
				i++
				continue
			}
			w.WriteString(s[start:i])
			w.WriteString(esc)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || r == 0xFFFE || r == 0xFFFF {
			w.WriteString(s[start:i])
			i += size
			start = i
			continue
		}
		i += size
	}
	w.WriteString(s[start:])
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const nsW = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// paragraph writes a w:p.
func (w *xw) paragraph(p *Paragraph, footnoteID int) {
	w.s("<w:p>")
	w.pPr(p)
	if footnoteID > 0 {
		w.s(`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>`)
	}
	for i := range p.Runs {
		w.run(&p.Runs[i])
	}
	w.s("</w:p>")
}

func (w *xw) pPr(p *Paragraph) {
	w.s("<w:pPr>")
	if p.Style != "" {
		w.val("w:pStyle", p.Style)
	}
	if p.KeepNext {
		w.s("<w:keepNext/>")
	}
	if p.KeepLines {
		w.s("<w:keepLines/>")
	}
	if p.PageBreakBefore {
		w.s("<w:pageBreakBefore/>")
	}
	if p.WidowControlOff {
		w.s(`<w:widowControl w:val="0"/>`)
	}
	if p.BorderTop != nil || p.BorderBottom != nil {
		w.s("<w:pBdr>")
		if p.BorderTop != nil {
			w.border("w:top", p.BorderTop)
		}
		if p.BorderBottom != nil {
			w.border("w:bottom", p.BorderBottom)
		}
		w.s("</w:pBdr>")
	}
	if len(p.Tabs) > 0 {
		w.s("<w:tabs>")
		for _, t := range p.Tabs {
			w.s("<w:tab")
			w.attr("w:val", t.Align)
			w.attrInt("w:pos", t.Pos)
			w.s("/>")
		}
		w.s("</w:tabs>")
	}
	w.s("<w:spacing")
	w.attrInt("w:before", p.SpacingBefore)
	w.attrInt("w:after", p.SpacingAfter)
	if p.Line > 0 {
		w.attrInt("w:line", p.Line)
		w.attr("w:lineRule", p.LineRule.val())
	}
	w.s("/>")
	if p.IndentLeft != 0 || p.IndentRight != 0 || p.IndentFirstLine != 0 || p.IndentHanging != 0 {
		w.s("<w:ind")
		w.attrInt("w:left", p.IndentLeft)
		w.attrInt("w:right", p.IndentRight)
		if p.IndentHanging != 0 {
			w.attrInt("w:hanging", p.IndentHanging)
		} else if p.IndentFirstLine != 0 {
			w.attrInt("w:firstLine", p.IndentFirstLine)
		}
		w.s("/>")
	}
	w.val("w:jc", p.Align.val())
	if p.MarkSize > 0 {
		w.s("<w:rPr>")
		w.valInt("w:sz", p.MarkSize)
		w.valInt("w:szCs", p.MarkSize)
		w.s("</w:rPr>")
	}
	w.s("</w:pPr>")
}

func (w *xw) border(name string, b *Border) {
	w.s("<", name)
	w.attr("w:val", b.Style)
	w.attrInt("w:sz", b.Size)
	w.attrInt("w:space", b.Space)
	color := b.Color
	if color == "" {
		color = "auto"
	}
	w.attr("w:color", color)
	w.s("/>")
}

func (w *xw) rPr(r *Run, style string) {
	if style == "" && !r.Bold && !r.Italic && !r.Underline && !r.Caps && r.Size == 0 && r.Color == "" && !r.Superscript {
		return
	}
	w.s("<w:rPr>")
	if style != "" {
		w.val("w:rStyle", style)
	}
	if r.Bold {
		w.s("<w:b/><w:bCs/>")
	}
	if r.Italic {
		w.s("<w:i/><w:iCs/>")
	}
	if r.Caps {
		w.s("<w:caps/>")
	}
	if r.Color != "" {
		w.val("w:color", r.Color)
	}
	if r.Size > 0 {
		w.valInt("w:sz", r.Size)
		w.valInt("w:szCs", r.Size)
	}
	if r.Underline {
		w.s(`<w:u w:val="single"/>`)
	}
	if r.Superscript {
		w.s(`<w:vertAlign w:val="superscript"/>`)
	}
	w.s("</w:rPr>")
}

func (w *xw) run(r *Run) {
	switch {
	case r.Picture != nil:
		w.picture(r.Picture)
		return
	case r.FootnoteRef > 0:
		w.s("<w:r>")
		w.rPr(r, "FootnoteReference")
		w.s("<w:footnoteReference")
		w.attrInt("w:id", r.FootnoteRef)
		w.s("/></w:r>")
		return
	case r.Field != "":
		w.s("<w:r>")
		w.rPr(r, "")
		w.s(`<w:fldChar w:fldCharType="begin"/></w:r><w:r>`)
		w.rPr(r, "")
		w.s(`<w:instrText xml:space="preserve"> `)
		w.text(r.Field)
		w.s(` </w:instrText></w:r><w:r>`)
		w.rPr(r, "")
		w.s(`<w:fldChar w:fldCharType="separate"/></w:r><w:r>`)
		w.rPr(r, "")
		w.s(`<w:t>1</w:t></w:r><w:r>`)
		w.rPr(r, "")
		w.s(`<w:fldChar w:fldCharType="end"/></w:r>`)
		return
	}
	w.s("<w:r>")
	w.rPr(r, "")
	text := r.Text
	for len(text) > 0 {
		i := 0
		for i < len(text) && text[i] != '\t' && text[i] != '\n' {
			i++
		}
		if i > 0 {
			w.s(`<w:t xml:space="preserve">`)
			w.text(text[:i])
			w.s("</w:t>")
		}
		if i < len(text) {
			if text[i] == '\t' {
				w.s("<w:tab/>")
			} else {
				w.s("<w:br/>")
			}
			i++
		}
		text = text[i:]
	}
	w.s("</w:r>")
}

func (w *xw) table(t *Table) {
	total := 0
	for _, wd := range t.Widths {
		total += wd
	}
	w.s("<w:tbl><w:tblPr>")
	w.s("<w:tblW")
	w.attrInt("w:w", total)
	w.s(` w:type="dxa"/>`)
	if t.Align != AlignLeft {
		w.val("w:jc", t.Align.val())
	}
	if t.Indent != 0 {
		w.s("<w:tblInd")
		w.attrInt("w:w", t.Indent)
		w.s(` w:type="dxa"/>`)
	}
	w.s("<w:tblBorders>")
	bsize, bcolor := t.BorderSize, t.BorderColor
	if bsize == 0 {
		bsize = 4
	}
	if bcolor == "" {
		bcolor = "000000"
	}
	for _, side := range []string{"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"} {
		if t.Borders {
			w.s("<", side, ` w:val="single"`)
			w.attrInt("w:sz", bsize)
			w.s(` w:space="0"`)
			w.attr("w:color", bcolor)
			w.s("/>")
		} else {
			w.s("<", side, ` w:val="nil"/>`)
		}
	}
	w.s(`</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>`)
	w.s(`<w:top w:w="0" w:type="dxa"/><w:left`)
	w.attrInt("w:w", t.CellMarginLeft)
	w.s(` w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right`)
	w.attrInt("w:w", t.CellMarginRight)
	w.s(` w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, wd := range t.Widths {
		w.s("<w:gridCol")
		w.attrInt("w:w", wd)
		w.s("/>")
	}
	w.s("</w:tblGrid>")
	for _, row := range t.Rows {
		w.s("<w:tr>")
		if row.CantSplit || row.Header || row.Height > 0 {
			w.s("<w:trPr>")
			if row.CantSplit {
				w.s("<w:cantSplit/>")
			}
			if row.Height > 0 {
				w.s("<w:trHeight")
				w.attrInt("w:val", row.Height)
				if row.HeightExact {
					w.s(` w:hRule="exact"`)
				} else {
					w.s(` w:hRule="atLeast"`)
				}
				w.s("/>")
			}
			if row.Header {
				w.s("<w:tblHeader/>")
			}
			w.s("</w:trPr>")
		}
		col := 0
		for _, c := range row.Cells {
			span := max(c.Span, 1)
			width := 0
			for i := col; i < col+span && i < len(t.Widths); i++ {
				width += t.Widths[i]
			}
			col += span
			w.s("<w:tc><w:tcPr><w:tcW")
			w.attrInt("w:w", width)
			w.s(` w:type="dxa"/>`)
			if span > 1 {
				w.valInt("w:gridSpan", span)
			}
			if c.VAlign != "" {
				w.val("w:vAlign", c.VAlign)
			}
			w.s("</w:tcPr>")
			if len(c.Blocks) == 0 {
				w.s("<w:p/>")
			}
			w.blocks(c.Blocks)
			if n := len(c.Blocks); n > 0 {
				if _, isTable := c.Blocks[n-1].(*Table); isTable {
					w.s("<w:p/>") // a cell must end with a paragraph
				}
			}
			w.s("</w:tc>")
		}
		w.s("</w:tr>")
	}
	w.s("</w:tbl>")
}

func (w *xw) blocks(bs []Block) {
	for _, b := range bs {
		switch b := b.(type) {
		case *Paragraph:
			w.paragraph(b, 0)
		case *Table:
			w.table(b)
		}
	}
}
