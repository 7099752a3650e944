// Package nfc tells quickly whether text is valid UTF-8 in Unicode NFC,
// and makes it so. Vietnamese text is almost always NFC already (the
// precomposed letters ạ…ỹ); the check accepts ASCII and the characters
// below StableBelow that can never change a string's normal form without
// consulting the normalisation tables, and defers to
// golang.org/x/text/unicode/norm at the first other character. The
// renderer, the Markdown parser and the data readers share it.
package nfc

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// StableBelow bounds the characters the fast path knows: Latin (with the
// precomposed Vietnamese letters), Greek, Cyrillic, punctuation, currency
// and letterlike symbols.
const StableBelow = 0x2200

// stable has a bit set for each character below StableBelow that is in
// NFC on its own, has combining class 0 and never combines with what
// precedes it: such a character cannot make a string leave NFC. (U+FFFD,
// which decoding also returns for invalid bytes, is above StableBelow.)
var stable = sync.OnceValue(func() *[StableBelow / 64]uint64 {
	var set [StableBelow / 64]uint64
	var buf [utf8.UTFMax]byte
	for r := rune(utf8.RuneSelf); r < StableBelow; r++ {
		s := buf[:utf8.EncodeRune(buf[:], r)]
		if p := norm.NFC.Properties(s); p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormal(s) {
			set[r/64] |= 1 << (r % 64)
		}
	}
	return &set
})

// Valid reports whether s is valid UTF-8 in NFC.
func Valid[T string | []byte](s T) bool {
	var set *[StableBelow / 64]uint64
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		if set == nil {
			set = stable()
		}
		r, size := utf8.DecodeRuneInString(string(s[i:min(i+utf8.UTFMax, len(s))]))
		if r >= StableBelow || set[r/64]&(1<<(r%64)) == 0 {
			return utf8.ValidString(string(s)) && norm.NFC.IsNormalString(string(s))
		}
		i += size
	}
	return true
}

// String returns s in NFC: s itself, without allocating, when it is
// already valid NFC.
func String(s string) string {
	if Valid(s) {
		return s
	}
	return norm.NFC.String(s)
}
