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
