// Package metrics measures text set in Times New Roman, so the layout can
// draw rules as long as a line of text (the rule under the Tiêu ngữ) or a
// fraction of it (under the agency name and the trích yếu). The widths are
// those of Liberation Serif, which is metric-compatible with Times New
// Roman, generated from the font files by gen/main.go.
package metrics

//go:generate go run gen/main.go

// face holds the advance widths of one font face.
type face struct{ ranges []widthRange }

// widthRange is the widths of consecutive runes from first.
type widthRange struct {
	first  rune
	widths []uint16
}

func (f *face) width(r rune) (int, bool) {
	for i := range f.ranges {
		wr := &f.ranges[i]
		if r >= wr.first && int(r-wr.first) < len(wr.widths) {
			return int(wr.widths[r-wr.first]), true
		}
	}
	return 0, false
}

func pick(bold, italic bool) *face {
	switch {
	case bold && italic:
		return &boldItalicFace
	case bold:
		return &boldFace
	case italic:
		return &italicFace
	}
	return &regularFace
}

// Width returns the width in twips (1/20 pt) of s set on one line at
// sizeHalfPts half-points. Runes the table lacks count as wide as "n";
// combining marks count nothing.
func Width(s string, sizeHalfPts int, bold, italic bool) int {
	f := pick(bold, italic)
	fallback, _ := f.width('n')
	units := 0
	for _, r := range s {
		w, ok := f.width(r)
		if !ok {
			w = fallback
		}
		units += w
	}
	// units/unitsPerEm em × size/2 pt × 20 twips/pt, rounded.
	return (units*sizeHalfPts*10 + unitsPerEm/2) / unitsPerEm
}

// Fits reports whether s fits on one line of widthTwips.
func Fits(s string, sizeHalfPts int, bold, italic bool, widthTwips int) bool {
	return Width(s, sizeHalfPts, bold, italic) <= widthTwips
}
