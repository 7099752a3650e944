package markdown

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// classifyHeading says what a heading's text is: "Phần I. Quy định chung"
// is a Part numbered "I" titled "Quy định chung". The keyword is matched
// case-insensitively, runs of white space count as one space, and the
// number may be followed by ".", ":", "-", "–", "—" or just a space.
//
//   - Phần and Chương take a Roman number ("II"), an Arabic one ("2") or
//     an ordinal ("thứ nhất", "THỨ HAI").
//   - Mục, Tiểu mục and Điều take an Arabic number, optionally followed by
//     a letter ("2a").
//
// Anything else ("Chương trình công tác", "Mục tiêu", "Mục lục",
// "I. KẾT QUẢ") is a PlainHeading.
func classifyHeading(s string) (kind HeadingKind, number, title string) {
	words := strings.Fields(normText(s))
	switch {
	case len(words) >= 3 && strings.EqualFold(words[0], "Tiểu") && strings.EqualFold(words[1], "mục"):
		kind, words = Subsection, words[2:]
	case len(words) >= 2 && strings.EqualFold(words[0], "Phần"):
		kind, words = Part, words[1:]
	case len(words) >= 2 && strings.EqualFold(words[0], "Chương"):
		kind, words = Chapter, words[1:]
	case len(words) >= 2 && strings.EqualFold(words[0], "Mục"):
		kind, words = Section, words[1:]
	case len(words) >= 2 && strings.EqualFold(words[0], "Điều"):
		kind, words = Article, words[1:]
	default:
		return PlainHeading, "", ""
	}
	rest := strings.Join(words, " ")
	var n int
	switch kind {
	case Part, Chapter:
		n = romanNumber(rest)
		if n == 0 {
			n = arabicNumber(rest)
		}
		if n == 0 {
			n = ordinalNumber(rest)
		}
	default:
		n = arabicNumber(rest)
	}
	if n == 0 {
		return PlainHeading, "", ""
	}
	number, rest = rest[:n], rest[n:]
	title = strings.TrimLeft(rest, " "+separators)
	return kind, number, title
}

// separators may stand between a heading's number and its title.
const separators = ".:-–—"

// atBoundary reports whether s (what follows a number) starts with a space
// or a separator, or is empty.
func atBoundary(s string) bool {
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r == ' ' || strings.ContainsRune(separators, r)
}

var romanRe = regexp.MustCompile(`^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$`)

// romanNumber returns the length of the upper-case Roman numeral that s
// starts with, or 0.
func romanNumber(s string) int {
	n := 0
	for n < len(s) && strings.IndexByte("IVXLCDM", s[n]) >= 0 {
		n++
	}
	if n == 0 || !atBoundary(s[n:]) || !romanRe.MatchString(s[:n]) {
		return 0
	}
	return n
}

// arabicNumber returns the length of the number s starts with: digits,
// optionally followed by one lower-case letter ("2a"), or 0.
func arabicNumber(s string) int {
	n := digits(s)
	if n == 0 {
		return 0
	}
	if n < len(s) && s[n] >= 'a' && s[n] <= 'z' && atBoundary(s[n+1:]) {
		return n + 1
	}
	if !atBoundary(s[n:]) {
		return 0
	}
	return n
}

// ordinalWords are the words of "thứ nhất" … "thứ một trăm linh một".
var ordinalWords = map[string]bool{
	"nhất": true, "một": true, "mốt": true, "hai": true, "ba": true,
	"tư": true, "bốn": true, "năm": true, "lăm": true, "sáu": true,
	"bảy": true, "bẩy": true, "tám": true, "chín": true, "mười": true,
	"mươi": true, "linh": true, "lẻ": true, "trăm": true,
}

// ordinalNumber returns the length of the ordinal s starts with ("thứ
// nhất", "THỨ HAI"), or 0. After a lower-case "thứ" only lower-case words
// count, so "Phần thứ hai Năm 2024" stops before "Năm".
func ordinalNumber(s string) int {
	word, _ := nextWord(s)
	if !strings.EqualFold(word, "thứ") {
		return 0
	}
	lowerOnly := word == "thứ"
	n := len(word)
	for n < len(s) && s[n] == ' ' {
		w, _ := nextWord(s[n+1:])
		lw := strings.ToLower(w)
		if !ordinalWords[lw] || (lowerOnly && w != lw) {
			break
		}
		n += 1 + len(w)
	}
	if n == len(word) {
		return 0
	}
	return n
}

// nextWord returns the word s starts with, up to a space or a separator.
func nextWord(s string) (word, rest string) {
	for i, r := range s {
		if r == ' ' || strings.ContainsRune(separators, r) {
			return s[:i], s[i:]
		}
	}
	return s, ""
}

// ArticlePrefix reports whether a paragraph's text begins "Điều N." (N
// digits, optionally followed by a letter: "Điều 2a.") and returns the
// length in bytes of that prefix, dot included, for bolding "Điều 1." in
// the body of a quyết định. The keyword is matched case-insensitively and
// may be followed by spaces, tabs or no-break spaces; the text is expected
// in NFC, as Parse returns it. "Điều 1.2" is not an article.
func ArticlePrefix(text string) (n int, ok bool) {
	const keyword = "Điều" // "ĐIỀU" has the same length in UTF-8
	if len(text) <= len(keyword) || !strings.EqualFold(text[:len(keyword)], keyword) {
		return 0, false
	}
	i := len(keyword)
	spaces := 0
	for i < len(text) {
		if text[i] == ' ' || text[i] == '\t' {
			i++
		} else if strings.HasPrefix(text[i:], "\u00a0") {
			i += len("\u00a0")
		} else {
			break
		}
		spaces++
	}
	d := digits(text[i:])
	if spaces == 0 || d == 0 {
		return 0, false
	}
	i += d
	if i < len(text) && text[i] >= 'a' && text[i] <= 'z' {
		i++
	}
	if i >= len(text) || text[i] != '.' {
		return 0, false
	}
	i++
	if i < len(text) && text[i] >= '0' && text[i] <= '9' {
		return 0, false
	}
	return i, true
}
