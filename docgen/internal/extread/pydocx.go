package extread

import (
	_ "embed"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

//go:embed docx_dump.py
var dumpScript []byte

// pythonTimeout bounds one run of docx_dump.py.
const pythonTimeout = 120 * time.Second

// PyDoc is what python-docx sees in a document (see docx_dump.py for how
// the effective values are resolved). All its text is NFC.
type PyDoc struct {
	// Sections in document order.
	Sections []PySection
	// Paragraphs of the body in document order, including those inside
	// tables: cell by cell in row-major order (each w:tc once, so a
	// merged cell is listed once), nested tables too, each marked with
	// the table, row and cell it stands in.
	Paragraphs []PyPara
	// Footnotes are the texts of the real footnotes (w:id ≥ 1) of
	// word/footnotes.xml in file order, their paragraphs joined by "\n",
	// surrounding spaces trimmed.
	Footnotes []string
	// HeaderTexts maps a header type ("default", "first", "even") to the
	// text of that header, from the first section that defines it; a type
	// no section defines is absent. Field instructions are kept beside
	// their cached results ("PAGE 19"), runs of spaces are collapsed and
	// paragraphs joined by "\n".
	HeaderTexts map[string]string
	// FooterTexts is HeaderTexts for the footers.
	FooterTexts map[string]string
	// Tables are the body's tables in the order PyPara.Table counts them.
	Tables []PyTable
}

// PyTable is a table's grid, row heights and own borders.
type PyTable struct {
	GridMM []float64 // w:gridCol widths
	Rows   []struct {
		HeightMM   float64 // w:trHeight, 0 when unset
		HeightRule string  // "exact", "atLeast", "" when unset
	}
	// Borders maps a side of w:tblBorders ("top", "left", "bottom",
	// "right", "insideH", "insideV") to its line.
	Borders map[string]struct {
		Val         string  // "single", "nil", …
		SizeEighths float64 // w:sz, eighths of a point
		Color       string
	}
}

// PySection is a section's page setup, in millimetres.
type PySection struct {
	PageWidthMM, PageHeightMM        float64
	TopMM, BottomMM, LeftMM, RightMM float64
	Orientation                      string // "PORTRAIT" or "LANDSCAPE"
	DifferentFirstPage               bool   // w:titlePg: the first page has its own header and footer
	PageNumberStart                  int    // w:pgNumType w:start: numbering restarts there; 0 when absent
}

// AssertA4 fails the test unless the section is A4 portrait with the
// given margins in millimetres (to 0.1 mm).
func (s PySection) AssertA4(t testing.TB, top, bottom, left, right float64) {
	t.Helper()
	for _, c := range []struct {
		what      string
		got, want float64
	}{{"width", s.PageWidthMM, 210}, {"height", s.PageHeightMM, 297}, {"top", s.TopMM, top},
		{"bottom", s.BottomMM, bottom}, {"left", s.LeftMM, left}, {"right", s.RightMM, right}} {
		if math.Abs(c.got-c.want) > 0.1 {
			t.Errorf("%s %.2f mm, want %g", c.what, c.got, c.want)
		}
	}
}

// PyPara is one paragraph with its paragraph formatting resolved: direct
// formatting, else the indents of its numbering level, else the paragraph
// style chain, else the document defaults.
type PyPara struct {
	Text  string // the runs' texts joined
	Style string // the paragraph style's ID (the default style's when none is set)
	// Alignment is "LEFT", "CENTER", "RIGHT", "JUSTIFY" (or "DISTRIBUTE"),
	// or "" when no level sets one.
	Alignment string
	InTable   bool
	// Table counts the tables of the body in document order, a nested
	// table after the one holding it; Row counts w:tr and Col counts w:tc
	// within its row (a cell spanning grid columns counts once). All -1
	// outside tables.
	Table, Row, Col   int
	FirstLineIndentMM float64 // negative for a hanging indent
	LeftIndentMM      float64
	SpaceBeforePt     float64
	SpaceAfterPt      float64
	// LineSpacing is a multiple of single spacing (1.15) when
	// LineSpacingRule is "auto", else points ("exact", "atLeast"); 0 and ""
	// when no level sets it.
	LineSpacing     float64
	LineSpacingRule string
	Runs            []PyRun
}

// PyRun is one run with its EFFECTIVE formatting: the run's own value,
// else its character style chain, else the paragraph style chain, else
// w:docDefaults/w:rPrDefault in styles.xml.
type PyRun struct {
	Text string
	// Font is the hAnsi font (the one Vietnamese letters use), else the
	// ASCII one, theme fonts looked up; "" when nothing sets one.
	Font                    string
	SizePt                  float64 // 0 when nothing sets a size
	Bold, Italic, Underline bool
	Color                   string // w:color's value ("000000", "auto"), "" when unset
	Superscript             bool
}

// PyDocx opens DOCX bytes with python-docx (/usr/bin/python3 running the
// embedded docx_dump.py) and returns what it sees. It skips the test when
// python-docx is missing (see NeedPythonDocx) and fails it when the
// script fails, for example on a file python-docx cannot open.
func PyDocx(t testing.TB, docx []byte) *PyDoc {
	t.Helper()
	NeedPythonDocx(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "doc.docx")
	script := filepath.Join(dir, "docx_dump.py")
	if err := os.WriteFile(in, docx, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(script, dumpScript, 0o644); err != nil {
		t.Fatal(err)
	}
	out := run(t, pythonTimeout, Python, "-I", "-B", script, in)
	var doc PyDoc
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("extread: python-docx output: %v\n%s", err, out)
	}
	return &doc
}

// Find returns the first paragraph whose text contains substr, both in
// NFC, or nil.
func (d *PyDoc) Find(substr string) *PyPara {
	substr = norm.NFC.String(substr)
	for i := range d.Paragraphs {
		if strings.Contains(d.Paragraphs[i].Text, substr) {
			return &d.Paragraphs[i]
		}
	}
	return nil
}

// RunsAgree returns the size, weight and slant shared by every run whose
// text is not blank; ok is false when they differ or no run has text.
func (p *PyPara) RunsAgree() (size float64, bold, italic bool, ok bool) {
	first := true
	for _, r := range p.Runs {
		if strings.TrimSpace(r.Text) == "" {
			continue
		}
		if first {
			size, bold, italic, first = r.SizePt, r.Bold, r.Italic, false
			continue
		}
		if r.SizePt != size || r.Bold != bold || r.Italic != italic {
			return 0, false, false, false
		}
	}
	return size, bold, italic, !first
}
