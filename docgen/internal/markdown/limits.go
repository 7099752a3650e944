package markdown

import (
	"bytes"
	"fmt"
	"sort"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// This file assembles the goldmark parser. It is goldmark's default
// CommonMark parser plus the footnote and GFM table extensions, with a few
// parts wrapped or replaced so that parsing stays linear on hostile input:
//
//   - Block quotes, lists and footnote definitions may nest at most
//     maxNesting containers deep; a marker that would open a deeper
//     container stays literal text. goldmark continues every open
//     container on every line and opens them in time quadratic in the
//     depth: a line of 250 000 ">" took 41 s. The body is flattened
//     anyway, so nothing is lost but the markers beyond that depth.
//   - Footnote references are resolved through a map (goldmark's own
//     inline parser scans every definition for every reference), and
//     goldmark's footnote AST transformer (an insertion sort of the
//     definitions, and backlinks we do not need) is not run: Parse numbers
//     the footnotes itself.
//   - Link reference definitions are extracted by a port of goldmark's
//     paragraph transformer that removes the consumed lines in one pass
//     (goldmark copies the rest of the paragraph once per definition).
//   - GFM tables pad short rows with empty cells up to the width of the
//     header: a wide header over many one-cell rows would build
//     width × rows cells. The total number of cells is bounded by
//     maxTableCells(len(src)); past it Parse fails with an error.
//   - goldmark's table AST transformer, which un-escapes "\|" inside code
//     spans in table cells in time quadratic in the number of such cells,
//     is not run: the converter does it while reading the cell.
//   - Inline links are bounded (see linkParser): goldmark would otherwise
//     rescan the rest of the line for every "](" of "[a]([a]([a](…" or
//     "[a](<[a](<…", look up each label's line by a linear search, and
//     keep a node for every one of a million unclosed "[".

const (
	// maxNesting is the deepest chain of container blocks (document,
	// block quote, list, list item, footnote definition) allowed.
	maxNesting = 32
	// maxLinkParens is the deepest nesting of parentheses allowed in an
	// inline link destination.
	maxLinkParens = 32
	// maxLinkDestination is the longest inline link destination, in bytes.
	maxLinkDestination = 1024
	// maxOpenBrackets is the number of "[" that may wait for their "]" in
	// one block.
	maxOpenBrackets = 256
	// footnoteLabelLimit is goldmark's (and CommonMark's) label limit.
	footnoteLabelLimit = 999
)

// maxTableCells is the number of table cells (padding included) that a
// source of n bytes may produce: a table written out in full needs at least
// two bytes per cell, so this only refuses tables whose rows are padded
// far beyond what the source spells out.
func maxTableCells(n int) int { return n + 1<<16 }

var stateKey = parser.NewContextKey()

// parseState is what the parser parts below share during one Parse.
type parseState struct {
	// footnotes are the footnote definitions in the order goldmark closed
	// them; footnoteByRef maps a label to 1 + its index there (the first
	// definition of a label wins, as in goldmark).
	footnotes     []*extast.Footnote
	footnoteByRef map[string]int
	// cells is the number of table cells built so far.
	cells, cellLimit int
	// err is the first limit exceeded.
	err error
	// linkBlock is the block the link parser is in, openBrackets the
	// number of "[" open in it.
	linkBlock    ast.Node
	openBrackets int
	// angleLine (the Stop of a line), angleFrom and angleAt remember the
	// last answer of nextAngle.
	angleLine, angleFrom, angleAt int
	// lineOf reports the 1-based line of a source offset.
	lineOf func(int) int
}

func stateOf(pc parser.Context) *parseState {
	st, _ := pc.Get(stateKey).(*parseState)
	return st
}

var mdParser = newParser()

func newParser() parser.Parser {
	return parser.NewParser(
		parser.WithBlockParsers(
			util.Prioritized(parser.NewSetextHeadingParser(), 100),
			util.Prioritized(parser.NewThematicBreakParser(), 200),
			// A list opens a list item below it: leave room for it.
			util.Prioritized(nestingLimit{parser.NewListParser(), maxNesting - 1}, 300),
			util.Prioritized(parser.NewListItemParser(), 400),
			util.Prioritized(parser.NewCodeBlockParser(), 500),
			util.Prioritized(parser.NewATXHeadingParser(), 600),
			util.Prioritized(parser.NewFencedCodeBlockParser(), 700),
			util.Prioritized(nestingLimit{parser.NewBlockquoteParser(), maxNesting}, 800),
			util.Prioritized(parser.NewHTMLBlockParser(), 900),
			util.Prioritized(footnoteDefParser{nestingLimit{extension.NewFootnoteBlockParser(), maxNesting}}, 999),
			util.Prioritized(parser.NewParagraphParser(), 1000),
		),
		parser.WithInlineParsers(
			util.Prioritized(parser.NewCodeSpanParser(), 100),
			util.Prioritized(footnoteRefParser{}, 101),
			util.Prioritized(linkParser{parser.NewLinkParser()}, 200),
			util.Prioritized(parser.NewAutoLinkParser(), 300),
			util.Prioritized(parser.NewRawHTMLParser(), 400),
			util.Prioritized(parser.NewEmphasisParser(), 500),
		),
		parser.WithParagraphTransformers(
			util.Prioritized(linkReferenceTransformer{}, 100),
			util.Prioritized(tableTransformer{extension.NewTableParagraphTransformer()}, 200),
		),
	)
}

// nestingLimit refuses to open its block when the parent is already
// max containers deep.
type nestingLimit struct {
	parser.BlockParser
	max int
}

func (p nestingLimit) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	depth := 0
	for n := parent; n != nil; n = n.Parent() {
		if depth++; depth >= p.max {
			return nil, parser.NoChildren
		}
	}
	return p.BlockParser.Open(parent, reader, pc)
}

// footnoteDefParser is goldmark's footnote definition parser that also
// records each definition in the parse state.
type footnoteDefParser struct{ parser.BlockParser }

func (p footnoteDefParser) Close(node ast.Node, reader text.Reader, pc parser.Context) {
	p.BlockParser.Close(node, reader, pc)
	fn, ok := node.(*extast.Footnote)
	st := stateOf(pc)
	if !ok || st == nil {
		return
	}
	if st.footnoteByRef == nil {
		st.footnoteByRef = map[string]int{}
	}
	if _, dup := st.footnoteByRef[string(fn.Ref)]; !dup {
		st.footnotes = append(st.footnotes, fn)
		st.footnoteByRef[string(fn.Ref)] = len(st.footnotes)
	}
}

// footnoteRefParser parses "[^label]" (and "![^label]") like goldmark's
// footnote inline parser, but looks the label up in a map. The
// FootnoteLink it returns has Index = 1 + the definition's index in
// parseState.footnotes; Parse renumbers them in order of reference.
type footnoteRefParser struct{}

func (footnoteRefParser) Trigger() []byte { return []byte{'!', '['} }

func (footnoteRefParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	st := stateOf(pc)
	if st == nil || len(st.footnoteByRef) == 0 {
		return nil
	}
	line, segment := block.PeekLine()
	pos := 1
	if len(line) > 0 && line[0] == '!' {
		pos++
	}
	if pos >= len(line) || line[pos] != '^' {
		return nil
	}
	pos++
	if pos >= len(line) {
		return nil
	}
	open := pos
	closure := util.FindClosure(line[pos:min(len(line), pos+footnoteLabelLimit)], '[', ']', false, false) //nolint:staticcheck // same call as goldmark's parser
	if closure < 0 {
		return nil
	}
	closes := pos + closure
	// goldmark reads the label with block.Value(segment.Start+open…):
	// the same bytes, found by a search through the paragraph's lines.
	index, ok := st.footnoteByRef[string(line[open:closes])]
	if !ok {
		return nil
	}
	block.Advance(closes + 1)
	if line[0] == '!' {
		parent.AppendChild(parent, ast.NewTextSegment(text.NewSegment(segment.Start, segment.Start+1)))
	}
	return extast.NewFootnoteLink(index)
}

// linkParser is goldmark's link parser with three bounds:
//
//   - at most maxOpenBrackets "[" may wait for their "]" in one block;
//     more are text (goldmark keeps a node per open bracket);
//   - an inline link destination may nest at most maxLinkParens
//     parentheses (as in cmark), or the "]" is text;
//   - an inline link destination longer than maxLinkDestination bytes is
//     not a link: goldmark then sees the line cut where the destination
//     starts, fails as it would on an invalid destination and falls back
//     to a shortcut reference.
//
// It also hands goldmark a reader whose Value finds a segment's line by
// binary search instead of goldmark's linear search.
type linkParser struct{ inner parser.InlineParser }

func (p linkParser) Trigger() []byte { return p.inner.Trigger() }

func (p linkParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	st := stateOf(pc)
	line, segment := block.PeekLine()
	if st == nil || len(line) == 0 {
		return p.inner.Parse(parent, block, pc)
	}
	if st.linkBlock != parent {
		st.linkBlock, st.openBrackets = parent, 0
	}
	r := &linkReader{Reader: block, lines: parent.Lines(), stop: -1}
	if line[0] != ']' {
		if st.openBrackets >= maxOpenBrackets {
			return nil
		}
		n := p.inner.Parse(parent, r, pc)
		if n != nil {
			st.openBrackets++
		}
		return n
	}
	if len(line) > 1 && line[1] == '(' && segment.Padding == 0 {
		cut, refuse := st.destinationCut(line, segment)
		if refuse {
			return nil
		}
		if cut >= 0 {
			r.stop = segment.Start + cut
		}
	}
	n := p.inner.Parse(parent, r, pc)
	if st.openBrackets > 0 {
		// goldmark's parser closes the last open bracket on any "]" that
		// finds one, link or not.
		st.openBrackets--
	}
	return n
}

// CloseBlock forwards to goldmark's link parser, which turns the brackets
// still open back into text.
func (p linkParser) CloseBlock(parent ast.Node, block text.Reader, pc parser.Context) {
	if st := stateOf(pc); st != nil {
		st.linkBlock, st.openBrackets = nil, 0
	}
	if cb, ok := p.inner.(parser.CloseBlocker); ok {
		cb.CloseBlock(parent, block, pc)
	}
}

// destinationCut looks at the destination after "](" at the start of
// line. refuse: it nests more than maxLinkParens parentheses. Otherwise
// cut >= 0 is where the line must seem to end (an index into line) so that
// goldmark gives up a destination longer than maxLinkDestination bytes,
// or -1.
func (st *parseState) destinationCut(line []byte, segment text.Segment) (cut int, refuse bool) {
	i := 2
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	if i == len(line) {
		return -1, false // the destination, if any, is on the next line
	}
	if line[i] == '<' {
		if st.nextAngle(line, segment, i+1)-(i+1) > maxLinkDestination {
			return i + 1, false
		}
		return -1, false
	}
	opened := 0
	end := min(len(line), i+maxLinkDestination)
	for j := i; j < end; j++ {
		switch c := line[j]; {
		case c == '\\' && j+1 < len(line) && util.IsPunct(line[j+1]):
			j++
		case c == '(':
			if opened++; opened > maxLinkParens {
				return -1, true
			}
		case c == ')':
			if opened--; opened < 0 {
				return -1, false
			}
		case util.IsSpace(c):
			return -1, false
		}
	}
	if end == len(line) {
		return -1, false
	}
	return i, false
}

// nextAngle returns the index in line of the first ">" at or after from
// that does not follow a backslash, or len(line). Successive calls on one
// line ask for increasing from, so it remembers the last answer: a line
// is searched once, however many "](<" it holds.
func (st *parseState) nextAngle(line []byte, segment text.Segment, from int) int {
	abs := segment.Start + from
	if st.angleLine == segment.Stop && st.angleFrom <= abs && abs <= st.angleAt {
		return st.angleAt - segment.Start
	}
	i := from
	for {
		k := bytes.IndexByte(line[i:], '>')
		if k < 0 {
			i = len(line)
			break
		}
		i += k
		if line[i-1] != '\\' {
			break
		}
		i++
	}
	st.angleLine, st.angleFrom, st.angleAt = segment.Stop, abs, segment.Start+i
	return i
}

// linkReader is the block reader goldmark's link parser sees.
type linkReader struct {
	text.Reader
	lines *text.Segments
	// stop >= 0 makes the line that contains it seem to end there.
	stop int
}

func (r *linkReader) PeekLine() ([]byte, text.Segment) {
	line, segment := r.Reader.PeekLine()
	if r.stop >= 0 && line != nil && segment.Start <= r.stop && r.stop < segment.Stop {
		line = line[:r.stop-segment.Start+segment.Padding]
		segment.Stop = r.stop
	}
	return line, segment
}

// Value is goldmark's blockReader.Value with a binary search for the
// first line.
func (r *linkReader) Value(seg text.Segment) []byte {
	source := r.Source()
	n := r.lines.Len()
	line := sort.Search(n, func(i int) bool { return r.lines.At(i).Start > seg.Start }) - 1
	if line < 0 {
		return r.Reader.Value(seg)
	}
	ret := make([]byte, 0, seg.Stop-seg.Start+1)
	i := seg.Start
	for ; line < n; line++ {
		s := r.lines.At(line)
		if i < 0 {
			i = s.Start
		}
		ret = s.ConcatPadding(ret)
		for ; i < seg.Stop && i < s.Stop; i++ {
			ret = append(ret, source[i])
		}
		i = -1
		if s.Stop > seg.Stop {
			break
		}
	}
	return ret
}

// tableTransformer is goldmark's GFM table paragraph transformer, run only
// while the tables stay within the cell budget.
type tableTransformer struct{ parser.ParagraphTransformer }

func (t tableTransformer) Transform(node *ast.Paragraph, reader text.Reader, pc parser.Context) {
	st := stateOf(pc)
	lines := node.Lines()
	if st == nil || lines.Len() < 2 {
		t.ParagraphTransformer.Transform(node, reader, pc)
		return
	}
	// goldmark makes a table from the first delimiter row it finds, so
	// the cost is at most (columns of that row) × (lines from its header
	// to the end of the paragraph).
	source := reader.Source()
	for i := 1; i < lines.Len(); i++ {
		seg := lines.At(i)
		cols, ok := delimiterColumns(seg.Value(source))
		if !ok {
			continue
		}
		cost := cols * (lines.Len() - i)
		if st.cells+cost > st.cellLimit {
			if st.err == nil {
				line := 0
				if st.lineOf != nil {
					line = st.lineOf(lines.At(i - 1).Start)
				}
				st.err = fmt.Errorf("markdown: line %d: table too large (%d columns × %d rows padded with empty cells)", line, cols, lines.Len()-i)
			}
			return
		}
		st.cells += cost
		break
	}
	t.ParagraphTransformer.Transform(node, reader, pc)
}

// delimiterColumns reports whether line looks like a GFM delimiter row
// (goldmark's test: only spaces, '-', '|' and ':', not only '-') and an
// upper bound on its number of columns.
func delimiterColumns(line []byte) (int, bool) {
	allDash, pipes := true, 0
	for _, b := range line {
		switch {
		case b == '|':
			pipes++
			allDash = false
		case b == ':':
			allDash = false
		case b == '-':
		case util.IsSpace(b):
			allDash = false
		default:
			return 0, false
		}
	}
	return pipes + 1, !allDash
}
