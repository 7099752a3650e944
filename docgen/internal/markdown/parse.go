package markdown

import (
	"bytes"
	"fmt"
	"runtime/debug"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"golang.org/x/text/unicode/norm"

	"github.com/vanthu/vanthu/docgen/internal/nfc"
)

// Parse parses the Markdown source of a document body.
//
// The source is read as UTF-8 (invalid bytes and NUL become U+FFFD),
// normalised to NFC, and its line endings (CRLF, CR) are read as LF;
// Block.Line counts lines the same way. The texts of the Body share one
// copy of the source; src is not retained. Parse fails only when the input
// exceeds one of the limits in limits.go (a table padded far beyond what
// its source spells out); it never panics, and its time is linear in the
// size of the input.
func Parse(src []byte) (body *Body, err error) {
	defer func() {
		if r := recover(); r != nil {
			body = nil
			err = &internalError{value: r, stack: debug.Stack()}
		}
	}()
	src = prepare(src)

	lines := newLineIndex(src)
	st := &parseState{cellLimit: maxTableCells(len(src)), lineOf: lines.lineOf}
	pc := parser.NewContext()
	pc.Set(stateKey, st)
	doc := mdParser.Parse(text.NewReader(src), parser.WithContext(pc))
	if st.err != nil {
		return nil, st.err
	}

	c := &converter{
		src:      src,
		str:      string(src),
		lines:    lines,
		st:       st,
		fnNumber: make([]int, len(st.footnotes)),
	}
	// About one block per two lines: spares most of the regrowth of
	// Blocks, whose elements are large.
	body = &Body{Blocks: make([]Block, 0, min(bytes.Count(src, []byte{'\n'})/2+1, 1<<14))}
	body.Blocks = c.blocks(doc, body.Blocks, 1)
	// Footnotes may reference further footnotes: c.fnOrder grows while
	// the loop runs.
	for i := 0; i < len(c.fnOrder); i++ {
		def := st.footnotes[c.fnOrder[i]-1]
		body.Footnotes = append(body.Footnotes, Footnote{Paragraphs: c.footnoteParagraphs(def)})
	}
	return body, nil
}

// internalError is a panic inside Parse, turned into an error. It is a
// bug: the fuzz test fails on it.
type internalError struct {
	value any
	stack []byte
}

func (e *internalError) Error() string {
	return fmt.Sprintf("markdown: internal error: %v\n%s", e.value, e.stack)
}

// prepare returns src as valid UTF-8 in NFC with LF line endings and no
// NUL. It returns src itself when it is already so.
func prepare(src []byte) []byte {
	if bytes.IndexByte(src, '\r') >= 0 {
		out := make([]byte, 0, len(src))
		for i := 0; i < len(src); i++ {
			if src[i] != '\r' {
				out = append(out, src[i])
				continue
			}
			out = append(out, '\n')
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
		}
		src = out
	}
	if bytes.IndexByte(src, 0) >= 0 {
		// CommonMark: U+0000 is replaced by U+FFFD.
		src = bytes.ReplaceAll(src, []byte{0}, []byte("\uFFFD"))
	}
	if !nfc.Valid(src) {
		if !utf8.Valid(src) {
			src = bytes.ToValidUTF8(src, []byte("\uFFFD"))
		}
		if !norm.NFC.IsNormal(src) {
			src = norm.NFC.Bytes(src)
		}
	}
	return src
}

// lineIndex answers "which line is this offset on" in O(lineIndexStep):
// counts[i] is the number of '\n' in src[:i*lineIndexStep].
type lineIndex struct {
	src    []byte
	counts []int32
}

const lineIndexStep = 256

func newLineIndex(src []byte) *lineIndex {
	counts := make([]int32, 0, len(src)/lineIndexStep+1)
	n := 0
	for i := 0; i < len(src); i += lineIndexStep {
		counts = append(counts, int32(n))
		n += bytes.Count(src[i:min(len(src), i+lineIndexStep)], []byte{'\n'})
	}
	return &lineIndex{src: src, counts: counts}
}

// lineOf returns the 1-based line of offset pos (clamped to the source).
func (x *lineIndex) lineOf(pos int) int {
	pos = max(0, min(pos, len(x.src)))
	i := pos / lineIndexStep
	if i >= len(x.counts) {
		i = len(x.counts) - 1
	}
	if i < 0 {
		return 1
	}
	return int(x.counts[i]) + bytes.Count(x.src[i*lineIndexStep:pos], []byte{'\n'}) + 1
}

// converter lowers goldmark's AST to Blocks.
type converter struct {
	src []byte
	// str is src as a string: the texts of the Body are substrings of it
	// where they can be.
	str   string
	lines *lineIndex
	st    *parseState
	// fnNumber[i] is the number given to st.footnotes[i], 0 while it is
	// not referenced; fnOrder lists 1 + index of the referenced
	// definitions in order of first reference.
	fnNumber []int
	fnOrder  []int
	// inCell is set while reading a table cell.
	inCell bool
	// scratch is reused by the inline reader.
	scratch []item
}

// blockLine returns the 1-based line where n starts, or fallback.
func (c *converter) blockLine(n ast.Node, fallback int) int {
	if n.Type() == ast.TypeBlock {
		if l := n.Lines(); l != nil && l.Len() > 0 {
			return c.lines.lineOf(l.At(0).Start)
		}
	}
	if p := n.Pos(); p >= 0 {
		return c.lines.lineOf(p)
	}
	return fallback
}

// blocks appends the blocks of n's children to out. line is the line of
// n, for children that do not know their own.
func (c *converter) blocks(n ast.Node, out []Block, line int) []Block {
	for child := n.FirstChild(); child != nil; child = child.NextSibling() {
		out = c.block(child, out, line)
	}
	return out
}

func (c *converter) block(n ast.Node, out []Block, parentLine int) []Block {
	line := c.blockLine(n, parentLine)
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		return c.paragraphs(n, out, line)
	case *ast.Heading:
		return append(out, c.heading(n, line))
	case *ast.List:
		return c.list(n, out, line)
	case *ast.ListItem:
		// Only inside a List, handled there; be lenient anyway.
		return c.blocks(n, out, line)
	case *ast.Blockquote, *ast.Document:
		return c.blocks(n, out, line)
	case *ast.ThematicBreak, *ast.LinkReferenceDefinition,
		*extast.FootnoteList, *extast.Footnote:
		return out
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		return c.literalLines(n.Lines(), nil, out)
	case *ast.HTMLBlock:
		var closure *text.Segment
		if n.HasClosure() {
			s := n.ClosureLine
			closure = &s
		}
		return c.literalLines(n.Lines(), closure, out)
	case *extast.Table:
		return append(out, c.table(n, line))
	}
	if n.HasChildren() {
		return c.blocks(n, out, line)
	}
	if n.Type() == ast.TypeBlock {
		return c.literalLines(n.Lines(), nil, out)
	}
	return out
}

// literalLines appends one plain paragraph per non-blank line: code blocks
// and HTML blocks, which are never interpreted. Leading and trailing
// white space is trimmed: it carries no meaning in an official document,
// where the renderer sets the indents.
func (c *converter) literalLines(lines *text.Segments, closure *text.Segment, out []Block) []Block {
	add := func(s text.Segment) {
		v := strings.TrimSpace(c.segment(s))
		if len(v) == 0 {
			return
		}
		out = append(out, Block{
			Kind:    Paragraph,
			Inlines: []Inline{{Text: v}},
			Line:    c.lines.lineOf(s.Start),
		})
	}
	if lines != nil {
		for i := 0; i < lines.Len(); i++ {
			add(lines.At(i))
		}
	}
	if closure != nil {
		add(*closure)
	}
	return out
}

// list flattens a list: every item's first paragraph gets the marker the
// source used, as text.
func (c *converter) list(l *ast.List, out []Block, line int) []Block {
	index := 0
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		if _, ok := item.(*ast.ListItem); !ok {
			out = c.block(item, out, line)
			continue
		}
		itemLine := c.blockLine(item, line)
		start := len(out)
		out = c.blocks(item, out, itemLine)
		out = addMarker(out, start, listMarker(l, index), itemLine)
		index++
	}
	return out
}

// listMarker returns the marker of the index-th item of l as text: "- ",
// "+ " ("*" bullets become "- "), or the item number and the source's
// delimiter, "3. ", "3) ".
func listMarker(l *ast.List, index int) string {
	if l.IsOrdered() {
		return strconv.Itoa(l.Start+index) + string(l.Marker) + " "
	}
	if l.Marker == '+' {
		return "+ "
	}
	return "- "
}

// addMarker puts marker in front of the first block of out[start:] when it
// is a paragraph, or else inserts a paragraph holding just the marker.
func addMarker(out []Block, start int, marker string, line int) []Block {
	if start < len(out) && out[start].Kind == Paragraph {
		b := &out[start]
		if len(b.Inlines) > 0 && plainText(b.Inlines[0]) {
			b.Inlines[0].Text = join(marker, b.Inlines[0].Text)
		} else {
			b.Inlines = append([]Inline{{Text: marker}}, b.Inlines...)
		}
		return out
	}
	p := Block{Kind: Paragraph, Inlines: []Inline{{Text: marker[:len(marker)-1]}}, Line: line}
	out = append(out, Block{})
	copy(out[start+1:], out[start:])
	out[start] = p
	return out
}

func plainText(in Inline) bool {
	return !in.Bold && !in.Italic && in.FootnoteRef == 0 && !in.Break
}

func (c *converter) paragraphs(n ast.Node, out []Block, line int) []Block {
	return splitParagraph(out, c.readInlines(n), line)
}

func (c *converter) heading(h *ast.Heading, line int) Block {
	inlines := finish(c.readInlines(h))
	b := Block{Kind: Heading, Level: h.Level, Inlines: inlines, Line: line}
	b.Heading, b.Number, b.Title = classifyHeading(plainString(inlines))
	return b
}

func (c *converter) table(t *extast.Table, line int) Block {
	tb := &TableBlock{Align: make([]Align, len(t.Alignments))}
	for i, a := range t.Alignments {
		switch a {
		case extast.AlignLeft:
			tb.Align[i] = AlignLeft
		case extast.AlignCenter:
			tb.Align[i] = AlignCenter
		case extast.AlignRight:
			tb.Align[i] = AlignRight
		}
	}
	if h := t.FirstChild(); h != nil && h.Pos() >= 0 {
		// goldmark gives the table the position of the paragraph it was
		// cut from, which may hold lines of text before the header.
		line = c.lines.lineOf(h.Pos())
	}
	c.inCell = true
	defer func() { c.inCell = false }()
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []Cell
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			cells = append(cells, Cell{Inlines: finish(c.readInlines(cell))})
		}
		if _, ok := row.(*extast.TableHeader); ok && tb.Header == nil {
			tb.Header = cells
		} else {
			tb.Rows = append(tb.Rows, cells)
		}
	}
	return Block{Kind: Table, Table: tb, Line: line}
}

// footnote returns the number of the footnote whose definition is
// st.footnotes[index-1], numbering it on its first reference.
func (c *converter) footnote(index int) int {
	if index < 1 || index > len(c.fnNumber) {
		return 0
	}
	if c.fnNumber[index-1] == 0 {
		c.fnOrder = append(c.fnOrder, index)
		c.fnNumber[index-1] = len(c.fnOrder)
	}
	return c.fnNumber[index-1]
}

// footnoteParagraphs flattens a footnote definition to paragraphs.
func (c *converter) footnoteParagraphs(def *extast.Footnote) [][]Inline {
	var paras [][]Inline
	for _, b := range c.blocks(def, nil, c.blockLine(def, 1)) {
		switch b.Kind {
		case Paragraph, Heading:
			paras = append(paras, b.Inlines)
		case Table:
			rows := append([][]Cell{b.Table.Header}, b.Table.Rows...)
			for _, row := range rows {
				var p []Inline
				for i, cell := range row {
					if i > 0 {
						p = append(p, Inline{Text: " | "})
					}
					p = append(p, cell.Inlines...)
				}
				if p = merge(p); len(p) > 0 {
					paras = append(paras, p)
				}
			}
		}
	}
	return paras
}
