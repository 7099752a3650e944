package markdown

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// parseCases maps a Markdown source to the dump of its Body (see dump in
// dump_test.go: one line per block, "P line: inline|inline…", *italic*,
// **bold**, ^n footnote reference, ⏎ hard break).
var parseCases = []struct {
	name, src, want string
}{
	// Rule 1: soft breaks, and lines that start with an item marker.
	{"soft break is a space", "Căn cứ Luật\nTổ chức Chính phủ;", "P 1: Căn cứ Luật Tổ chức Chính phủ;\n"},
	{"letter items split", "a) một;\nb) hai.", "P 1: a) một;\nP 2: b) hai.\n"},
	{"all markers split",
		"Mở đầu:\n1.2. mục\n1) số\n• chấm\nđ) đê\ny) i dài\n- gạch\n+ cộng\n12.3.4. sâu",
		"P 1: Mở đầu:\nP 2: 1.2. mục\nP 3: 1) số\nP 4: • chấm\nP 5: đ) đê\nP 6: y) i dài\nP 7: - gạch\nP 8: + cộng\nP 9: 12.3.4. sâu\n"},
	{"not markers",
		"Năm\n2023 là năm\nf) không\nA) không\n-5 độ\n100.000 đồng\n1.2 lần\n1.Về\nab) x\n--x",
		"P 1: Năm 2023 là năm f) không A) không -5 độ 100.000 đồng 1.2 lần 1.Về ab) x --x\n"},
	{"marker alone on its line", "Gồm:\na)\nb) hai", "P 1: Gồm:\nP 2: a)\nP 3: b) hai\n"},
	{"marker after no-break space", "x\na)\u00a0y", "P 1: x\nP 2: a)\u00a0y\n"},
	{"split inside emphasis", "*một\na) hai* ba", "P 1: *một*\nP 2: *a) hai*| ba\n"},
	{"soft break inside emphasis", "*một\nhai*", "P 1: *một hai*\n"},
	{"marker in bold", "Gồm:\n**a)** một", "P 1: Gồm:\nP 2: **a)**| một\n"},
	{"escaped marker still splits", "Gồm:\nb\\) hai", "P 1: Gồm:\nP 2: b) hai\n"},
	{"hard breaks", "một  \nhai\\\nba", "P 1: một|⏎|hai|⏎|ba\n"},
	{"hard break then marker", "một  \na) hai", "P 1: một|⏎|a) hai\n"},
	{"trailing backslash at end", "một\\", "P 1: một\\\n"},
	{"CRLF", "a) một;\r\nb) hai.\r\n\r\nba\r\nbốn", "P 1: a) một;\nP 2: b) hai.\nP 4: ba bốn\n"},
	{"CR", "a) một;\rb) hai.", "P 1: a) một;\nP 2: b) hai.\n"},

	// Rule 2: lists become paragraphs with their marker as text.
	{"dash list", "- a\n- b", "P 1: - a\nP 2: - b\n"},
	{"star list", "* a\n* b", "P 1: - a\nP 2: - b\n"},
	{"plus list", "+ a\n\n+ b", "P 1: + a\nP 3: + b\n"},
	{"ordered from 3", "3. a\n4. b\n5. c", "P 1: 3. a\nP 2: 4. b\nP 3: 5. c\n"},
	{"ordered paren", "1) a\n2) b", "P 1: 1) a\nP 2: 2) b\n"},
	{"loose item with two paragraphs", "1. a\n\n   tiếp\n\n2. b", "P 1: 1. a\nP 3: tiếp\nP 5: 2. b\n"},
	{"nested lists flattened", "- a\n  - b\n    1. c\n- d", "P 1: - a\nP 2: - b\nP 3: 1. c\nP 4: - d\n"},
	{"item starting with a list", "- - a", "P 1: - - a\n"},
	{"empty item", "- a\n-\n- c", "P 1: - a\nP 2: -\nP 3: - c\n"},
	{"item with heading", "1. # Chương I", "P 1: 1.\nH1 Chương[I|] 1: Chương I\n"},
	{"item starting bold", "- **Điều 1.** Nội dung", "P 1: - |**Điều 1.**| Nội dung\n"},
	{"item with letter lines", "1. Gồm:\na) một\nb) hai", "P 1: 1. Gồm:\nP 2: a) một\nP 3: b) hai\n"},
	{"numbered after paragraph", "Đoạn\n\n2. Hai\n\nĐoạn\n\n3. Ba", "P 1: Đoạn\nP 3: 2. Hai\nP 5: Đoạn\nP 7: 3. Ba\n"},
	{"list after paragraph without blank", "Gồm:\n- a\n- b", "P 1: Gồm:\nP 2: - a\nP 3: - b\n"},

	// Rule 3: headings (classification is tested in detail in heading_test.go).
	{"atx headings", "# Chương I. Quy định chung\n\n## Điều 1. Phạm vi\n\n### I. KẾT QUẢ",
		"H1 Chương[I|Quy định chung] 1: Chương I. Quy định chung\nH2 Điều[1|Phạm vi] 3: Điều 1. Phạm vi\nH3 PlainHeading 5: I. KẾT QUẢ\n"},
	{"setext heading over two lines", "Chương I\nQuy định chung\n===", "H1 Chương[I|Quy định chung] 1: Chương I Quy định chung\n"},
	{"setext level 2", "Mục 2\n---", "H2 Mục[2|] 1: Mục 2\n"},
	{"title on next block is not merged", "# Chương I\n\nQuy định chung\n\n# Điều 1.\n## Phạm vi",
		"H1 Chương[I|] 1: Chương I\nP 3: Quy định chung\nH1 Điều[1|] 5: Điều 1.\nH2 PlainHeading 6: Phạm vi\n"},
	{"heading with emphasis", "## **Điều 2.** *Đối tượng*", "H2 Điều[2|Đối tượng] 1: **Điều 2.**| |*Đối tượng*\n"},
	{"level 6", "###### Phần thứ hai", "H6 Phần[thứ hai|] 1: Phần thứ hai\n"},
	{"empty heading", "#\n\ntext", "H1 PlainHeading 1: \nP 3: text\n"},
	{"NFD heading", norm.NFD.String("# Chương II - Tổ chức"), "H1 Chương[II|Tổ chức] 1: Chương II - Tổ chức\n"},

	// Rule 4: inline formatting.
	{"emphasis", "*a* _b_ **c** __d__ ***e*** **f _g_**",
		"P 1: *a*| |*b*| |**c**| |**d**| |***e***| |**f **|***g***\n"},
	{"intraword emphasis", "Quyết**định**", "P 1: Quyết|**định**\n"},
	{"merge across code and links", "a `mã *số*` b [liên **kết**](http://x.vn \"t\") c <http://y.vn> d <thu@x.vn>",
		"P 1: a mã *số* b liên |**kết**| c http://y.vn d thu@x.vn\n"},
	{"reference link", "[Luật][l] và [Nghị định]\n\n[l]: http://x\n[Nghị định]: http://y", "P 1: Luật và Nghị định\n"},
	{"images dropped", "a ![ảnh *x*](x.png) b", "P 1: a  b\n"},
	{"image-only paragraph dropped", "![ảnh](x.png)\n\nb", "P 3: b\n"},
	{"no space left by a leading image", "![ảnh](x.png) a [](y) ![z](w)", "P 1: a\n"},
	{"space kept around emphasis", "*a* ", "P 1: *a*\n"},
	{"raw html literal", "x <b>đậm</b> <!-- ghi\nchú --> z", "P 1: x <b>đậm</b> <!-- ghi chú --> z\n"},
	{"entities", "&amp; &lt;&gt; &#7871; &#x1EBF; &copy; &nbsp;| &bogus; &#0; &#xD800; &#12345678;",
		"P 1: & <> ế ế © \u00a0| &bogus; \ufffd \ufffd &#12345678;\n"},
	{"escapes", `\*không nghiêng\* \_ \\ \a \[^1]`, `P 1: *không nghiêng* _ \ \a [^1]` + "\n"},
	{"code span keeps escapes", "`\\* &amp;`", "P 1: \\* &amp;\n"},
	{"code span newline", "`a\nb`", "P 1: a b\n"},
	{"NFD text", norm.NFD.String("Thực hiện *văn bản*"), "P 1: Thực hiện |*văn bản*\n"},
	{"NFD entity", "e&#x302;&#x301;", "P 1: ế\n"},
	{"invalid UTF-8", "a\xffb", "P 1: a\ufffdb\n"},
	{"NUL", "a\x00b", "P 1: a\ufffdb\n"},

	// Rule 5: footnotes.
	{"footnotes numbered by first reference",
		"a[^n] b[^1] c[^n]\n\n[^1]: Một.\n[^n]: Hai **đậm**.\n[^x]: Không dùng.",
		"P 1: a|^1| b|^2| c|^1\nF1: Hai |**đậm**|.\nF2: Một.\n"},
	{"undefined footnote is text", "a[^y] b\n\n[^z]: z", "P 1: a[^y] b\n"},
	{"footnote definition before use", "[^a]: Ghi chú.\n\nVăn bản[^a].", "P 3: Văn bản|^1|.\nF1: Ghi chú.\n"},
	{"footnote with paragraphs and list",
		"x[^1]\n\n[^1]: Một\n    a) hai\n\n    - ba\n    - bốn",
		"P 1: x|^1\nF1: Một\nF1: a) hai\nF1: - ba\nF1: - bốn\n"},
	{"footnote in footnote", "x[^1]\n\n[^2]: Hai.\n[^1]: Một[^2].", "P 1: x|^1\nF1: Một|^2|.\nF2: Hai.\n"},
	{"footnote in heading and table", "# Điều 1. Tên[^1]\n\n|a[^1]|\n|-|\n\n[^1]: n", "H1 Điều[1|Tên] 1: Điều 1. Tên|^1\nT 3: [none] a|^1\nF1: n\n"},
	{"image-like footnote", "x![^1]\n\n[^1]: n", "P 1: x!|^1\nF1: n\n"},

	// Rule 6: tables.
	{"table", "| STT | *Tên* | Số |\n|:--|:-:|--:|\n| 1 | **A** | 10 |\n| 2 | B |",
		"T 1: [left center right] STT | *Tên* | Số / 1 | **A** | 10 / 2 | B | \n"},
	{"table no outer pipes", "a | b\n--- | ---\nc | d | e", "T 1: [none none] a | b / c | d\n"},
	{"table escaped pipes", "| a |\n|---|\n| `x\\|y` b\\|c |", "T 1: [none] a / x|y b|c\n"},
	{"paragraph before table", "Bảng:\n| a |\n|---|\n| b |", "P 1: Bảng:\nT 2: [none] a / b\n"},

	// Rule 7: block quotes, breaks, code, HTML blocks.
	{"blockquote flattened", "> a\n> b) c\n>\n> - d", "P 1: a\nP 2: b) c\nP 4: - d\n"},
	{"thematic break dropped", "a\n\n---\n\n***\n\nb", "P 1: a\nP 7: b\n"},
	{"fenced code lines", "```go\nx *y* &amp;\n\n   z  \n```", "P 2: x *y* &amp;\nP 4: z\n"},
	{"indented code lines", "    Căn cứ Luật;\n    Theo đề nghị", "P 1: Căn cứ Luật;\nP 2: Theo đề nghị\n"},
	{"html block lines", "<div>\n*x*\n</div>", "P 1: <div>\nP 2: *x*\nP 3: </div>\n"},

	// Rule 8: typography is left alone.
	{"no typographer", `"Thông tin - Thể thao" -- 'x' ... <<y>>`, `P 1: "Thông tin - Thể thao" -- 'x' ... <<y>>` + "\n"},

	{"empty", "", ""},
	{"blank lines", "\n\n  \n", ""},
}

func TestParse(t *testing.T) {
	for _, tc := range parseCases {
		t.Run(tc.name, func(t *testing.T) {
			b, err := Parse([]byte(tc.src))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if got := dump(b); got != tc.want {
				t.Errorf("Parse(%q):\ngot:\n%s\nwant:\n%s", tc.src, got, tc.want)
			}
		})
	}
}

// A công văn of a provincial department (excerpt).
const congVan = `Thực hiện Công văn số 428/VHCS-QCTT ngày 17/5/2023 của Cục Văn hóa cơ sở (*gửi kèm theo*).

1. Về nội dung, hình thức tuyên truyền

- Thực hiện theo Kế hoạch số 114-KH/BTCTW (*gửi kèm theo*).

- Nội dung tuyên truyền thường xuyên cụ thể như sau:

+ Xây dựng đội ngũ cán bộ các cấp.

+ Tiếp tục đổi mới, hoàn thiện bộ máy.
`

func TestCongVan(t *testing.T) {
	b, err := Parse([]byte(congVan))
	if err != nil {
		t.Fatal(err)
	}
	want := []Block{
		{Kind: Paragraph, Line: 1, Inlines: []Inline{
			{Text: "Thực hiện Công văn số 428/VHCS-QCTT ngày 17/5/2023 của Cục Văn hóa cơ sở ("},
			{Text: "gửi kèm theo", Italic: true},
			{Text: ")."}}},
		{Kind: Paragraph, Line: 3, Inlines: []Inline{{Text: "1. Về nội dung, hình thức tuyên truyền"}}},
		{Kind: Paragraph, Line: 5, Inlines: []Inline{
			{Text: "- Thực hiện theo Kế hoạch số 114-KH/BTCTW ("},
			{Text: "gửi kèm theo", Italic: true},
			{Text: ")."}}},
		{Kind: Paragraph, Line: 7, Inlines: []Inline{{Text: "- Nội dung tuyên truyền thường xuyên cụ thể như sau:"}}},
		{Kind: Paragraph, Line: 9, Inlines: []Inline{{Text: "+ Xây dựng đội ngũ cán bộ các cấp."}}},
		{Kind: Paragraph, Line: 11, Inlines: []Inline{{Text: "+ Tiếp tục đổi mới, hoàn thiện bộ máy."}}},
	}
	checkBlocks(t, b.Blocks, want)
	if len(b.Footnotes) != 0 {
		t.Errorf("footnotes: %v", b.Footnotes)
	}
}

// A kế hoạch of a Party committee (excerpt).
const keHoach = `Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, Ban Thường vụ Huyện ủy xây dựng kế hoạch thực hiện như sau:

## I. MỤC ĐÍCH, YÊU CẦU

- Nâng cao nhận thức về vai trò nêu gương của cán bộ, đảng viên[^1], trước hết là người đứng đầu.
- Việc thực hiện phải thiết thực, hiệu quả, tránh hình thức.

## II. NỘI DUNG

Các chi bộ, đảng bộ cơ sở:
a) tổ chức học tập chuyên đề năm 2024;
b) đưa nội dung vào sinh hoạt chi bộ thường kỳ.

[^1]: Theo Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương.
`

func TestKeHoach(t *testing.T) {
	b, err := Parse([]byte(keHoach))
	if err != nil {
		t.Fatal(err)
	}
	want := "P 1: Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, Ban Thường vụ Huyện ủy xây dựng kế hoạch thực hiện như sau:\n" +
		"H2 PlainHeading 3: I. MỤC ĐÍCH, YÊU CẦU\n" +
		"P 5: - Nâng cao nhận thức về vai trò nêu gương của cán bộ, đảng viên|^1|, trước hết là người đứng đầu.\n" +
		"P 6: - Việc thực hiện phải thiết thực, hiệu quả, tránh hình thức.\n" +
		"H2 PlainHeading 8: II. NỘI DUNG\n" +
		"P 10: Các chi bộ, đảng bộ cơ sở:\n" +
		"P 11: a) tổ chức học tập chuyên đề năm 2024;\n" +
		"P 12: b) đưa nội dung vào sinh hoạt chi bộ thường kỳ.\n" +
		"F1: Theo Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương.\n"
	if got := dump(b); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if b.Blocks[2].Inlines[1].FootnoteRef != 1 || len(b.Footnotes) != 1 {
		t.Errorf("footnote reference: %+v, footnotes %+v", b.Blocks[2].Inlines, b.Footnotes)
	}
}

// A quyết định: articles as paragraphs, then a regulation with chapters.
const quyetDinh = `Điều 1. Phê duyệt Kế hoạch tổ chức các hoạt động văn hóa, thể thao năm 2024 (*có Kế hoạch kèm theo*).

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Giám đốc Sở Văn hóa - Thể thao và Du lịch chịu trách nhiệm thi hành Quyết định này./.

# Chương I. Quy định chung

## Điều 1. Phạm vi điều chỉnh

Quy chế này quy định về:
a) tổ chức hoạt động;
b) trách nhiệm của các cơ quan.
`

func TestQuyetDinh(t *testing.T) {
	b, err := Parse([]byte(quyetDinh))
	if err != nil {
		t.Fatal(err)
	}
	want := "P 1: Điều 1. Phê duyệt Kế hoạch tổ chức các hoạt động văn hóa, thể thao năm 2024 (|*có Kế hoạch kèm theo*|).\n" +
		"P 3: Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n" +
		"P 5: Điều 3. Chánh Văn phòng, Giám đốc Sở Văn hóa - Thể thao và Du lịch chịu trách nhiệm thi hành Quyết định này./.\n" +
		"H1 Chương[I|Quy định chung] 7: Chương I. Quy định chung\n" +
		"H2 Điều[1|Phạm vi điều chỉnh] 9: Điều 1. Phạm vi điều chỉnh\n" +
		"P 11: Quy chế này quy định về:\n" +
		"P 12: a) tổ chức hoạt động;\n" +
		"P 13: b) trách nhiệm của các cơ quan.\n"
	if got := dump(b); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	for i, wantN := range []int{len("Điều 1."), len("Điều 2."), len("Điều 3.")} {
		text := b.Blocks[i].Inlines[0].Text
		n, ok := ArticlePrefix(text)
		if !ok || n != wantN {
			t.Errorf("ArticlePrefix(%q) = %d, %v; want %d, true", text, n, ok, wantN)
		}
	}
	if _, ok := ArticlePrefix(b.Blocks[5].Inlines[0].Text); ok {
		t.Errorf("ArticlePrefix(%q) = true", b.Blocks[5].Inlines[0].Text)
	}
	h := b.Blocks[3]
	if h.Kind != Heading || h.Level != 1 || h.Heading != Chapter || h.Number != "I" || h.Title != "Quy định chung" {
		t.Errorf("chapter heading: %+v", h)
	}
}

func checkBlocks(t *testing.T, got, want []Block) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d blocks, want %d:\n%s", len(got), len(want), dump(&Body{Blocks: got}))
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Kind != w.Kind || g.Line != w.Line || g.Level != w.Level || g.Heading != w.Heading ||
			g.Number != w.Number || g.Title != w.Title || !equalInlines(g.Inlines, w.Inlines) {
			t.Errorf("block %d:\ngot  %+v\nwant %+v", i, g, w)
		}
	}
}

func equalInlines(a, b []Inline) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestTableModel(t *testing.T) {
	b, err := Parse([]byte("| A | B | C | D |\n|---|:--|:-:|--:|\n| 1 | 2 |\n| x | y | z | w | v |\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Blocks) != 1 || b.Blocks[0].Kind != Table {
		t.Fatalf("blocks: %s", dump(b))
	}
	tb := b.Blocks[0].Table
	wantAlign := []Align{AlignNone, AlignLeft, AlignCenter, AlignRight}
	if len(tb.Align) != 4 || len(tb.Header) != 4 || len(tb.Rows) != 2 {
		t.Fatalf("table shape: %+v", tb)
	}
	for i, a := range wantAlign {
		if tb.Align[i] != a {
			t.Errorf("Align[%d] = %v, want %v", i, tb.Align[i], a)
		}
	}
	for i, r := range tb.Rows {
		if len(r) != 4 {
			t.Errorf("row %d has %d cells, want 4 (padded or cut)", i, len(r))
		}
	}
	if len(tb.Rows[0][3].Inlines) != 0 {
		t.Errorf("padded cell: %+v", tb.Rows[0][3])
	}
}

func TestArticlePrefix(t *testing.T) {
	for _, tc := range []struct {
		text string
		n    int
		ok   bool
	}{
		{"Điều 1. Phê duyệt", len("Điều 1."), true},
		{"Điều 1.", len("Điều 1."), true},
		{"ĐIỀU 2. Hiệu lực", len("ĐIỀU 2."), true},
		{"điều 3. x", len("điều 3."), true},
		{"Điều 12a. Sửa đổi", len("Điều 12a."), true},
		{"Điều  4. x", len("Điều  4."), true},
		{"Điều\u00a05. x", len("Điều\u00a05."), true},
		{"Điều 1.2 x", 0, false},
		{"Điều 1 x", 0, false},
		{"Điều 1: x", 0, false},
		{"Điều. x", 0, false},
		{"Điều1. x", 0, false},
		{"Điều kiện", 0, false},
		{"Các Điều 1. x", 0, false},
		{"Điều", 0, false},
		{"", 0, false},
		{" Điều 1. x", 0, false},
	} {
		n, ok := ArticlePrefix(tc.text)
		if n != tc.n || ok != tc.ok {
			t.Errorf("ArticlePrefix(%q) = %d, %v; want %d, %v", tc.text, n, ok, tc.n, tc.ok)
		}
	}
}

func TestTableLimit(t *testing.T) {
	src := strings.Repeat("a|", 5000) + "\n" + strings.Repeat("-|", 5000) + "\n" + strings.Repeat("a\n", 20000)
	b, err := Parse([]byte("x\n\n" + src))
	if err == nil {
		t.Fatalf("Parse: no error, %d blocks", len(b.Blocks))
	}
	var ie *internalError
	if errors.As(err, &ie) || !strings.Contains(err.Error(), "line 3: table too large") {
		t.Errorf("Parse: %v", err)
	}
	// A wide table spelled out in full is fine.
	row := strings.Repeat("a|", 200) + "\n"
	full := row + strings.Repeat("-|", 200) + "\n" + strings.Repeat(row, 500)
	if _, err := Parse([]byte(full)); err != nil {
		t.Errorf("full table: %v", err)
	}
}

func TestNestingLimit(t *testing.T) {
	b, err := Parse([]byte(strings.Repeat("> ", 100) + "a\n\n" + strings.Repeat("- ", 100) + "b"))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Blocks) != 2 {
		t.Fatalf("blocks:\n%s", dump(b))
	}
	// The containers beyond the limit stay as text.
	if got := b.Blocks[0].Inlines[0].Text; !strings.HasSuffix(got, "> > a") {
		t.Errorf("deep quote: %q", got)
	}
	if got := b.Blocks[1].Inlines[0].Text; !strings.HasSuffix(got, "- - b") || strings.Count(got, "-") != 100 {
		t.Errorf("deep list: %q", got)
	}
}

func TestKindStrings(t *testing.T) {
	if Paragraph.String() != "Paragraph" || Table.String() != "Table" || Heading.String() != "Heading" {
		t.Error("BlockKind.String")
	}
	if Chapter.String() != "Chương" || Subsection.String() != "Tiểu mục" || PlainHeading.String() != "PlainHeading" {
		t.Error("HeadingKind.String")
	}
	if AlignCenter.String() != "center" {
		t.Error("Align.String")
	}
}

func TestParseConcurrent(t *testing.T) {
	done := make(chan string)
	for i := 0; i < 8; i++ {
		go func() {
			b, err := Parse([]byte(keHoach + "\n| a |\n|---|\n| [x](<y>) |\n"))
			if err != nil {
				done <- err.Error()
				return
			}
			done <- dump(b)
		}()
	}
	first := <-done
	for i := 1; i < 8; i++ {
		if got := <-done; got != first {
			t.Errorf("concurrent Parse differs:\n%s\nvs\n%s", got, first)
		}
	}
}
