package docgen

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// The fixture PNGs of the signing tests and of examples/quyet-dinh-ky-so.yaml
// are made here; `go test ./docgen -run TestSigningFixtures -update`
// rewrites them.
var signingFixtures = []struct {
	name string
	make func() []byte
}{
	{"chu-ky.png", signaturePNG},
	{"dau.png", sealPNG},
}

// signingFixtureDirs hold the same files: the tests' and the example's.
var signingFixtureDirs = []string{"../testdata/signing", "../examples/hinh"}

// TestSigningFixtures: the files on disk are what the generators make,
// small, and read back at the size the tests expect.
func TestSigningFixtures(t *testing.T) {
	for _, f := range signingFixtures {
		want := f.make()
		for _, dir := range signingFixtureDirs {
			name := filepath.Join(dir, f.name)
			if *update {
				if err := os.MkdirAll(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(name, want, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from its generator; run with -update", name)
			}
			if len(got) > 50<<10 {
				t.Errorf("%s is %d bytes, want < 50 KB", name, len(got))
			}
		}
	}
}

// withPHYs inserts a pHYs chunk (pixels per metre) after IHDR.
func withPHYs(data []byte, dpi float64) []byte {
	ppm := uint32(math.Round(dpi / 0.0254))
	body := make([]byte, 9)
	binary.BigEndian.PutUint32(body, ppm)
	binary.BigEndian.PutUint32(body[4:], ppm)
	body[8] = 1
	chunk := make([]byte, 0, 21)
	chunk = binary.BigEndian.AppendUint32(chunk, 9)
	chunk = append(chunk, "pHYs"...)
	chunk = append(chunk, body...)
	chunk = binary.BigEndian.AppendUint32(chunk, crc32.ChecksumIEEE(chunk[4:]))
	at := 8 + 12 + 13 // signature, IHDR
	out := append([]byte{}, data[:at]...)
	out = append(out, chunk...)
	return append(out, data[at:]...)
}

func encodePNG(img image.Image) []byte {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, img); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// dab paints a soft round brush of radius r at (x, y).
func dab(img *image.NRGBA, x, y, r float64, c color.NRGBA) {
	for py := int(y - r - 1); py <= int(y+r+1); py++ {
		for px := int(x - r - 1); px <= int(x+r+1); px++ {
			if !(image.Point{px, py}.In(img.Rect)) {
				continue
			}
			d := math.Hypot(float64(px)+0.5-x, float64(py)+0.5-y)
			a := math.Min(math.Max(r-d+0.5, 0), 1)
			if a == 0 {
				continue
			}
			o := img.NRGBAAt(px, py)
			if na := uint8(a * float64(c.A)); na > o.A {
				img.SetNRGBA(px, py, color.NRGBA{c.R, c.G, c.B, na})
			}
		}
	}
}

// signaturePNG is a blue handwritten-like stroke on a transparent
// background, 600×240 px at 300 dpi: 50.8 × 20.3 mm.
func signaturePNG() []byte {
	img := image.NewNRGBA(image.Rect(0, 0, 600, 240))
	ink := color.NRGBA{0x1a, 0x3c, 0xc8, 0xff}
	for t := 0.0; t <= 1; t += 0.0005 {
		// A looping flourish across the width, then an underline.
		x := 40 + 480*t
		y := 120 - 70*math.Sin(2*math.Pi*3*t)*math.Exp(-1.2*t) + 20*math.Cos(2*math.Pi*7*t)
		dab(img, x, y, 4, ink)
	}
	for t := 0.0; t <= 1; t += 0.001 {
		dab(img, 120+400*t, 200-20*t, 3, ink)
	}
	return withPHYs(encodePNG(img), 300)
}

// sealPNG is a red round seal, 36 mm across at 300 dpi (425 px), two
// rings and a star on a transparent background.
func sealPNG() []byte {
	const n = 425
	img := image.NewNRGBA(image.Rect(0, 0, n, n))
	red := color.NRGBA{0xd8, 0x10, 0x10, 0xff}
	c := float64(n) / 2
	ring := func(r, w float64) {
		for a := 0.0; a < 2*math.Pi; a += 0.5 / r {
			dab(img, c+r*math.Cos(a), c+r*math.Sin(a), w, red)
		}
	}
	ring(c-8, 6)
	ring(c-60, 3)
	// Dots for the lettering between the rings.
	for a := 0.0; a < 2*math.Pi; a += 2 * math.Pi / 40 {
		dab(img, c+(c-34)*math.Cos(a), c+(c-34)*math.Sin(a), 7, red)
	}
	// A five-pointed star in the middle.
	for i := 0; i < 5; i++ {
		a1 := -math.Pi/2 + float64(i)*4*math.Pi/5
		a2 := -math.Pi/2 + float64(i+1)*4*math.Pi/5
		for t := 0.0; t <= 1; t += 0.004 {
			x := c + 55*((1-t)*math.Cos(a1)+t*math.Cos(a2))
			y := c + 55*((1-t)*math.Sin(a1)+t*math.Sin(a2))
			dab(img, x, y, 4, red)
		}
	}
	return withPHYs(encodePNG(img), 300)
}
