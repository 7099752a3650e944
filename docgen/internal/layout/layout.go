// Package layout places the thể thức elements of a validated document on
// the page, after the cells of the layout diagram (Phụ lục I, Mục IV) and
// the mẫu of Phụ lục III, and returns the OOXML document to write. Sizes,
// weights and texts come from the rule set; nothing here is specific to
// one standard except through its table.
package layout

import (
	"math"
	"strings"

	"github.com/vanthu/vanthu/docgen/internal/markdown"
	"github.com/vanthu/vanthu/docgen/internal/metrics"
	"github.com/vanthu/vanthu/docgen/internal/ooxml"
	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// Input is a validated, normalised document with its lines already
// formatted by the rule set.
type Input struct {
	Rules *rules.RuleSet
	Kind  *rules.Kind

	ParentAgency string // cơ quan chủ quản; "\n" breaks lines
	Agency       string // cơ quan ban hành; "\n" breaks lines
	NumberLine   string // "Số: 07/SVHTTDL-QLVHGĐ"
	DateLine     string // "Hải Dương, ngày 05 tháng 02 năm 2023"
	TrichYeu     string // "\n" breaks lines
	ThamQuyen    string
	CanCu        []string // items, punctuation added here
	KinhGui      []string // items, punctuation added here
	Body         *markdown.Body
	SignerLines  []string // quyền hạn and chức vụ lines, before upper-casing
	SignerName   string
	NoiNhan      []string // items without the Lưu line
	LuuLine      string   // "Lưu: VT, QLVHGĐ."

	// The optional elements (ô 10–13); zero values leave them out.
	DoMat, DoKhan *rules.Level // ô 10a, 10b
	LuuHanh       string       // ô 11, e.g. "LƯU HÀNH NỘI BỘ"
	SoanThao      string       // ô 12, e.g. "PL.(300)"
	Contact       []string     // ô 13, one line each

	// The mẫu 1.6–1.10 (Kind.Form): the values of the lines'
	// placeholders, the thư ký who signs on the left, the confirmation
	// box.
	Mau          map[string]string
	CoSignerName string
	Confirm      bool

	// Phụ lục (Mẫu 2.1/2.2), each in its own section after the văn
	// bản, and the paper copy block (Mẫu 3.1); zero values leave them
	// out.
	Appendices []Appendix
	Copy       *CopyBlock

	// The signatures (signing.go): the signer's signature image (ô 7c),
	// the seal image over it (ô 8) and the lines of the chữ ký số box;
	// zero values leave them out.
	Signature, Seal *Image
	// CoSignature is the thư ký's signature image on a biên bản.
	CoSignature *Image
	KySo        []string

	Page Page
}

// Page is the resolved trình bày.
type Page struct {
	TopMM, BottomMM, LeftMM, RightMM float64
	BodySize                         float64 // pt
	LineSpacing                      float64 // multiple of a single line
	BeforePt                         float64 // space before body paragraphs
	IndentCM                         float64 // first-line indent
}

// Twips converts millimetres to twips (1/20 pt), rounded.
func Twips(mm float64) int { return int(math.Round(mm * 1440 / 25.4)) }

func pt(p float64) int { return int(math.Round(p * 20)) }

// builder holds what every placement needs.
type builder struct {
	in    *Input
	rs    *rules.RuleSet
	width int // text width, twips
	body  []ooxml.Block
	notes []ooxml.Footnote
	// The header table's columns (twips) and its indent, set by header.
	headLeft, headRight, headIndent int
	// holdEndMark: content leaves "./." to the lines that follow it
	// (mẫu 1.8–1.10).
	holdEndMark bool
	// images are the pictures' files (signing.go).
	images []ooxml.Image
}

// Build lays the document out.
func Build(in *Input) *ooxml.Document {
	rs := in.Rules
	b := &builder{in: in, rs: rs}
	pageW := Twips(rs.Page.WidthMM)
	b.width = pageW - Twips(in.Page.LeftMM) - Twips(in.Page.RightMM)

	b.header()
	b.marks()
	if in.Kind.Form != nil {
		b.mau()
	} else {
		b.standard()
	}
	b.copyBlock()

	doc := &ooxml.Document{
		Section: ooxml.Section{
			PageWidth:    pageW,
			PageHeight:   Twips(rs.Page.HeightMM),
			MarginTop:    Twips(in.Page.TopMM),
			MarginBottom: Twips(in.Page.BottomMM),
			MarginLeft:   Twips(in.Page.LeftMM),
			MarginRight:  Twips(in.Page.RightMM),
			MarginHeader: Twips(rs.Page.HeaderMM),
			MarginFooter: Twips(rs.Page.HeaderMM),
			PageNumbers: &ooxml.PageNumbers{
				Size:        rs.Style(rules.SoTrang).HalfPoints(),
				HideOnFirst: rs.Page.PageNumberHiddenOnFirst,
			},
			FirstHeader: b.firstPageHeader(),
			FirstFooter: b.contact(),
		},
		Font:         rs.Font,
		Size:         int(math.Round(in.Page.BodySize * 2)),
		Lang:         "vi-VN",
		Color:        rs.Color,
		FootnoteSize: rs.Style(rules.ChuThich).HalfPoints(),
		Body:         b.body,
		Images:       b.images,
		Footnotes:    b.notes,
		Title:        strings.ReplaceAll(in.Kind.Name+" "+in.TrichYeu, "\n", " "),
		Subject:      strings.ReplaceAll(in.TrichYeu, "\n", " "),
		Creator:      strings.ReplaceAll(in.Agency, "\n", " "),
		Keywords:     strings.TrimSpace(in.NumberLine),
	}
	if len(in.Appendices) > 0 {
		doc.Extra = b.appendices(doc.Section)
		doc.Footnotes = b.notes
	}
	return doc
}

// standard lays out mẫu 1.1–1.5 between the header and the end.
func (b *builder) standard() {
	in := b.in
	switch in.Kind.Layout {
	case rules.LayoutCongVan:
		b.kinhGui()
	default:
		b.title()
		if in.Kind.Layout == rules.LayoutQuyetDinh || in.Kind.Layout == rules.LayoutNghiQuyet {
			b.thamQuyen()
		}
		b.canCu()
		if in.Kind.LoiVan != "" && (in.Kind.Layout == rules.LayoutQuyetDinh || in.Kind.Layout == rules.LayoutNghiQuyet) {
			b.loiVan()
		}
		if len(in.KinhGui) > 0 {
			b.kinhGui()
		}
	}
	b.content()
	b.signature()
}

// run makes a run in an element's style; size 0 means the style's size.
func (b *builder) run(e rules.Element, text string) ooxml.Run {
	s := b.rs.Style(e)
	if s.Upper {
		text = rules.Upper(text)
	}
	return ooxml.Run{Text: text, Bold: s.Bold, Italic: s.Italic, Underline: s.Underline, Size: s.HalfPoints()}
}

// line makes a one-run paragraph in an element's style.
func (b *builder) line(e rules.Element, text string, align ooxml.Align) *ooxml.Paragraph {
	return &ooxml.Paragraph{Align: align, Runs: []ooxml.Run{b.run(e, text)}}
}

// textWidth measures the widest line of text in an element's style.
func (b *builder) textWidth(e rules.Element, text string) int {
	s := b.rs.Style(e)
	if s.Upper {
		text = rules.Upper(text)
	}
	w := 0
	for _, l := range strings.Split(text, "\n") {
		w = max(w, metrics.Width(l, s.HalfPoints(), s.Bold, s.Italic))
	}
	return w
}

// rule is an empty paragraph, 6 pt high, whose bottom border draws a
// horizontal line of the given length centred in a column of colWidth,
// a few points under the line of text above it.
func rule(length, colWidth int) *ooxml.Paragraph {
	side := max((colWidth-length)/2, 0)
	return &ooxml.Paragraph{
		Align:        ooxml.AlignCenter,
		IndentLeft:   side,
		IndentRight:  side,
		Line:         120,
		LineRule:     ooxml.LineExact,
		MarkSize:     2,
		BorderBottom: &ooxml.Border{Style: "single", Size: 6, Space: 0, Color: "000000"},
	}
}
