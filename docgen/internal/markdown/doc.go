// Package markdown turns the body (nội dung) of an official document,
// written in Markdown, into a small block model that the DOCX renderer and
// the checker read. Nothing here knows about DOCX.
//
// Parse reads the source with goldmark (CommonMark, plus the footnote and
// GFM table extensions) and lowers goldmark's AST to a flat list of blocks:
//
//   - Paragraph: a run of formatted text. Vietnamese official documents
//     write their list markers ("1.", "a)", "-", "+") as text and never use
//     automatic numbering, so Markdown lists are flattened to paragraphs
//     whose first inline carries the marker the source used, and a line
//     inside a paragraph that starts with such a marker ("a) …", "1.2. …",
//     "- …", "+ …", "• …") starts a new paragraph.
//   - Heading: an ATX or setext heading, classified by what its text says it
//     is: Phần, Chương, Mục, Tiểu mục, Điều or a plain heading, with the
//     number and the title split out for the structural kinds.
//   - Table: a GFM table with header, rows and column alignment.
//
// Footnotes ([^x] with a [^x]: definition) are numbered 1.. in order of
// first reference and returned beside the blocks. Emphasis is kept (bold,
// italic); links keep their text, images are dropped, raw HTML is kept as
// literal text, code is plain text. All text is NFC-normalised; quotes and
// dashes are never rewritten.
//
// Parse is meant to be safe on untrusted input: it does not panic, and the
// few places where goldmark's own algorithms are superlinear on hostile
// input (deeply nested containers, thousands of footnote references, long
// runs of link reference definitions, tables whose short rows are padded
// to a very wide header, escaped pipes in code spans inside tables) are
// replaced or bounded here, so that parse time grows linearly with the
// input. See limits.go.
package markdown
