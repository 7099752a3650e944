// Package extread lets tests read a DOCX with tools vanthu did not write,
// so that our own reader is never the only judge of our output.
//
// Three independent readers are wrapped:
//
//   - LibreOffice (Debian libreoffice-writer-nogui, with fonts-liberation2
//     standing in for Times New Roman): ToPDF lays the document out and
//     writes a PDF, each call in a LibreOffice profile of its own so that
//     parallel tests do not fight over one.
//   - poppler (poppler-utils): ReadPDFInfo gives the page count and size,
//     PageText the text of a page as laid out, PageWords every word with
//     its box in points from the top-left corner, PagePNG a picture of a
//     page for a person to look at.
//   - python-docx (python3-docx, run by /usr/bin/python3 with the embedded
//     script docx_dump.py): PyDocx reports the sections, every paragraph
//     (table cells included) with its resolved paragraph formatting and
//     the EFFECTIVE formatting of each run, the footnotes and the headers.
//
// A test calls NeedSoffice, NeedPoppler or NeedPythonDocx first (the other
// helpers call them too). When a tool is missing the test is skipped with
// a message naming the tool and the Debian package to install, unless
// VANTHU_REQUIRE_TOOLS=1 (as CI sets it), when it fails instead. Setting
// EXTREAD_FAKE_MISSING=1 makes every tool look missing, to try that path.
//
// Text: python-docx's strings are normalised to NFC by the script, and
// PyDoc.Find compares in NFC. Poppler's output (PageText, PageWords) is
// not normalised: pdftotext gives back the characters the DOCX holds, so
// a document in NFC, as vanthu writes them, reads back in NFC (checked on
// the official Phụ lục III file with the Liberation fonts), while
// decomposed text stays decomposed (checked on a hand-made file).
package extread
