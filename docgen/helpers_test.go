package docgen

import (
	"bytes"
	"strings"
	"testing"

	"github.com/vanthu/vanthu/docgen/internal/extread"
)

// checkClean fails the test when our checker cannot read out or finds an
// error in it.
func checkClean(t testing.TB, out []byte) {
	t.Helper()
	rep, err := Check(bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatalf("check: %v", err)
	}
	if rep.HasErrors() {
		t.Fatalf("check finds errors: %+v", rep.Findings)
	}
}

// pageWords is the text LibreOffice lays out on a page of pdf, its words
// joined by single spaces: line breaks fall where LibreOffice puts them.
func pageWords(t testing.TB, pdf string, page int) string {
	t.Helper()
	return strings.Join(strings.Fields(extread.PageText(t, pdf, page)), " ")
}

// errorAt returns the last error finding at path, or nil.
func errorAt(ds Diagnostics, path string) *Diagnostic {
	var got *Diagnostic
	for i := range ds {
		if ds[i].Path == path && ds[i].Severity == SeverityError {
			got = &ds[i]
		}
	}
	return got
}

// onePage has LibreOffice lay out out on one page that shows every line
// of lines (compared word by word), and python-docx find the paragraph
// para; it returns the PDF and what python-docx read.
func onePage(t *testing.T, out []byte, lines []string, para string) (string, *extread.PyDoc) {
	t.Helper()
	pdf := extread.ToPDF(t, out)
	if n := extread.ReadPDFInfo(t, pdf).Pages; n != 1 {
		t.Errorf("%d pages, want 1", n)
	}
	text := pageWords(t, pdf, 1)
	for _, want := range lines {
		if !strings.Contains(text, want) {
			t.Errorf("page 1 lacks %q:\n%s", want, text)
		}
	}
	doc := extread.PyDocx(t, out)
	found := false
	for _, p := range doc.Paragraphs {
		found = found || p.Text == para
	}
	if !found {
		t.Errorf("python-docx finds no paragraph %q", para)
	}
	return pdf, doc
}
