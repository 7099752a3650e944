package markdown

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// isValidNFC reports whether src is valid UTF-8 in NFC. It is quick on
// Vietnamese text, and conservative: ASCII and the characters below
// stableBelow that are NFC starters never combining with what precedes
// them (all the precomposed Vietnamese letters are) are accepted without
// consulting the normalisation tables; at any other character, valid or
// not, the answer is utf8.Valid(src) && norm.NFC.IsNormal(src).
func isValidNFC(src []byte) bool {
	stableOnce.Do(initStable)
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if r >= stableBelow || stable[r/64]&(1<<(r%64)) == 0 {
			return utf8.Valid(src) && norm.NFC.IsNormal(src)
		}
		i += size
	}
	return true
}

// stableBelow bounds the characters isValidNFC knows: Latin, Greek, Cyrillic,
// Latin Extended Additional (ạ…ỹ), punctuation, currency and letterlike
// symbols.
const stableBelow = 0x2200

var (
	stableOnce sync.Once
	// stable has a bit set for each r < stableBelow that is in NFC on
	// its own, has combining class 0 and never combines with a preceding
	// character: such a character cannot make a string leave NFC.
	// (U+FFFD, which utf8.DecodeRune also returns for invalid bytes, is
	// above stableBelow.)
	stable [stableBelow / 64]uint64
)

func initStable() {
	var buf [utf8.UTFMax]byte
	for r := rune(0x80); r < stableBelow; r++ {
		s := buf[:utf8.EncodeRune(buf[:], r)]
		p := norm.NFC.Properties(s)
		if p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormal(s) {
			stable[r/64] |= 1 << (r % 64)
		}
	}
}
