// Package docx reads the layout-relevant content of any DOCX file
// (WordprocessingML, as written by Word, LibreOffice, python-docx or
// vanthu's own writer) for the layout checker.
//
// Open returns a Document: the page sections, the body as blocks
// (paragraphs and tables, nested tables included), every paragraph in
// document order with its effective paragraph and run formatting, the
// footnotes, and the headers of the last section with their fields.
//
// Effective formatting is resolved the way Word does for the common
// cases: document defaults, then the paragraph style chain (basedOn),
// then the character style chain (rStyle), then direct formatting. The
// toggle properties bold, italic and caps toggle between the paragraph
// style and the character style level, and direct formatting replaces
// them. Table styles' paragraph and run properties, numbering and
// conditional table formatting are not applied.
//
// The reader is built for hostile input. Every part is read through an
// xml.Decoder token stream (never unmarshalled whole), the bytes read
// from all parts together are capped (MaxUncompressed), as are the
// number of zip entries (MaxParts), the nesting of XML elements
// (MaxDepth) and the number of paragraphs, runs and cells built. Errors
// wrap ErrNotDOCX, ErrTooLarge or ErrCorrupt so that callers can tell
// them apart with errors.Is.
//
// Markup handled: mc:AlternateContent (the first mc:Choice is read, the
// mc:Fallback skipped), w:sdt content, w:hyperlink, w:smartTag,
// w:customXml, w:ins and w:moveTo (included), w:del and w:moveFrom
// (excluded), simple and complex fields. Text in drawings and text boxes
// is not read. Both the transitional and the strict (ISO 29500)
// WordprocessingML namespaces are accepted.
package docx
