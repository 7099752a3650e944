package docx

import (
	"strconv"
	"strings"
)

// partKind says which part a builder reads.
type partKind int

const (
	partBody partKind = iota
	partHeader
	partFootnotes
)

// field is an open field.
type field struct {
	instr     strings.Builder
	separated bool
	recorded  bool
	norm      string
}

// normalized returns the instruction trimmed, spaces collapsed and its
// first word upper-cased.
func (f *field) normalized() string {
	if f.norm == "" {
		f.norm = normInstr(f.instr.String())
	}
	return f.norm
}

func normInstr(s string) string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return ""
	}
	words[0] = strings.ToUpper(words[0])
	return strings.Join(words, " ")
}

// ctx is where blocks are being built.
type ctx struct {
	inTable         bool
	table, row, col int
	cells           []*Cell // enclosing cells, innermost last
	topLevel        bool    // directly in the body (section breaks count)
}

// builder reads the blocks of one part.
type builder struct {
	t      *tokReader
	st     *styles
	rels   map[string]rel
	kind   partKind
	doc    *Document
	header *HeaderPart

	paras    *[]*Paragraph // the part's flat paragraph list
	tables   int
	fields   []*field
	overflow int
}

// document reads word/document.xml.
func (b *builder) document() error {
	b.paras = &b.doc.Paragraphs
	return b.t.root("document", func(se xmlStart) error {
		if isW(se, "body") {
			return b.blocks(ctx{table: -1, topLevel: true}, &b.doc.Blocks)
		}
		return b.t.skip()
	})
}

// headerRoot reads a header (root "hdr") or footer ("ftr") part.
func (b *builder) headerRoot(root string) error {
	b.paras = &b.header.Paragraphs
	var blocks []Block
	return b.t.root(root, func(se xmlStart) error {
		return b.block(se, ctx{table: -1}, &blocks)
	})
}

// footnotes reads word/footnotes.xml.
func (b *builder) footnotes() error {
	return b.t.root("footnotes", func(se xmlStart) error {
		if !isW(se, "footnote") {
			return b.t.skip()
		}
		idS, _ := attr(se, "id")
		typ, _ := attr(se, "type")
		id, err := strconv.Atoi(strings.TrimSpace(idS))
		if err != nil || id < 1 || (typ != "" && typ != "normal") {
			return b.t.skip()
		}
		var paras []*Paragraph
		b.paras = &paras
		b.tables = 0
		var blocks []Block
		if err := b.blocks(ctx{table: -1}, &blocks); err != nil {
			return err
		}
		if _, dup := b.doc.Footnotes[id]; !dup {
			b.doc.Footnotes[id] = paras
		}
		return nil
	})
}

// blocks reads the block-level children of the current element.
func (b *builder) blocks(c ctx, out *[]Block) error {
	return b.t.children(func(se xmlStart) error { return b.block(se, c, out) })
}

// block reads one block-level element.
func (b *builder) block(se xmlStart, c ctx, out *[]Block) error {
	if isAlt(se) {
		return b.t.altContent(func(se xmlStart) error { return b.block(se, c, out) })
	}
	if !isWNS(se.Name.Space) {
		return b.t.skip()
	}
	switch se.Name.Local {
	case "p":
		p, err := b.paragraph(c)
		if err != nil {
			return err
		}
		*out = append(*out, p)
		return nil
	case "tbl":
		if !c.inTable {
			c.inTable = true
			c.table = b.tables
			b.tables++
		}
		tbl, err := b.table(c)
		if err != nil {
			return err
		}
		*out = append(*out, tbl)
		return nil
	case "sdt":
		return b.sdt(func(se xmlStart) error { return b.block(se, c, out) })
	case "customXml", "ins", "moveTo":
		return b.blocks(c, out)
	case "sectPr":
		if c.topLevel && b.kind == partBody {
			return b.section()
		}
	}
	return b.t.skip()
}

// sdt reads a w:sdt, passing the children of w:sdtContent to fn.
func (b *builder) sdt(fn func(se xmlStart) error) error {
	return b.t.children(func(se xmlStart) error {
		if isW(se, "sdtContent") {
			return b.t.children(fn)
		}
		return b.t.skip()
	})
}

// table reads a w:tbl.
func (b *builder) table(c ctx) (*Table, error) {
	tbl := &Table{}
	top := len(c.cells) == 0
	var own borders
	tblStyle := ""
	hasStyle := false
	var row func(se xmlStart) error
	cellFn := func(r *[]*Cell, col *int) func(se xmlStart) error {
		var cellEl func(se xmlStart) error
		cellEl = func(se xmlStart) error {
			if isAlt(se) {
				return b.t.altContent(cellEl)
			}
			switch {
			case isW(se, "tc"):
				if err := b.t.item(); err != nil {
					return err
				}
				cell := &Cell{}
				cc := c
				if top {
					cc.row, cc.col = len(tbl.Rows), *col
				}
				cc.cells = append(c.cells[:len(c.cells):len(c.cells)], cell)
				cc.topLevel = false
				*col++
				err := b.t.children(func(se xmlStart) error {
					if isW(se, "tcPr") {
						return b.t.children(func(se xmlStart) error {
							if isW(se, "tcBorders") {
								bd := borders{}
								if err := readBorders(b.t, bd); err != nil {
									return err
								}
								if bd.any() {
									tbl.Borders = true
								}
								return nil
							}
							return b.t.skip()
						})
					}
					return b.block(se, cc, &cell.Blocks)
				})
				*r = append(*r, cell)
				return err
			case isW(se, "sdt"):
				return b.sdt(cellEl)
			case isW(se, "customXml"):
				return b.t.children(cellEl)
			}
			return b.t.skip()
		}
		return cellEl
	}
	row = func(se xmlStart) error {
		if isAlt(se) {
			return b.t.altContent(row)
		}
		switch {
		case isW(se, "tr"):
			var cells []*Cell
			col := 0
			err := b.t.children(cellFn(&cells, &col))
			tbl.Rows = append(tbl.Rows, cells)
			return err
		case isW(se, "sdt"):
			return b.sdt(row)
		case isW(se, "customXml"):
			return b.t.children(row)
		case isW(se, "tblPr"):
			s, bd, err := readTblPr(b.t)
			tblStyle, hasStyle, own = s, s != "", bd
			return err
		case isW(se, "tblGrid"):
			return b.t.children(func(g xmlStart) error {
				if isW(g, "gridCol") {
					w, _ := twipsAttr(g, "w")
					tbl.GridCols = append(tbl.GridCols, w)
				}
				return b.t.skip()
			})
		}
		return b.t.skip()
	}
	if err := b.t.children(row); err != nil {
		return nil, err
	}
	if !hasStyle {
		tblStyle = b.st.defaultTable
	}
	eff := own
	if r := b.st.resolve(tblStyle); r != nil {
		eff = own.over(r.tbl)
	}
	if eff.any() {
		tbl.Borders = true
	}
	return tbl, nil
}
