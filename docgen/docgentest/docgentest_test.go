package docgentest_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanthu/vanthu/docgen"
	"github.com/vanthu/vanthu/docgen/docgentest"
)

// A service that generates documents checks its output in its own tests:
//
//	func TestLetterConforms(t *testing.T) {
//		docgentest.AssertConforms(t, myservice.Letter())
//	}
func ExampleAssertConforms() {
	testLetter := func(t *testing.T) {
		doc, err := docgen.ParseFile(filepath.Join("..", "..", "examples", "quyet-dinh.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		data, err := docgen.RenderBytes(doc)
		if err != nil {
			t.Fatal(err)
		}
		docgentest.AssertConforms(t, data)
	}
	_ = testLetter
}

func TestAssertConforms(t *testing.T) {
	doc, err := docgen.ParseFile(filepath.Join("..", "..", "examples", "bao-cao.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	data, err := docgen.RenderBytes(doc)
	if err != nil {
		t.Fatal(err)
	}
	if rep := docgentest.AssertConforms(t, data); rep == nil || rep.RuleSet != "nd30-2020" {
		t.Errorf("report %+v", rep)
	}
	// A broken document makes the assertion fail.
	broken := bytes.Replace(data, []byte("x"), []byte("x"), 1)
	rec := &recorder{TB: t}
	docgentest.AssertConforms(rec, broken, docgen.WithTheThuc("dang"))
	if !rec.failed || !strings.Contains(rec.msg, "hd36-2018") {
		t.Errorf("checking a state document as a Party one did not fail: %q", rec.msg)
	}
}

type recorder struct {
	testing.TB
	failed bool
	msg    string
}

func (r *recorder) Helper()                        {}
func (r *recorder) Logf(string, ...any)            {}
func (r *recorder) Errorf(format string, a ...any) { r.failed, r.msg = true, format+" "+sprint(a) }
func (r *recorder) Fatalf(format string, a ...any) { r.failed, r.msg = true, format+" "+sprint(a) }

func sprint(a []any) string {
	var b strings.Builder
	for _, x := range a {
		if s, ok := x.(string); ok {
			b.WriteString(s + " ")
		}
	}
	return b.String()
}
