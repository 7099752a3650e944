package markdown

import (
	"fmt"
	"strings"
)

// dump renders a Body as compact text for tests: one line per block,
// "P 3: - text|*it*|**b**|^1|⏎", "H1 Chapter[II|Quy định] 5: …",
// "T 7: [c]a|b / x|y", then "F1: …" per footnote paragraph.
func dump(b *Body) string {
	var sb strings.Builder
	for _, bl := range b.Blocks {
		switch bl.Kind {
		case Paragraph:
			fmt.Fprintf(&sb, "P %d: %s\n", bl.Line, dumpInlines(bl.Inlines))
		case Heading:
			fmt.Fprintf(&sb, "H%d %v", bl.Level, bl.Heading)
			if bl.Heading != PlainHeading {
				fmt.Fprintf(&sb, "[%s|%s]", bl.Number, bl.Title)
			}
			fmt.Fprintf(&sb, " %d: %s\n", bl.Line, dumpInlines(bl.Inlines))
		case Table:
			fmt.Fprintf(&sb, "T %d: %v ", bl.Line, bl.Table.Align)
			rows := append([][]Cell{bl.Table.Header}, bl.Table.Rows...)
			for i, r := range rows {
				if i > 0 {
					sb.WriteString(" / ")
				}
				for j, c := range r {
					if j > 0 {
						sb.WriteString(" | ")
					}
					sb.WriteString(dumpInlines(c.Inlines))
				}
			}
			sb.WriteString("\n")
		}
	}
	for i, f := range b.Footnotes {
		for _, p := range f.Paragraphs {
			fmt.Fprintf(&sb, "F%d: %s\n", i+1, dumpInlines(p))
		}
	}
	return sb.String()
}

func dumpInlines(in []Inline) string {
	var parts []string
	for _, x := range in {
		switch {
		case x.Break:
			parts = append(parts, "⏎")
		case x.FootnoteRef > 0:
			parts = append(parts, fmt.Sprintf("^%d", x.FootnoteRef))
		case x.Bold && x.Italic:
			parts = append(parts, "***"+x.Text+"***")
		case x.Bold:
			parts = append(parts, "**"+x.Text+"**")
		case x.Italic:
			parts = append(parts, "*"+x.Text+"*")
		default:
			parts = append(parts, x.Text)
		}
	}
	return strings.Join(parts, "|")
}
