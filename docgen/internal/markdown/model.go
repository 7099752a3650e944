package markdown

// Body is the parsed body (nội dung) of a document: its blocks in source
// order and the footnotes they reference.
type Body struct {
	// Blocks are the paragraphs, headings and tables of the body, in
	// source order. Lists, block quotes and code blocks are flattened into
	// paragraphs.
	Blocks []Block
	// Footnotes are numbered 1.. in order of first reference: an Inline
	// with FootnoteRef n refers to Footnotes[n-1]. Definitions that are
	// never referenced are dropped.
	Footnotes []Footnote
}

// BlockKind says what a Block is.
type BlockKind int

const (
	// Paragraph is a run of text (Block.Inlines).
	Paragraph BlockKind = iota
	// Heading is a Markdown heading (# … ######); see Block.Heading.
	Heading
	// Table is a GFM table (Block.Table).
	Table
)

// String returns the name of the kind, for messages and tests.
func (k BlockKind) String() string {
	switch k {
	case Paragraph:
		return "Paragraph"
	case Heading:
		return "Heading"
	case Table:
		return "Table"
	}
	return "BlockKind(?)"
}

// Block is one paragraph, heading or table of the body.
type Block struct {
	// Kind says which of the fields below are meaningful.
	Kind BlockKind
	// Level is the heading level, 1..6 (the number of #), for a Heading.
	Level int
	// Heading is what the heading's text says it is, for a Heading.
	Heading HeadingKind
	// Number is the number of a structural heading as written: "I",
	// "thứ nhất", "1", "2a"… ("Chương II" → "II", "Điều 3." → "3").
	// Empty for a PlainHeading.
	Number string
	// Title is the title of a structural heading, after the number and
	// its separator, as written ("Phần I - QUY ĐỊNH CHUNG" → "QUY ĐỊNH
	// CHUNG"); runs of spaces are collapsed to one. Empty when the heading
	// has no title (the checker reports that) and for a PlainHeading.
	Title string
	// Inlines is the text of a Paragraph or Heading. For a paragraph that
	// comes from a list item it begins with the list marker written as
	// text ("1. ", "- ").
	Inlines []Inline
	// Table is the table, for a Table.
	Table *TableBlock
	// Line is the 1-based line of the source where the block starts, for
	// messages.
	Line int
}

// HeadingKind classifies a heading by its text (Nghị định 30/2020/NĐ-CP,
// Phụ lục I: phần, chương, mục, tiểu mục, điều).
type HeadingKind int

const (
	// PlainHeading is any heading that is not one of the structural kinds
	// below, e.g. "I. KẾT QUẢ" or "1. Về nội dung".
	PlainHeading HeadingKind = iota
	// Part is "Phần I", "Phần thứ nhất", "Phần I. Quy định chung".
	Part
	// Chapter is "Chương I", "Chương II - QUY ĐỊNH CHUNG".
	Chapter
	// Section is "Mục 1", "Mục 1. Tên mục".
	Section
	// Subsection is "Tiểu mục 1", "Tiểu mục 1. Tên tiểu mục".
	Subsection
	// Article is "Điều 5. Tên điều".
	Article
)

// String returns the Vietnamese keyword of the kind ("Chương"…), or
// "PlainHeading".
func (k HeadingKind) String() string {
	switch k {
	case PlainHeading:
		return "PlainHeading"
	case Part:
		return "Phần"
	case Chapter:
		return "Chương"
	case Section:
		return "Mục"
	case Subsection:
		return "Tiểu mục"
	case Article:
		return "Điều"
	}
	return "HeadingKind(?)"
}

// Inline is a run of text with one formatting, a footnote reference or a
// hard line break. Adjacent runs with the same formatting are merged.
type Inline struct {
	// Text is the text, NFC-normalised, with entities and backslash
	// escapes resolved. Empty for a footnote reference or a break.
	Text string
	// Bold and Italic are the formatting of Text.
	Bold, Italic bool
	// FootnoteRef, when > 0, makes this inline a reference to
	// Body.Footnotes[FootnoteRef-1]; Text is then empty.
	FootnoteRef int
	// Break makes this inline a hard line break (two trailing spaces or a
	// trailing backslash in the source); Text is then empty.
	Break bool
}

// TableBlock is a GFM table.
type TableBlock struct {
	// Header is the header row.
	Header []Cell
	// Rows are the body rows, each with exactly len(Header) cells (GFM
	// pads short rows and drops extra cells).
	Rows [][]Cell
	// Align is the alignment of each column, from the delimiter row.
	Align []Align
}

// Cell is one table cell.
type Cell struct {
	// Inlines is the text of the cell.
	Inlines []Inline
}

// Align is the alignment of a table column.
type Align int

const (
	// AlignNone is a column with no alignment given ("---").
	AlignNone Align = iota
	// AlignLeft is ":--".
	AlignLeft
	// AlignCenter is ":-:".
	AlignCenter
	// AlignRight is "--:".
	AlignRight
)

// String returns "none", "left", "center" or "right".
func (a Align) String() string {
	switch a {
	case AlignNone:
		return "none"
	case AlignLeft:
		return "left"
	case AlignCenter:
		return "center"
	case AlignRight:
		return "right"
	}
	return "Align(?)"
}

// Footnote is the text of one footnote: its paragraphs, each a run of
// inlines. Lists inside a footnote are flattened like in the body; a table
// inside a footnote becomes one paragraph per row, cells separated by " | ".
type Footnote struct {
	// Paragraphs are the paragraphs of the note, in order.
	Paragraphs [][]Inline
}
