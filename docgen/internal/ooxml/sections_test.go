package ooxml

import (
	"encoding/xml"
	"io"
	"regexp"
	"strings"
	"testing"
)

// TestExtraSections: a document with two more sections ends its first
// with a section-break paragraph, writes one w:sectPr per section, the
// last one the body's, restarts page numbers, turns the landscape one
// and points every extra section's first page at an empty header and
// footer, which are parts of their own; all parts stay well-formed.
func TestExtraSections(t *testing.T) {
	d := sample(3)
	d.Section.FirstFooter = []Block{&Paragraph{Runs: []Run{{Text: "Địa chỉ: Số 10"}}}}
	portrait := d.Section
	portrait.FirstFooter = nil
	portrait.PageNumbers = &PageNumbers{Size: 28, HideOnFirst: true, Start: 1}
	landscape := portrait
	landscape.Landscape = true
	landscape.PageWidth, landscape.PageHeight = portrait.PageHeight, portrait.PageWidth
	d.Extra = []ExtraSection{
		{Section: portrait, Body: []Block{&Paragraph{Runs: []Run{{Text: "Phụ lục I"}}}}},
		{Section: landscape, Body: []Block{&Table{Widths: []int{7000, 7000}, Rows: []TableRow{{Cells: []TableCell{{}, {}}}}}}},
	}
	parts, err := d.Parts()
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]string{}
	for _, p := range parts {
		byName[p.Name] = string(p.Data)
		dec := xml.NewDecoder(strings.NewReader(string(p.Data)))
		for {
			if _, err := dec.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s: %v", p.Name, err)
			}
		}
	}
	doc := byName["word/document.xml"]
	sects := regexp.MustCompile(`<w:sectPr>.*?</w:sectPr>`).FindAllString(doc, -1)
	if len(sects) != 3 {
		t.Fatalf("%d sectPr, want 3", len(sects))
	}
	for i, want := range []struct {
		in, out []string
	}{
		{[]string{`r:id="rId5"`, `r:id="rId6"`, `w:type="first" r:id="rId7"`, "<w:titlePg/>"}, []string{"pgNumType", "rIdBlank"}},
		{[]string{`<w:pgNumType w:start="1"/>`, `w:type="default" r:id="rId5"`, `w:type="first" r:id="rIdBlankHeader"`, `w:type="first" r:id="rIdBlankFooter"`}, []string{"landscape", "rId6", "rId7"}},
		{[]string{`<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>`, `<w:pgNumType w:start="1"/>`}, []string{"rId7"}},
	} {
		for _, s := range want.in {
			if !strings.Contains(sects[i], s) {
				t.Errorf("section %d lacks %s: %s", i, s, sects[i])
			}
		}
		for _, s := range want.out {
			if strings.Contains(sects[i], s) {
				t.Errorf("section %d has %s", i, s)
			}
		}
	}
	if !strings.HasSuffix(doc, sects[2]+"</w:body></w:document>") {
		t.Error("the last section's sectPr does not close the body")
	}
	if strings.Index(doc, sects[0]) > strings.Index(doc, "Phụ lục I") || strings.Index(doc, "Phụ lục I") > strings.Index(doc, sects[1]) {
		t.Error("sections out of order")
	}
	for _, name := range []string{"word/header3.xml", "word/footer2.xml"} {
		if _, ok := byName[name]; !ok || !strings.Contains(byName["[Content_Types].xml"], "/"+name) {
			t.Errorf("%s missing or not in the content types", name)
		}
	}
	if strings.Contains(byName["word/header3.xml"], "PAGE") || strings.Contains(byName["word/footer2.xml"], "Địa chỉ") {
		t.Error("the blank parts are not blank")
	}
	rels := byName["word/_rels/document.xml.rels"]
	if !strings.Contains(rels, `Id="rIdBlankHeader"`) || !strings.Contains(rels, `Id="rIdBlankFooter"`) {
		t.Errorf("rels: %s", rels)
	}
	// Without extra sections nothing changes.
	parts, _ = sample(3).Parts()
	for _, p := range parts {
		if p.Name == "word/header3.xml" || strings.Contains(string(p.Data), "rIdBlank") {
			t.Errorf("%s written without extra sections", p.Name)
		}
	}
}
