package ooxml

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// sample is a small document with every feature the writer has.
func sample(paragraphs int) *Document {
	d := &Document{
		Section: Section{PageWidth: 11906, PageHeight: 16838, MarginTop: 1134, MarginBottom: 1134, MarginLeft: 1701,
			MarginRight: 850, MarginHeader: 567, MarginFooter: 567, PageNumbers: &PageNumbers{Size: 28, HideOnFirst: true}},
		Font: "Times New Roman", Size: 28, Lang: "vi-VN", Color: "000000", FootnoteSize: 20,
		Title: "Công văn <thử> & mẫu", Creator: "SỞ NỘI VỤ",
	}
	d.Body = append(d.Body, &Table{Widths: []int{3600, 5755}, Rows: []TableRow{{CantSplit: true, Cells: []TableCell{
		{Blocks: []Block{&Paragraph{Align: AlignCenter, Runs: []Run{{Text: "SỞ NỘI VỤ", Bold: true, Size: 24}}},
			&Paragraph{Align: AlignCenter, IndentLeft: 1200, IndentRight: 1200, Line: 120, LineRule: LineExact, MarkSize: 2,
				BorderBottom: &Border{Style: "single", Size: 6, Color: "000000"}}}},
		{Blocks: []Block{&Paragraph{Align: AlignCenter, Runs: []Run{{Text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Bold: true, Size: 24}}}}},
	}}}})
	for i := 0; i < paragraphs; i++ {
		runs := []Run{{Text: "Nội dung văn bản được trình bày bằng chữ in thường, canh đều hai lề, kiểu chữ đứng; cỡ chữ từ 13 đến 14. "},
			{Text: "Nghiêng", Italic: true}, {Text: " và ", Bold: false}, {Text: "đậm\tcó tab\nvà xuống dòng", Bold: true}}
		if i == 3 {
			runs = append(runs, Run{FootnoteRef: 1})
		}
		if i == 40 {
			runs = append(runs, Run{FootnoteRef: 2})
		}
		d.Body = append(d.Body, &Paragraph{Align: AlignBoth, IndentFirstLine: 720, SpacingBefore: 120, Line: 240, LineRule: LineAuto, Runs: runs})
	}
	d.Body = append(d.Body, &Table{Widths: []int{4677, 4678}, Borders: true, CellMarginLeft: 80, CellMarginRight: 80,
		Rows: []TableRow{{Header: true, Cells: []TableCell{{Blocks: []Block{&Paragraph{Runs: []Run{{Text: "A", Bold: true}}}}}, {}}}}})
	d.Footnotes = []Footnote{
		{Paragraphs: []*Paragraph{{Runs: []Run{{Text: "Chú thích một."}}}}},
		{Paragraphs: []*Paragraph{{Runs: []Run{{Text: "Chú thích hai."}}}}},
	}
	return d
}

func TestGolden(t *testing.T) {
	parts, err := sample(3).Parts()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range parts {
		golden := filepath.Join("testdata", strings.NewReplacer("/", "_", "[", "", "]", "").Replace(p.Name))
		if *update {
			if err := os.WriteFile(golden, p.Data, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (go test -update creates it)", err)
		}
		if !bytes.Equal(p.Data, want) {
			t.Errorf("%s differs from %s", p.Name, golden)
		}
	}
}

func TestPartsWellFormed(t *testing.T) {
	parts, err := sample(60).Parts()
	if err != nil {
		t.Fatal(err)
	}
	names := []string{}
	for _, p := range parts {
		names = append(names, p.Name)
		dec := xml.NewDecoder(bytes.NewReader(p.Data))
		for {
			_, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", p.Name, err)
			}
		}
	}
	if names[0] != "[Content_Types].xml" {
		t.Errorf("first part %s", names[0])
	}
	for _, want := range []string{"word/document.xml", "word/styles.xml", "word/settings.xml", "word/header1.xml", "word/header2.xml", "word/footnotes.xml"} {
		if !strings.Contains(strings.Join(names, " "), want) {
			t.Errorf("no part %s", want)
		}
	}
}

// TestSchemaOrder checks the child orders Word insists on.
func TestSchemaOrder(t *testing.T) {
	parts, _ := sample(5).Parts()
	var doc string
	for _, p := range parts {
		if p.Name == "word/document.xml" {
			doc = string(p.Data)
		}
	}
	order := func(scope string, names ...string) {
		re := regexp.MustCompile("<" + scope + ">(.*?)</" + scope + ">")
		for _, m := range re.FindAllStringSubmatch(doc, -1) {
			last := -1
			for _, n := range names {
				i := strings.Index(m[1], "<"+n)
				if i < 0 {
					continue
				}
				if i < last {
					t.Errorf("in %s, %s comes too early: %s", scope, n, m[1])
				}
				last = i
			}
		}
	}
	order("w:pPr", "w:pStyle", "w:keepNext", "w:keepLines", "w:pBdr", "w:tabs", "w:spacing", "w:ind", "w:jc", "w:rPr")
	order("w:rPr", "w:rStyle", "w:b", "w:i", "w:caps", "w:color", "w:sz", "w:szCs", "w:u", "w:vertAlign")
	order("w:sectPr", "w:headerReference", "w:footnotePr", "w:pgSz", "w:pgMar", "w:cols", "w:titlePg", "w:docGrid")
	order("w:tblPr", "w:tblW", "w:jc", "w:tblInd", "w:tblBorders", "w:tblLayout", "w:tblCellMar", "w:tblLook")
	if !strings.Contains(doc, `<w:headerReference w:type="first" r:id="rId6"/>`) || !strings.Contains(doc, "<w:titlePg/>") {
		t.Error("page 1 header is not hidden")
	}
}

func TestEscaping(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a & b < c > d", "a &amp; b &lt; c &gt; d"},
		{`"quoted"`, "&#34;quoted&#34;"},
		{"bell\x07 nul\x00 vt\x0b ff\x0c esc\x1b", "bell nul vt ff esc"},
		{"tab\tnl\ncr\r", "tab\tnl\ncr\r"},
		{"bad \xff utf8", "bad  utf8"},
		{"nonchar \uFFFE\uFFFF end", "nonchar  end"},
		{"Tiếng Việt đầy đủ", "Tiếng Việt đầy đủ"},
	}
	for _, tt := range tests {
		var w xw
		w.text(tt.in)
		if got := w.String(); got != tt.want {
			t.Errorf("text(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRunText(t *testing.T) {
	var w xw
	w.run(&Run{Text: "a\tb\nc", Bold: true, Size: 28})
	want := `<w:r><w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">a</w:t><w:tab/><w:t xml:space="preserve">b</w:t><w:br/><w:t xml:space="preserve">c</w:t></w:r>`
	if w.String() != want {
		t.Errorf("run:\n%s\nwant\n%s", w.String(), want)
	}
}

func TestDeterministicZip(t *testing.T) {
	var a, b bytes.Buffer
	if _, err := sample(60).WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	n, err := sample(60).WriteTo(&b)
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(b.Len()) {
		t.Errorf("WriteTo returned %d, wrote %d", n, b.Len())
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two writes differ")
	}
	zr, err := zip.NewReader(bytes.NewReader(a.Bytes()), int64(a.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if zr.File[0].Name != "[Content_Types].xml" {
		t.Errorf("first entry %s", zr.File[0].Name)
	}
}

func BenchmarkWrite(b *testing.B) {
	d := sample(60)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if _, err := d.WriteTo(&buf); err != nil {
			b.Fatal(err)
		}
	}
}
