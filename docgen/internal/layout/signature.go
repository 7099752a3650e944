package layout

import (
	"github.com/vanthu/vanthu/docgen/internal/ooxml"
	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// signatureGap is the room left for the handwritten signature and the
// seal between the last chức vụ line and the name (about 3 cm).
const signatureGap = 1700

// signature places ô 9b (Nơi nhận, left) and ô 7a–7c (quyền hạn, chức
// vụ, họ tên, right) side by side, "Nơi nhận:" level with the first
// quyền hạn line.
func (b *builder) signature() {
	in, rs := b.in, b.rs
	left := int(float64(b.width) * rs.Header.SignatureCol)
	right := b.width - left

	recv := b.noiNhanBlocks(left)

	var sign []ooxml.Block
	for _, l := range in.SignerLines {
		sign = append(sign, b.line(rules.QuyenHan, l, ooxml.AlignCenter))
	}
	name := b.line(rules.HoTen, in.SignerName, ooxml.AlignCenter)
	name.SpacingBefore = signatureGap
	if img := b.signatureImage(right); img != nil {
		sign = append(sign, img)
		name.SpacingBefore = 120
	}
	sign = append(sign, name)

	// Keep the block together and with the end of the content.
	for _, blk := range append(recv[:len(recv):len(recv)], sign...) {
		blk.(*ooxml.Paragraph).KeepLines = true
	}
	b.body = append(b.body, &ooxml.Paragraph{SpacingBefore: 120, KeepNext: true, Line: 120, LineRule: ooxml.LineAuto, MarkSize: 8})
	b.body = append(b.body, &ooxml.Table{
		Widths: []int{left, right},
		Rows: []ooxml.TableRow{{
			CantSplit: true,
			Cells:     []ooxml.TableCell{{Blocks: recv}, {Blocks: sign}},
		}},
	})
}

// noiNhanBlocks builds ô 9b: the "Nơi nhận:" label, the list, and ô 12
// under it, no wider than maxWidth.
func (b *builder) noiNhanBlocks(maxWidth int) []ooxml.Block {
	in, rs := b.in, b.rs
	out := []ooxml.Block{b.line(rules.NoiNhanNhan, rs.NoiNhanLabel, ooxml.AlignLeft)}
	items := make([]string, 0, len(in.NoiNhan)+1)
	for _, it := range in.NoiNhan {
		items = append(items, rules.TrimItem(it)+rs.NoiNhanEnd)
	}
	if in.LuuLine != "" {
		items = append(items, in.LuuLine)
	} else if n := len(items); n > 0 {
		items[n-1] = items[n-1][:len(items[n-1])-1] + "."
	}
	widest := 0
	for _, it := range items {
		out = append(out, b.line(rules.NoiNhanDanhSach, "- "+it, ooxml.AlignLeft))
		widest = max(widest, b.textWidth(rules.NoiNhanDanhSach, "- "+it))
	}
	if in.SoanThao != "" {
		out = append(out, b.soanThao(min(widest, maxWidth)))
	}
	return out
}
