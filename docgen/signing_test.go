package docgen

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"image"
	"image/color"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/vanthu/vanthu/docgen/internal/extread"
)

// signingFixture is the absolute path of a fixture PNG.
func signingFixture(t testing.TB, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "testdata", "signing", name))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// signingAll gives a signature, a seal and the chữ ký số box.
func signingAll(t testing.TB) string {
	return "dau: " + signingFixture(t, "dau.png") + "\nky_so: {thoi_gian: 2026-03-02T09:30:00+07:00}\n"
}

// signingDoc is optionalDoc with the signer's signature image (sig ""
// leaves it out) and extra keys. The optional base documents put
// nguoi_ky on one flow line, so the image goes in by replacing it.
func signingDoc(t testing.TB, theThuc, sig, extra string, opts ...Option) (*Document, error) {
	t.Helper()
	base := optionalBase[theThuc]
	if sig != "" {
		base = strings.Replace(base, "ho_ten: ", "chu_ky: "+strconv.Quote(sig)+", ho_ten: ", 1)
	}
	body := "noi_dung: |\n  Đề nghị các đơn vị rà soát, lập danh mục hồ sơ điện tử năm 2026.\n"
	return Parse([]byte(base+body+extra), opts...)
}

// writeTemp writes a file in the test's temporary directory.
func writeTemp(t testing.TB, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestSigningValidation: a missing, non-PNG, damaged or huge image, a
// seal without a signature and a signing time outside +07:00 are errors
// naming the key, its line and the rule; an opaque image and a seal
// without a resolution are warnings.
func TestSigningValidation(t *testing.T) {
	sig := signingFixture(t, "chu-ky.png")
	notPNG := writeTemp(t, "chu-ky.png", []byte("GIF89a: không phải PNG"))
	broken := writeTemp(t, "hong.png", append(append([]byte{}, pngMagic...), "rác rưởi"...))
	huge := writeTemp(t, "lon.png", append(append([]byte{}, pngMagic...), make([]byte, 5<<20)...))
	white := image.NewGray(image.Rect(0, 0, 40, 20))
	for i := range white.Pix {
		white.Pix[i] = 0xff
	}
	opaque := writeTemp(t, "duc.png", encodePNG(white))
	gray := image.NewNRGBA(image.Rect(0, 0, 96, 96))
	gray.Set(1, 1, color.NRGBA{255, 0, 0, 255})
	noDPI := writeTemp(t, "dau96.png", encodePNG(gray))
	tests := []struct {
		name, sig, extra string
		lang             Language
		sev              Severity
		path, rule       string
		want             []string
	}{
		{"missing", "khong-co.png", "", Vietnamese, SeverityError, "nguoi_ky.chu_ky", "ND30.PL1.II.7.d", []string{"không đọc được tệp ảnh chữ ký", `"khong-co.png"`}},
		{"missing en", "khong-co.png", "", English, SeverityError, "nguoi_ky.chu_ky", "ND30.PL1.II.7.d", []string{"cannot read the signature image file"}},
		{"not a png", notPNG, "", Vietnamese, SeverityError, "nguoi_ky.chu_ky", "ND30.PL1.II.7.d", []string{"không phải ảnh PNG"}},
		{"broken", broken, "", Vietnamese, SeverityError, "nguoi_ky.chu_ky", "ND30.PL1.II.7.d", []string{"bị hỏng"}},
		{"huge", sig, "dau: " + huge, Vietnamese, SeverityError, "dau", "ND30.PL1.II.8.a", []string{"quá lớn", "tối đa 5 MB"}},
		{"seal alone", "", "dau: " + signingFixture(t, "dau.png"), Vietnamese, SeverityError, "dau", "ND30.PL1.II.8.a", []string{"điền cả nguoi_ky.chu_ky"}},
		{"opaque", opaque, "", Vietnamese, SeverityWarning, "nguoi_ky.chu_ky", "ND30.PL1.II.7.d", []string{"nền trong suốt"}},
		{"red signature", noDPI, "", English, SeverityWarning, "nguoi_ky.chu_ky", "ND30.PL1.II.7.d", []string{"#FF0000", "not blue"}},
		{"blue seal", sig, "dau: " + sig, Vietnamese, SeverityWarning, "dau", "ND30.PL1.II.8.a", []string{"không phải màu đỏ"}},
		{"no dpi", sig, "dau: " + noDPI, Vietnamese, SeverityWarning, "dau", "ND30.PL1.II.8.a", []string{"96 dpi", "25.4 mm"}},
		{"zone +08", "", "ky_so: {thoi_gian: \"2026-03-02T09:30:00+08:00\"}", Vietnamese, SeverityError, "ky_so.thoi_gian", "ND30.PL1.II.8.b", []string{"múi giờ +08:00", "+07:00", "2026-03-02T08:30:00+07:00"}},
		{"zone Z", "", "ky_so: {thoi_gian: \"2026-03-02T02:30:00Z\"}", English, SeverityError, "ky_so.thoi_gian", "ND30.PL1.II.8.b", []string{"time zone Z", "2026-03-02T09:30:00+07:00"}},
		{"no zone", "", "ky_so: {thoi_gian: \"2026-03-02T09:30:00\"}", Vietnamese, SeverityError, "ky_so.thoi_gian", "ND30.PL1.II.8.b", []string{"thiếu múi giờ", "2026-03-02T09:30:00+07:00"}},
		{"not iso", "", "ky_so: {thoi_gian: \"9 giờ 30 ngày 2/3/2026\"}", Vietnamese, SeverityError, "ky_so.thoi_gian", "ND30.PL1.II.8.b", []string{"không đúng ISO 8601"}},
		{"no time", "", "ky_so: {co_quan: Sở Nội vụ}", Vietnamese, SeverityError, "ky_so.thoi_gian", "ND30.PL1.II.8.b", []string{"thiếu thời gian ký số"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := signingDoc(t, "nha-nuoc", tt.sig, tt.extra+"\n")
			if err != nil {
				t.Fatal(err)
			}
			ds := Validate(doc, WithLanguage(tt.lang))
			var got *Diagnostic
			// A path may have several findings (an opaque image in the
			// wrong ink): take the one with the first wanted words.
			for i := range ds {
				if ds[i].Path == tt.path && ds[i].Severity == tt.sev && (got == nil || strings.Contains(ds[i].Message, tt.want[0])) {
					got = &ds[i]
				}
			}
			if got == nil {
				t.Fatalf("no %s at %s: %v", tt.sev, tt.path, ds)
			}
			if got.Rule != tt.rule || got.Article == "" {
				t.Errorf("rule %s article %q, want %s", got.Rule, got.Article, tt.rule)
			}
			// ky_so.thoi_gian is missing in "no time": the finding points
			// at ky_so.
			if got.Line == 0 {
				t.Errorf("no line: %v", got)
			}
			for _, w := range tt.want {
				if !strings.Contains(got.Message, w) {
					t.Errorf("message %q lacks %q", got.Message, w)
				}
			}
			if tt.sev == SeverityWarning && ds.HasErrors() {
				t.Errorf("a warning case has errors: %v", ds)
			}
		})
	}
}

// TestSigningPaths: a relative image path is read from the YAML file's
// directory; a Go program may give the bytes instead.
func TestSigningPaths(t *testing.T) {
	yamlName := filepath.Join("..", "testdata", "signing", "van-ban.yaml")
	doc, err := signingDoc(t, "nha-nuoc", "chu-ky.png", "dau: dau.png\n", WithFilename(yamlName))
	if err != nil {
		t.Fatal(err)
	}
	if ds := Validate(doc); ds.HasErrors() {
		t.Fatalf("relative to the YAML file: %v", ds)
	}
	doc, err = signingDoc(t, "nha-nuoc", "chu-ky.png", "")
	if err != nil {
		t.Fatal(err)
	}
	if ds := Validate(doc); !ds.HasErrors() {
		t.Fatal("without a file name chu-ky.png should be read from the working directory, where it is not")
	}
	doc.NguoiKy.ChuKyPNG = signaturePNG()
	doc.DauPNG = sealPNG()
	data, err := RenderBytes(doc)
	if err != nil {
		t.Fatalf("bytes from Go: %v", err)
	}
	parts := unzipParts(t, data)
	if !bytes.Equal(parts["word/media/image2.png"], doc.NguoiKy.ChuKyPNG) || !bytes.Equal(parts["word/media/image1.png"], doc.DauPNG) {
		t.Error("the media parts are not the bytes given")
	}
}

// drawingExtents reads the pictures' sizes from document.xml.
type drawingExtent struct {
	Anchor bool
	CX, CY int64
	Embed  string
}

func drawingExtents(t testing.TB, doc []byte) []drawingExtent {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(doc))
	var out []drawingExtent
	var cur *drawingExtent
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "inline", "anchor":
			out = append(out, drawingExtent{Anchor: se.Name.Local == "anchor"})
			cur = &out[len(out)-1]
		case "extent":
			for _, a := range se.Attr {
				v, _ := strconv.ParseInt(a.Value, 10, 64)
				switch a.Name.Local {
				case "cx":
					cur.CX = v
				case "cy":
					cur.CY = v
				}
			}
		case "blip":
			for _, a := range se.Attr {
				if a.Name.Local == "embed" {
					cur.Embed = a.Value
				}
			}
		}
	}
	return out
}

// TestSigningRender: YAML → DOCX with a signature, a seal and the chữ ký
// số box, in both rule sets and with ô 11: the media parts, their
// relationships and content type, the pictures' sizes, the box's text,
// and the checker finds no error.
func TestSigningRender(t *testing.T) {
	for _, c := range []struct{ theThuc, extra string }{
		{"nha-nuoc", ""},
		{"nha-nuoc", "pham_vi_luu_hanh: LƯU HÀNH NỘI BỘ\n"},
		{"dang", ""},
	} {
		t.Run(c.theThuc+"/"+c.extra, func(t *testing.T) {
			doc, err := signingDoc(t, c.theThuc, signingFixture(t, "chu-ky.png"), signingAll(t)+c.extra)
			if err != nil {
				t.Fatal(err)
			}
			data, err := RenderBytes(doc)
			if err != nil {
				t.Fatal(err)
			}
			parts := unzipParts(t, data)
			ct, rels := string(parts["[Content_Types].xml"]), string(parts["word/_rels/document.xml.rels"])
			if !strings.Contains(ct, `<Default Extension="png" ContentType="image/png"/>`) {
				t.Error("no png content type")
			}
			sig, _ := os.ReadFile(signingFixture(t, "chu-ky.png"))
			seal, _ := os.ReadFile(signingFixture(t, "dau.png"))
			media := map[string][]byte{"rIdImg1": seal, "rIdImg2": sig}
			for id, want := range media {
				target := "media/image" + id[len("rIdImg"):] + ".png"
				if !strings.Contains(rels, `Id="`+id+`" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="`+target+`"`) {
					t.Errorf("no relationship %s → %s", id, target)
				}
				if !bytes.Equal(parts["word/"+target], want) {
					t.Errorf("word/%s is not the image", target)
				}
			}
			ext := drawingExtents(t, parts["word/document.xml"])
			if len(ext) != 2 {
				t.Fatalf("%d drawings, want 2: %+v", len(ext), ext)
			}
			// The seal is anchored, 36 mm; the signature inline, 20 mm high,
			// its 600×240 px aspect kept.
			for _, e := range ext {
				want := drawingExtent{Anchor: true, CX: 36 * 36000, CY: 36 * 36000, Embed: "rIdImg1"}
				if !e.Anchor {
					want = drawingExtent{CX: 50 * 36000, CY: 20 * 36000, Embed: "rIdImg2"}
				}
				if e.Anchor != want.Anchor || e.Embed != want.Embed || abs64(e.CX-want.CX) > 3600 || abs64(e.CY-want.CY) > 3600 {
					t.Errorf("drawing %+v, want about %+v", e, want)
				}
			}
			hdr := string(parts["word/header2.xml"])
			for _, w := range []string{">Thời gian ký: 2026-03-02T09:30:00+07:00<", `<w:sz w:val="20"/>`} {
				if !strings.Contains(hdr, w) {
					t.Errorf("first header lacks %s", w)
				}
			}
			if c.extra != "" && !strings.Contains(hdr, ">LƯU HÀNH NỘI BỘ<") {
				t.Error("ô 11 lost from the first header")
			}
			rep, err := Check(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range rep.Findings {
				if f.Severity == SeverityError || (c.theThuc == "nha-nuoc" && f.Severity == SeverityWarning) {
					t.Errorf("%s finding on our own output: %s", f.Severity, f)
				}
			}
		})
	}
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// TestSigningPythonDocx: python-docx opens the file and sees the
// signature as an inline shape of its size, and the seal's anchor.
func TestSigningPythonDocx(t *testing.T) {
	extread.NeedPythonDocx(t)
	doc, err := signingDoc(t, "nha-nuoc", signingFixture(t, "chu-ky.png"), signingAll(t))
	if err != nil {
		t.Fatal(err)
	}
	data, err := RenderBytes(doc)
	if err != nil {
		t.Fatal(err)
	}
	in := writeTemp(t, "ky-so.docx", data)
	script := `import docx, json, sys
d = docx.Document(sys.argv[1])
ns = {"wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"}
anchors = [[int(e.get("cx")), int(e.get("cy"))] for e in d.element.body.findall(".//wp:anchor/wp:extent", ns)]
inline = [[s.width, s.height, s.type] for s in d.inline_shapes]
hdr = " ".join(p.text for t in d.sections[0].first_page_header.tables for r in t.rows for c in r.cells for p in c.paragraphs)
print(json.dumps({"inline": inline, "anchors": anchors, "header": hdr}))
`
	out, err := exec.Command(extread.Python, "-I", "-B", "-c", script, in).CombinedOutput()
	if err != nil {
		t.Fatalf("python-docx: %v\n%s", err, out)
	}
	var got struct {
		Inline  [][3]int64
		Anchors [][2]int64
		Header  string
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	const picture = 3 // WD_INLINE_SHAPE.PICTURE
	if len(got.Inline) != 1 || got.Inline[0][2] != picture || abs64(got.Inline[0][1]-20*36000) > 100 || abs64(got.Inline[0][0]-50*36000) > 3600 {
		t.Errorf("inline shapes %v, want one picture 50 × 20 mm", got.Inline)
	}
	if len(got.Anchors) != 1 || abs64(got.Anchors[0][0]-36*36000) > 3600 || got.Anchors[0][0] != got.Anchors[0][1] {
		t.Errorf("anchors %v, want the 36 mm seal", got.Anchors)
	}
	if !strings.Contains(got.Header, "Số: 12/SNV-VP") || !strings.Contains(got.Header, "2026-03-02T09:30:00+07:00") {
		t.Errorf("first-page header %q", got.Header)
	}
}

// TestSigningLibreOffice: in LibreOffice's PDF the signature and the seal
// are images of their size, and the chữ ký số box stands at the top right
// of page 1, above the Quốc hiệu.
func TestSigningLibreOffice(t *testing.T) {
	extread.NeedSoffice(t)
	extread.NeedPoppler(t)
	data := renderExample(t, "quyet-dinh-ky-so")
	pdf := extread.ToPDF(t, data)
	out, err := exec.Command("pdfimages", "-list", pdf).Output()
	if err != nil {
		t.Fatal(err)
	}
	var sizes [][2]float64 // mm
	for _, l := range strings.Split(string(out), "\n") {
		f := strings.Fields(l)
		if len(f) < 14 || f[2] != "image" {
			continue
		}
		w, _ := strconv.ParseFloat(f[3], 64)
		h, _ := strconv.ParseFloat(f[4], 64)
		xppi, _ := strconv.ParseFloat(f[12], 64)
		yppi, _ := strconv.ParseFloat(f[13], 64)
		if f[0] != "1" || xppi == 0 || yppi == 0 {
			t.Fatalf("image line %q", l)
		}
		sizes = append(sizes, [2]float64{w / xppi * 25.4, h / yppi * 25.4})
	}
	near := func(s [2]float64, w, h float64) bool { return math.Abs(s[0]-w) < 0.6 && math.Abs(s[1]-h) < 0.6 }
	var sawSig, sawSeal bool
	for _, s := range sizes {
		sawSig = sawSig || near(s, 50, 20)
		sawSeal = sawSeal || near(s, 36, 36)
	}
	if len(sizes) != 2 || !sawSig || !sawSeal {
		t.Errorf("images %v mm, want the 50 × 20 mm signature and the 36 mm seal", sizes)
	}
	const mmPt = 72 / 25.4
	var num, tz, cong *extread.Word
	words := extread.PageWords(t, pdf, 1)
	for i := range words {
		w := &words[i]
		switch {
		case w.Text == "15/QĐ-SNV" && w.XMin > 105*mmPt:
			num = w
		case strings.HasSuffix(w.Text, "+07:00"):
			tz = w
		case w.Text == "CỘNG":
			cong = w
		}
	}
	if num == nil || tz == nil || cong == nil {
		t.Fatalf("page 1 lacks the box or the Quốc hiệu: %v %v %v", num, tz, cong)
	}
	if tz.XMax > (210-15)*mmPt+1 || tz.XMax < 170*mmPt || tz.YMax > cong.YMin || num.YMin >= tz.YMin {
		t.Errorf("box at x≤%.1f, y %.1f–%.1f (number line to y=%.1f, time from y=%.1f); want at the top right, above the Quốc hiệu (y=%.1f)", tz.XMax, num.YMin, tz.YMax, num.YMax, tz.YMin, cong.YMin)
	}
}

// BenchmarkRenderSigned renders the signed quyết định: the images' facts
// are decoded once per content, not on every render.
func BenchmarkRenderSigned(b *testing.B) {
	doc, err := ParseFile(filepath.Join("..", "examples", "quyet-dinh-ky-so.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	for range b.N {
		if _, err := RenderBytes(doc); err != nil {
			b.Fatal(err)
		}
	}
}
