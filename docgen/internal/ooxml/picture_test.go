package ooxml

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"
)

// pictureDoc has an inline picture and a floating one over it.
func pictureDoc() *Document {
	d := sample(1)
	d.Images = []Image{{Data: []byte("\x89PNG seal")}, {Data: []byte("\x89PNG signature")}}
	d.Body = append(d.Body, &Paragraph{Align: AlignCenter, Runs: []Run{
		{Picture: &Picture{Image: 0, ID: 2, Name: "Dấu", Width: EMU(36), Height: EMU(36),
			Anchor: &Anchor{RelH: "column", RelV: "paragraph", X: -EMU(10), Y: -EMU(8), LayoutInCell: true, Z: 2}}},
		{Picture: &Picture{Image: 1, ID: 1, Name: "Chữ ký", Width: EMU(50), Height: EMU(20)}},
	}})
	return d
}

// TestPictureElementOrder: the children of wp:inline, wp:anchor and
// pic:pic come in the schema's order (Word refuses a file otherwise),
// with the anchor's required attributes.
func TestPictureElementOrder(t *testing.T) {
	parts, err := pictureDoc().Parts()
	if err != nil {
		t.Fatal(err)
	}
	var doc []byte
	for _, p := range parts {
		if p.Name == "word/document.xml" {
			doc = p.Data
		}
	}
	want := map[string][]string{
		"anchor": {"simplePos", "positionH", "positionV", "extent", "effectExtent", "wrapNone", "docPr", "cNvGraphicFramePr", "graphic"},
		"inline": {"extent", "effectExtent", "docPr", "cNvGraphicFramePr", "graphic"},
		"pic":    {"nvPicPr", "blipFill", "spPr"},
		"spPr":   {"xfrm", "prstGeom", "noFill"},
	}
	got := map[string][]string{}
	var stack []string
	dec := xml.NewDecoder(bytes.NewReader(doc))
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch e := tok.(type) {
		case xml.StartElement:
			if n := len(stack); n > 0 {
				if _, ok := want[stack[n-1]]; ok {
					got[stack[n-1]] = append(got[stack[n-1]], e.Name.Local)
				}
			}
			stack = append(stack, e.Name.Local)
			if e.Name.Local == "anchor" {
				attrs := map[string]bool{}
				for _, a := range e.Attr {
					attrs[a.Name.Local] = true
				}
				for _, a := range []string{"simplePos", "relativeHeight", "behindDoc", "locked", "layoutInCell", "allowOverlap"} {
					if !attrs[a] {
						t.Errorf("wp:anchor lacks %s", a)
					}
				}
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		}
	}
	for k, w := range want {
		// pic and spPr occur twice (two pictures): compare each half.
		g := got[k]
		if k == "pic" || k == "spPr" {
			if len(g) != 2*len(w) {
				t.Errorf("%s children %v", k, g)
				continue
			}
			g = g[:len(w)]
		}
		if strings.Join(g, " ") != strings.Join(w, " ") {
			t.Errorf("%s children %v, want %v", k, g, w)
		}
	}
	for _, s := range []string{`<wp:positionH relativeFrom="column"><wp:posOffset>-360000</wp:posOffset>`, `behindDoc="0"`, `r:embed="rIdImg2"`, `<wp:extent cx="1800000" cy="720000"/>`} {
		if !bytes.Contains(doc, []byte(s)) {
			t.Errorf("document lacks %s", s)
		}
	}
}

// TestPictureParts: the images are media parts with their relationships
// and the png content type; a document without images has none.
func TestPictureParts(t *testing.T) {
	for _, withImages := range []bool{true, false} {
		d := sample(1)
		if withImages {
			d = pictureDoc()
		}
		parts, err := d.Parts()
		if err != nil {
			t.Fatal(err)
		}
		byName := map[string][]byte{}
		for _, p := range parts {
			byName[p.Name] = p.Data
		}
		ct, rels := string(byName["[Content_Types].xml"]), string(byName["word/_rels/document.xml.rels"])
		hasPNG := strings.Contains(ct, `<Default Extension="png" ContentType="image/png"/>`)
		if hasPNG != withImages {
			t.Errorf("images %v: png content type %v", withImages, hasPNG)
		}
		for i, name := range []string{"word/media/image1.png", "word/media/image2.png"} {
			data, ok := byName[name]
			if ok != withImages {
				t.Errorf("images %v: part %s present %v", withImages, name, ok)
				continue
			}
			if withImages && !bytes.Equal(data, d.Images[i].Data) {
				t.Errorf("%s is not Images[%d]", name, i)
			}
			rel := `Id="` + imageRelID(i) + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image`
			if strings.Contains(rels, rel) != withImages {
				t.Errorf("images %v: relationship %s", withImages, rel)
			}
		}
	}
}
