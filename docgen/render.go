package docgen

import (
	"bytes"
	"io"

	"github.com/vanthu/vanthu/docgen/internal/layout"
	"github.com/vanthu/vanthu/internal/atomicfile"
)

// Render validates doc and writes it as a DOCX to w. When the document
// has errors nothing is written and the error is the Diagnostics (use
// errors.As to read them); warnings and information do not stop it.
func Render(w io.Writer, doc *Document, opts ...Option) error {
	data, err := RenderBytes(doc, opts...)
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// RenderBytes is Render into memory: the DOCX file's bytes.
func RenderBytes(doc *Document, opts ...Option) ([]byte, error) {
	return renderBytes(doc, newConfig(opts))
}

func renderBytes(doc *Document, c config) ([]byte, error) {
	p, ds := prepare(doc, c)
	if ds.HasErrors() {
		return nil, ds
	}
	var buf bytes.Buffer
	buf.Grow(16 << 10)
	if _, err := layout.Build(p.layoutInput()).WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// WriteFile renders doc to the file name. It writes a temporary file in
// the same directory and renames it, so a failed render never leaves a
// half-written or empty DOCX, nor replaces a good one.
func WriteFile(name string, doc *Document, opts ...Option) error {
	data, err := RenderBytes(doc, opts...)
	if err != nil {
		return err
	}
	return atomicfile.Write(name, data)
}

// layoutInput formats the lines the rule set fixes and hands the
// document to the layout.
func (p *prepared) layoutInput() *layout.Input {
	d, rs := &p.doc, p.rs
	in := &layout.Input{
		Rules:        rs,
		Kind:         p.kind,
		ParentAgency: d.CoQuanChuQuan,
		Agency:       d.CoQuan,
		NumberLine:   rs.NumberLine(d.So, d.KyHieu),
		DateLine:     rs.DateLine(d.DiaDanh, d.Ngay.Year, d.Ngay.Month, d.Ngay.Day),
		TrichYeu:     d.TrichYeu,
		ThamQuyen:    d.ThamQuyen,
		CanCu:        d.CanCu,
		KinhGui:      d.KinhGui,
		Body:         p.body,
		SignerLines:  p.signerLines(),
		SignerName:   d.NguoiKy.HoTen,
		NoiNhan:      p.noi,
		LuuLine:      rs.LuuLine(p.luu),
		DoMat:        p.doMat,
		DoKhan:       p.doKhan,
		LuuHanh:      p.luuHanh,
		SoanThao:     p.soanThao,
		Contact:      p.contact,
		Appendices:   p.appendices,
		Copy:         p.copyBlock,
		Page: layout.Page{
			TopMM: p.layout.top, BottomMM: p.layout.bottom, LeftMM: p.layout.left, RightMM: p.layout.right,
			BodySize: p.layout.size, LineSpacing: p.layout.line, BeforePt: p.layout.before, IndentCM: p.layout.indent,
		},
	}
	p.mauInput(in)
	p.signingInput(in)
	return in
}

// signerLines builds ô 7a: "TM. <tập thể>", then "<KT.|Q.|TL.|TUQ.>
// <cấp trưởng>", then the signer's own chức vụ.
func (p *prepared) signerLines() []string {
	s, a := &p.doc.NguoiKy, p.auth
	var lines []string
	if s.ThayMat != "" {
		tm := p.rs.Authority("TM")
		lines = append(lines, tm.Prefix+" "+s.ThayMat)
	}
	if a != nil && a.NeedsHead {
		lines = append(lines, a.Prefix+" "+s.CapTruong)
	}
	if s.ChucVu != "" {
		lines = append(lines, s.ChucVu)
	}
	return lines
}
