package ooxml

import "strconv"

// Image is one PNG file of the package: Document.Images[i] is written as
// word/media/image{i+1}.png with the relationship rIdImg{i+1}.
type Image struct {
	Data []byte // the PNG file's bytes
}

// Picture is a DrawingML picture (pic:pic) in a run (Run.Picture): inline
// in the line of text, or floating when Anchor is set. Sizes are in EMU
// (914400 to the inch, 36000 to the millimetre).
type Picture struct {
	// Image is the index of the picture's file in Document.Images.
	Image int
	// ID is the drawing's wp:docPr id, unique in the document (1, 2, …).
	ID   int
	Name string
	// Width and Height are the picture's size on the page.
	Width, Height int64
	// Anchor floats the picture; nil places it inline.
	Anchor *Anchor
}

// Anchor places a floating picture (wp:anchor) at an offset from a
// reference, with no text wrapping, in front of the text.
type Anchor struct {
	// RelH and RelV are the references of the offsets: "column",
	// "paragraph", "margin", "page", "character", "line".
	RelH, RelV string
	// X and Y are the offsets of the picture's top-left corner, in EMU.
	X, Y int64
	// LayoutInCell keeps a picture anchored in a table cell positioned
	// from the cell.
	LayoutInCell bool
	// Z orders floating pictures: a higher one is drawn over a lower one.
	Z int
}

// EMU per twip: 914400 / 1440.
const emuPerTwip = 635

// EMU converts millimetres to EMU, rounded.
func EMU(mm float64) int64 { return int64(mm*36000 + 0.5) }

// TwipsToEMU converts twips to EMU.
func TwipsToEMU(tw int) int64 { return int64(tw) * emuPerTwip }

func imageRelID(i int) string { return "rIdImg" + strconv.Itoa(i+1) }

func imageTarget(i int) string { return "media/image" + strconv.Itoa(i+1) + ".png" }

// mediaParts are the image files.
func (d *Document) mediaParts() []Part {
	out := make([]Part, len(d.Images))
	for i, im := range d.Images {
		out[i] = Part{"word/" + imageTarget(i), im.Data}
	}
	return out
}

func (d *Document) mediaContentTypes(w *xw) {
	if len(d.Images) > 0 {
		w.s(`<Default Extension="png" ContentType="image/png"/>`)
	}
}

func (d *Document) mediaRels(w *xw) {
	for i := range d.Images {
		w.s(`<Relationship Id="`, imageRelID(i), `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="`, imageTarget(i), `"/>`)
	}
}

func (w *xw) emu(name string, v int64) {
	w.s(" ", name, `="`, strconv.FormatInt(v, 10), `"`)
}

// picture writes a run holding a w:drawing. The element order is the
// schema's (ECMA-376 Part 1, 20.4.2.3 anchor and 20.4.2.8 inline):
// simplePos, positionH, positionV, extent, effectExtent, wrap*, docPr,
// cNvGraphicFramePr, a:graphic; in pic:pic nvPicPr, blipFill, spPr. The
// drawing namespaces are declared where they are used, so the document
// root keeps its two.
func (w *xw) picture(p *Picture) {
	w.s(`<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>`)
	if a := p.Anchor; a != nil {
		w.s(`<wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0" simplePos="0"`)
		w.attrInt("relativeHeight", a.Z)
		w.s(` behindDoc="0" locked="0"`)
		if a.LayoutInCell {
			w.s(` layoutInCell="1"`)
		} else {
			w.s(` layoutInCell="0"`)
		}
		w.s(` allowOverlap="1"><wp:simplePos x="0" y="0"/>`)
		w.s(`<wp:positionH`)
		w.attr("relativeFrom", a.RelH)
		w.s(`><wp:posOffset>`, strconv.FormatInt(a.X, 10), `</wp:posOffset></wp:positionH><wp:positionV`)
		w.attr("relativeFrom", a.RelV)
		w.s(`><wp:posOffset>`, strconv.FormatInt(a.Y, 10), `</wp:posOffset></wp:positionV>`)
	} else {
		w.s(`<wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0">`)
	}
	w.s(`<wp:extent`)
	w.emu("cx", p.Width)
	w.emu("cy", p.Height)
	w.s(`/><wp:effectExtent l="0" t="0" r="0" b="0"/>`)
	if p.Anchor != nil {
		w.s(`<wp:wrapNone/>`)
	}
	w.s(`<wp:docPr`)
	w.attrInt("id", p.ID)
	w.attr("name", p.Name)
	w.s(`/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>`)
	w.s(`<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">`)
	w.s(`<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr`)
	w.attrInt("id", p.ID)
	w.attr("name", p.Name)
	w.s(`/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>`)
	w.s(`<pic:blipFill><a:blip r:embed="`, imageRelID(p.Image), `"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`)
	w.s(`<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext`)
	w.emu("cx", p.Width)
	w.emu("cy", p.Height)
	w.s(`/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></pic:spPr></pic:pic></a:graphicData></a:graphic>`)
	if p.Anchor != nil {
		w.s(`</wp:anchor>`)
	} else {
		w.s(`</wp:inline>`)
	}
	w.s(`</w:drawing></w:r>`)
}
