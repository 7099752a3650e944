package docx

import (
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Namespaces.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

type xmlStart = xml.StartElement

// tokReader streams tokens from one part, enforcing the depth limit and
// counting built items.
type tokReader struct {
	d        *xml.Decoder
	depth    int
	maxDepth int
	items    *int
}

func newTokReader(r io.Reader, maxDepth int, items *int) *tokReader {
	d := xml.NewDecoder(r)
	d.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		switch strings.ToLower(label) {
		case "utf-8", "utf8", "us-ascii", "ascii":
			return in, nil
		}
		return nil, fmt.Errorf("unsupported XML encoding %q", label)
	}
	return &tokReader{d: d, maxDepth: maxDepth, items: items}
}

// next returns the next token; io.EOF at the end of the part.
func (t *tokReader) next() (xml.Token, error) {
	tok, err := t.d.Token()
	if err != nil {
		return nil, err
	}
	switch tok.(type) {
	case xml.StartElement:
		t.depth++
		if t.depth > t.maxDepth {
			return nil, fmt.Errorf("%w: XML elements nested deeper than %d", ErrTooLarge, t.maxDepth)
		}
	case xml.EndElement:
		t.depth--
	}
	return tok, nil
}

// item counts one built paragraph, run or cell.
func (t *tokReader) item() error {
	*t.items++
	if *t.items > maxItems {
		return fmt.Errorf("%w: more than %d paragraphs, runs and cells", ErrTooLarge, maxItems)
	}
	return nil
}

// skip consumes the rest of the element whose start was just read.
func (t *tokReader) skip() error {
	for depth := 1; depth > 0; {
		tok, err := t.next()
		if err != nil {
			return unexpected(err)
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

// unexpected turns an io.EOF inside an element into an error.
func unexpected(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// children calls fn for each child element of the element whose start
// was just read, until its end. fn must consume the child entirely; when
// it returns errSkip (or nil without consuming, see walk) ... fn always
// consumes: it either recurses with children or calls skip.
func (t *tokReader) children(fn func(se xmlStart) error) error {
	for {
		tok, err := t.next()
		if err != nil {
			return unexpected(err)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			if err := fn(tk); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}

// text reads the character data of the element whose start was just read
// (nested elements are skipped).
func (t *tokReader) text() (string, error) {
	var sb strings.Builder
	for {
		tok, err := t.next()
		if err != nil {
			return "", unexpected(err)
		}
		switch tk := tok.(type) {
		case xml.CharData:
			sb.Write(tk)
		case xml.StartElement:
			if err := t.skip(); err != nil {
				return "", err
			}
		case xml.EndElement:
			return sb.String(), nil
		}
	}
}

// walk visits every start element of the whole part, in order, with the
// depth limit enforced; fn does not consume anything.
func (t *tokReader) walk(fn func(se xmlStart) error) error {
	for {
		tok, err := t.next()
		if err == io.EOF {
			if t.depth != 0 {
				return io.ErrUnexpectedEOF
			}
			return nil
		}
		if err != nil {
			return err
		}
		if se, ok := tok.(xml.StartElement); ok {
			if err := fn(se); err != nil {
				return err
			}
		}
	}
}

// root reads up to the root element and checks its local name in the
// WordprocessingML namespace; then fn reads its children.
func (t *tokReader) root(local string, fn func(se xmlStart) error) error {
	for {
		tok, err := t.next()
		if err == io.EOF {
			return fmt.Errorf("%w: no root element", ErrCorrupt)
		}
		if err != nil {
			return err
		}
		if se, ok := tok.(xml.StartElement); ok {
			if !isW(se, local) {
				return fmt.Errorf("%w: root element is %s, want w:%s", ErrCorrupt, se.Name.Local, local)
			}
			if err := t.children(fn); err != nil {
				return err
			}
			// Read to the end so trailing garbage is reported.
			for {
				_, err := t.next()
				if err == io.EOF {
					return nil
				}
				if err != nil {
					return err
				}
			}
		}
	}
}

// altContent reads an mc:AlternateContent: the first mc:Choice's children
// go to fn, the rest is skipped.
func (t *tokReader) altContent(fn func(se xmlStart) error) error {
	done := false
	return t.children(func(se xmlStart) error {
		if se.Name.Space == nsMC && se.Name.Local == "Choice" && !done {
			done = true
			return t.children(fn)
		}
		return t.skip()
	})
}

func isWNS(space string) bool { return space == nsW || space == nsWStrict }

// isW reports whether se is w:local.
func isW(se xmlStart, local string) bool {
	return se.Name.Local == local && isWNS(se.Name.Space)
}

func isAlt(se xmlStart) bool {
	return se.Name.Space == nsMC && se.Name.Local == "AlternateContent"
}

// attr returns the WordprocessingML attribute local (unqualified accepted).
func attr(se xmlStart, local string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == local && (a.Name.Space == "" || isWNS(a.Name.Space)) {
			return a.Value, true
		}
	}
	return "", false
}

// relID returns the r:id attribute.
func relID(se xmlStart) string {
	for _, a := range se.Attr {
		if a.Name.Local == "id" && strings.HasSuffix(a.Name.Space, "relationships") {
			return a.Value
		}
	}
	return ""
}

// onOff reads an ST_OnOff w:val: absent means on.
func onOff(se xmlStart) bool {
	v, ok := attr(se, "val")
	if !ok {
		return true
	}
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "0", "false", "off":
		return false
	}
	return true
}

// parseInt reads an integer attribute value; fractional values are
// rounded.
func parseInt(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.Abs(f) > 1e9 {
		return 0, false
	}
	return int(math.Round(f)), true
}

// unitPoints is the size of one unit in points.
var unitPoints = map[string]float64{"mm": 72 / 25.4, "cm": 72 / 2.54, "in": 72, "pt": 1, "pc": 12, "pi": 12}

// parseMeasure reads a length that is either a plain number of base units
// (twips, half-points) or a universal measure such as "2cm" or "14pt";
// perPoint is the number of base units per point.
func parseMeasure(s string, perPoint float64) (float64, bool) {
	s = strings.TrimSpace(s)
	if len(s) > 2 {
		if u, ok := unitPoints[strings.ToLower(s[len(s)-2:])]; ok {
			f, err := strconv.ParseFloat(s[:len(s)-2], 64)
			if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || math.Abs(f) > 1e7 {
				return 0, false
			}
			return f * u * perPoint, true
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || math.Abs(f) > 1e9 {
		return 0, false
	}
	return f, true
}

// twipsAttr reads a twips attribute (number or universal measure).
func twipsAttr(se xmlStart, local string) (int, bool) {
	v, ok := attr(se, local)
	if !ok {
		return 0, false
	}
	f, ok := parseMeasure(v, 20)
	if !ok {
		return 0, false
	}
	return int(math.Round(f)), true
}

// visibleBorder reports whether a border element draws a line.
func visibleBorder(se xmlStart) bool {
	v, _ := attr(se, "val")
	switch strings.TrimSpace(v) {
	case "", "nil", "none":
		return false
	}
	return true
}
