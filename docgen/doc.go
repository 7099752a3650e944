// Package docgen turns a structured Vietnamese official document into a
// DOCX file that follows its rule set: Nghị định 30/2020/NĐ-CP (Phụ lục I
// and III) for văn bản hành chính ("nha-nuoc", the default), or Hướng dẫn
// 36-HD/VPTW for văn bản của Đảng ("dang").
//
// The flow mirrors a compiler's, each step replaceable:
//
//	YAML or Go struct ─Parse─▶ Document ─Validate─▶ findings
//	                                    └─Render──▶ layout (rule tables) ─▶ OOXML ─▶ zip
//
// A Document holds every thể thức element: số và ký hiệu, tên loại, trích
// yếu, Kính gửi, căn cứ, the nội dung in Markdown, the signature block and
// Nơi nhận. Parse reads the YAML form and remembers where each key stands,
// so every finding names its YAML path and line:column. Validate checks
// the document against its rule set; each finding carries a rule ID tied
// to its article (e.g. ND30.PL1.II.3 for số, ký hiệu), the article's text,
// and a message in Vietnamese (English with WithLanguage(English)).
// Drafts — no number yet, a date with only the year — are valid and
// reported as information; the Issued option makes them errors.
//
// Render validates and writes the DOCX: A4 portrait, Times New Roman in
// black, the two-column header with the number and date on one level, the
// short rules under the Tiêu ngữ and the agency name, the body justified
// with its first-line indent, real Word footnotes, the signature block and
// Nơi nhận side by side, page numbers centred in the top margin and hidden
// on page 1. The rules are data (package internal/rules), read by both the
// renderer and, later, the checker. The DOCX is written by a small writer
// of our own on archive/zip: no third-party DOCX library is involved.
//
// WriteFile writes through a temporary file and a rename, so a failed
// render never leaves a half-written or empty file.
//
// Check goes the other way: it reads a DOCX written by any program (Word,
// LibreOffice, python-docx or this package), recognises the thể thức
// elements by text and position, and reports what breaks the rule set —
// recognised from the header or given with WithTheThuc — as findings with
// the same rule IDs Validate uses. Package docgentest wraps it for test
// suites.
//
// A Template is a document whose strings are Go text/template templates
// (mẫu trộn văn bản), with sprig's hermetic functions and Vietnamese ones
// (Funcs). OpenData reads a CSV, XLSX or JSON Lines table, streamed; Batch
// fills the template with every row, validates them all before writing
// anything, renders in parallel and hands each DOCX to a Sink (DirSink,
// ZipSink) in row order, numbering them with StartNumber. JSONSchema
// describes the YAML input for editors.
package docgen
