package docx

import (
	"strconv"
	"strings"
)

// maxFieldNesting bounds the open-field stack; deeper begins are
// counted but not tracked.
const maxFieldNesting = 64

// rawRun is a run before its properties are resolved.
type rawRun struct {
	text    strings.Builder
	direct  rProps
	rStyle  string
	footRef int
	field   string
}

// paragraph reads a w:p (start already read).
func (b *builder) paragraph(c ctx) (*Paragraph, error) {
	if err := b.t.item(); err != nil {
		return nil, err
	}
	p := &Paragraph{Index: -1, Table: -1}
	if c.inTable {
		p.InTable, p.Table, p.Row, p.Col = true, c.table, c.row, c.col
	}
	var direct pProps
	var raws []*rawRun
	var sect func() error
	if c.topLevel && b.kind == partBody {
		sect = b.section
	}
	var inline func(se xmlStart) error
	inline = func(se xmlStart) error {
		if isAlt(se) {
			return b.t.altContent(inline)
		}
		if !isWNS(se.Name.Space) {
			return b.t.skip()
		}
		switch se.Name.Local {
		case "r":
			r, err := b.run()
			if err != nil {
				return err
			}
			if r.text.Len() > 0 || r.footRef > 0 {
				if err := b.t.item(); err != nil {
					return err
				}
				raws = append(raws, r)
			}
			return nil
		case "hyperlink", "ins", "smartTag", "customXml", "moveTo", "dir", "bdo":
			return b.t.children(inline)
		case "sdt":
			return b.sdt(inline)
		case "fldSimple":
			instr, _ := attr(se, "instr")
			f := &field{separated: true}
			f.instr.WriteString(instr)
			pushed := b.pushField(f)
			b.recordField(f)
			err := b.t.children(inline)
			if pushed {
				b.popField()
			}
			return err
		}
		return b.t.skip()
	}
	err := b.t.children(func(se xmlStart) error {
		if isW(se, "pPr") {
			d, style, err := readPPr(b.t, sect)
			direct, p.Style = d, style
			return err
		}
		return inline(se)
	})
	if err != nil {
		return nil, err
	}

	// Resolve the effective properties.
	ps := b.st.paraStyle(p.Style)
	eff := direct.over(ps.p.over(b.st.defaults.p))
	p.Align = eff.align.v
	p.IndentLeft, p.IndentRight = eff.indLeft.v, eff.indRight.v
	p.IndentFirstLine, p.IndentHanging = eff.indFirst.v, eff.indHang.v
	p.SpacingBefore, p.SpacingAfter = eff.before.v, eff.after.v
	p.Line, p.LineRule = eff.line.v, eff.lineRule.v
	if p.Line != 0 && p.LineRule == "" {
		p.LineRule = "auto"
	}
	p.BorderTop, p.BorderBottom = eff.borderTop.v, eff.borderBottom.v
	var text strings.Builder
	p.Runs = make([]Run, 0, len(raws))
	for _, r := range raws {
		var char rProps
		if cs := b.st.resolve(r.rStyle); cs != nil {
			char = cs.r
		}
		e := effectiveRun(b.st.defaults.r, ps.r, char, r.direct)
		run := Run{
			Text:        r.text.String(),
			Font:        e.font(),
			Size:        e.size.v,
			Bold:        e.bold.v,
			Italic:      e.italic.v,
			Underline:   e.underline.v,
			Caps:        e.caps.v,
			Color:       e.color.v,
			Superscript: e.superscript.v,
			FootnoteRef: r.footRef,
			Field:       r.field,
		}
		text.WriteString(run.Text)
		p.Runs = append(p.Runs, run)
	}
	p.Text = text.String()

	if b.kind == partBody {
		p.Index = len(*b.paras)
	}
	*b.paras = append(*b.paras, p)
	for _, cell := range c.cells {
		cell.Paragraphs = append(cell.Paragraphs, p)
	}
	return p, nil
}

// run reads a w:r (start already read).
func (b *builder) run() (*rawRun, error) {
	r := &rawRun{}
	write := func(s string) {
		r.text.WriteString(s)
		if r.field == "" {
			if f := b.topField(); f != nil {
				r.field = f.normalized()
			}
		}
	}
	var child func(se xmlStart) error
	child = func(se xmlStart) error {
		if isAlt(se) {
			return b.t.altContent(child)
		}
		if !isWNS(se.Name.Space) {
			return b.t.skip()
		}
		switch se.Name.Local {
		case "rPr":
			d, rs, err := readRPr(b.t, b.st.th)
			r.direct, r.rStyle = d, rs
			return err
		case "t":
			s, err := b.t.text()
			if err != nil {
				return err
			}
			if s != "" {
				write(s)
			}
			return nil
		case "tab", "ptab":
			write("\t")
		case "br", "cr":
			write("\n")
		case "noBreakHyphen":
			write("\u2011")
		case "softHyphen":
			write("\u00ad")
		case "sym":
			if v, ok := attr(se, "char"); ok {
				if n, err := strconv.ParseUint(v, 16, 32); err == nil && n > 0 && n < 0x110000 && (n < 0xD800 || n > 0xDFFF) {
					write(string(rune(n)))
				}
			}
		case "fldChar":
			typ, _ := attr(se, "fldCharType")
			switch typ {
			case "begin":
				b.pushField(&field{})
			case "separate":
				if f := b.topField(); f != nil {
					f.separated = true
					b.recordField(f)
				}
			case "end":
				if f := b.topField(); f != nil {
					b.recordField(f)
				}
				b.popField()
			}
		case "instrText":
			s, err := b.t.text()
			if err != nil {
				return err
			}
			if f := b.topField(); f != nil && !f.separated && f.instr.Len() < 4096 {
				f.instr.WriteString(s)
			}
			return nil
		case "footnoteReference":
			v, _ := attr(se, "id")
			if id, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && id > 0 {
				r.footRef = id
				if b.kind == partBody {
					b.doc.FootnoteRefs = append(b.doc.FootnoteRefs, id)
				}
			}
		}
		return b.t.skip()
	}
	if err := b.t.children(child); err != nil {
		return nil, err
	}
	return r, nil
}

// overflowFields counts begins beyond maxFieldNesting.
func (b *builder) pushField(f *field) bool {
	if len(b.fields) >= maxFieldNesting {
		b.overflow++
		return false
	}
	b.fields = append(b.fields, f)
	return true
}

func (b *builder) popField() {
	if b.overflow > 0 {
		b.overflow--
		return
	}
	if n := len(b.fields); n > 0 {
		b.fields = b.fields[:n-1]
	}
}

// topField returns the innermost tracked open field, or nil.
func (b *builder) topField() *field {
	if b.overflow > 0 || len(b.fields) == 0 {
		return nil
	}
	return b.fields[len(b.fields)-1]
}

// recordField adds a header's field type once its instruction is known.
func (b *builder) recordField(f *field) {
	if f.recorded {
		return
	}
	f.recorded = true
	if b.header == nil {
		return
	}
	if typ, _, _ := strings.Cut(f.normalized(), " "); typ != "" {
		b.header.Fields = append(b.header.Fields, typ)
	}
}

// section reads a w:sectPr (start already read) into Document.Sections.
func (b *builder) section() error {
	s := Section{HeaderRefs: map[string]string{}, FooterRefs: map[string]string{}, End: len(b.doc.Paragraphs)}
	orient := ""
	err := b.t.children(func(se xmlStart) error {
		if !isWNS(se.Name.Space) {
			return b.t.skip()
		}
		switch se.Name.Local {
		case "headerReference":
			typ, _ := attr(se, "type")
			if typ == "" {
				typ = "default"
			}
			if r, ok := b.rels[relID(se)]; ok {
				if _, dup := s.HeaderRefs[typ]; !dup {
					s.HeaderRefs[typ] = r.target
				}
			}
		case "footerReference":
			typ, _ := attr(se, "type")
			if typ == "" {
				typ = "default"
			}
			if r, ok := b.rels[relID(se)]; ok {
				if _, dup := s.FooterRefs[typ]; !dup {
					s.FooterRefs[typ] = r.target
				}
			}
		case "pgSz":
			s.PageWidth, _ = twipsAttr(se, "w")
			s.PageHeight, _ = twipsAttr(se, "h")
			orient, _ = attr(se, "orient")
		case "pgMar":
			s.MarginTop, _ = twipsAttr(se, "top")
			s.MarginBottom, _ = twipsAttr(se, "bottom")
			s.MarginLeft, _ = twipsAttr(se, "left")
			s.MarginRight, _ = twipsAttr(se, "right")
			s.MarginHeader, _ = twipsAttr(se, "header")
			s.MarginFooter, _ = twipsAttr(se, "footer")
		case "titlePg":
			s.TitlePage = onOff(se)
		case "pgNumType":
			if v, ok := attr(se, "start"); ok {
				s.PageNumberStart, _ = parseInt(v)
			}
		}
		return b.t.skip()
	})
	s.Landscape = orient == "landscape" || s.PageWidth > s.PageHeight
	if err != nil {
		return err
	}
	if err := b.t.item(); err != nil {
		return err
	}
	b.doc.Sections = append(b.doc.Sections, s)
	return nil
}
