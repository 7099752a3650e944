package ooxml

// ExtraSection is a section after the document's first: its blocks and
// its page set-up, on new pages (a phụ lục, possibly landscape). It
// shares the first section's page-number header; when its page 1 hides
// the number (PageNumbers.HideOnFirst) that page gets an empty header.
// Its footers are empty, so the first section's first-page footer (ô
// 13) is not inherited. FirstHeader and FirstFooter are not used.
type ExtraSection struct {
	Section Section
	Body    []Block
}

// The parts and relationships of the extra sections: an empty header
// and an empty footer, written only when there are extra sections.
const (
	blankHeaderName = "word/header3.xml"
	blankFooterName = "word/footer2.xml"
	rIDBlankHeader  = "rIdBlankHeader"
	rIDBlankFooter  = "rIdBlankFooter"
)

// sectionBreak is the tiny empty paragraph that carries a section's
// w:sectPr; it also ends a section whose last block is a table.
const sectionBreakStart = `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>`

func (d *Document) extraParts() []Part {
	if len(d.Extra) == 0 {
		return nil
	}
	var h, f xw
	h.s(xmlHeader, `<w:hdr `, nsW, `>`)
	h.paragraph(&Paragraph{Style: "Header"}, 0)
	h.s(`</w:hdr>`)
	f.s(xmlHeader, `<w:ftr `, nsW, `>`)
	f.paragraph(&Paragraph{}, 0)
	f.s(`</w:ftr>`)
	return []Part{{blankHeaderName, h.Bytes()}, {blankFooterName, f.Bytes()}}
}

func (d *Document) extraContentTypes(w *xw) {
	if len(d.Extra) == 0 {
		return
	}
	w.s(`<Override PartName="/`, blankHeaderName, `" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>`,
		`<Override PartName="/`, blankFooterName, `" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>`)
}

func (d *Document) extraRels(w *xw) {
	if len(d.Extra) == 0 {
		return
	}
	w.s(`<Relationship Id="`, rIDBlankHeader, `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header3.xml"/>`,
		`<Relationship Id="`, rIDBlankFooter, `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>`)
}

// extraRefs are the header and footer references of an extra section.
func (d *Document) extraRefs(s *Section) string {
	var w xw
	if s.PageNumbers != nil && d.Section.PageNumbers != nil {
		w.s(`<w:headerReference w:type="default" r:id="rId5"/>`)
	} else {
		w.s(`<w:headerReference w:type="default" r:id="`, rIDBlankHeader, `"/>`)
	}
	w.s(`<w:footerReference w:type="default" r:id="`, rIDBlankFooter, `"/>`)
	if s.titlePage() {
		w.s(`<w:headerReference w:type="first" r:id="`, rIDBlankHeader, `"/>`,
			`<w:footerReference w:type="first" r:id="`, rIDBlankFooter, `"/>`)
	}
	return w.String()
}

// extraBody ends the first section with a section-break paragraph, then
// writes each extra section, the last one's w:sectPr closing the body.
func (d *Document) extraBody(w *xw) {
	w.s(sectionBreakStart, string(d.sectPr(&d.Section, d.mainRefs())), `</w:pPr></w:p>`)
	for i := range d.Extra {
		x := &d.Extra[i]
		w.blocks(x.Body)
		pr := string(d.sectPr(&x.Section, d.extraRefs(&x.Section)))
		if i < len(d.Extra)-1 {
			w.s(sectionBreakStart, pr, `</w:pPr></w:p>`)
			continue
		}
		if n := len(x.Body); n > 0 {
			if _, isTable := x.Body[n-1].(*Table); isTable {
				w.s(sectionBreakStart, `</w:pPr></w:p>`)
			}
		}
		w.s(pr, `</w:body></w:document>`)
	}
}
