package markdown

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func FuzzParse(f *testing.F) {
	for _, tc := range parseCases {
		f.Add([]byte(tc.src))
	}
	for _, s := range []string{congVan, keHoach, quyetDinh,
		"[a](<b>) [c]([d](e)) ![f](g \"h\") [i][j] [k]\n\n[j]: /x 'y'\n[k]: <z>",
		"| a | b |\n|:-|-:|\n| `c\\|d` | e\\|f |\n| g |",
		"> - 1. > [^1]\n>   ```\n>   x\n\n[^1]: > y\n    - z",
		"***a**b*c_d_**e***", "<div>\n\n*x*\n</div>", "Chương I\n===\nĐiều 1.\n---",
		"\t- a\n\t\t- b\t\n\t\t\tc", "[^]: x\n[^ ]: y\n[^a\n]: z\n[^a]\n",
	} {
		f.Add([]byte(s))
	}
	for _, gen := range pathological {
		f.Add([]byte(gen(300)))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		b, err := Parse(src)
		var ie *internalError
		if errors.As(err, &ie) {
			t.Fatal(err)
		}
		if err != nil {
			return
		}
		checkBody(t, src, b)
	})
}

// checkBody checks the invariants of a parsed Body.
func checkBody(t *testing.T, src []byte, b *Body) {
	t.Helper()
	lines := strings.Count(string(src), "\n") + strings.Count(string(src), "\r") + 1
	used := make([]bool, len(b.Footnotes))
	checkInlines := func(where string, in []Inline) {
		for _, x := range in {
			switch {
			case x.FootnoteRef != 0:
				if x.FootnoteRef < 1 || x.FootnoteRef > len(b.Footnotes) || x.Text != "" || x.Break {
					t.Fatalf("%s: bad footnote reference %+v (%d footnotes)", where, x, len(b.Footnotes))
				}
				used[x.FootnoteRef-1] = true
			case x.Break:
				if x.Text != "" {
					t.Fatalf("%s: break with text %+v", where, x)
				}
			default:
				if x.Text == "" || !utf8.ValidString(x.Text) || !norm.NFC.IsNormalString(x.Text) {
					t.Fatalf("%s: bad text %q", where, x.Text)
				}
			}
		}
	}
	for i, bl := range b.Blocks {
		if bl.Line < 1 || bl.Line > lines {
			t.Fatalf("block %d: line %d of %d", i, bl.Line, lines)
		}
		switch bl.Kind {
		case Paragraph:
			if len(bl.Inlines) == 0 {
				t.Fatalf("block %d: empty paragraph", i)
			}
			checkInlines("paragraph", bl.Inlines)
		case Heading:
			if bl.Level < 1 || bl.Level > 6 {
				t.Fatalf("block %d: heading level %d", i, bl.Level)
			}
			if (bl.Heading == PlainHeading) != (bl.Number == "") || (bl.Heading == PlainHeading && bl.Title != "") {
				t.Fatalf("block %d: heading %v %q %q", i, bl.Heading, bl.Number, bl.Title)
			}
			checkInlines("heading", bl.Inlines)
		case Table:
			tb := bl.Table
			if tb == nil || len(tb.Header) == 0 || len(tb.Header) != len(tb.Align) {
				t.Fatalf("block %d: table %+v", i, tb)
			}
			checkInlines("header", flatten([][]Cell{tb.Header}))
			for _, r := range tb.Rows {
				if len(r) != len(tb.Header) {
					t.Fatalf("block %d: row of %d cells, header %d", i, len(r), len(tb.Header))
				}
			}
			checkInlines("cell", flatten(tb.Rows))
		default:
			t.Fatalf("block %d: kind %v", i, bl.Kind)
		}
	}
	// Footnotes are numbered in order of first reference: the body's
	// references come first, then those made from footnotes.
	for i, fn := range b.Footnotes {
		for _, p := range fn.Paragraphs {
			checkInlines("footnote", p)
		}
		_ = i
	}
	for i, u := range used {
		if !u {
			t.Fatalf("footnote %d is never referenced", i+1)
		}
	}
}

func flatten(rows [][]Cell) []Inline {
	var out []Inline
	for _, r := range rows {
		for _, c := range r {
			out = append(out, c.Inlines...)
		}
	}
	return out
}
