package markdown

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// pathological are inputs on which a naive Markdown parser takes time
// superlinear in their size; each function returns about n bytes.
var pathological = map[string]func(n int) string{
	"footnote refs": func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n/2; i++ {
			fmt.Fprintf(&b, "[^%d]: x\n", i)
		}
		b.WriteString("\n")
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "a[^%d] ", i)
		}
		return b.String()
	},
	"footnote refs undefined": func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n/2; i++ {
			fmt.Fprintf(&b, "[^%d]: x\n", i)
		}
		b.WriteString("\n")
		return b.String() + strings.Repeat("a[^x] ", (n-b.Len())/6)
	},
	"nested footnote defs": func(n int) string { return strings.Repeat("[^a]: ", n/6) },
	"table padding": func(n int) string {
		return strings.Repeat("a|", n/8) + "\n" + strings.Repeat("-|", n/8) + "\n" + strings.Repeat("a\n", n/4)
	},
	"table escaped pipes": func(n int) string { return "a|b\n-|-\n" + strings.Repeat("`x\\|y`|b\n", n/10) },
	"table rows":          func(n int) string { return "|a|b|c|\n|-|:-:|--:|\n" + strings.Repeat("|x *y* z|`q`|**w**|\n", n/22) },
	"open brackets":       func(n int) string { return strings.Repeat("[", n) },
	"link parens":         func(n int) string { return strings.Repeat("[a](", n/4) },
	"images":              func(n int) string { return strings.Repeat("![", n/4) + strings.Repeat("]()", n/6) },
	"emphasis":            func(n int) string { return strings.Repeat("*a **a ", n/7) },
	"deep emphasis":       func(n int) string { return strings.Repeat("*", n/2) + "a" + strings.Repeat("*", n/2) },
	"underscores":         func(n int) string { return strings.Repeat("_a _", n/4) },
	"backticks": func(n int) string {
		var b strings.Builder
		for i := 1; b.Len() < n; i++ {
			b.WriteString(strings.Repeat("`", i%200+1) + "a")
		}
		return b.String()
	},
	"nested quotes": func(n int) string { return strings.Repeat(">", n) },
	"nested quotes lazy": func(n int) string {
		d := min(10000, n/4)
		return strings.Repeat("> ", d) + "a\n" + strings.Repeat("b\n", (n-2*d)/2)
	},
	"nested lists": func(n int) string { return strings.Repeat("- ", n/2) + "a" },
	"nested lists lazy": func(n int) string {
		d := min(10000, n/4)
		return strings.Repeat("- ", d) + "a\n" + strings.Repeat("b\n", (n-2*d)/2)
	},
	"indented lists": func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			b.WriteString(strings.Repeat("  ", i%1000) + "- a\n")
		}
		return b.String()
	},
	"raw html":      func(n int) string { return strings.Repeat("<a ", n/3) },
	"html comments": func(n int) string { return strings.Repeat("<!--", n/4) },
	"link definitions": func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n/2; i++ {
			fmt.Fprintf(&b, "[l%d]: /u\n", i)
		}
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "[l%d] ", i)
		}
		return b.String()
	},
	"empty link definitions": func(n int) string { return strings.Repeat("[a]:\n", n/5) },
	"entities":               func(n int) string { return strings.Repeat("&amp;&#1234;&#x;&a", n/18) },
	"backslashes":            func(n int) string { return strings.Repeat("\\", n) },
	"setext":                 func(n int) string { return strings.Repeat("a\n", n/4) + strings.Repeat("=", n/2) },
	"soft breaks":            func(n int) string { return strings.Repeat("a)\n", n/3) },
	"footnote brackets":      func(n int) string { return "[^a]: x\n\n" + strings.Repeat("[^", n/2) },
	"long line":              func(n int) string { return strings.Repeat("Thực hiện ", n/12) },
	"one paragraph lines":    func(n int) string { return strings.Repeat("từ\n", n/5) },
	"angle destinations":     func(n int) string { return strings.Repeat("[a](<", n/5) },
	"normal": func(n int) string {
		p := "Thực hiện Công văn số 428/VHCS-QCTT ngày 17/5/2023 của Cục Văn hóa cơ sở (*gửi kèm theo*), đề nghị các cơ quan, đơn vị triển khai thực hiện.\n\n- Thực hiện theo **Kế hoạch** số 114-KH/BTCTW[^1] của Ban Tuyên giáo Trung ương.\n\n+ Xây dựng đội ngũ cán bộ\na) một là tăng cường công tác tuyên truyền;\nb) hai là đổi mới phương thức.\n\n"
		return strings.Repeat(p, n/len(p)) + "[^1]: Ghi chú.\n"
	},
	"link lines":        func(n int) string { return strings.Repeat("[a]\n", n/4) },
	"full references":   func(n int) string { return strings.Repeat("[a][", n/4) },
	"link titles open":  func(n int) string { return strings.Repeat("[a](x (", n/7) },
	"link titles quote": func(n int) string { return strings.Repeat("[a](x \"", n/7) },
	"code spans open":   func(n int) string { return strings.Repeat("`a", n/2) },
	"autolinks open":    func(n int) string { return strings.Repeat("<http://a", n/9) },
}

// TestPathological parses every pathological input at 64 KB: none may
// panic or fail inside, and each result must be well-formed. How long
// they take at 1 MB (linear, where goldmark alone is quadratic) is
// measured by BenchmarkPathological, not asserted here.
func TestPathological(t *testing.T) {
	const size = 64 << 10
	for name, gen := range pathological {
		src := []byte(gen(size))
		b, err := Parse(src)
		var ie *internalError
		if errors.As(err, &ie) {
			t.Errorf("%s: %v", name, err)
		}
		if err == nil {
			checkBody(t, src, b)
		}
	}
}

// BenchmarkPathological parses each pathological input at 1 MB.
func BenchmarkPathological(b *testing.B) {
	const size = 1 << 20
	for name, gen := range pathological {
		src := []byte(gen(size))
		b.Run(strings.ReplaceAll(name, " ", "_"), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				Parse(src)
			}
		})
	}
}
