package markdown

import (
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/text/unicode/norm"
)

type itemKind uint8

const (
	itemText itemKind = iota
	itemSoft          // a soft line break
	itemHard          // a hard line break
	itemFootnote
)

// item is one piece of a block's text as read from goldmark's inline
// nodes, before soft breaks are resolved and runs are merged.
type item struct {
	kind         itemKind
	bold, italic bool
	text         string
	// decoded: text holds a character decoded from a reference, which
	// may not be in NFC next to its neighbours.
	decoded bool
	// n is, for itemFootnote, the footnote number; for itemSoft, the
	// line that follows the break.
	n int
}

// readInlines flattens the inline children of a block to items. The walk
// is iterative: goldmark nests emphasis as deep as the source asks.
func (c *converter) readInlines(block ast.Node) []item {
	items := c.scratch[:0]
	bold, italic := 0, 0
	text := func(s string) {
		if s != "" {
			items = append(items, item{kind: itemText, text: s, bold: bold > 0, italic: italic > 0})
		}
	}
	decoded := func(s string, dec bool) {
		if s != "" {
			items = append(items, item{kind: itemText, text: s, bold: bold > 0, italic: italic > 0, decoded: dec})
		}
	}
	leave := func(n ast.Node) {
		if e, ok := n.(*ast.Emphasis); ok {
			if e.Level >= 2 {
				bold--
			} else {
				italic--
			}
		}
	}
	next := func(n ast.Node) ast.Node {
		for {
			if s := n.NextSibling(); s != nil {
				return s
			}
			p := n.Parent()
			if p == nil || p == block {
				return nil
			}
			leave(p)
			n = p
		}
	}
	for n := block.FirstChild(); n != nil; {
		descend := false
		switch v := n.(type) {
		case *ast.Text:
			if v.IsRaw() {
				text(c.rawText(c.segment(v.Segment)))
			} else {
				decoded(unescape(c.segment(v.Segment)))
			}
			if v.HardLineBreak() {
				items = append(items, item{kind: itemHard})
			} else if v.SoftLineBreak() {
				items = append(items, item{kind: itemSoft, bold: bold > 0, italic: italic > 0,
					n: c.lines.lineOf(v.Segment.Stop) + 1})
			}
		case *ast.String:
			if v.IsCode() || v.IsRaw() {
				text(c.rawText(string(v.Value)))
			} else {
				decoded(unescape(string(v.Value)))
			}
		case *ast.CodeSpan:
			var b strings.Builder
			for t := v.FirstChild(); t != nil; t = t.NextSibling() {
				switch t := t.(type) {
				case *ast.Text:
					b.WriteString(c.rawText(c.segment(t.Segment)))
				case *ast.String:
					b.WriteString(c.rawText(string(t.Value)))
				}
			}
			text(b.String())
		case *ast.Emphasis:
			if v.Level >= 2 {
				bold++
			} else {
				italic++
			}
			descend = true
		case *ast.Image, *extast.FootnoteBacklink:
			// Images are dropped, alt text included.
		case *ast.AutoLink:
			text(string(v.Label(c.src)))
		case *ast.RawHTML:
			var b strings.Builder
			for i := 0; i < v.Segments.Len(); i++ {
				seg := v.Segments.At(i)
				b.Write(seg.Value(c.src))
			}
			text(strings.ReplaceAll(b.String(), "\n", " "))
		case *extast.FootnoteLink:
			if num := c.footnote(v.Index); num > 0 {
				items = append(items, item{kind: itemFootnote, n: num})
			}
		default:
			// Links keep their text; any other inline its children.
			descend = true
		}
		if descend {
			if f := n.FirstChild(); f != nil {
				n = f
				continue
			}
			leave(n)
		}
		n = next(n)
	}
	c.scratch = items
	return items
}

// segment returns the text of a segment of the source, without copying
// it when it has no padding.
func (c *converter) segment(seg text.Segment) string {
	if seg.Padding == 0 && 0 <= seg.Start && seg.Start <= seg.Stop && seg.Stop <= len(c.str) {
		return c.str[seg.Start:seg.Stop]
	}
	return string(seg.Value(c.src))
}

// rawText is the text of code, as written: a line ending inside a code
// span is a space, and in a table cell "\|" is "|" (GFM).
func (c *converter) rawText(s string) string {
	if strings.IndexByte(s, '\n') >= 0 {
		s = strings.ReplaceAll(s, "\n", " ")
	}
	if c.inCell && strings.Contains(s, `\|`) {
		s = strings.ReplaceAll(s, `\|`, "|")
	}
	return s
}

// splitParagraph resolves the soft breaks of a paragraph starting on line
// and appends it to out: a break followed by a line that starts with an
// item marker starts a new paragraph, any other break is a space.
func splitParagraph(out []Block, items []item, line int) []Block {
	start, startLine := 0, line
	for i := range items {
		if items[i].kind != itemSoft || !startsWithMarker(items[i+1:]) {
			continue
		}
		if p := finish(items[start:i]); len(p) > 0 {
			out = append(out, Block{Kind: Paragraph, Inlines: p, Line: startLine})
		}
		start, startLine = i+1, items[i].n
	}
	if p := finish(items[start:]); len(p) > 0 {
		out = append(out, Block{Kind: Paragraph, Inlines: p, Line: startLine})
	}
	return out
}

// startsWithMarker reports whether the line made of items (up to the next
// break) starts with a Vietnamese item marker.
func startsWithMarker(items []item) bool {
	const enough = 64 // longer than any marker
	var b strings.Builder
	complete := true // the line ends within b
	for _, it := range items {
		if it.kind == itemSoft || it.kind == itemHard {
			break
		}
		if it.kind != itemText {
			complete = false
			break
		}
		b.WriteString(it.text)
		if b.Len() >= enough {
			complete = false
			break
		}
	}
	n, ok := markerLen(b.String())
	if !ok {
		return false
	}
	return n < b.Len() || complete
}

// vietnameseLetters are the letters Vietnamese documents number items with:
// "a)", "b)", … "đ)", … "y)" (no f, j, w, z).
const vietnameseLetters = "abcdđeghiklmnopqrstuvxy"

// markerLen reports whether s starts with an item marker: "-", "+", "•",
// "1.", "1.2.", "1)", "a)", "đ)", followed by white space or the end of
// s. n is the length of the marker without the space.
func markerLen(s string) (n int, ok bool) {
	switch {
	case s == "":
		return 0, false
	case s[0] == '-' || s[0] == '+':
		n = 1
	case strings.HasPrefix(s, "•"):
		n = len("•")
	case s[0] >= '0' && s[0] <= '9':
		n = digits(s)
		switch {
		case n < len(s) && s[n] == ')':
			n++
		case n < len(s) && s[n] == '.':
			n++
			for {
				d := digits(s[n:])
				if d == 0 || n+d >= len(s) || s[n+d] != '.' {
					break
				}
				n += d + 1
			}
		default:
			return 0, false
		}
	default:
		r, size := utf8.DecodeRuneInString(s)
		if !strings.ContainsRune(vietnameseLetters, r) || size >= len(s) || s[size] != ')' {
			return 0, false
		}
		n = size + 1
	}
	if n == len(s) {
		return n, true
	}
	r, _ := utf8.DecodeRuneInString(s[n:])
	return n, r == ' ' || r == '\t' || r == '\u00a0'
}

func digits(s string) int {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// finish turns items into Inlines: soft breaks become spaces, breaks and
// spaces at either end are dropped, and adjacent runs with the same
// formatting are merged. The source is in NFC already (see prepare), so a run is
// normalised again only where a decoded reference or a join may have
// broken that.
func finish(items []item) []Inline {
	for len(items) > 0 && (items[0].kind == itemSoft || items[0].kind == itemHard) {
		items = items[1:]
	}
	for len(items) > 0 && (items[len(items)-1].kind == itemSoft || items[len(items)-1].kind == itemHard) {
		items = items[:len(items)-1]
	}
	var out []Inline
	// The current run is first, or first + the rest in buf.
	var buf strings.Builder
	var cur Inline
	var first string
	open, dirty, joined := false, false, false
	flush := func() {
		if open {
			s := first
			if joined {
				s = buf.String()
				buf.Reset()
			}
			if dirty {
				s = normText(s)
			}
			if s != "" {
				cur.Text = s
				out = append(out, cur)
			}
			open, dirty, joined = false, false, false
		}
	}
	for _, it := range items {
		switch it.kind {
		case itemText, itemSoft:
			s := it.text
			if it.kind == itemSoft {
				s = " "
			}
			dirty = dirty || it.decoded
			switch {
			case !open || cur.Bold != it.bold || cur.Italic != it.italic:
				flush()
				cur = Inline{Bold: it.bold, Italic: it.italic}
				first, open = s, true
				dirty = it.decoded
			case !joined:
				buf.WriteString(first)
				joined = true
				fallthrough
			default:
				dirty = dirty || joinBreaksNFC(s)
				buf.WriteString(s)
			}
		case itemHard:
			flush()
			out = append(out, Inline{Break: true})
		case itemFootnote:
			flush()
			out = append(out, Inline{FootnoteRef: it.n})
		}
	}
	flush()
	// CommonMark strips the white space around a paragraph; a dropped
	// image or an empty link may leave some.
	if len(out) > 0 && out[0].Text != "" {
		if out[0].Text = strings.TrimLeft(out[0].Text, " \t"); out[0].Text == "" {
			out = out[1:]
		}
	}
	if n := len(out); n > 0 && out[n-1].Text != "" {
		if out[n-1].Text = strings.TrimRight(out[n-1].Text, " \t"); out[n-1].Text == "" {
			out = out[:n-1]
		}
	}
	return out
}

// merge merges adjacent text inlines with the same formatting and drops
// empty ones.
func merge(in []Inline) []Inline {
	var out []Inline
	for _, x := range in {
		if x.Text == "" && x.FootnoteRef == 0 && !x.Break {
			continue
		}
		if n := len(out); n > 0 && x.Text != "" && out[n-1].Text != "" &&
			out[n-1].Bold == x.Bold && out[n-1].Italic == x.Italic {
			out[n-1].Text = join(out[n-1].Text, x.Text)
			continue
		}
		out = append(out, x)
	}
	return out
}

// plainString is the text of inlines, breaks read as spaces.
func plainString(in []Inline) string {
	var b strings.Builder
	for _, x := range in {
		if x.Break {
			b.WriteByte(' ')
		}
		b.WriteString(x.Text)
	}
	return b.String()
}

// join concatenates two NFC strings into an NFC string.
func join(a, b string) string {
	if joinBreaksNFC(b) {
		return normText(a + b)
	}
	return a + b
}

// joinBreaksNFC reports whether appending s to an NFC string may leave
// it not in NFC: s starts with a character that combines with or reorders
// against what precedes it.
func joinBreaksNFC(s string) bool {
	return s != "" && s[0] >= utf8.RuneSelf && !norm.NFC.PropertiesString(s).BoundaryBefore()
}

// normText returns s in NFC.
func normText(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// unescape resolves backslash escapes and entity and numeric character
// references, as CommonMark does in text (goldmark leaves that to its
// HTML writer). decoded reports that a reference gave a non-ASCII
// character.
func unescape(b string) (s string, decoded bool) {
	i := strings.IndexAny(b, "\\&")
	if i < 0 {
		return b, false
	}
	var out strings.Builder
	out.Grow(len(b))
	out.WriteString(b[:i])
	for i < len(b) {
		c := b[i]
		if c == '\\' && i+1 < len(b) && util.IsPunct(b[i+1]) {
			out.WriteByte(b[i+1])
			i += 2
			continue
		}
		if c == '&' {
			if s, n := reference(b[i:]); n > 0 {
				out.WriteString(s)
				decoded = decoded || s[0] >= utf8.RuneSelf
				i += n
				continue
			}
		}
		out.WriteByte(c)
		i++
	}
	return out.String(), decoded
}

// reference decodes the entity or numeric character reference at the
// start of b ("&amp;", "&#7871;", "&#x1EBF;") and returns its text and
// length, or n == 0.
func reference(b string) (s string, n int) {
	if len(b) < 3 || b[0] != '&' {
		return "", 0
	}
	if b[1] == '#' {
		i, base, maxDigits := 2, 10, 7
		if b[2] == 'x' || b[2] == 'X' {
			i, base, maxDigits = 3, 16, 6
		}
		start := i
		v := 0
		for i < len(b) && i-start < maxDigits {
			d := digitValue(b[i], base)
			if d < 0 {
				break
			}
			v = v*base + d
			i++
		}
		if i == start || i >= len(b) || b[i] != ';' {
			return "", 0
		}
		r := rune(v)
		if r == 0 || !utf8.ValidRune(r) {
			r = utf8.RuneError
		}
		return string(r), i + 1
	}
	const longestName = 32 // "CounterClockwiseContourIntegral" is 31
	i := 1
	for i < len(b) && i <= longestName && util.IsAlphaNumeric(b[i]) {
		i++
	}
	if i == 1 || i >= len(b) || b[i] != ';' {
		return "", 0
	}
	e, ok := util.LookUpHTML5EntityByName(b[1:i])
	if !ok {
		return "", 0
	}
	return string(e.Characters), i + 1
}

func digitValue(c byte, base int) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case base == 16 && c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case base == 16 && c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
