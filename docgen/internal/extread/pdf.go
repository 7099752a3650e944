package extread

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// SofficeTimeout bounds one LibreOffice conversion.
const SofficeTimeout = 120 * time.Second

// popplerTimeout bounds one poppler command.
const popplerTimeout = 60 * time.Second

// ToPDF converts DOCX bytes to PDF with LibreOffice and returns the PDF's
// path, inside t.TempDir(). It runs
//
//	soffice --headless --norestore -env:UserInstallation=file://<own dir> --convert-to pdf --outdir <dir> <file>
//
// with a profile directory of its own, so that parallel tests do not share
// one, and a timeout of SofficeTimeout. It fails the test, with soffice's
// output, when soffice fails or writes no PDF or an empty one.
func ToPDF(t testing.TB, docx []byte) string {
	t.Helper()
	return convert(t, docx, "pdf", "doc.pdf")
}

// ResaveDOCX opens DOCX bytes in LibreOffice and saves them again as
// DOCX ("MS Word 2007 XML"), returning LibreOffice's file: the same
// document as another program writes it.
func ResaveDOCX(t testing.TB, docx []byte) []byte {
	t.Helper()
	out, err := os.ReadFile(convert(t, docx, "docx:MS Word 2007 XML", "doc.docx"))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// convert runs soffice --convert-to filter on docx in a profile of its
// own and returns the path of the output file named name.
func convert(t testing.TB, docx []byte, filter, name string) string {
	t.Helper()
	soffice := NeedSoffice(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "in", "doc.docx")
	out := filepath.Join(dir, "out")
	profile := filepath.Join(dir, "profile")
	for _, d := range []string{filepath.Dir(in), out, profile} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(in, docx, 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"--headless", "--norestore", "--nolockcheck",
		"-env:UserInstallation=" + fileURL(profile),
		"--convert-to", filter, "--outdir", out, in}
	var output bytes.Buffer
	err := execute(SofficeTimeout, &output, &output, soffice, args...)
	path := filepath.Join(out, name)
	st, statErr := os.Stat(path)
	switch {
	case err != nil:
		t.Fatalf("extread: soffice %s: %v\n%s", strings.Join(args, " "), err, output.Bytes())
	case statErr != nil:
		t.Fatalf("extread: soffice wrote no %s: %v\n%s", name, statErr, output.Bytes())
	case st.Size() == 0:
		t.Fatalf("extread: soffice wrote an empty %s\n%s", name, output.Bytes())
	}
	return path
}

// fileURL is the file:// URL of an absolute path, escaped (test names put
// characters such as '#' in temporary directories).
func fileURL(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}

// PDFInfo is what pdfinfo says of a PDF.
type PDFInfo struct {
	Pages             int     // number of pages
	WidthPt, HeightPt float64 // size of the first page in points (A4 is 595.3 × 841.9)
}

// ReadPDFInfo runs pdfinfo on a PDF and returns its page count and the
// size of its first page. A PDF without pages fails the test.
func ReadPDFInfo(t testing.TB, pdf string) PDFInfo {
	t.Helper()
	NeedPoppler(t)
	out := run(t, popplerTimeout, "pdfinfo", pdf)
	var info PDFInfo
	for line := range strings.Lines(string(out)) {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		f := strings.Fields(v)
		switch k {
		case "Pages":
			if len(f) > 0 {
				info.Pages, _ = strconv.Atoi(f[0])
			}
		case "Page size": // "595.304 x 841.89 pts (A4)"
			if len(f) >= 3 && f[1] == "x" {
				info.WidthPt, _ = strconv.ParseFloat(f[0], 64)
				info.HeightPt, _ = strconv.ParseFloat(f[2], 64)
			}
		}
	}
	if info.Pages == 0 || info.WidthPt == 0 || info.HeightPt == 0 {
		t.Fatalf("extread: pdfinfo %s: no pages or no page size:\n%s", pdf, out)
	}
	return info
}

// PageText returns the text of one page (1-based) as laid out on it, from
// `pdftotext -f N -l N -layout`. It is not normalised: it is NFC when the
// DOCX's text is (see the package comment).
func PageText(t testing.TB, pdf string, page int) string {
	t.Helper()
	NeedPoppler(t)
	p := strconv.Itoa(page)
	return string(run(t, popplerTimeout, "pdftotext", "-f", p, "-l", p, "-layout", "-enc", "UTF-8", pdf, "-"))
}

// Word is one word of a page with its box, in points from the page's
// top-left corner (y grows downwards).
type Word struct {
	Text                   string
	XMin, YMin, XMax, YMax float64
}

// PageWords returns the words of one page (1-based) in pdftotext's reading
// order (block, line, word), with their boxes, from the XHTML of
// `pdftotext -bbox-layout`.
func PageWords(t testing.TB, pdf string, page int) []Word {
	t.Helper()
	NeedPoppler(t)
	p := strconv.Itoa(page)
	out := run(t, popplerTimeout, "pdftotext", "-f", p, "-l", p, "-bbox-layout", "-enc", "UTF-8", pdf, "-")
	words, err := parseWords(out)
	if err != nil {
		t.Fatalf("extread: pdftotext -bbox-layout %s page %d: %v", pdf, page, err)
	}
	return words
}

// parseWords reads the <word> elements of pdftotext's bbox XHTML.
func parseWords(data []byte) ([]Word, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Entity = xml.HTMLEntity
	var words []Word
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return words, nil
		}
		if err != nil {
			return nil, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "word" {
			continue
		}
		var w struct {
			XMin float64 `xml:"xMin,attr"`
			YMin float64 `xml:"yMin,attr"`
			XMax float64 `xml:"xMax,attr"`
			YMax float64 `xml:"yMax,attr"`
			Text string  `xml:",chardata"`
		}
		if err := d.DecodeElement(&w, &se); err != nil {
			return nil, err
		}
		words = append(words, Word{Text: w.Text, XMin: w.XMin, YMin: w.YMin, XMax: w.XMax, YMax: w.YMax})
	}
}

// PagePNG renders one page (1-based) at dpi with pdftoppm and returns the
// PNG's path, inside t.TempDir(), for a person to look at: tests may
// t.Log it.
func PagePNG(t testing.TB, pdf string, page, dpi int) string {
	t.Helper()
	NeedPoppler(t)
	prefix := filepath.Join(t.TempDir(), fmt.Sprintf("page%d", page))
	p := strconv.Itoa(page)
	run(t, popplerTimeout, "pdftoppm", "-f", p, "-l", p, "-r", strconv.Itoa(dpi), "-png", "-singlefile", pdf, prefix)
	png := prefix + ".png"
	if st, err := os.Stat(png); err != nil || st.Size() == 0 {
		t.Fatalf("extread: pdftoppm wrote no picture of page %d of %s: %v", page, pdf, err)
	}
	return png
}
