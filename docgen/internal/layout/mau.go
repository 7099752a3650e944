package layout

import (
	"strings"

	"github.com/vanthu/vanthu/docgen/internal/metrics"
	"github.com/vanthu/vanthu/docgen/internal/ooxml"
	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// mau lays out mẫu 1.6–1.10 from the kind's Form: the title, the công
// điện's recipients, the structured lines around the nội dung, and the
// signature part (two signers for a biên bản, the confirmation box of a
// giấy nghỉ phép).
func (b *builder) mau() {
	in, f := b.in, b.in.Kind.Form
	b.title()
	if f.Recipients != "" {
		b.mauRecipients(f)
	}
	first := true
	add := func(lines []rules.FormLine) {
		for _, l := range lines {
			text, ok := l.Fill(in.Mau)
			if !ok {
				continue
			}
			var p *ooxml.Paragraph
			if l.Center {
				p = &ooxml.Paragraph{Align: ooxml.AlignCenter, SpacingBefore: 120,
					Line: int(in.Page.LineSpacing * 240), LineRule: ooxml.LineAuto}
			} else {
				p = b.bodyParagraph()
			}
			if l.Period {
				text += "."
			}
			p.Runs = []ooxml.Run{{Text: text, Bold: l.Bold, Size: b.bodySize()}}
			if first {
				p.SpacingBefore = max(p.SpacingBefore, 240)
				first = false
			}
			p.KeepNext = true
			b.body = append(b.body, p)
		}
	}
	add(f.Before)
	if in.Body != nil {
		b.holdEndMark = true
		b.content()
		b.holdEndMark = false
		first = false
	}
	add(f.After)
	// The last line takes the end mark, in place of its own full stop.
	if last, ok := b.body[len(b.body)-1].(*ooxml.Paragraph); ok && len(last.Runs) > 0 {
		r := &last.Runs[len(last.Runs)-1]
		r.Text = strings.TrimSuffix(r.Text, ".")
	}
	b.endMark()
	if f.CoSigner != "" {
		b.twoSigners(f)
	} else {
		b.signature()
	}
	if f.Confirm != nil && in.Confirm {
		b.confirmBox(f)
	}
}

// mauRecipients places the công điện's "{dien} điện:" line, centred,
// and the recipients under it, "- …;" each, the last with ".".
func (b *builder) mauRecipients(f *rules.Form) {
	text, _ := rules.FormLine{Text: f.Recipients, Fixed: true}.Fill(b.in.Mau)
	s := b.rs.Style(rules.KinhGui)
	head := &ooxml.Paragraph{Align: ooxml.AlignCenter, SpacingBefore: 360, KeepNext: true,
		Runs: []ooxml.Run{{Text: text, Bold: true, Size: s.HalfPoints()}}}
	b.body = append(b.body, head)
	lines := rules.PunctuateList(b.in.KinhGui)
	widest := 0
	for _, l := range lines {
		widest = max(widest, metrics.Width("- "+l, s.HalfPoints(), s.Bold, s.Italic))
	}
	left := min(max((b.width-widest)/2, b.cm(b.in.Page.IndentCM)), b.width/4)
	for i, l := range lines {
		p := &ooxml.Paragraph{IndentLeft: left, Align: ooxml.AlignBoth, KeepNext: i < len(lines)-1,
			Runs: []ooxml.Run{b.run(rules.KinhGui, "- "+l)}}
		b.body = append(b.body, p)
	}
}

// twoSigners places the signatures of a biên bản side by side: the
// CoSigner (THƯ KÝ) on the left, the SignerTitle (CHỦ TỌA) and the usual
// signer on the right, their titles on one row and their names on the
// next, so both stand at the same height; the Nơi nhận goes under them.
func (b *builder) twoSigners(f *rules.Form) {
	in := b.in
	half := b.width / 2
	leftTop := []ooxml.Block{b.line(rules.QuyenHan, f.CoSigner, ooxml.AlignCenter)}
	rightTop := []ooxml.Block{b.line(rules.QuyenHan, f.SignerTitle, ooxml.AlignCenter)}
	for _, l := range in.SignerLines {
		rightTop = append(rightTop, b.line(rules.QuyenHan, l, ooxml.AlignCenter))
	}
	leftName := b.line(rules.HoTen, in.CoSignerName, ooxml.AlignCenter)
	rightName := b.line(rules.HoTen, in.SignerName, ooxml.AlignCenter)
	leftName.SpacingBefore, rightName.SpacingBefore = signatureGap, signatureGap
	// Signature images end the first row, so the names below stay level;
	// a side without one keeps the room for a handwritten signature.
	if in.Signature != nil || in.CoSignature != nil {
		leftName.SpacingBefore, rightName.SpacingBefore = 0, 0
		room := func(im *Image, seal *Image) ooxml.Block {
			if p := b.picture(im, seal, half); p != nil {
				return p
			}
			return &ooxml.Paragraph{SpacingBefore: signatureGap, KeepLines: true}
		}
		leftTop = append(leftTop, room(in.CoSignature, nil))
		rightTop = append(rightTop, room(in.Signature, in.Seal))
	}
	for _, blk := range append(append(leftTop[:len(leftTop):len(leftTop)], rightTop...), leftName, rightName) {
		p := blk.(*ooxml.Paragraph)
		p.KeepLines, p.KeepNext = true, true
	}
	b.body = append(b.body, &ooxml.Paragraph{SpacingBefore: 120, KeepNext: true, Line: 120, LineRule: ooxml.LineAuto, MarkSize: 8})
	b.body = append(b.body, &ooxml.Table{
		Widths: []int{half, b.width - half},
		Rows: []ooxml.TableRow{
			{CantSplit: true, Cells: []ooxml.TableCell{{Blocks: leftTop}, {Blocks: rightTop}}},
			{CantSplit: true, Cells: []ooxml.TableCell{{Blocks: []ooxml.Block{leftName}}, {Blocks: []ooxml.Block{rightName}}}},
		},
	})
	recv := b.noiNhanBlocks(b.width / 2)
	for i, blk := range recv {
		p := blk.(*ooxml.Paragraph)
		if i == 0 {
			p.SpacingBefore = 240
		}
		p.KeepNext = i < len(recv)-1
		b.body = append(b.body, p)
	}
}

// confirmBox places the giấy nghỉ phép's confirmation box at the bottom
// left: a borderless cell with the Form's lines and room for a signature
// and seal.
func (b *builder) confirmBox(f *rules.Form) {
	// The label is small italics, as the "Nơi nhận:" label; the name line
	// is the size of the signer's.
	size, small := b.rs.Style(rules.QuyenHan).HalfPoints(), b.rs.Style(rules.NoiNhanNhan).HalfPoints()
	var blocks []ooxml.Block
	// As the mẫu prints it: no border, the label and "(Chữ ký, dấu)" in
	// italics, the name line (last) bold.
	for i, l := range f.Confirm {
		last := i == len(f.Confirm)-1
		run := ooxml.Run{Text: l, Size: small, Italic: true}
		if last {
			run = ooxml.Run{Text: l, Size: size, Bold: true}
		}
		p := &ooxml.Paragraph{Align: ooxml.AlignCenter, KeepNext: true, KeepLines: true, Runs: []ooxml.Run{run}}
		if l == "" {
			p.Runs = nil
			p.SpacingBefore = 240
		}
		blocks = append(blocks, p)
	}
	w := b.width / 2
	b.body = append(b.body, &ooxml.Paragraph{SpacingBefore: 240, KeepNext: true, Line: 120, LineRule: ooxml.LineAuto, MarkSize: 8})
	b.body = append(b.body, &ooxml.Table{
		Widths: []int{w},
		Rows:   []ooxml.TableRow{{CantSplit: true, Cells: []ooxml.TableCell{{Blocks: blocks}}}},
	})
}
