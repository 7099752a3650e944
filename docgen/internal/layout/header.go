package layout

import (
	"github.com/vanthu/vanthu/docgen/internal/metrics"
	"github.com/vanthu/vanthu/docgen/internal/ooxml"
	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// maxHeaderOverhang is how far the header table may reach into the
// left margin, in twips (1 cm).
const maxHeaderOverhang = 567

// header places ô 1–4 (and ô 5b for công văn) in a borderless two-column
// table: agency | Quốc hiệu on the first row, number | date on the second,
// so the number and the date stand on the same level.
func (b *builder) header() {
	in, rs := b.in, b.rs
	// The right column holds the Quốc hiệu (or the Party title) on one
	// line; the left one the agency lines, the number and a công văn's
	// trích yếu as the writer broke them. When both do not fit the text
	// width, the table reaches into the (wide) left margin by at most
	// 1 cm, as offices do; past that the left lines wrap. A Party date
	// under the title gets what room is left, and wraps if it must.
	rightNeed := b.textWidth(rules.QuocHieu, rs.Header.Title)
	if rs.Header.Motto != "" {
		rightNeed = max(rightNeed, b.textWidth(rules.TieuNgu, rs.Header.Motto))
	}
	leftNeed := max(b.textWidth(rules.SoKyHieu, in.NumberLine), b.textWidth(rules.CoQuan, in.Agency))
	if in.ParentAgency != "" {
		leftNeed = max(leftNeed, b.textWidth(rules.CoQuanChuQuan, in.ParentAgency))
	}
	if in.Kind.Layout == rules.LayoutCongVan {
		leftNeed = max(leftNeed, b.textWidth(rules.TrichYeuCongVan, rs.VV+in.TrichYeu))
	}
	rightNeed, leftNeed = rightNeed+120, leftNeed+120
	left := max(int(float64(b.width)*rs.Header.LeftColumn), leftNeed)
	right := max(b.width-left, rightNeed)
	if left+right > b.width+maxHeaderOverhang {
		left = b.width + maxHeaderOverhang - right
	}
	if rs.Header.DateUnderTitle {
		date := b.textWidth(rules.DiaDanhNgay, in.DateLine) + 120
		right = max(right, min(date, b.width+maxHeaderOverhang-left))
	}
	indent := min(b.width-left-right, 0)
	b.headLeft, b.headRight, b.headIndent = left, right, indent

	var agency []ooxml.Block
	if in.ParentAgency != "" {
		agency = append(agency, b.line(rules.CoQuanChuQuan, in.ParentAgency, ooxml.AlignCenter))
	}
	agency = append(agency, b.line(rules.CoQuan, in.Agency, ooxml.AlignCenter))
	if rs.Header.AgencyMark != "" {
		agency = append(agency, b.line(rules.CoQuan, rs.Header.AgencyMark, ooxml.AlignCenter))
	} else {
		w := int(float64(b.textWidth(rules.CoQuan, in.Agency)) * rs.Header.AgencyRule)
		agency = append(agency, rule(w, left))
	}

	national := []ooxml.Block{b.line(rules.QuocHieu, rs.Header.Title, ooxml.AlignCenter)}
	if rs.Header.Motto != "" {
		national = append(national, b.line(rules.TieuNgu, rs.Header.Motto, ooxml.AlignCenter))
		national = append(national, rule(b.textWidth(rules.TieuNgu, rs.Header.Motto), right))
	} else {
		national = append(national, rule(b.textWidth(rules.QuocHieu, rs.Header.Title), right))
	}

	number := b.line(rules.SoKyHieu, in.NumberLine, ooxml.AlignCenter)
	number.SpacingBefore = 120
	numberCell := []ooxml.Block{number}
	if in.Kind.Layout == rules.LayoutCongVan && in.TrichYeu != "" {
		vv := b.line(rules.TrichYeuCongVan, rs.VV+in.TrichYeu, ooxml.AlignCenter)
		vv.SpacingBefore = 120 // 6 pt under the number (Phụ lục I, II.5.b)
		numberCell = append(numberCell, vv)
	}
	date := b.line(rules.DiaDanhNgay, in.DateLine, ooxml.AlignCenter)
	date.SpacingBefore = 120

	table := &ooxml.Table{Widths: []int{left, right}, Indent: indent}
	if rs.Header.DateUnderTitle {
		// Party layout: the date right under the tiêu đề's rule, the
		// number under the agency's "*".
		agency = append(agency, numberCell...)
		national = append(national, date)
		table.Rows = []ooxml.TableRow{{Cells: []ooxml.TableCell{{Blocks: agency}, {Blocks: national}}, CantSplit: true}}
	} else {
		table.Rows = []ooxml.TableRow{
			{Cells: []ooxml.TableCell{{Blocks: agency}, {Blocks: national}}, CantSplit: true},
			{Cells: []ooxml.TableCell{{Blocks: numberCell}, {Blocks: []ooxml.Block{date}}}, CantSplit: true},
		}
	}
	b.body = append(b.body, table)
}

// title places ô 5a: tên loại, trích yếu and the short rule under it.
func (b *builder) title() {
	in := b.in
	name := b.line(rules.TenLoai, in.Kind.Title(), ooxml.AlignCenter)
	name.SpacingBefore = 480
	name.KeepNext = true
	b.body = append(b.body, name)
	// The rule (or the Party "-----") goes under the last line of the
	// title: the trích yếu, or the tên loại of a kind without one, as
	// mẫu 1.8 and 1.10 show.
	width := b.textWidth(rules.TenLoai, in.Kind.Title())
	if in.TrichYeu != "" {
		ty := b.line(rules.TrichYeu, in.TrichYeu, ooxml.AlignCenter)
		ty.KeepNext = true
		b.body = append(b.body, ty)
		width = b.textWidth(rules.TrichYeu, in.TrichYeu)
	}
	if mark := b.rs.Header.TrichYeuMark; mark != "" {
		b.body = append(b.body, &ooxml.Paragraph{Align: ooxml.AlignCenter, Runs: []ooxml.Run{{Text: mark}}})
		return
	}
	w := int(float64(min(width, b.width)) * b.rs.Header.AgencyRule)
	b.body = append(b.body, rule(w, b.width))
}

// thamQuyen places the "THẨM QUYỀN BAN HÀNH" line of mẫu 1.1–1.3.
func (b *builder) thamQuyen() {
	if b.in.ThamQuyen == "" {
		return
	}
	p := b.line(rules.ThamQuyen, b.in.ThamQuyen, ooxml.AlignCenter)
	p.SpacingBefore = 360
	p.SpacingAfter = 120
	p.KeepNext = true
	b.body = append(b.body, p)
}

// canCu places the căn cứ lines: italic, one per line, ";" after each and
// "." after the last.
func (b *builder) canCu() {
	for i, c := range rules.PunctuateList(b.in.CanCu) {
		p := b.bodyParagraph()
		p.Runs = []ooxml.Run{b.run(rules.CanCu, c)}
		if i == 0 && b.in.ThamQuyen == "" {
			p.SpacingBefore = 360
		}
		b.body = append(b.body, p)
	}
}

// loiVan places "QUYẾT ĐỊNH:" or "QUYẾT NGHỊ:".
func (b *builder) loiVan() {
	p := b.line(rules.LoiVan, b.in.Kind.LoiVan, ooxml.AlignCenter)
	p.SpacingBefore = 240
	p.SpacingAfter = 120
	p.KeepNext = true
	b.body = append(b.body, p)
}

// kinhGui places ô 9a. One addressee stands on the "Kính gửi:" line;
// several go one per line, "- " first, ";" after each and "." after the
// last, the dashes aligned under the colon.
func (b *builder) kinhGui() {
	items := b.in.KinhGui
	if len(items) == 0 {
		return
	}
	s := b.rs.Style(rules.KinhGui)
	label := "Kính gửi:"
	labelW := metrics.Width(label+" ", s.HalfPoints(), s.Bold, s.Italic)
	colon := metrics.Width("Kính gửi", s.HalfPoints(), s.Bold, s.Italic)
	lines := rules.PunctuateList(items)
	widest := 0
	for _, l := range lines {
		widest = max(widest, metrics.Width("- "+l, s.HalfPoints(), s.Bold, s.Italic))
	}
	// Centre the block when it is narrow; never start it further in than
	// a quarter of the text width, nor closer than the body indent.
	minLeft := b.cm(b.in.Page.IndentCM)
	left := (b.width - colon - widest) / 2
	left = min(max(left, minLeft), b.width/4)

	if len(lines) == 1 {
		// One addressee stands on the label's line, without a full stop
		// ("Kính gửi: Bộ Nội vụ", Phụ lục I, II.9.d).
		lines[0] = rules.TrimItem(items[0])
		p := &ooxml.Paragraph{
			IndentLeft: left + labelW, IndentHanging: labelW,
			SpacingBefore: 360, SpacingAfter: 120,
			Runs: []ooxml.Run{b.run(rules.KinhGui, label+" "+lines[0])},
		}
		b.body = append(b.body, p)
		return
	}
	head := &ooxml.Paragraph{IndentLeft: left, SpacingBefore: 360, KeepNext: true,
		Runs: []ooxml.Run{b.run(rules.KinhGui, label)}}
	b.body = append(b.body, head)
	for i, l := range lines {
		p := &ooxml.Paragraph{IndentLeft: left + colon, Align: ooxml.AlignBoth,
			Runs: []ooxml.Run{b.run(rules.KinhGui, "- "+l)}}
		if i == len(lines)-1 {
			p.SpacingAfter = 120
		} else {
			p.KeepNext = true
		}
		b.body = append(b.body, p)
	}
}

func (b *builder) cm(v float64) int { return Twips(v * 10) }
