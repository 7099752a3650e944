package ooxml

import (
	"archive/zip"
	"compress/flate"
	"io"
	"strconv"
	"sync"
	"time"
)

// storeBelow is the size under which a part is stored uncompressed.
const storeBelow = 4096

// zipTime is the modification time of every zip entry: fixed, so the
// same document gives the same bytes.
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// Parts returns every part of the package in a fixed order,
// [Content_Types].xml first.
func (d *Document) Parts() ([]Part, error) {
	parts := []Part{
		{"[Content_Types].xml", d.contentTypes()},
		{"_rels/.rels", []byte(rootRels)},
		{"docProps/core.xml", d.core()},
		{"docProps/app.xml", []byte(appXML)},
		{"word/document.xml", d.document()},
		{"word/_rels/document.xml.rels", d.documentRels()},
		{"word/styles.xml", d.styles()},
		{"word/settings.xml", []byte(settingsXML)},
		{"word/fontTable.xml", d.fontTable()},
	}
	if d.Section.PageNumbers != nil {
		parts = append(parts, Part{"word/header1.xml", d.pageHeader()})
	}
	if d.hasFirstHeader() {
		parts = append(parts, Part{"word/header2.xml", d.firstHeader()})
	}
	if len(d.Section.FirstFooter) > 0 {
		parts = append(parts, Part{"word/footer1.xml", d.firstFooter()})
	}
	parts = append(parts, d.extraParts()...)
	parts = append(parts, Part{"word/footnotes.xml", d.footnotes()})
	parts = append(parts, d.mediaParts()...)
	return parts, nil
}

// WriteTo writes the document as a .docx (zip) file.
func (d *Document) WriteTo(out io.Writer) (int64, error) {
	parts, err := d.Parts()
	if err != nil {
		return 0, err
	}
	cw := &countingWriter{w: out}
	zw := zip.NewWriter(cw)
	zw.RegisterCompressor(zip.Deflate, pooledDeflate)
	for _, p := range parts {
		// Small parts are stored: compressing them costs more time than
		// the bytes it saves.
		method := zip.Deflate
		if len(p.Data) < storeBelow {
			method = zip.Store
		}
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: p.Name, Method: method, Modified: zipTime})
		if err != nil {
			return cw.n, err
		}
		if _, err := fw.Write(p.Data); err != nil {
			return cw.n, err
		}
	}
	err = zw.Close()
	return cw.n, err
}

// flateWriters keeps compressors between documents: a flate.Writer
// allocates about a megabyte, far more than a letter's XML.
var flateWriters = sync.Pool{New: func() any {
	fw, _ := flate.NewWriter(io.Discard, flate.BestSpeed)
	return fw
}}

// pooledDeflate is a zip compressor that borrows a flate.Writer and gives
// it back on Close.
func pooledDeflate(w io.Writer) (io.WriteCloser, error) {
	fw := flateWriters.Get().(*flate.Writer)
	fw.Reset(w)
	return &pooledWriter{fw}, nil
}

type pooledWriter struct{ *flate.Writer }

func (p *pooledWriter) Close() error {
	err := p.Writer.Close()
	flateWriters.Put(p.Writer)
	p.Writer = nil
	return err
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func (d *Document) contentTypes() []byte {
	var w xw
	w.s(xmlHeader, `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`,
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`,
		`<Default Extension="xml" ContentType="application/xml"/>`,
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`,
		`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>`,
		`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>`,
		`<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>`,
		`<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>`)
	if d.Section.PageNumbers != nil {
		w.s(`<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>`)
	}
	if d.hasFirstHeader() {
		w.s(`<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>`)
	}
	if len(d.Section.FirstFooter) > 0 {
		w.s(`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>`)
	}
	d.extraContentTypes(&w)
	d.mediaContentTypes(&w)
	w.s(`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`,
		`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>`,
		`</Types>`)
	return w.Bytes()
}

const rootRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

const appXML = xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>vanthu</Application></Properties>`

func (d *Document) core() []byte {
	var w xw
	w.s(xmlHeader, `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	for _, e := range []struct{ tag, v string }{{"dc:title", d.Title}, {"dc:subject", d.Subject}, {"dc:creator", d.Creator}, {"cp:keywords", d.Keywords}} {
		if e.v != "" {
			w.s("<", e.tag, ">")
			w.text(e.v)
			w.s("</", e.tag, ">")
		}
	}
	if !d.Created.IsZero() {
		ts := d.Created.UTC().Format(time.RFC3339)
		w.s(`<dcterms:created xsi:type="dcterms:W3CDTF">`, ts, `</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">`, ts, `</dcterms:modified>`)
	}
	w.s(`</cp:coreProperties>`)
	return w.Bytes()
}

func (d *Document) documentRels() []byte {
	var w xw
	w.s(xmlHeader, `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`,
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`,
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>`,
		`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>`,
		`<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>`)
	if d.Section.PageNumbers != nil {
		w.s(`<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>`)
	}
	if d.hasFirstHeader() {
		w.s(`<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>`)
	}
	if len(d.Section.FirstFooter) > 0 {
		w.s(`<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>`)
	}
	d.extraRels(&w)
	d.mediaRels(&w)
	w.s(`</Relationships>`)
	return w.Bytes()
}

func (d *Document) document() []byte {
	var w xw
	w.Grow(16 << 10) // a letter; longer bodies double it a few times
	w.s(xmlHeader, `<w:document `, nsW, `><w:body>`)
	w.blocks(d.Body)
	if len(d.Extra) > 0 {
		d.extraBody(&w)
		return w.Bytes()
	}
	if n := len(d.Body); n > 0 {
		if _, isTable := d.Body[n-1].(*Table); isTable {
			w.s(`<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>`)
		}
	}
	w.s(string(d.sectPr(&d.Section, d.mainRefs())))
	w.s(`</w:body></w:document>`)
	return w.Bytes()
}

// mainRefs are the header and footer references of the first section.
func (d *Document) mainRefs() string {
	s := &d.Section
	var w xw
	if s.PageNumbers != nil {
		w.s(`<w:headerReference w:type="default" r:id="rId5"/>`)
	}
	if s.titlePage() && d.hasFirstHeader() {
		w.s(`<w:headerReference w:type="first" r:id="rId6"/>`)
	}
	if len(s.FirstFooter) > 0 {
		w.s(`<w:footerReference w:type="first" r:id="rId7"/>`)
	}
	return w.String()
}

// sectPr writes the w:sectPr of a section with its header and footer
// references.
func (d *Document) sectPr(s *Section, refs string) []byte {
	var w xw
	w.s("<w:sectPr>", refs)
	w.s(`<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>`)
	w.s("<w:pgSz")
	w.attrInt("w:w", s.PageWidth)
	w.attrInt("w:h", s.PageHeight)
	if s.Landscape {
		w.s(` w:orient="landscape"`)
	}
	w.s("/><w:pgMar")
	w.attrInt("w:top", s.MarginTop)
	w.attrInt("w:right", s.MarginRight)
	w.attrInt("w:bottom", s.MarginBottom)
	w.attrInt("w:left", s.MarginLeft)
	w.attrInt("w:header", s.MarginHeader)
	w.attrInt("w:footer", s.MarginFooter)
	w.s(` w:gutter="0"/>`)
	if s.PageNumbers != nil && s.PageNumbers.Start > 0 {
		w.s("<w:pgNumType")
		w.attrInt("w:start", s.PageNumbers.Start)
		w.s("/>")
	}
	w.s(`<w:cols w:space="720"/>`)
	if s.titlePage() {
		w.s("<w:titlePg/>")
	}
	w.s(`<w:docGrid w:linePitch="360"/></w:sectPr>`)
	return w.Bytes()
}

func (d *Document) pageHeader() []byte {
	var w xw
	w.s(xmlHeader, `<w:hdr `, nsW, `>`)
	w.paragraph(&Paragraph{Style: "Header", Align: AlignCenter, Runs: []Run{{Field: "PAGE", Size: d.Section.PageNumbers.Size}}}, 0)
	w.s(`</w:hdr>`)
	return w.Bytes()
}

// hasFirstHeader reports whether the first-page header part is written:
// with the page numbers (empty, or holding FirstHeader), or alone for
// FirstHeader or FirstFooter (titlePg needs a first header, else page 1
// would show none at all but Word would look for one).
func (d *Document) hasFirstHeader() bool {
	return d.Section.PageNumbers != nil || d.Section.titlePage()
}

// firstHeader is the first-page header: FirstHeader, or one empty
// paragraph.
func (d *Document) firstHeader() []byte {
	var w xw
	w.s(xmlHeader, `<w:hdr `, nsW, `>`)
	if len(d.Section.FirstHeader) == 0 {
		w.paragraph(&Paragraph{Style: "Header"}, 0)
	} else {
		w.story(d.Section.FirstHeader)
	}
	w.s(`</w:hdr>`)
	return w.Bytes()
}

// firstFooter is the first-page footer.
func (d *Document) firstFooter() []byte {
	var w xw
	w.s(xmlHeader, `<w:ftr `, nsW, `>`)
	w.story(d.Section.FirstFooter)
	w.s(`</w:ftr>`)
	return w.Bytes()
}

// story writes the blocks of a header or footer, which must end with a
// paragraph.
func (w *xw) story(bs []Block) {
	w.blocks(bs)
	if _, isTable := bs[len(bs)-1].(*Table); isTable {
		w.s(`<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>`)
	}
}

func (d *Document) footnotes() []byte {
	var w xw
	w.s(xmlHeader, `<w:footnotes `, nsW, `>`,
		`<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>`,
		`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`)
	for i, fn := range d.Footnotes {
		id := i + 1
		w.s(`<w:footnote`)
		w.attrInt("w:id", id)
		w.s(">")
		paras := fn.Paragraphs
		if len(paras) == 0 {
			paras = []*Paragraph{{}}
		}
		for j, p := range paras {
			q := *p
			q.Style = "FootnoteText"
			mark := 0
			if j == 0 {
				mark = id
			}
			w.paragraph(&q, mark)
		}
		w.s(`</w:footnote>`)
	}
	w.s(`</w:footnotes>`)
	return w.Bytes()
}

const settingsXML = xmlHeader + `<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
	`<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
	`<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>` +
	`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
	`</w:settings>`

func (d *Document) fontTable() []byte {
	var w xw
	w.s(xmlHeader, `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:font`)
	w.attr("w:name", d.Font)
	w.s(`><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>`)
	return w.Bytes()
}

func (d *Document) styles() []byte {
	var w xw
	lang := d.Lang
	w.s(xmlHeader, `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`)
	w.s(`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts`)
	for _, a := range []string{"w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"} {
		w.attr(a, d.Font)
	}
	w.s("/>")
	if d.Color != "" {
		w.val("w:color", d.Color)
	}
	size := strconv.Itoa(d.Size)
	w.s(`<w:sz w:val="`, size, `"/><w:szCs w:val="`, size, `"/>`)
	if lang != "" {
		w.s("<w:lang")
		w.attr("w:val", lang)
		w.attr("w:eastAsia", lang)
		w.attr("w:bidi", "ar-SA")
		w.s("/>")
	}
	w.s(`</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`)
	w.s(`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>`)
	w.s(`<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>`)
	w.s(`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`)
	w.s(`<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs><w:jc w:val="center"/></w:pPr></w:style>`)
	fs := strconv.Itoa(d.FootnoteSize)
	w.s(`<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="`, fs, `"/><w:szCs w:val="`, fs, `"/></w:rPr></w:style>`)
	w.s(`<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>`)
	w.s(`<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>`)
	w.s(`</w:styles>`)
	return w.Bytes()
}
