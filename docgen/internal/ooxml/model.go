package ooxml

import "time"

// Document is a whole .docx: one section, body blocks, footnotes.
type Document struct {
	Section Section
	// Font is set in docDefaults for the ascii, hAnsi, cs and eastAsia
	// slots, so every run inherits it.
	Font string
	// Size is the default run size in half-points (28 = 14 pt).
	Size int
	// Lang is the w:lang value, e.g. "vi-VN".
	Lang string
	// Color is the default text colour, e.g. "000000".
	Color string
	// FootnoteSize is the size of the FootnoteText style, in half-points.
	FootnoteSize int
	Body         []Block
	// Extra are the sections after the first (Section and Body), each
	// starting on a new page with its own page set-up: a phụ lục.
	Extra []ExtraSection
	// Images are the PNG files that Pictures show (word/media).
	Images []Image
	// Footnotes: footnote i has w:id i+1.
	Footnotes []Footnote
	// Core properties (docProps/core.xml).
	Title, Creator, Subject, Keywords string
	// Created is written as dcterms:created and modified unless zero.
	Created time.Time
}

// Section is the page setup of the document's single section. Lengths
// are in twips (1/20 pt).
type Section struct {
	PageWidth, PageHeight int
	Landscape             bool // orient="landscape"; the caller swaps width and height
	MarginTop             int
	MarginBottom          int
	MarginLeft            int
	MarginRight           int
	MarginHeader          int
	MarginFooter          int
	PageNumbers           *PageNumbers // nil: no header parts
	// FirstHeader and FirstFooter are shown on page 1 only (w:titlePg
	// is set when either has blocks): the first-page header holds them
	// instead of the empty part that hides the page number, and the
	// first-page footer is the only footer.
	FirstHeader, FirstFooter []Block
}

// titlePage reports whether page 1 has its own header and footer.
func (s *Section) titlePage() bool {
	return (s.PageNumbers != nil && s.PageNumbers.HideOnFirst) || len(s.FirstHeader) > 0 || len(s.FirstFooter) > 0
}

// PageNumbers puts a PAGE field centred in the header. With HideOnFirst,
// w:titlePg is set and the first-page header is an empty part.
type PageNumbers struct {
	Size        int // half-points
	HideOnFirst bool
	Start       int // 0: continue; otherwise w:pgNumType w:start
}

// Block is a body element: *Paragraph or *Table.
type Block interface{ block() }

// Align is a paragraph or table alignment (w:jc).
type Align int

// The alignments.
const (
	AlignLeft Align = iota
	AlignCenter
	AlignRight
	AlignBoth // justified
)

func (a Align) val() string {
	switch a {
	case AlignCenter:
		return "center"
	case AlignRight:
		return "right"
	case AlignBoth:
		return "both"
	}
	return "left"
}

// LineRule says how Paragraph.Line is read.
type LineRule int

// The line rules.
const (
	LineAuto    LineRule = iota // Line in 240ths of a single line
	LineExact                   // Line in twips, exactly
	LineAtLeast                 // Line in twips, at least
)

func (r LineRule) val() string {
	switch r {
	case LineExact:
		return "exact"
	case LineAtLeast:
		return "atLeast"
	}
	return "auto"
}

// Paragraph is a w:p. Lengths are in twips.
type Paragraph struct {
	Style                       string // pStyle id; "" is Normal
	Align                       Align
	IndentLeft, IndentRight     int
	IndentFirstLine             int
	IndentHanging               int
	SpacingBefore, SpacingAfter int // always written, 0 included
	Line                        int // 0: not set
	LineRule                    LineRule
	KeepNext, KeepLines         bool
	PageBreakBefore             bool
	WidowControlOff             bool
	BorderTop, BorderBottom     *Border
	Tabs                        []Tab
	// MarkSize is the size of the paragraph mark in half-points; it sets
	// the height of an empty paragraph.
	MarkSize int
	Runs     []Run
}

// Run is a w:r.
type Run struct {
	// Text may hold '\t' (a w:tab) and '\n' (a w:br).
	Text                          string
	Bold, Italic, Underline, Caps bool
	Size                          int    // half-points; 0 inherits
	Color                         string // "" inherits
	Superscript                   bool
	// FootnoteRef > 0 makes the run a reference to that footnote id.
	FootnoteRef int
	// Field, when set, makes the run a field such as "PAGE".
	Field string
	// Picture, when set, makes the run a picture; the other fields are
	// not used.
	Picture *Picture
}

// Border is one paragraph border.
type Border struct {
	Style string // "single"
	Size  int    // eighths of a point
	Space int    // points
	Color string
}

// Tab is a tab stop.
type Tab struct {
	Pos   int    // twips
	Align string // "left", "center", "right"
}

// Table is a w:tbl with fixed layout.
type Table struct {
	Widths  []int // gridCol widths; tblW is their sum
	Indent  int   // tblInd, may be negative
	Borders bool  // false: no borders at all
	// BorderSize (eighths of a point, 0: 4) and BorderColor ("":
	// black) set the borders when Borders is true.
	BorderSize                      int
	BorderColor                     string
	CellMarginLeft, CellMarginRight int
	Align                           Align
	Rows                            []TableRow
}

// TableRow is a w:tr.
type TableRow struct {
	Cells     []TableCell
	Header    bool // repeats on each page
	CantSplit bool
	// Height is the row height in twips (0: automatic); HeightExact
	// makes it exact rather than at least.
	Height      int
	HeightExact bool
}

// TableCell is a w:tc.
type TableCell struct {
	Blocks []Block // an empty cell still gets one paragraph
	Span   int     // gridSpan; 0 or 1 is one column
	VAlign string  // "", "top", "center", "bottom"
}

// Footnote is the text of one footnote. The writer starts its first
// paragraph with the footnote mark and styles it FootnoteText.
type Footnote struct {
	Paragraphs []*Paragraph
}

func (*Paragraph) block() {}
func (*Table) block()     {}

// Part is one file of the package.
type Part struct {
	Name string // e.g. "word/document.xml"
	Data []byte
}
