package layout

import (
	"testing"

	"github.com/vanthu/vanthu/docgen/internal/ooxml"
	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// TestSignatureImage: the signature is SignatureHeightMM high with its
// aspect kept, or capped to the cell; the seal keeps its actual size and
// its right edge lies a third of the way into the signature.
func TestSignatureImage(t *testing.T) {
	tests := []struct {
		name          string
		sig           Image
		cell          int // twips
		wantW, wantH  int64
		seal          bool
		wantSealRight int64 // EMU from the cell's left edge
	}{
		{"wide", Image{WidthMM: 50.8, HeightMM: 20.32}, 5000, ooxml.EMU(50), ooxml.EMU(20), true, 0},
		{"capped", Image{WidthMM: 200, HeightMM: 20}, 2835, ooxml.TwipsToEMU(2835), ooxml.EMU(5), false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := input(rules.ND30, "quyet-dinh", "Số: 1/QĐ-X", "Về việc")
			in.Signature = &tt.sig
			if tt.seal {
				in.Seal = &Image{WidthMM: 36, HeightMM: 36}
			}
			b := &builder{in: in, rs: in.Rules}
			p := b.signatureImage(tt.cell)
			var sig, seal *ooxml.Picture
			for _, r := range p.Runs {
				if r.Picture != nil && r.Picture.Anchor != nil {
					seal = r.Picture
				} else if r.Picture != nil {
					sig = r.Picture
				}
			}
			if sig == nil || (seal != nil) != tt.seal || len(b.images) != len(p.Runs) {
				t.Fatalf("runs %+v, images %d", p.Runs, len(b.images))
			}
			if d := sig.Width - tt.wantW; d > 400 || d < -400 || sig.Height-tt.wantH > 400 || tt.wantH-sig.Height > 400 {
				t.Errorf("signature %d × %d EMU, want %d × %d", sig.Width, sig.Height, tt.wantW, tt.wantH)
			}
			if seal != nil {
				sigLeft := (ooxml.TwipsToEMU(tt.cell) - sig.Width) / 2
				right := seal.Anchor.X + seal.Width
				if want := sigLeft + sig.Width/3; right-want > 1 || want-right > 1 || seal.Width != ooxml.EMU(36) {
					t.Errorf("seal right edge %d, want %d; width %d", right, want, seal.Width)
				}
				if mid := seal.Anchor.Y + seal.Height/2; mid-sig.Height/2 > 1 || sig.Height/2-mid > 1 {
					t.Errorf("seal centred at %d, signature's middle %d", mid, sig.Height/2)
				}
			}
		})
	}
	in := input(rules.ND30, "quyet-dinh", "Số: 1/QĐ-X", "Về việc")
	if p := (&builder{in: in, rs: in.Rules}).signatureImage(5000); p != nil {
		t.Error("a paragraph without a signature image")
	}
}

// TestFirstPageHeaderKySo: the chữ ký số box alone stands at the right
// margin; with ô 11 both share one borderless row, ô 11 on the left.
func TestFirstPageHeaderKySo(t *testing.T) {
	in := input(rules.ND30, "quyet-dinh", "Số: 1/QĐ-X", "Về việc")
	in.KySo = []string{"Số: 1/QĐ-X", "Thời gian ký: 2026-02-05T09:30:00+07:00"}
	b := &builder{in: in, rs: in.Rules, width: 9355}
	b.header()
	hs := b.firstPageHeader()
	box, ok := hs[0].(*ooxml.Table)
	if len(hs) != 1 || !ok || !box.Borders || box.Indent+box.Widths[0] != b.width {
		t.Fatalf("box alone: %+v", hs)
	}
	if r := box.Rows[0].Cells[0].Blocks[1].(*ooxml.Paragraph).Runs[0]; r.Size != 20 || r.Bold || r.Italic || r.Color != "000000" {
		t.Errorf("box run %+v, want 10 pt upright black", r)
	}
	in.LuuHanh = "LƯU HÀNH NỘI BỘ"
	hs = b.firstPageHeader()
	outer, ok := hs[0].(*ooxml.Table)
	if len(hs) != 1 || !ok || outer.Borders || len(outer.Widths) != 2 || outer.Widths[0]+outer.Widths[1] != b.width {
		t.Fatalf("combined: %+v", hs)
	}
	lh := outer.Rows[0].Cells[0].Blocks[0].(*ooxml.Table)
	if lh.Indent+lh.Widths[0] > outer.Widths[0] {
		t.Errorf("ô 11 (indent %d, width %d) runs into the box's column (%d)", lh.Indent, lh.Widths[0], outer.Widths[0])
	}
	if texts(lh.Rows[0].Cells[0].Blocks)[0] != "LƯU HÀNH NỘI BỘ" {
		t.Errorf("ô 11 %v", texts(lh.Rows[0].Cells[0].Blocks))
	}
}
