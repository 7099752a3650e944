// Package extread lets tests read a DOCX with tools vanthu did not write,
// so that our own reader is never the only judge of our output:
// LibreOffice converts it to PDF, poppler reads the PDF's pages, text and
// word boxes, and python-docx reports sections, paragraphs and the
// effective formatting of every run.
//
// A test calls NeedSoffice, NeedPoppler or NeedPythonDocx first. When a
// tool is missing the test is skipped with a message naming the Debian
// package to install, unless VANTHU_REQUIRE_TOOLS=1 (as CI sets it), when
// it fails.
package extread

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

//go:embed docx_dump.py
var dumpScript []byte

// Python is the interpreter that has Debian's python3-docx.
const Python = "/usr/bin/python3"

// Require reports whether missing tools fail tests (VANTHU_REQUIRE_TOOLS=1)
// instead of skipping them.
func Require() bool { return os.Getenv("VANTHU_REQUIRE_TOOLS") == "1" }

// missing skips or fails the test for a missing tool.
func missing(t testing.TB, tool, pkg string) {
	t.Helper()
	msg := fmt.Sprintf("%s is not installed (apt-get install -y %s)", tool, pkg)
	if Require() {
		t.Fatal(msg + "; VANTHU_REQUIRE_TOOLS=1 requires it")
	}
	t.Skip(msg + "; skipping")
}

// fakeMissing lets the tests of this package see the tools as missing.
func fakeMissing() bool { return os.Getenv("EXTREAD_FAKE_MISSING") == "1" }

// NeedSoffice returns the path of LibreOffice's soffice, or skips.
func NeedSoffice(t testing.TB) string {
	t.Helper()
	p, err := exec.LookPath("soffice")
	if err != nil || fakeMissing() {
		missing(t, "LibreOffice (soffice)", "libreoffice-writer-nogui fonts-liberation2")
	}
	return p
}

// NeedPoppler makes sure pdfinfo, pdftotext and pdftoppm are there.
func NeedPoppler(t testing.TB) {
	t.Helper()
	for _, tool := range []string{"pdfinfo", "pdftotext", "pdftoppm"} {
		if _, err := exec.LookPath(tool); err != nil || fakeMissing() {
			missing(t, "poppler ("+tool+")", "poppler-utils")
		}
	}
}

// NeedPythonDocx makes sure /usr/bin/python3 can import docx.
func NeedPythonDocx(t testing.TB) {
	t.Helper()
	if fakeMissing() || exec.Command(Python, "-c", "import docx").Run() != nil {
		missing(t, "python-docx", "python3-docx")
	}
}

func run(t testing.TB, timeout time.Duration, name string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	return out
}

// ToPDF converts DOCX bytes to PDF with LibreOffice, in a profile of its
// own so parallel tests do not share one, and returns the PDF's path.
func ToPDF(t testing.TB, docx []byte) string {
	t.Helper()
	soffice := NeedSoffice(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "doc.docx")
	if err := os.WriteFile(in, docx, 0o644); err != nil {
		t.Fatal(err)
	}
	profile := "file://" + filepath.Join(dir, "profile")
	run(t, 180*time.Second, soffice, "--headless", "--norestore", "-env:UserInstallation="+profile,
		"--convert-to", "pdf", "--outdir", dir, in)
	pdf := filepath.Join(dir, "doc.pdf")
	if st, err := os.Stat(pdf); err != nil || st.Size() == 0 {
		t.Fatalf("LibreOffice wrote no PDF: %v", err)
	}
	return pdf
}

// PDFInfo is what pdfinfo says of a PDF.
type PDFInfo struct {
	Pages             int
	WidthPt, HeightPt float64 // the first page
}

// ReadPDFInfo runs pdfinfo.
func ReadPDFInfo(t testing.TB, pdf string) PDFInfo {
	t.Helper()
	NeedPoppler(t)
	var info PDFInfo
	for _, line := range strings.Split(string(run(t, 30*time.Second, "pdfinfo", pdf)), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		v = strings.TrimSpace(v)
		switch k {
		case "Pages":
			fmt.Sscan(v, &info.Pages)
		case "Page size":
			fmt.Sscanf(v, "%g x %g", &info.WidthPt, &info.HeightPt)
		}
	}
	if info.Pages == 0 {
		t.Fatalf("pdfinfo found no pages in %s", pdf)
	}
	return info
}

// PageText returns the text of page (1-based), laid out as on the page
// (pdftotext -layout), in NFC.
func PageText(t testing.TB, pdf string, page int) string {
	t.Helper()
	NeedPoppler(t)
	p := fmt.Sprint(page)
	return norm.NFC.String(string(run(t, 30*time.Second, "pdftotext", "-f", p, "-l", p, "-layout", pdf, "-")))
}

// Word is one word of a page with its box, in points from the top left.
type Word struct {
	Text                   string
	XMin, YMin, XMax, YMax float64
}

// PageWords returns the words of a page with their boxes (pdftotext -bbox).
func PageWords(t testing.TB, pdf string, page int) []Word {
	t.Helper()
	NeedPoppler(t)
	p := fmt.Sprint(page)
	out := string(run(t, 30*time.Second, "pdftotext", "-f", p, "-l", p, "-bbox", pdf, "-"))
	var words []Word
	for _, line := range strings.Split(out, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "<word ") {
			continue
		}
		var w Word
		if _, err := fmt.Sscanf(line, `<word xMin="%g" yMin="%g" xMax="%g" yMax="%g">`, &w.XMin, &w.YMin, &w.XMax, &w.YMax); err != nil {
			continue
		}
		start := strings.IndexByte(line, '>') + 1
		end := strings.LastIndex(line, "</word>")
		if start <= 0 || end < start {
			continue
		}
		w.Text = norm.NFC.String(unescape(line[start:end]))
		words = append(words, w)
	}
	return words
}

func unescape(s string) string {
	return strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'").Replace(s)
}

// PagePNG renders a page to PNG at dpi and returns its path, for a person
// to look at.
func PagePNG(t testing.TB, pdf string, page, dpi int) string {
	t.Helper()
	NeedPoppler(t)
	prefix := filepath.Join(t.TempDir(), "page")
	p := fmt.Sprint(page)
	run(t, 60*time.Second, "pdftoppm", "-f", p, "-l", p, "-png", "-r", fmt.Sprint(dpi), "-singlefile", pdf, prefix)
	return prefix + ".png"
}

// PyDoc is what python-docx sees in a document.
type PyDoc struct {
	Sections    []PySection
	Paragraphs  []PyPara // in document order, table cells included
	Footnotes   []string // texts of the real footnotes (id ≥ 1)
	HeaderTexts map[string]string
}

// PySection is a section's page setup in millimetres.
type PySection struct {
	PageWidthMM, PageHeightMM        float64
	TopMM, BottomMM, LeftMM, RightMM float64
	Orientation                      string
	DifferentFirstPage               bool
}

// PyPara is one paragraph with its resolved paragraph formatting.
type PyPara struct {
	Text, Style       string
	Alignment         string // LEFT, CENTER, RIGHT, JUSTIFY or "" when unset
	InTable           bool
	Table, Row, Col   int // -1 outside tables
	FirstLineIndentMM float64
	LeftIndentMM      float64
	SpaceBeforePt     float64
	SpaceAfterPt      float64
	LineSpacing       float64 // a multiple for rule "auto", else points
	LineSpacingRule   string
	Runs              []PyRun
}

// PyRun is one run with its EFFECTIVE formatting.
type PyRun struct {
	Text                    string
	Font                    string
	SizePt                  float64
	Bold, Italic, Underline bool
	Color                   string
	Superscript             bool
}

// PyDocx opens DOCX bytes with python-docx.
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
	out := run(t, 60*time.Second, Python, script, in)
	var doc PyDoc
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("python-docx output: %v\n%s", err, out)
	}
	for i := range doc.Paragraphs {
		doc.Paragraphs[i].Text = norm.NFC.String(doc.Paragraphs[i].Text)
	}
	return &doc
}

// Find returns the first paragraph whose text contains substr, or nil.
func (d *PyDoc) Find(substr string) *PyPara {
	substr = norm.NFC.String(substr)
	for i := range d.Paragraphs {
		if strings.Contains(d.Paragraphs[i].Text, substr) {
			return &d.Paragraphs[i]
		}
	}
	return nil
}

// RunsAgree returns the size, weight and slant shared by every run with
// visible text; ok is false when they differ or there is none.
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
