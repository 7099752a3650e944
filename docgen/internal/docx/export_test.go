package docx

import "testing"

// SeedFiles returns the minimal test files as fuzz seeds (exported for
// the external test package).
func SeedFiles(tb testing.TB) [][]byte {
	return [][]byte{
		minimalDOCX(tb, `<w:p><w:r><w:t>X</w:t></w:r></w:p>`, sz28),
		minimalDOCX(tb, `<w:tbl><w:tr><w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>X</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><mc:AlternateContent><mc:Choice><w:r><w:t>c</w:t></w:r></mc:Choice></mc:AlternateContent></w:p><w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`,
			`<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="A"/><w:rPr><w:b/></w:rPr></w:style>`,
			"word/header1.xml", `<w:hdr `+wNS+`><w:p><w:fldSimple w:instr="PAGE"/></w:p></w:hdr>`),
		[]byte("PK\x03\x04"),
	}
}
