package markdown

// The link reference definition parser below is a port of goldmark's
// (github.com/yuin/goldmark/parser/link_ref.go, MIT licence, © Yusuke
// Inuzuka), changed to remove the consumed lines from the paragraph in one
// pass, to read labels and titles straight from the source, and to not
// insert LinkReferenceDefinition nodes, which Parse would skip anyway.
// goldmark copies the rest of the paragraph once per definition and finds
// the line of each label by a linear search, both quadratic in a long run
// of definitions.

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

type linkReferenceTransformer struct{}

var linkFindClosureOptions = text.FindClosureOptions{Nesting: false, Newline: true, Advance: true}

func (linkReferenceTransformer) Transform(node *ast.Paragraph, reader text.Reader, pc parser.Context) {
	lines := node.Lines()
	block := text.NewBlockReader(reader.Source(), lines)
	// The definitions found cover lines [0, consumed) of the paragraph;
	// each one starts where the previous one ended.
	consumed := 0
	for {
		start, end := parseLinkReferenceDefinition(block, pc)
		if start < 0 {
			break
		}
		if start == end {
			end++
		}
		consumed = max(consumed, end)
	}
	if consumed == 0 {
		return
	}
	if consumed >= lines.Len() {
		node.Parent().RemoveChild(node.Parent(), node)
		return
	}
	rest := text.NewSegments()
	rest.AppendAll(lines.Sliced(consumed, lines.Len()))
	node.SetLines(rest)
}

// parseLinkReferenceDefinition reads one definition at the reader's
// position, registers it with pc and returns the lines it spans, or -1, -1.
func parseLinkReferenceDefinition(block text.Reader, pc parser.Context) (int, int) {
	block.SkipSpaces()
	line, _ := block.PeekLine()
	if line == nil {
		return -1, -1
	}
	startLine, _ := block.Position()
	width, pos := util.IndentWidth(line, 0)
	if width > 3 {
		return -1, -1
	}
	if width != 0 {
		pos++
	}
	if line[pos] != '[' {
		return -1, -1
	}
	block.Advance(pos + 1)
	segments, found := block.FindClosure('[', ']', linkFindClosureOptions)
	if !found {
		return -1, -1
	}
	label := segmentsValue(segments, block.Source())
	if util.IsBlank(label) {
		return -1, -1
	}
	if block.Peek() != ':' {
		return -1, -1
	}
	block.Advance(1)
	block.SkipSpaces()
	destination, ok := parseLinkDestination(block)
	if !ok {
		return -1, -1
	}
	line, _ = block.PeekLine()
	isNewLine := line == nil || util.IsBlank(line)

	endLine, _ := block.Position()
	_, spaces, _ := block.SkipSpaces()
	opener := block.Peek()
	if opener != '"' && opener != '\'' && opener != '(' {
		if !isNewLine {
			return -1, -1
		}
		pc.AddReference(parser.NewReference(label, destination, nil))
		return startLine, endLine + 1
	}
	if spaces == 0 {
		return -1, -1
	}
	block.Advance(1)
	closer := opener
	if opener == '(' {
		closer = ')'
	}
	segments, found = block.FindClosure(opener, closer, linkFindClosureOptions)
	if !found {
		if !isNewLine {
			return -1, -1
		}
		pc.AddReference(parser.NewReference(label, destination, nil))
		block.AdvanceLine()
		return startLine, endLine + 1
	}
	title := segmentsValue(segments, block.Source())

	line, _ = block.PeekLine()
	if line != nil && !util.IsBlank(line) {
		if !isNewLine {
			return -1, -1
		}
		pc.AddReference(parser.NewReference(label, destination, title))
		return startLine, endLine
	}

	endLine, _ = block.Position()
	pc.AddReference(parser.NewReference(label, destination, title))
	return startLine, endLine + 1
}

// segmentsValue concatenates the text of segments. (goldmark calls the
// block reader's Value here, which looks for the segment's line from the
// last line of the paragraph back: linear in the number of lines.)
func segmentsValue(segments *text.Segments, source []byte) []byte {
	if segments.Len() == 1 {
		seg := segments.At(0)
		return seg.Value(source)
	}
	var v []byte
	for i := range segments.Len() {
		seg := segments.At(i)
		v = append(v, seg.Value(source)...)
	}
	return v
}

func parseLinkDestination(block text.Reader) ([]byte, bool) {
	block.SkipSpaces()
	line, _ := block.PeekLine()
	if block.Peek() == '<' {
		i := 1
		for i < len(line) {
			c := line[i]
			if c == '\\' && i < len(line)-1 && util.IsPunct(line[i+1]) {
				i += 2
				continue
			} else if c == '>' {
				block.Advance(i + 1)
				return line[1:i], true
			}
			i++
		}
		return nil, false
	}
	opened := 0
	i := 0
	for i < len(line) {
		c := line[i]
		if c == '\\' && i < len(line)-1 && util.IsPunct(line[i+1]) {
			i += 2
			continue
		} else if c == '(' {
			opened++
		} else if c == ')' {
			opened--
			if opened < 0 {
				break
			}
		} else if util.IsSpace(c) {
			break
		}
		i++
	}
	block.Advance(i)
	return line[:i], len(line[:i]) != 0
}
