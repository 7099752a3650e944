package layout

import (
	"math"

	"github.com/vanthu/vanthu/docgen/internal/metrics"
	"github.com/vanthu/vanthu/docgen/internal/ooxml"
)

// Image is a PNG picture and its actual size, read from its pixels and
// its pHYs resolution.
type Image struct {
	Data              []byte
	WidthMM, HeightMM float64
}

// kySoPad is the room between the chữ ký số box's border and its text,
// in twips (1.5 mm).
const kySoPad = 85

// addImage adds a picture's file to the package and returns its index,
// and the drawing's docPr id, unique in the document (1, 2, …).
func (b *builder) addImage(im *Image) (index, id int) {
	b.images = append(b.images, ooxml.Image{Data: im.Data})
	return len(b.images) - 1, len(b.images)
}

// signatureImage returns the paragraph of ô 7c and 8 in a signature cell
// cellWidth twips wide: the signer's signature image, inline and
// centred, SignatureHeightMM high (narrower when the cell is too
// narrow), and the seal at its actual size floating over the left
// SealOverlap of it, centred on it vertically. Nil without a signature
// image.
func (b *builder) signatureImage(cellWidth int) *ooxml.Paragraph {
	return b.picture(b.in.Signature, b.in.Seal, cellWidth)
}

// picture is signatureImage for any signature image and seal.
func (b *builder) picture(sig, seal *Image, cellWidth int) *ooxml.Paragraph {
	sg := b.rs.Signing
	if sig == nil {
		return nil
	}
	h := sg.SignatureHeightMM
	w := sig.WidthMM * h / sig.HeightMM
	if maxW := float64(cellWidth) * 25.4 / 1440; w > maxW {
		h *= maxW / w
		w = maxW
	}
	sw, sh := ooxml.EMU(w), ooxml.EMU(h)
	var runs []ooxml.Run
	if seal != nil {
		dw, dh := ooxml.EMU(seal.WidthMM), ooxml.EMU(seal.HeightMM)
		sigLeft := (ooxml.TwipsToEMU(cellWidth) - sw) / 2
		img, id := b.addImage(seal)
		runs = append(runs, ooxml.Run{Picture: &ooxml.Picture{
			Image: img, ID: id, Name: "Dấu", Width: dw, Height: dh,
			Anchor: &ooxml.Anchor{
				RelH: "column", RelV: "paragraph",
				X:            sigLeft + int64(math.Round(float64(sw)*sg.SealOverlap)) - dw,
				Y:            (sh - dh) / 2,
				LayoutInCell: true, Z: 2,
			},
		}})
	}
	img, id := b.addImage(sig)
	runs = append(runs, ooxml.Run{Picture: &ooxml.Picture{
		Image: img, ID: id, Name: "Chữ ký", Width: sw, Height: sh,
	}})
	return &ooxml.Paragraph{Align: ooxml.AlignCenter, SpacingBefore: 120, SpacingAfter: 60, KeepLines: true, Runs: runs}
}

// kySoBox is the chữ ký số information box: a one-cell table with a thin
// black border, its lines in the rule set's box size, upright, black,
// at the right margin.
func (b *builder) kySoBox() *ooxml.Table {
	size := int(math.Round(b.rs.Signing.BoxSizePt * 2))
	widest := 0
	var paras []ooxml.Block
	for i, l := range b.in.KySo {
		widest = max(widest, metrics.Width(l, size, false, false))
		p := &ooxml.Paragraph{Align: ooxml.AlignLeft, Runs: []ooxml.Run{{Text: l, Size: size, Color: "000000"}}}
		if i == 0 {
			p.SpacingBefore = 40
		}
		if i == len(b.in.KySo)-1 {
			p.SpacingAfter = 40
		}
		paras = append(paras, p)
	}
	// A little slack: Word and LibreOffice round glyph widths up.
	w := min(widest+widest/20+2*kySoPad+20, b.width)
	return &ooxml.Table{
		Widths:          []int{w},
		Indent:          b.width - w,
		Borders:         true,
		BorderSize:      4,
		BorderColor:     "000000",
		CellMarginLeft:  kySoPad,
		CellMarginRight: kySoPad,
		Rows:            []ooxml.TableRow{{CantSplit: true, Cells: []ooxml.TableCell{{Blocks: paras}}}},
	}
}

// firstPageHeader is the first-page header: ô 11 (luuHanh) over ô 1,
// the chữ ký số box at the top right, or both side by side in a
// borderless two-column table.
func (b *builder) firstPageHeader() []ooxml.Block {
	lh := b.luuHanh()
	if len(b.in.KySo) == 0 {
		return lh
	}
	box := b.kySoBox()
	if len(lh) == 0 {
		return []ooxml.Block{box}
	}
	kw := box.Widths[0]
	left := b.width - kw
	box.Indent = 0
	t := lh[0].(*ooxml.Table)
	t.Indent = max(min(t.Indent, left-t.Widths[0]-kySoPad), 0)
	end := func() *ooxml.Paragraph {
		return &ooxml.Paragraph{Line: 20, LineRule: ooxml.LineExact, MarkSize: 2}
	}
	return []ooxml.Block{&ooxml.Table{
		Widths: []int{left, kw},
		Rows: []ooxml.TableRow{{CantSplit: true, Cells: []ooxml.TableCell{
			{Blocks: []ooxml.Block{t, end()}},
			{Blocks: []ooxml.Block{box, end()}},
		}}},
	}}
}
