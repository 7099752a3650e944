package docx

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// Errors returned (wrapped) by Open. Use errors.Is to test for them.
var (
	// ErrNotDOCX reports an input that is not a zip archive, or a zip
	// archive without a main document part (word/document.xml).
	ErrNotDOCX = errors.New("docx: not a DOCX file")
	// ErrTooLarge reports an input beyond one of the reader's limits: too
	// many zip entries, too many uncompressed bytes, XML nested too deep
	// or too many paragraphs, runs and cells.
	ErrTooLarge = errors.New("docx: file exceeds a reader limit")
	// ErrCorrupt reports a damaged file: a truncated or inconsistent zip
	// archive, a part that fails to decompress, or malformed XML.
	ErrCorrupt = errors.New("docx: corrupt file")
)

// Default limits; see MaxUncompressed, MaxParts and MaxDepth.
const (
	DefaultMaxUncompressed = 64 << 20
	DefaultMaxParts        = 1000
	DefaultMaxDepth        = 256
	// maxItems caps the paragraphs, runs and cells built, so that a part
	// made of millions of tiny elements cannot turn a bounded input into
	// gigabytes of structures.
	maxItems = 1_000_000
)

// limits holds the reader's limits; Options change them.
type limits struct {
	maxUncompressed int64
	maxParts        int
	maxDepth        int
}

// Option changes a limit of Open.
type Option func(*limits)

// MaxUncompressed limits the uncompressed bytes read from all parts
// together (default 64 MiB). Beyond it Open fails with ErrTooLarge.
func MaxUncompressed(n int64) Option { return func(l *limits) { l.maxUncompressed = n } }

// MaxParts limits the number of zip entries (default 1000). Beyond it
// Open fails with ErrTooLarge.
func MaxParts(n int) Option { return func(l *limits) { l.maxParts = n } }

// MaxDepth limits the nesting of XML elements in any part (default 256).
// Beyond it Open fails with ErrTooLarge.
func MaxDepth(n int) Option { return func(l *limits) { l.maxDepth = n } }

// Document is the content of a DOCX file relevant to layout checking.
type Document struct {
	// Sections holds one entry per w:sectPr: those in paragraphs'
	// properties (section breaks) and the body's final one, in order.
	Sections []Section
	// Blocks is the body in order; each is a *Paragraph or a *Table.
	Blocks []Block
	// Paragraphs is every body paragraph in document order, table cells
	// (nested tables too) included. The pointers are those in Blocks.
	Paragraphs []*Paragraph
	// Footnotes maps a real footnote's id (>= 1) to its paragraphs, from
	// word/footnotes.xml. The separator notes are left out.
	Footnotes map[int][]*Paragraph
	// FootnoteRefs holds the footnote ids referenced from the body, in
	// order.
	FootnoteRefs []int
	// Headers maps a header type ("default", "first", "even") to the
	// header part that applies to the LAST section. A type the last
	// section does not reference is inherited from the previous sections,
	// as Word does.
	Headers map[string]*HeaderPart
	// Footers maps a footer type to the footer part that applies to the
	// last section, as Headers does.
	Footers map[string]*HeaderPart
	// DefaultFont is the document default font (docDefaults rFonts:
	// hAnsi, else ascii, theme fonts resolved).
	DefaultFont string
}

// Section is the page set-up of one section. Lengths are in twips
// (1/20 pt).
type Section struct {
	// PageWidth and PageHeight are the page size (w:pgSz).
	PageWidth, PageHeight int
	// Landscape is true for w:orient="landscape" or a page wider than tall.
	Landscape bool
	// The page margins (w:pgMar), including the header and footer
	// distances.
	MarginTop, MarginBottom, MarginLeft, MarginRight, MarginHeader, MarginFooter int
	// TitlePage reports w:titlePg (a distinct first-page header).
	TitlePage bool
	// HeaderRefs maps a header type ("default", "first", "even") to the
	// part name, e.g. "word/header1.xml", as this sectPr references it.
	HeaderRefs map[string]string
	// FooterRefs maps a footer type to the part name, as HeaderRefs.
	FooterRefs map[string]string
	// PageNumberStart is w:pgNumType w:start, 0 when absent.
	PageNumberStart int
	// Headers and Footers map a header or footer type to the part that
	// applies to this section, inherited from the sections before it
	// when it references none of that type, as Word does.
	Headers, Footers map[string]*HeaderPart
	// End is the index in Document.Paragraphs of the paragraph whose
	// properties hold this w:sectPr (the section's last paragraph); for
	// the body's final w:sectPr, len(Document.Paragraphs). Section i
	// holds the paragraphs after Sections[i-1].End up to End.
	End int
}

// HeaderPart is one header or footer part.
type HeaderPart struct {
	// Name is the part name, e.g. "word/header1.xml".
	Name string
	// Paragraphs is every paragraph of the header, in order (Index -1).
	Paragraphs []*Paragraph
	// Fields holds the field types found in the header, in order: the
	// first word of each instruction (fldSimple w:instr or instrText),
	// upper-cased, e.g. "PAGE".
	Fields []string
}

// Block is a body element: a *Paragraph or a *Table.
type Block interface{ isBlock() }

// Table is a w:tbl.
type Table struct {
	// Rows holds the cells of each row (w:tc in order; a merged cell
	// counts once).
	Rows [][]*Cell
	// GridCols is the width of each grid column (w:gridCol), in twips.
	GridCols []int
	// Borders reports any visible border: the table's own tblBorders
	// over its style's (per side), or any cell's tcBorders. "nil" and
	// "none" are invisible.
	Borders bool
}

// Cell is a table cell.
type Cell struct {
	// Blocks is the cell content: paragraphs and nested tables.
	Blocks []Block
	// Paragraphs is every paragraph of the cell, nested tables included.
	Paragraphs []*Paragraph
}

// Paragraph is a w:p with its effective properties.
type Paragraph struct {
	// Index is the position in Document.Paragraphs (-1 for paragraphs of
	// headers and footnotes).
	Index int
	// Text is the concatenated run text: w:tab is "\t", w:br and w:cr are
	// "\n". It is not normalised (callers apply NFC).
	Text string
	// Style is the w:pStyle id as written, "" when none (the default
	// paragraph style then applies to the effective properties).
	Style string
	// InTable reports a paragraph in a table cell. Table is the index of
	// the top-level table among the part's tables (-1 outside a table);
	// Row and Col are the row and the cell's position in the top-level
	// table (for a nested table, those of the outer cell).
	InTable         bool
	Table, Row, Col int

	// Align is the effective w:jc: "left", "center", "right", "both",
	// "distribute", ... ("start" reads as "left", "end" as "right"); ""
	// when unset.
	Align string
	// Indents in twips (w:left/w:start, w:right/w:end, w:firstLine,
	// w:hanging).
	IndentLeft, IndentRight, IndentFirstLine, IndentHanging int
	// SpacingBefore and SpacingAfter are in twips.
	SpacingBefore, SpacingAfter int
	// Line is w:spacing w:line and LineRule its rule ("auto" when the
	// line is set without a rule); 0 and "" when unset.
	Line     int
	LineRule string
	// BorderTop and BorderBottom report visible paragraph borders.
	BorderTop, BorderBottom bool
	// Runs are the runs with text (or a footnote reference), in order.
	Runs []Run
}

// Run is a w:r with its effective properties.
type Run struct {
	// Text is the run's text (w:tab "\t", w:br and w:cr "\n").
	Text string
	// Font is the rFonts hAnsi font, else ascii; theme fonts are resolved
	// from word/theme/theme1.xml ("" when there is no theme).
	Font string
	// Size is the font size in points; 0 when unknown.
	Size float64
	// Toggle and other character properties.
	Bold, Italic, Underline, Caps bool
	// Color is w:color w:val: "000000", "auto" or "" when unset.
	Color string
	// Superscript reports w:vertAlign="superscript".
	Superscript bool
	// FootnoteRef is the footnote id when the run holds a
	// w:footnoteReference, else 0.
	FootnoteRef int
	// Field is the instruction (trimmed, spaces collapsed, first word
	// upper-cased) of the innermost field the run belongs to, "" outside
	// fields.
	Field string
}

func (*Paragraph) isBlock() {}
func (*Table) isBlock()     {}

// Open reads a DOCX from r, whose size is size. It enforces limits against
// hostile files and returns a clear error wrapping ErrNotDOCX (not a zip,
// or a zip without word/document.xml), ErrTooLarge (a limit exceeded) or
// ErrCorrupt (a damaged archive or part).
func Open(r io.ReaderAt, size int64, opts ...Option) (*Document, error) {
	lim := limits{DefaultMaxUncompressed, DefaultMaxParts, DefaultMaxDepth}
	for _, o := range opts {
		if o != nil {
			o(&lim)
		}
	}
	if r == nil || size <= 0 {
		return nil, fmt.Errorf("%w: empty input", ErrNotDOCX)
	}
	if err := precheckEntries(r, size, lim.maxParts); err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(r, size)
	if err != nil {
		var head [4]byte
		if n, _ := r.ReadAt(head[:], 0); n == 4 && string(head[:]) == "PK\x03\x04" {
			return nil, fmt.Errorf("%w: damaged zip archive: %w", ErrCorrupt, err)
		}
		return nil, fmt.Errorf("%w: not a zip archive: %w", ErrNotDOCX, err)
	}
	if len(zr.File) > lim.maxParts {
		return nil, fmt.Errorf("%w: %d zip entries (limit %d)", ErrTooLarge, len(zr.File), lim.maxParts)
	}
	pk := &pkg{files: make(map[string]*zip.File, len(zr.File)), budget: lim.maxUncompressed, lim: lim}
	for _, f := range zr.File {
		name := strings.ToLower(strings.TrimPrefix(f.Name, "/"))
		if _, dup := pk.files[name]; !dup {
			pk.files[name] = f
		}
	}
	return pk.read()
}

// precheckEntries reads the entry count from the zip's end of central
// directory record and refuses too many entries before archive/zip
// allocates them. Zip64 archives are checked after opening.
func precheckEntries(r io.ReaderAt, size int64, maxParts int) error {
	const eocdLen = 22
	n := int64(eocdLen + 65535)
	if n > size {
		n = size
	}
	buf := make([]byte, n)
	if _, err := r.ReadAt(buf, size-n); err != nil && err != io.EOF {
		return fmt.Errorf("%w: reading: %w", ErrNotDOCX, err)
	}
	i := bytes.LastIndex(buf, []byte("PK\x05\x06"))
	if i < 0 || len(buf)-i < eocdLen {
		return nil // let archive/zip report it
	}
	count := binary.LittleEndian.Uint16(buf[i+10:])
	if count != 0xFFFF && int(count) > maxParts {
		return fmt.Errorf("%w: %d zip entries (limit %d)", ErrTooLarge, count, maxParts)
	}
	return nil
}

// pkg is an opened package with the shared read budget.
type pkg struct {
	files  map[string]*zip.File
	budget int64
	lim    limits
	items  int
}

// budgetReader counts the bytes read against the package budget.
type budgetReader struct {
	r    io.Reader
	p    *pkg
	name string
}

func (b *budgetReader) Read(p []byte) (int, error) {
	if b.p.budget <= 0 {
		// Refuse only when there is more to read.
		var one [1]byte
		n, err := b.r.Read(one[:])
		if n > 0 {
			return 0, fmt.Errorf("%w: more than %d uncompressed bytes (reading %s)", ErrTooLarge, b.p.lim.maxUncompressed, b.name)
		}
		return 0, err
	}
	if int64(len(p)) > b.p.budget {
		p = p[:b.p.budget]
	}
	n, err := b.r.Read(p)
	b.p.budget -= int64(n)
	return n, err
}

// has reports whether the part exists.
func (p *pkg) has(name string) bool {
	_, ok := p.files[strings.ToLower(name)]
	return ok
}

// parse opens part name and calls fn with a token reader over it. A
// missing part returns errMissing.
func (p *pkg) parse(name string, fn func(t *tokReader) error) error {
	f, ok := p.files[strings.ToLower(name)]
	if !ok {
		return errMissing
	}
	if f.UncompressedSize64 > uint64(max(p.budget, 0)) {
		return fmt.Errorf("%w: %s is %d bytes uncompressed, over the %d-byte limit", ErrTooLarge, name, f.UncompressedSize64, p.lim.maxUncompressed)
	}
	rc, err := f.Open()
	if err != nil {
		return fmt.Errorf("%w: %s: %w", ErrCorrupt, name, err)
	}
	defer rc.Close()
	t := newTokReader(&budgetReader{r: rc, p: p, name: name}, p.lim.maxDepth, &p.items)
	if err := fn(t); err != nil {
		return partErr(name, err)
	}
	return nil
}

var errMissing = errors.New("docx: part missing")

// partErr classifies an error met while reading a part.
func partErr(name string, err error) error {
	if errors.Is(err, ErrTooLarge) || errors.Is(err, ErrCorrupt) || errors.Is(err, ErrNotDOCX) {
		return fmt.Errorf("%w (in %s)", err, name)
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return fmt.Errorf("%w: %s: unexpected end of part", ErrCorrupt, name)
	}
	return fmt.Errorf("%w: %s: %w", ErrCorrupt, name, err)
}

// rel is one relationship.
type rel struct{ id, typ, target string }

// relsOf reads the relationships of part source ("" for the package).
// A missing .rels part yields none.
func (p *pkg) relsOf(source string) (map[string]rel, error) {
	dir, file := path.Split(source)
	relsName := dir + "_rels/" + file + ".rels"
	out := map[string]rel{}
	err := p.parse(relsName, func(t *tokReader) error {
		return t.walk(func(se xmlStart) error {
			if se.Name.Local != "Relationship" {
				return nil
			}
			var r rel
			external := false
			for _, a := range se.Attr {
				switch a.Name.Local {
				case "Id":
					r.id = a.Value
				case "Type":
					r.typ = a.Value
				case "Target":
					r.target = a.Value
				case "TargetMode":
					external = strings.EqualFold(a.Value, "External")
				}
			}
			if external || r.target == "" {
				return nil
			}
			if strings.HasPrefix(r.target, "/") {
				r.target = path.Clean(r.target)[1:]
			} else {
				r.target = strings.TrimPrefix(path.Clean("/"+dir+r.target), "/")
			}
			if _, dup := out[r.id]; !dup {
				out[r.id] = r
			}
			return nil
		})
	})
	if err == errMissing {
		return out, nil
	}
	return out, err
}

// relTarget returns the target of the first relationship of type suffix
// ("/styles"), or "".
func relTarget(rels map[string]rel, suffix string) string {
	best := ""
	bestID := ""
	for _, r := range rels {
		if strings.HasSuffix(r.typ, suffix) && (best == "" || r.id < bestID) {
			best, bestID = r.target, r.id
		}
	}
	return best
}

// read reads the whole document.
func (p *pkg) read() (*Document, error) {
	root, err := p.relsOf("")
	if err != nil {
		return nil, err
	}
	main := relTarget(root, "/officeDocument")
	if main == "" || !p.has(main) {
		main = "word/document.xml"
	}
	if !p.has(main) {
		return nil, fmt.Errorf("%w: no word/document.xml part", ErrNotDOCX)
	}
	docRels, err := p.relsOf(main)
	if err != nil {
		return nil, err
	}
	dir := path.Dir(main)
	partOr := func(suffix, def string) string {
		if t := relTarget(docRels, suffix); t != "" && p.has(t) {
			return t
		}
		return path.Join(dir, def)
	}

	th := &theme{}
	if err := p.parse(partOr("/theme", "theme/theme1.xml"), th.read); err != nil && err != errMissing {
		return nil, err
	}
	st := newStyles(th)
	if err := p.parse(partOr("/styles", "styles.xml"), st.read); err != nil && err != errMissing {
		return nil, err
	}

	doc := &Document{Footnotes: map[int][]*Paragraph{}, Headers: map[string]*HeaderPart{}, Footers: map[string]*HeaderPart{}}
	doc.DefaultFont = st.defaults.r.font()
	body := &builder{st: st, rels: docRels, kind: partBody, doc: doc}
	if err := p.parse(main, func(t *tokReader) error { body.t = t; return body.document() }); err != nil {
		if err == errMissing {
			return nil, fmt.Errorf("%w: no %s part", ErrNotDOCX, main)
		}
		return nil, err
	}

	// Footnotes.
	fn := &builder{st: st, rels: docRels, kind: partFootnotes, doc: doc}
	if err := p.parse(partOr("/footnotes", "footnotes.xml"), func(t *tokReader) error { fn.t = t; return fn.footnotes() }); err != nil && err != errMissing {
		return nil, err
	}

	// Headers and footers of each section, inheriting missing types from
	// the sections before it; Document.Headers and Footers are the last
	// section's.
	parsed := map[string]*HeaderPart{}
	for k := range doc.Sections {
		sec := &doc.Sections[k]
		sec.Headers, sec.Footers = map[string]*HeaderPart{}, map[string]*HeaderPart{}
		if k == len(doc.Sections)-1 {
			sec.Headers, sec.Footers = doc.Headers, doc.Footers
		}
		for _, story := range []struct {
			root string
			refs func(Section) map[string]string
			out  map[string]*HeaderPart
		}{{"hdr", func(s Section) map[string]string { return s.HeaderRefs }, sec.Headers},
			{"ftr", func(s Section) map[string]string { return s.FooterRefs }, sec.Footers}} {
			for _, typ := range []string{"default", "first", "even"} {
				name := ""
				for i := k; i >= 0 && name == ""; i-- {
					name = story.refs(doc.Sections[i])[typ]
				}
				if name == "" {
					continue
				}
				if hp, ok := parsed[name]; ok {
					story.out[typ] = hp
					continue
				}
				hp := &HeaderPart{Name: name}
				hb := &builder{st: st, kind: partHeader, doc: doc, header: hp}
				root := story.root
				err := p.parse(name, func(t *tokReader) error { hb.t = t; return hb.headerRoot(root) })
				if err == errMissing {
					continue
				}
				if err != nil {
					return nil, err
				}
				parsed[name] = hp
				story.out[typ] = hp
			}
		}
	}
	return doc, nil
}
