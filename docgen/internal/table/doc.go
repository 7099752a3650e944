// Package table reads the data tables of a mail merge (trộn thư): a
// clerk's template is filled once per row of a table kept in a CSV, TSV,
// Excel (.xlsx) or JSON Lines file, or given inline as a list of maps.
//
// A [Source] is read through [Source.Rows], an iterator that streams the
// file: only the current row is held in memory, however long the table.
// Every call to Rows opens the file afresh, so a batch can read once to
// validate every row and again to render. The file is closed when the
// sequence ends, when it yields an error, or when the consumer stops early
// (break in a range loop).
//
// Every row maps each column header to the text of its cell. Headers and
// cells are trimmed of surrounding spaces and normalised to Unicode NFC
// (files written on macOS are often NFD), so "Họ tên" typed on any system
// finds the same column. Rows whose cells are all empty are skipped and not
// numbered. The rules for headers are the same for CSV and XLSX: the first
// non-blank row holds the headers; a column with data but no header, a
// duplicated header, or (CSV) a row with more values than headers is an
// error.
//
// Every failure is an [*Error], which knows the file, line and column
// concerned and can explain itself in English ([Error.Error]) or in
// Vietnamese ([Error.Message]) in terms a clerk can act on — for instance
// a CSV saved in Windows-1258 or TCVN3 instead of UTF-8.
//
// [Slug] turns a header such as "Họ tên" into an identifier ("ho_ten")
// usable as a template field name.
package table
