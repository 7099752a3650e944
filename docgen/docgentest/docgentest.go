// Package docgentest helps test suites of services that generate Vietnamese
// official documents: AssertConforms fails a test when a DOCX breaks the
// layout rules of its rule set (Nghị định 30/2020/NĐ-CP or Hướng dẫn
// 36-HD/VPTW), listing every error finding.
package docgentest

import (
	"bytes"
	"strings"
	"testing"

	"github.com/vanthu/vanthu/docgen"
)

// AssertConforms checks docx with docgen.Check and reports every error
// finding through t.Errorf (warnings are logged). Options are docgen's:
// docgen.WithTheThuc("dang"), docgen.WithLanguage(docgen.English).
func AssertConforms(t testing.TB, docx []byte, opts ...docgen.Option) *docgen.Report {
	t.Helper()
	rep, err := docgen.Check(bytes.NewReader(docx), int64(len(docx)), opts...)
	if err != nil {
		t.Fatalf("docgentest: the DOCX cannot be read: %v", err)
		return nil
	}
	var errs []string
	for _, f := range rep.Findings {
		switch f.Severity {
		case docgen.SeverityError:
			errs = append(errs, "  "+f.String())
		case docgen.SeverityWarning:
			t.Logf("docgentest: warning: %s", f)
		}
	}
	if len(errs) > 0 {
		t.Errorf("docgentest: the DOCX breaks %d rule(s) of %s:\n%s", len(errs), rep.RuleSet, strings.Join(errs, "\n"))
	}
	return rep
}
