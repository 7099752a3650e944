package templates_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/vanthu/vanthu/docgen"
	"github.com/vanthu/vanthu/templates"
)

// TestScaffoldsRender: every scaffold is a valid draft and renders.
func TestScaffoldsRender(t *testing.T) {
	list := templates.List()
	if len(list) < 4 {
		t.Fatalf("%d scaffolds", len(list))
	}
	for _, tpl := range list {
		t.Run(tpl.TheThuc+"/"+tpl.Name, func(t *testing.T) {
			if !bytes.HasPrefix(tpl.Data, []byte("#")) {
				t.Error("a scaffold starts with a comment saying what it is")
			}
			doc, err := docgen.Parse(tpl.Data, docgen.WithFilename(tpl.Name+".yaml"))
			if err != nil {
				t.Fatal(err)
			}
			ds := docgen.Validate(doc)
			if ds.HasErrors() {
				t.Fatal(ds)
			}
			if !docgen.Validate(doc, docgen.Issued()).HasErrors() {
				t.Error("a scaffold is a draft: Issued must refuse it")
			}
			var buf bytes.Buffer
			if err := docgen.Render(&buf, doc); err != nil || buf.Len() == 0 {
				t.Fatalf("render: %v", err)
			}
		})
	}
	if _, ok := templates.Get("nha-nuoc", "cong-van"); !ok {
		t.Error("no cong-van scaffold")
	}
	if _, ok := templates.Get("nha-nuoc", "khong-co"); ok {
		t.Error("Get found a scaffold that does not exist")
	}
	for _, tpl := range list {
		if strings.Contains(string(tpl.Data), "\t") {
			t.Errorf("%s: tabs in YAML", tpl.Name)
		}
	}
}

// TestEveryKindHasAScaffold: vanthu new works for every kind of both rule
// sets, and each scaffold is a valid draft that renders.
func TestEveryKindHasAScaffold(t *testing.T) {
	for _, theThuc := range []string{"nha-nuoc", "dang"} {
		for _, k := range docgen.Kinds(theThuc) {
			t.Run(theThuc+"/"+k.Slug, func(t *testing.T) {
				tpl, err := templates.ForKind(theThuc, k.Slug)
				if err != nil {
					t.Fatal(err)
				}
				doc, err := docgen.Parse(tpl.Data)
				if err != nil {
					t.Fatalf("%v\n%s", err, tpl.Data)
				}
				if doc.Loai != k.Slug {
					t.Errorf("loai %q", doc.Loai)
				}
				if ds := docgen.Validate(doc); ds.HasErrors() {
					t.Fatalf("%v\n%s", ds, tpl.Data)
				}
				var buf bytes.Buffer
				if err := docgen.Render(&buf, doc); err != nil {
					t.Fatal(err)
				}
			})
		}
	}
	if _, err := templates.ForKind("nha-nuoc", "khong-co"); err == nil {
		t.Error("unknown kind accepted")
	}
	if _, err := templates.ForKind("khong-co", "cong-van"); err == nil {
		t.Error("unknown rule set accepted")
	}
}
