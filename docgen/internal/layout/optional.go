package layout

import (
	"math"

	"github.com/vanthu/vanthu/docgen/internal/ooxml"
	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// luuHanhCentre is where the diagram (Phụ lục I, Mục IV, page 12) puts
// the middle of ô 11 over ô 1: at 0.42 of ô 1's width from its left
// edge, in the top margin.
const luuHanhCentre = 0.42

// stamp builds a boxed element (ô 10a, 10b, 11): a one-cell table as
// wide as the pre-made stamp (or the text and its padding) and as high
// as the rule set says, a single border in the stamp's ink, the text
// centred in it.
func (b *builder) stamp(e rules.Element, text string, level *rules.Level) *ooxml.Table {
	st := b.rs.Stamp(e)
	color := st.Color
	if color == "" {
		color = b.rs.Color
	}
	textMM := float64(b.textWidth(e, text)) * 25.4 / 1440
	width := max(Twips(st.WidthFor(level, textMM)), b.textWidth(e, text)+60)
	r := b.run(e, text)
	r.Color = color
	p := &ooxml.Paragraph{Align: ooxml.AlignCenter, KeepNext: true, Runs: []ooxml.Run{r}}
	return &ooxml.Table{
		Widths:      []int{width},
		Borders:     true,
		BorderSize:  int(math.Round(st.BorderPt * 8)),
		BorderColor: color,
		Rows: []ooxml.TableRow{{
			CantSplit: true, Height: Twips(st.HeightMM), HeightExact: true,
			Cells: []ooxml.TableCell{{Blocks: []ooxml.Block{p}, VAlign: "center"}},
		}},
	}
}

// marks places ô 10a (độ mật) and 10b (mức độ khẩn) at the left margin
// under the header (ô 3, and 5b for a công văn), 10b under 10a. A small
// paragraph stands before each box: it keeps the boxes from joining the
// header table or each other.
func (b *builder) marks() {
	in := b.in
	for _, m := range []struct {
		e     rules.Element
		level *rules.Level
	}{{rules.DoMat, in.DoMat}, {rules.DoKhan, in.DoKhan}} {
		if m.level == nil {
			continue
		}
		b.body = append(b.body, &ooxml.Paragraph{SpacingBefore: 120, KeepNext: true, Line: 120, LineRule: ooxml.LineExact, MarkSize: 2})
		b.body = append(b.body, b.stamp(m.e, m.level.Text, m.level))
	}
}

// luuHanh returns the first-page header holding ô 11, the phạm vi lưu
// hành box, in the top margin over ô 1 (nil when there is none).
func (b *builder) luuHanh() []ooxml.Block {
	if b.in.LuuHanh == "" {
		return nil
	}
	t := b.stamp(rules.PhamViLuuHanh, b.in.LuuHanh, nil)
	w := t.Widths[0]
	centre := b.headIndent + b.headLeft + int(float64(b.headRight)*luuHanhCentre)
	t.Indent = min(max(centre-w/2, b.headIndent+b.headLeft), b.width-w)
	return []ooxml.Block{t}
}

// soanThao is ô 12, "PL.(300)", at the bottom right of the Nơi nhận
// block: under the list, its end under the end of the widest line.
func (b *builder) soanThao(widest int) *ooxml.Paragraph {
	p := b.line(rules.SoanThao, b.in.SoanThao, ooxml.AlignLeft)
	p.IndentLeft = max(widest-b.textWidth(rules.SoanThao, b.in.SoanThao), 0)
	p.SpacingBefore = 60
	return p
}

// contact returns the first-page footer holding ô 13: the contact lines
// under a solid rule the width of the text area (nil when there are
// none).
func (b *builder) contact() []ooxml.Block {
	var out []ooxml.Block
	for i, l := range b.in.Contact {
		p := b.line(rules.LienHe, l, ooxml.AlignLeft)
		if i == 0 {
			p.BorderTop = &ooxml.Border{Style: "single", Size: int(math.Round(b.rs.Contact.RulePt * 8)), Space: 1, Color: b.rs.Color}
		}
		out = append(out, p)
	}
	return out
}
