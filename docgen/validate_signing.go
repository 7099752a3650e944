package docgen

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vanthu/vanthu/docgen/internal/layout"
	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// The signatures of an electronic văn bản (RULES.md §A7, §A9):
//
//   - nguoi_ky.chu_ky, the signer's signature image (ô 7c), shown
//     between the chức vụ lines and the name, SignatureHeightMM high;
//   - dau, the cơ quan's seal image (ô 8), at its actual size over the
//     left third of the signature. It is a key of the document, not of
//     nguoi_ky: the seal is the cơ quan's (Điều 33), not the signer's,
//     and a TUQ. signer uses the delegating cơ quan's seal;
//   - ky_so, the box of the cơ quan's chữ ký số at the top right of page
//     1: the số và ký hiệu and the signing time, ISO 8601 in +07:00.
//
// Images are PNG files. A relative path is read from the directory of
// the YAML file (the file name Parse was given with WithFilename, or
// ParseFile's), else from the working directory; a Go program may give
// the bytes instead (Signer.ChuKyPNG, Document.DauPNG). The actual size
// comes from the PNG's pHYs chunk; without one the rule set's
// DefaultDPI (96) is assumed and, for the seal, a warning says so.

// pngMagic starts every PNG file.
var pngMagic = []byte("\x89PNG\r\n\x1a\n")

// imageNames name the pictures in messages.
var imageNames = map[rules.Topic][2]string{
	rules.TopicChuKy: {"chữ ký", "signature"},
	rules.TopicDau:   {"dấu", "seal"},
}

// checkSigning reads the images and the chữ ký số box and resolves them
// for the layout; file is the YAML file's name, for relative paths.
func checkSigning(dg *diagnoser, p *prepared, file string) {
	d, sg := &p.doc, p.rs.Signing
	hasSig := d.NguoiKy.ChuKy != "" || d.NguoiKy.ChuKyPNG != nil
	hasSeal := d.Dau != "" || d.DauPNG != nil
	p.signature = loadImage(dg, rules.TopicChuKy, "nguoi_ky.chu_ky", d.NguoiKy.ChuKy, d.NguoiKy.ChuKyPNG, file, sg)
	p.seal = loadImage(dg, rules.TopicDau, "dau", d.Dau, d.DauPNG, file, sg)
	if hasSeal && !hasSig {
		dg.errorf(rules.TopicDau, "dau", msgSealNoSignature, "nguoi_ky.chu_ky")
	}
	p.coSignature = loadImage(dg, rules.TopicChuKy, "thu_ky.chu_ky", d.ThuKy.ChuKy, d.ThuKy.ChuKyPNG, file, sg)
	if d.OngBa.ChuKy != "" || d.OngBa.ChuKyPNG != nil {
		dg.errorf(rules.TopicChuKy, "ong_ba.chu_ky", msgImageNotHere, [2]string{"Người được giới thiệu", "The person introduced"}[dg.lang])
	}
	if c := d.BanSao; c != nil && c.ThoiGianKy == "" {
		p.copySignature = loadImage(dg, rules.TopicChuKy, "ban_sao.nguoi_ky.chu_ky", c.NguoiKy.ChuKy, c.NguoiKy.ChuKyPNG, file, sg)
		p.copySeal = loadImage(dg, rules.TopicDau, "ban_sao.dau", c.Dau, c.DauPNG, file, sg)
		if (c.Dau != "" || c.DauPNG != nil) && c.NguoiKy.ChuKy == "" && c.NguoiKy.ChuKyPNG == nil {
			dg.errorf(rules.TopicDau, "ban_sao.dau", msgSealNoSignature, "ban_sao.nguoi_ky.chu_ky")
		}
	}
	if d.KySo != nil {
		checkKySo(dg, p)
	}
}

// loadImage reads one PNG, from data or else from the file name, and
// returns it with its actual size; nil when none is given or it is
// unusable (the problem is reported).
func loadImage(dg *diagnoser, topic rules.Topic, path, name string, data []byte, file string, sg rules.Signing) *layout.Image {
	what := imageNames[topic][dg.lang]
	if data == nil {
		if name == "" {
			return nil
		}
		full := name
		if !filepath.IsAbs(full) && file != "" {
			full = filepath.Join(filepath.Dir(file), full)
		}
		st, err := os.Stat(full)
		if err == nil && st.IsDir() {
			err = fmt.Errorf("%s", [2]string{"là một thư mục", "is a directory"}[dg.lang])
		}
		if err != nil {
			if pe, ok := err.(*os.PathError); ok {
				err = pe.Err
			}
			dg.errorf(topic, path, msgImageMissing, what, name, err)
			return nil
		}
		if st.Size() > int64(sg.MaxImageBytes) {
			dg.errorf(topic, path, msgImageHuge, what, name, float64(st.Size())/(1<<20), sg.MaxImageBytes>>20)
			return nil
		}
		if data, err = os.ReadFile(full); err != nil {
			dg.errorf(topic, path, msgImageMissing, what, name, err)
			return nil
		}
	}
	if name == "" {
		name = "(PNG)"
	}
	if len(data) > sg.MaxImageBytes {
		dg.errorf(topic, path, msgImageHuge, what, name, float64(len(data))/(1<<20), sg.MaxImageBytes>>20)
		return nil
	}
	if !bytes.HasPrefix(data, pngMagic) {
		dg.errorf(topic, path, msgImageNotPNG, name, what)
		return nil
	}
	facts := imageFactsOf(data)
	cfg, err, info := facts.cfg, facts.err, facts.info
	if err != nil || cfg.Width == 0 || cfg.Height == 0 {
		if err == nil {
			err = fmt.Errorf("0×0")
		}
		dg.errorf(topic, path, msgImageBroken, name, what, err)
		return nil
	}
	if !info.alpha {
		dg.add(SeverityWarning, topic, path, msgImageOpaque, what, name)
	}
	if ink, ok := facts.ink, facts.inkOK; ok && !inkFits(topic, ink) {
		dg.add(SeverityWarning, topic, path, msgImageInk, what, name, ink.R, ink.G, ink.B, [2][2]string{{"xanh", "blue"}, {"đỏ", "red"}}[btoi(topic == rules.TopicDau)][dg.lang])
	}
	dpiX, dpiY := info.dpiX, info.dpiY
	if dpiX <= 0 || dpiY <= 0 {
		dpiX, dpiY = sg.DefaultDPI, sg.DefaultDPI
	}
	im := &layout.Image{
		Data:     data,
		WidthMM:  float64(cfg.Width) / dpiX * 25.4,
		HeightMM: float64(cfg.Height) / dpiY * 25.4,
	}
	if topic == rules.TopicDau && info.dpiX <= 0 {
		dg.add(SeverityWarning, topic, path, msgImageNoDPI, what, name, sg.DefaultDPI, im.WidthMM, im.HeightMM)
	}
	return im
}

// imageFacts is what loadImage learns from a PNG's bytes. Decoding the
// pixels for the ink colour costs milliseconds, and a batch renders the
// same signature and seal for every row, twice: the facts are kept per
// content.
type imageFacts struct {
	cfg   image.Config
	err   error
	info  pngInfo
	ink   color.NRGBA
	inkOK bool
}

// maxCachedImages bounds the cache of imageFacts.
const maxCachedImages = 64

var (
	imageCache  sync.Map // [sha256.Size]byte → *imageFacts
	imageCached atomic.Int32
)

// imageFactsOf returns the facts of a PNG that starts with pngMagic,
// from the cache when the same bytes were seen before.
func imageFactsOf(data []byte) *imageFacts {
	key := sha256.Sum256(data)
	if f, ok := imageCache.Load(key); ok {
		return f.(*imageFacts)
	}
	f := &imageFacts{}
	f.cfg, f.err = png.DecodeConfig(bytes.NewReader(data))
	if f.err == nil && f.cfg.Width > 0 && f.cfg.Height > 0 {
		f.info = pngChunks(data)
		f.ink, f.inkOK = inkColour(data, f.cfg.Width*f.cfg.Height)
	}
	if imageCached.Load() < maxCachedImages {
		if _, loaded := imageCache.LoadOrStore(key, f); !loaded {
			imageCached.Add(1)
		}
	}
	return f
}

// maxInkPixels bounds the pictures whose ink is looked at: a larger one
// is decoded for nothing but this warning.
const maxInkPixels = 16 << 20

// inkColour is the mean colour of the opaque pixels of a PNG (alpha at
// least half); ok is false when it has none or is too large to look at.
func inkColour(data []byte, pixels int) (c color.NRGBA, ok bool) {
	if pixels > maxInkPixels {
		return c, false
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return c, false
	}
	var r, g, b, n uint64
	bounds := img.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			p := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
			if p.A < 128 {
				continue
			}
			r, g, b, n = r+uint64(p.R), g+uint64(p.G), b+uint64(p.B), n+1
		}
	}
	if n == 0 {
		return c, false
	}
	return color.NRGBA{uint8(r / n), uint8(g / n), uint8(b / n), 255}, true
}

// inkFits reports whether the ink is the one the decree asks for: blue
// for the signature (màu xanh), red for the seal (màu đỏ).
func inkFits(topic rules.Topic, c color.NRGBA) bool {
	r, g, b := int(c.R), int(c.G), int(c.B)
	if topic == rules.TopicDau {
		return r > g+60 && r > b+60
	}
	return b > r+30
}

func btoi(v bool) int {
	if v {
		return 1
	}
	return 0
}

// pngInfo is what the chunks of a PNG tell beyond its size.
type pngInfo struct {
	alpha      bool    // an alpha channel, or a tRNS chunk
	dpiX, dpiY float64 // from pHYs in pixels per metre; 0 when absent
}

// pngChunks walks the chunks of a PNG that image/png has accepted.
func pngChunks(data []byte) pngInfo {
	var info pngInfo
	rest := data[len(pngMagic):]
	for len(rest) >= 12 {
		n := int(binary.BigEndian.Uint32(rest))
		typ := string(rest[4:8])
		if n < 0 || 12+n > len(rest) {
			break
		}
		body := rest[8 : 8+n]
		switch typ {
		case "IHDR":
			if n >= 10 {
				ct := body[9]
				info.alpha = ct == 4 || ct == 6
			}
		case "tRNS":
			info.alpha = true
		case "pHYs":
			if n >= 9 && body[8] == 1 { // unit: the metre
				info.dpiX = float64(binary.BigEndian.Uint32(body)) * 0.0254
				info.dpiY = float64(binary.BigEndian.Uint32(body[4:])) * 0.0254
			}
		case "IDAT", "IEND":
			return info
		}
		rest = rest[12+n:]
	}
	return info
}

// isoSeconds is ISO 8601 with seconds and a numeric zone.
const isoSeconds = "2006-01-02T15:04:05-07:00"

// checkKySo checks the signing time and makes the box's lines.
func checkKySo(dg *diagnoser, p *prepared) {
	k, sg := p.doc.KySo, p.rs.Signing
	t, ok := signingTime(dg, sg, rules.TopicKySo, "ky_so.thoi_gian", k.ThoiGian)
	if !ok {
		return
	}
	var lines []string
	if k.CoQuan != "" {
		lines = append(lines, sg.AgencyLabel+k.CoQuan)
	}
	lines = append(lines, p.rs.NumberLine(p.doc.So, p.doc.KyHieu), sg.TimeLabel+t.Format(isoSeconds))
	p.kySo = lines
}

// signingTime reads a signing time at path: ISO 8601 with the Vietnam
// time zone; anything else is reported with the time to write instead.
func signingTime(dg *diagnoser, sg rules.Signing, topic rules.Topic, path, value string) (time.Time, bool) {
	vn := time.FixedZone("", sg.UTCOffset)
	if value == "" {
		dg.errorf(topic, path, msgKySoNoTime)
		return time.Time{}, false
	}
	t, err := time.Parse(time.RFC3339, value)
	if err != nil {
		if local, e := time.ParseInLocation("2006-01-02T15:04:05", value, vn); e == nil {
			dg.errorf(topic, path, msgKySoNoZone, value, local.Format("2006-01-02T15:04:05"))
		} else {
			dg.errorf(topic, path, msgKySoBadTime, value)
		}
		return time.Time{}, false
	}
	if _, off := t.Zone(); off != sg.UTCOffset {
		given := t.Format("Z07:00")
		dg.errorf(topic, path, msgKySoZone, value, given, t.In(vn).Format("-07:00"), t.In(vn).Format(isoSeconds))
		return time.Time{}, false
	}
	return t, true
}

// signingInput hands the images and the box to the layout.
func (p *prepared) signingInput(in *layout.Input) {
	in.Signature, in.Seal, in.KySo, in.CoSignature = p.signature, p.seal, p.kySo, p.coSignature
	if in.Copy != nil {
		in.Copy.Signature, in.Copy.Seal = p.copySignature, p.copySeal
	}
}
