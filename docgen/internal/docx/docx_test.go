package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
	"testing"
	"time"
)

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

const themeXML = `<?xml version="1.0" encoding="UTF-8"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="T"><a:themeElements><a:fontScheme name="F"><a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`

// zipOf builds a zip of the given parts (name, content pairs) in order.
func zipOf(t testing.TB, parts ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: parts[i], Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, parts[i+1])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// minimalDOCX builds a DOCX from a w:body's inner XML and a w:styles'
// inner XML (and, when extra is given, more parts).
func minimalDOCX(t testing.TB, body, styles string, extra ...string) []byte {
	t.Helper()
	parts := []string{
		"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/_rels/document.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>`,
		"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wNS + `><w:body>` + body + `</w:body></w:document>`,
		"word/styles.xml", `<?xml version="1.0" encoding="UTF-8"?><w:styles ` + wNS + `>` + styles + `</w:styles>`,
		"word/theme/theme1.xml", themeXML,
	}
	return zipOf(t, append(parts, extra...)...)
}

func open(t testing.TB, data []byte, opts ...Option) *Document {
	t.Helper()
	d, err := Open(bytes.NewReader(data), int64(len(data)), opts...)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return d
}

// firstRun returns the first run of the paragraph whose text contains s.
func findPara(t testing.TB, d *Document, s string) *Paragraph {
	t.Helper()
	for _, p := range d.Paragraphs {
		if strings.Contains(p.Text, s) {
			return p
		}
	}
	t.Fatalf("no paragraph with %q", s)
	return nil
}

const sz28 = `<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>`

func TestEffectiveFormatting(t *testing.T) {
	type want struct {
		font                       string
		size                       float64
		bold, italic, caps, under  bool
		align                      string
		left, right, first, before int
		after, line                int
		lineRule                   string
	}
	tests := []struct {
		name, styles, body, find string
		want                     want
	}{
		{
			name:   "docDefaults size only",
			styles: sz28,
			body:   `<w:p><w:r><w:t>X</w:t></w:r></w:p>`,
			find:   "X",
			want:   want{size: 14},
		},
		{
			name: "paragraph style basedOn chain gives bold",
			styles: sz28 + `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/><w:rPr><w:caps/></w:rPr></w:style>`,
			body: `<w:p><w:pPr><w:pStyle w:val="B"/></w:pPr><w:r><w:t>X</w:t></w:r></w:p>`,
			find: "X",
			want: want{size: 12, bold: true, caps: true},
		},
		{
			name: "character style gives italic",
			styles: `<w:style w:type="character" w:styleId="Em"><w:rPr><w:i/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Em2"><w:basedOn w:val="Em"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>`,
			body: `<w:p><w:r><w:rPr><w:rStyle w:val="Em2"/></w:rPr><w:t>X</w:t></w:r></w:p>`,
			find: "X",
			want: want{size: 10, italic: true, under: true},
		},
		{
			name:   "direct b=0 overrides style bold",
			styles: `<w:style w:type="paragraph" w:styleId="H"><w:rPr><w:b/><w:i/></w:rPr></w:style>`,
			body:   `<w:p><w:pPr><w:pStyle w:val="H"/></w:pPr><w:r><w:rPr><w:b w:val="0"/><w:i w:val="false"/></w:rPr><w:t>X</w:t></w:r></w:p>`,
			find:   "X",
			want:   want{},
		},
		{
			name:   "character style toggles paragraph style bold off",
			styles: `<w:style w:type="paragraph" w:styleId="H"><w:rPr><w:b/></w:rPr></w:style><w:style w:type="character" w:styleId="S"><w:rPr><w:b/></w:rPr></w:style>`,
			body:   `<w:p><w:pPr><w:pStyle w:val="H"/></w:pPr><w:r><w:rPr><w:rStyle w:val="S"/></w:rPr><w:t>X</w:t></w:r></w:p>`,
			find:   "X",
			want:   want{},
		},
		{
			name:   "table cell paragraph",
			styles: sz28,
			body:   `<w:tbl><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid><w:tr><w:tc><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="26"/></w:rPr><w:t>X</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
			find:   "X",
			want:   want{size: 13, bold: true, align: "center"},
		},
		{
			name:   "theme font",
			styles: `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:styleId="T"><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/></w:rPr></w:style>`,
			body:   `<w:p><w:r><w:t>X</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="T"/></w:pPr><w:r><w:t>Y</w:t></w:r></w:p>`,
			find:   "X",
			want:   want{font: "Calibri"},
		},
		{
			name:   "theme font major",
			styles: `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:styleId="T"><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/></w:rPr></w:style>`,
			body:   `<w:p><w:r><w:t>X</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="T"/></w:pPr><w:r><w:t>Y</w:t></w:r></w:p>`,
			find:   "Y",
			want:   want{font: "Cambria"},
		},
		{
			name:   "direct font over style",
			styles: `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:rPrDefault></w:docDefaults>`,
			body:   `<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman"/></w:rPr><w:t>X</w:t></w:r></w:p>`,
			find:   "X",
			want:   want{font: "Arial"}, // hAnsi wins over ascii
		},
		{
			name:   "paragraph style jc and ind",
			styles: `<w:style w:type="paragraph" w:styleId="Body"><w:pPr><w:ind w:left="567" w:right="283" w:firstLine="720"/><w:jc w:val="both"/></w:pPr></w:style>`,
			body:   `<w:p><w:pPr><w:pStyle w:val="Body"/><w:ind w:right="100"/></w:pPr><w:r><w:t>X</w:t></w:r></w:p>`,
			find:   "X",
			want:   want{align: "both", left: 567, right: 100, first: 720},
		},
		{
			name:   "default paragraph style applies without pStyle",
			styles: `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:pPr><w:jc w:val="start"/></w:pPr><w:rPr><w:sz w:val="26"/></w:rPr></w:style>`,
			body:   `<w:p><w:r><w:t>X</w:t></w:r></w:p>`,
			find:   "X",
			want:   want{size: 13, align: "left"},
		},
		{
			name:   "spacing from pPrDefault",
			styles: `<w:docDefaults><w:pPrDefault><w:pPr><w:spacing w:before="120" w:after="60" w:line="360"/></w:pPr></w:pPrDefault></w:docDefaults>`,
			body:   `<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:t>X</w:t></w:r></w:p>`,
			find:   "X",
			want:   want{before: 120, line: 360, lineRule: "auto"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := open(t, minimalDOCX(t, tc.body, tc.styles))
			p := findPara(t, d, tc.find)
			if len(p.Runs) == 0 {
				t.Fatal("no runs")
			}
			r := p.Runs[0]
			got := want{r.Font, r.Size, r.Bold, r.Italic, r.Caps, r.Underline, p.Align, p.IndentLeft, p.IndentRight, p.IndentFirstLine, p.SpacingBefore, p.SpacingAfter, p.Line, p.LineRule}
			if got != tc.want {
				t.Errorf("got  %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func TestStructure(t *testing.T) {
	styles := `<w:style w:type="table" w:styleId="Grid"><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>`
	body := `<w:p><w:r><w:t xml:space="preserve">A </w:t></w:r><w:hyperlink r:id="x"><w:r><w:t>link</w:t></w:r></w:hyperlink><w:ins><w:r><w:t>+ins</w:t></w:r></w:ins><w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:smartTag><w:r><w:t>+tag</w:t></w:r></w:smartTag><w:r><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r>` +
		`<mc:AlternateContent><mc:Choice Requires="w14"><w:r><w:t>+choice</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>+fallback</w:t></w:r></mc:Fallback></mc:AlternateContent>` +
		`<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>` +
		`<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent><w:p><w:pPr><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgNumType w:start="3"/></w:sectPr></w:pPr><w:r><w:t>in sdt</w:t></w:r></w:p></w:sdtContent></w:sdt>` +
		`<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="3000"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>r0c0</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>r0c1</w:t></w:r></w:p>` +
		`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>nested</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>` +
		`<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/><w:tblBorders><w:top w:val="nil"/></w:tblBorders></w:tblPr><w:tr><w:tc><w:p><w:pPr><w:pBdr><w:bottom w:val="single"/></w:pBdr></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> page \* MERGEFORMAT</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:tc></w:tr></w:tbl>` +
		`<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567"/><w:titlePg w:val="off"/></w:sectPr>`
	hdr := `<?xml version="1.0"?><w:hdr ` + wNS + `><w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:hdr>`
	foot := `<?xml version="1.0"?><w:footnotes ` + wNS + `><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>Note one</w:t></w:r></w:p></w:footnote></w:footnotes>`
	d := open(t, minimalDOCX(t, body, styles, "word/header1.xml", hdr, "word/footnotes.xml", foot))

	p0 := d.Paragraphs[0]
	if want := "A link+ins+tag\tb\nc+choice"; p0.Text != want {
		t.Errorf("text %q, want %q", p0.Text, want)
	}
	last := p0.Runs[len(p0.Runs)-1]
	if last.FootnoteRef != 1 || !last.Superscript {
		t.Errorf("footnote run %+v", last)
	}
	if fmt.Sprint(d.FootnoteRefs) != "[1]" || len(d.Footnotes) != 1 || d.Footnotes[1][0].Text != "Note one" {
		t.Errorf("footnotes %v %v", d.FootnoteRefs, d.Footnotes)
	}
	if len(d.Sections) != 2 {
		t.Fatalf("sections %+v", d.Sections)
	}
	s0, s1 := d.Sections[0], d.Sections[1]
	if !s0.Landscape || s0.PageNumberStart != 3 || s1.Landscape || s1.TitlePage || s1.MarginLeft != 1701 || s1.MarginRight != 850 || s1.MarginHeader != 567 {
		t.Errorf("sections %+v", d.Sections)
	}
	if s1.HeaderRefs["default"] != "word/header1.xml" {
		t.Errorf("header refs %v", s1.HeaderRefs)
	}
	if s0.End != 1 || d.Paragraphs[1].Text != "in sdt" || s1.End != len(d.Paragraphs) {
		t.Errorf("section ends %d, %d of %d paragraphs", s0.End, s1.End, len(d.Paragraphs))
	}
	if s0.Headers["default"] != nil || s1.Headers["default"] == nil || s1.Headers["default"] != d.Headers["default"] {
		t.Errorf("per-section headers %v, %v", s0.Headers, s1.Headers)
	}
	h := d.Headers["default"]
	if h == nil || fmt.Sprint(h.Fields) != "[PAGE]" || h.Paragraphs[0].Runs[0].Field != "PAGE" {
		t.Errorf("header %+v", h)
	}
	if findPara(t, d, "in sdt").InTable {
		t.Error("sdt paragraph in table")
	}
	var tables []*Table
	for _, b := range d.Blocks {
		if tb, ok := b.(*Table); ok {
			tables = append(tables, tb)
		}
	}
	if len(tables) != 2 || len(d.Blocks) != 4 {
		t.Fatalf("blocks %d tables %d", len(d.Blocks), len(tables))
	}
	if !tables[0].Borders || tables[1].Borders {
		t.Errorf("borders %v %v", tables[0].Borders, tables[1].Borders)
	}
	if fmt.Sprint(tables[0].GridCols) != "[2000 3000]" {
		t.Errorf("grid %v", tables[0].GridCols)
	}
	nested := findPara(t, d, "nested")
	if !nested.InTable || nested.Table != 0 || nested.Row != 0 || nested.Col != 1 {
		t.Errorf("nested %+v", nested)
	}
	cell := tables[0].Rows[0][1]
	if len(cell.Paragraphs) != 2 || cell.Paragraphs[1] != nested || d.Paragraphs[nested.Index] != nested {
		t.Errorf("cell paragraphs %v", cell.Paragraphs)
	}
	pg := findPara(t, d, "7")
	if pg.Table != 1 || !pg.BorderBottom || pg.Runs[0].Field != `PAGE \* MERGEFORMAT` {
		t.Errorf("field paragraph %+v", pg)
	}
	for i, p := range d.Paragraphs {
		if p.Index != i {
			t.Errorf("paragraph %d has Index %d", i, p.Index)
		}
	}
}

func TestStrictNamespace(t *testing.T) {
	doc := `<?xml version="1.0"?><w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="13pt"/></w:rPr><w:t>strict</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="210mm" w:h="297mm"/></w:sectPr></w:body></w:document>`
	d := open(t, zipOf(t, "word/document.xml", doc))
	p := findPara(t, d, "strict")
	if p.Align != "center" || !p.Runs[0].Bold || p.Runs[0].Size != 13 {
		t.Errorf("%+v", p)
	}
	if s := d.Sections[0]; s.PageWidth != 11906 || s.PageHeight != 16838 {
		t.Errorf("section %+v", s)
	}
}

func TestHostile(t *testing.T) {
	deep := `<?xml version="1.0"?><w:document ` + wNS + `><w:body>` + strings.Repeat("<w:p>", 10000) + strings.Repeat("</w:p>", 10000) + `</w:body></w:document>`
	good := minimalDOCX(t, `<w:p><w:r><w:t>x</w:t></w:r></w:p>`, "")
	var many []string
	for i := range 5000 {
		many = append(many, fmt.Sprintf("f%d", i), "")
	}
	tests := []struct {
		name string
		data []byte
		opts []Option
		want error
	}{
		{"not a zip", []byte("hello, this is plain text and not a zip archive"), nil, ErrNotDOCX},
		{"empty", nil, nil, ErrNotDOCX},
		{"zip without document.xml", zipOf(t, "word/styles.xml", "<x/>"), nil, ErrNotDOCX},
		{"truncated zip", good[:len(good)/2], nil, ErrCorrupt},
		{"nested 10000 deep", zipOf(t, "word/document.xml", deep), nil, ErrTooLarge},
		{"depth option", minimalDOCX(t, `<w:p><w:r><w:t>x</w:t></w:r></w:p>`, ""), []Option{MaxDepth(4)}, ErrTooLarge},
		{"5000 entries", zipOf(t, append([]string{"word/document.xml", "<w:document " + wNS + "/>"}, many...)...), nil, ErrTooLarge},
		{"parts option", good, []Option{MaxParts(3)}, ErrTooLarge},
		{"uncompressed option", good, []Option{MaxUncompressed(300)}, ErrTooLarge},
		{"invalid XML", minimalDOCX(t, `<w:p><w:r><w:t>x</w:r></w:p>`, ""), nil, ErrCorrupt},
		{"invalid styles XML", minimalDOCX(t, `<w:p/>`, `<w:style`), nil, ErrCorrupt},
		{"wrong root", zipOf(t, "word/document.xml", `<html/>`), nil, ErrCorrupt},
		{"unclosed root", zipOf(t, "word/document.xml", `<w:document `+wNS+`><w:body>`), nil, ErrCorrupt},
		{"UTF-16 declared", zipOf(t, "word/document.xml", `<?xml version="1.0" encoding="UTF-16"?><w:document `+wNS+`/>`), nil, ErrCorrupt},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Open(bytes.NewReader(tc.data), int64(len(tc.data)), tc.opts...)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			t.Log(err)
		})
	}
	if _, err := Open(nil, 10); !errors.Is(err, ErrNotDOCX) {
		t.Errorf("nil reader: %v", err)
	}
}

// zipBomb builds, without holding the uncompressed data anywhere, a zip
// whose word/document.xml inflates to n bytes (a multiple of 1 MiB) of
// spaces: one sync-flushed deflate block of 1 MiB, which refers to nothing
// before it, is repeated n/1MiB times.
func zipBomb(t *testing.T, n int64) []byte {
	t.Helper()
	const chunk = 1 << 20
	plain := bytes.Repeat([]byte(" "), chunk)
	var block bytes.Buffer
	fw, err := flate.NewWriter(&block, flate.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(plain)
	fw.Flush()
	var crc uint32
	var comp bytes.Buffer
	for range n / chunk {
		comp.Write(block.Bytes())
		crc = crc32.Update(crc, crc32.IEEETable, plain)
	}
	comp.Write([]byte{0x03, 0x00}) // final empty fixed-Huffman block
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{
		Name: "word/document.xml", Method: zip.Deflate, CRC32: crc,
		CompressedSize64: uint64(comp.Len()), UncompressedSize64: uint64(n),
	})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(comp.Bytes())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestZipBomb(t *testing.T) {
	data := zipBomb(t, 200<<20)
	t.Logf("bomb: %d bytes compressed", len(data))

	start := time.Now()
	_, err := Open(bytes.NewReader(data), int64(len(data)))
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("took %v", el)
	}

	// A header that lies about the size: the streaming budget still stops
	// it (or the zip reader reports the mismatch).
	lie := bytes.Clone(data)
	patchSizes(t, lie, 100)
	_, err = Open(bytes.NewReader(lie), int64(len(lie)), MaxUncompressed(1<<20))
	if !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrCorrupt) {
		t.Fatalf("lying header: err = %v", err)
	}
	t.Log(err)
}

// patchSizes rewrites the uncompressed size in every central directory
// header of a zip.
func patchSizes(t *testing.T, data []byte, size uint32) {
	sig := []byte("PK\x01\x02")
	n := 0
	for i := bytes.Index(data, sig); i >= 0; {
		data[i+24], data[i+25], data[i+26], data[i+27] = byte(size), byte(size>>8), byte(size>>16), byte(size>>24)
		n++
		j := bytes.Index(data[i+4:], sig)
		if j < 0 {
			break
		}
		i += 4 + j
	}
	if n == 0 {
		t.Fatal("no central directory header")
	}
}

// TestBudgetStreaming checks that the budget is counted while reading,
// not only from the declared sizes.
func TestBudgetStreaming(t *testing.T) {
	body := strings.Repeat(`<w:p><w:r><w:t>abcdefghij</w:t></w:r></w:p>`, 2000)
	data := minimalDOCX(t, body, "")
	if _, err := Open(bytes.NewReader(data), int64(len(data))); err != nil {
		t.Fatal(err)
	}
	_, err := Open(bytes.NewReader(data), int64(len(data)), MaxUncompressed(int64(len(body)/2)))
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v", err)
	}
	// Through the streaming path: a reader with the declared size check
	// bypassed.
	pk := &pkg{budget: 10, lim: limits{maxUncompressed: 10}}
	br := &budgetReader{r: strings.NewReader(strings.Repeat("x", 100)), p: pk, name: "p"}
	_, err = io.ReadAll(br)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("streaming budget: %v", err)
	}
}
