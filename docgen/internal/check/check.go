// Package check judges a DOCX — ours or anyone's — against a rule set:
// it recognises the thể thức elements by text and position, then checks
// page setup, fonts, each element's size, weight, slant and case, the
// number, date, Kính gửi, Nơi nhận and signature forms, the body's
// alignment and spacing, page numbers and footnotes. It reads the same
// rule tables as the renderer, and its rule IDs are the validator's.
package check

import (
	"fmt"
	"math"
	"regexp"
	"strings"

	"github.com/vanthu/vanthu/docgen/internal/docx"
	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// Severity of a finding: 0 error, 1 warning, 2 info (as docgen's).
type Severity int

// The severities.
const (
	Error Severity = iota
	Warning
	Info
)

// Finding is one thing the checker noticed.
type Finding struct {
	Rule      string
	Topic     rules.Topic
	Severity  Severity
	Element   string // the element, as a rules.Element name or "trang" (page), "phong_chu" (font)
	VI, EN    string // the message
	Paragraph int    // index in the document's paragraphs, -1 for the whole document
	Excerpt   string
	Expected  string
	Found     string
}

// Detect picks the rule set from the page-1 header: the Party title or
// the Quốc hiệu. It returns nil when neither is there.
func Detect(doc *docx.Document) *rules.RuleSet {
	for i, p := range doc.Paragraphs {
		if i > 60 {
			break
		}
		t := text(p)
		for _, rs := range rules.All() {
			if strings.EqualFold(t, fold(rs.Header.Title)) {
				return rs
			}
		}
	}
	return nil
}

// checker collects findings.
type checker struct {
	doc *docx.Document
	// docFull is the whole document; doc is it without the phụ lục and
	// the copy block (findExtras), which are checked on their own.
	docFull *docx.Document
	rs      *rules.RuleSet
	e       *elements
	out     []Finding
}

func (c *checker) add(sev Severity, topic rules.Topic, el string, p *docx.Paragraph, expected, found, vi, en string) {
	f := Finding{Rule: c.rs.Rule(topic).ID, Topic: topic, Severity: sev, Element: el, VI: vi, EN: en,
		Paragraph: -1, Expected: expected, Found: found}
	if p != nil {
		f.Paragraph = p.Index
		f.Excerpt = excerpt(c.e.text(p))
	}
	c.out = append(c.out, f)
}

func excerpt(s string) string {
	r := []rune(s)
	if len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}

// Run checks doc against rs and returns the findings in document order.
func Run(doc *docx.Document, rs *rules.RuleSet) []Finding {
	x := findExtras(doc, rs)
	main := mainPart(doc, x)
	c := &checker{doc: main, docFull: doc, rs: rs, e: find(main, rs)}
	c.page()
	c.fonts()
	c.header()
	c.numberAndDate()
	c.title()
	c.recipients()
	c.signature()
	c.body()
	c.footnotes()
	c.optional()
	c.appendixChecks(x)
	c.copyChecks(x)
	return c.out
}

const mm = 1440 / 25.4 // twips per millimetre

func (c *checker) page() {
	if len(c.doc.Sections) == 0 {
		c.add(Error, rules.TopicPage, "trang", nil, "A4", "", "không đọc được thiết lập trang (sectPr)", "no page setup (sectPr) found")
		return
	}
	s := c.doc.Sections[len(c.doc.Sections)-1]
	w, h := s.PageWidth, s.PageHeight
	if s.Landscape || w > h {
		w, h = h, w
		c.add(Warning, rules.TopicPage, "trang", nil, "dọc", "ngang",
			"trang trình bày theo chiều rộng: chỉ dùng khi có bảng, biểu không làm thành phụ lục riêng",
			"landscape page: allowed only for tables not made into a separate appendix")
	}
	if math.Abs(float64(w)-210*mm) > 30 || math.Abs(float64(h)-297*mm) > 30 {
		found := fmt.Sprintf("%.0f×%.0f mm", float64(w)/mm, float64(h)/mm)
		c.add(Error, rules.TopicPage, "trang", nil, "A4 210×297 mm", found, "khổ giấy "+found+", phải là A4 (210×297 mm)", "paper "+found+", must be A4 (210×297 mm)")
	}
	for _, m := range []struct {
		name, en string
		v        int
		r        rules.Range
	}{{"lề trên", "top margin", s.MarginTop, c.rs.Page.Top}, {"lề dưới", "bottom margin", s.MarginBottom, c.rs.Page.Bottom},
		{"lề trái", "left margin", s.MarginLeft, c.rs.Page.Left}, {"lề phải", "right margin", s.MarginRight, c.rs.Page.Right}} {
		v := float64(m.v) / mm
		if v < m.r.Min-0.5 || v > m.r.Max+0.5 {
			exp := fmt.Sprintf("%g–%g mm", m.r.Min, m.r.Max)
			found := fmt.Sprintf("%.1f mm", v)
			c.add(Error, rules.TopicMargins, "trang", nil, exp, found, m.name+" "+found+", phải trong khoảng "+exp, m.en+" "+found+", must be "+exp)
		}
	}
	// Page numbers: centred in the header, not shown on page 1.
	def := c.doc.Headers["default"]
	hasPage := def != nil && hasField(def.Fields, "PAGE")
	if !hasPage {
		c.add(Warning, rules.TopicPageNumber, "so_trang", nil, "PAGE", "", "không có số trang ở phần đầu trang", "no page number in the header")
	} else {
		first := c.doc.Headers["first"]
		if !s.TitlePage || (first != nil && hasField(first.Fields, "PAGE")) {
			c.add(Error, rules.TopicPageNumber, "so_trang", nil, "ẩn ở trang 1", "hiện ở trang 1",
				"số trang hiện ở trang thứ nhất; trang 1 không hiển thị số trang", "the first page shows its number; page 1 must not")
		}
		for _, p := range def.Paragraphs {
			if strings.TrimSpace(p.Text) == "" {
				continue
			}
			if p.Align != "center" {
				c.add(Error, rules.TopicPageNumber, "so_trang", nil, "canh giữa", p.Align, "số trang phải canh giữa", "the page number must be centred")
			}
			c.style(rules.SoTrang, p, rules.TopicPageNumber, false)
		}
	}
}

func hasField(fields []string, name string) bool {
	for _, f := range fields {
		if strings.EqualFold(strings.Fields(f + " x")[0], name) {
			return true
		}
	}
	return false
}

// fonts reports the first paragraph with a run in another typeface or a
// colour other than black.
func (c *checker) fonts() {
	fontDone, colorDone := false, false
	for _, p := range c.doc.Paragraphs {
		for _, r := range p.Runs {
			if strings.TrimSpace(r.Text) == "" {
				continue
			}
			if !fontDone && r.Font != "" && !strings.EqualFold(r.Font, c.rs.Font) {
				c.add(Error, rules.TopicFont, "phong_chu", p, c.rs.Font, r.Font,
					"phông chữ "+r.Font+", phải là "+c.rs.Font, "font "+r.Font+", must be "+c.rs.Font)
				fontDone = true
			}
			if !colorDone && r.Color != "" && !strings.EqualFold(r.Color, "auto") && !strings.EqualFold(r.Color, "000000") && !c.stampInk(p, r.Color) {
				c.add(Error, rules.TopicFont, "phong_chu", p, "000000", r.Color,
					"chữ màu "+r.Color+", phải là màu đen", "text colour "+r.Color+", must be black")
				colorDone = true
			}
		}
	}
}

// style checks an element's size, weight, slant and case against the
// rule set's table. Runs with no visible text are skipped.
func (c *checker) style(el rules.Element, p *docx.Paragraph, topic rules.Topic, checkCase bool) {
	if p == nil {
		return
	}
	s := c.rs.Style(el)
	var size float64
	bold, italic := true, true
	any := false
	for _, r := range p.Runs {
		if strings.TrimSpace(r.Text) == "" || r.FootnoteRef > 0 {
			continue
		}
		any = true
		if r.Size > size {
			size = r.Size
		}
		bold = bold && r.Bold
		italic = italic && r.Italic
	}
	if !any {
		return
	}
	name := string(el)
	if size != 0 && (size < s.Min || size > s.Max) {
		exp := rangeText(s.Min, s.Max)
		c.add(Error, topic, name, p, exp, fmt.Sprintf("%g pt", size),
			fmt.Sprintf("cỡ chữ %g, phải là %s", size, exp), fmt.Sprintf("size %g pt, must be %s", size, exp))
	}
	if bold != s.Bold {
		c.add(Error, topic, name, p, boolText(s.Bold, "đậm", "không đậm"), boolText(bold, "đậm", "không đậm"),
			boolText(s.Bold, "phải in đậm", "không in đậm"), boolText(s.Bold, "must be bold", "must not be bold"))
	}
	if italic != s.Italic {
		c.add(Error, topic, name, p, boolText(s.Italic, "nghiêng", "đứng"), boolText(italic, "nghiêng", "đứng"),
			boolText(s.Italic, "phải in nghiêng", "phải dùng kiểu chữ đứng"), boolText(s.Italic, "must be italic", "must be upright"))
	}
	if want, ok := alignOf[el]; ok && p.Align != "" && p.Align != want {
		c.add(Error, topic, name, p, want, p.Align, "phải canh "+alignVI[want], "must be aligned "+want)
	}
	if checkCase && s.Upper && !isUpper(c.e.text(p)) {
		c.add(Error, topic, name, p, "IN HOA", c.e.text(p), "phải viết chữ in hoa", "must be in capitals")
	}
}

// alignOf is where the layout diagram puts the elements that have a
// fixed alignment (Phụ lục I, Mục IV; HD 36 Phụ lục 1).
var alignOf = map[rules.Element]string{
	rules.QuocHieu: "center", rules.TieuNgu: "center", rules.CoQuan: "center", rules.CoQuanChuQuan: "center",
	rules.SoKyHieu: "center", rules.DiaDanhNgay: "center", rules.TenLoai: "center", rules.TrichYeu: "center",
	rules.QuyenHan: "center", rules.HoTen: "center", rules.NoiNhanNhan: "left",
	rules.DoMat: "center", rules.DoKhan: "center", rules.PhamViLuuHanh: "center",
}

var alignVI = map[string]string{"center": "giữa", "left": "trái", "right": "phải", "both": "đều hai lề"}

func rangeText(lo, hi float64) string {
	if lo == hi {
		return fmt.Sprintf("%g pt", lo)
	}
	return fmt.Sprintf("%g–%g pt", lo, hi)
}

func boolText(b bool, yes, no string) string {
	if b {
		return yes
	}
	return no
}

// missing reports a required element that was not found.
func (c *checker) missing(topic rules.Topic, el, vi, en string) {
	c.add(Error, topic, el, nil, vi, "", "không tìm thấy "+vi, en+" not found")
}

func (c *checker) header() {
	e, rs := c.e, c.rs
	if e.quocHieu == nil {
		c.missing(rules.TopicHeader, string(rules.QuocHieu), rs.Header.Title, rs.Header.Title)
	}
	c.style(rules.QuocHieu, e.quocHieu, rules.TopicHeader, true)
	if rs.Header.Motto != "" {
		if e.tieuNgu == nil {
			c.missing(rules.TopicHeader, string(rules.TieuNgu), rs.Header.Motto, rs.Header.Motto)
		} else if t := c.e.text(e.tieuNgu); t != rs.Header.Motto {
			c.add(Error, rules.TopicHeader, string(rules.TieuNgu), e.tieuNgu, rs.Header.Motto, t,
				"tiêu ngữ viết \""+t+"\": các cụm từ nối bằng gạch nối có cách chữ, \""+rs.Header.Motto+"\"",
				"motto written \""+t+"\": the phrases are joined by spaced hyphens, \""+rs.Header.Motto+"\"")
		}
		c.style(rules.TieuNgu, e.tieuNgu, rules.TopicHeader, false)
	}
	if len(e.agency) == 0 && e.number != nil {
		c.missing(rules.TopicAgency, string(rules.CoQuan), "tên cơ quan ban hành (in hoa, đậm)", "issuing agency (bold capitals)")
	}
	for _, p := range e.agency {
		c.style(rules.CoQuan, p, rules.TopicAgency, true)
	}
	for _, p := range e.parent {
		c.style(rules.CoQuanChuQuan, p, rules.TopicAgency, true)
	}
}

// Number and date forms; the derived regexes of RULES.md A5, A6, B4.
var (
	reNumberState = regexp.MustCompile(`^Số: (0[1-9]|[1-9]\d+)?\s*/[\p{L}\d]+(-[\p{L}\d]+)*$`)
	reNumberParty = regexp.MustCompile(`^Số (0[1-9]|[1-9]\d+)?\s*-[\p{L}\d]+/[\p{L}\d-]+$`)
	reDateFull    = regexp.MustCompile(`^([^,]+), ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})$`)
	reDateDraft   = regexp.MustCompile(`^([^,]+), ngày\s+(tháng\s+)?(năm\s+\d{4})?`)
)

func (c *checker) numberAndDate() {
	e, rs := c.e, c.rs
	if e.number == nil {
		c.missing(rules.TopicNumber, string(rules.SoKyHieu), "số, ký hiệu", "number and symbol")
	} else {
		t := c.e.text(e.number)
		re, example := reNumberState, "Số: 05/QĐ-UBND"
		if rs.KyHieuSep == "/" {
			re, example = reNumberParty, "Số 590-CV/ĐU"
		}
		switch {
		case !re.MatchString(t) && rs.NumberPrefix == "Số: " && !strings.HasPrefix(t, "Số:"):
			c.add(Error, rules.TopicNumber, string(rules.SoKyHieu), e.number, example, t,
				"sau từ \"Số\" phải có dấu hai chấm: "+example, "\"Số\" must be followed by a colon: "+example)
		case !re.MatchString(t) && rs.NumberPrefix == "Số " && strings.HasPrefix(t, "Số:"):
			c.add(Error, rules.TopicNumber, string(rules.SoKyHieu), e.number, example, t,
				"văn bản của Đảng viết \"Số\" không có dấu hai chấm: "+example, "Party documents write \"Số\" without a colon: "+example)
		case !re.MatchString(t):
			c.add(Error, rules.TopicNumber, string(rules.SoKyHieu), e.number, example, t,
				"số, ký hiệu \""+t+"\" sai dạng (số nhỏ hơn 10 có số 0 phía trước): "+example,
				"number line \""+t+"\" is malformed (numbers below 10 take a leading zero): "+example)
		}
		c.style(rules.SoKyHieu, e.number, rules.TopicNumber, false)
	}
	if e.date == nil && e.kind != nil && e.kind.Form != nil && e.kind.Form.NoDate {
		return // a biên bản has no date line (mẫu 1.9)
	}
	if e.date == nil {
		c.missing(rules.TopicDate, string(rules.DiaDanhNgay), "địa danh và ngày tháng năm", "place and date")
		return
	}
	t := c.e.text(e.date)
	if m := reDateFull.FindStringSubmatch(t); m != nil {
		day, month := m[2], m[3]
		padded := len(month) == 2 && month[0] == '0'
		if len(day) != 2 || month == "1" || month == "2" {
			c.add(Error, rules.TopicDate, string(rules.DiaDanhNgay), e.date, "ngày 05 tháng 02 năm 2020", t,
				"ngày nhỏ hơn 10 và tháng 1, 2 phải có số 0 phía trước, ví dụ \"ngày 05 tháng 02\"",
				"days below 10 and the months 1 and 2 take a leading zero, e.g. \"ngày 05 tháng 02\"")
		} else if padded && month != "01" && month != "02" {
			c.add(Warning, rules.TopicDate, string(rules.DiaDanhNgay), e.date, "tháng "+month[1:], "tháng "+month,
				"các mẫu chính thức viết tháng 3–9 không có số 0 (\"tháng "+month[1:]+"\")", "the official forms write months 3–9 without a zero")
		}
	} else if !reDateDraft.MatchString(t) {
		c.add(Error, rules.TopicDate, string(rules.DiaDanhNgay), e.date, "Hà Nội, ngày 05 tháng 02 năm 2020", t,
			"địa danh và ngày tháng sai dạng", "place and date are malformed")
	}
	c.style(rules.DiaDanhNgay, e.date, rules.TopicDate, false)
}

func (c *checker) title() {
	e, rs := c.e, c.rs
	congVan := e.tenLoai == nil && e.kinhGui != nil
	if e.tenLoai != nil {
		c.style(rules.TenLoai, e.tenLoai, rules.TopicTitle, true)
		if len(e.trichYeu) == 0 && e.kind != nil && e.kind.NeedsTrichYeu {
			c.missing(rules.TopicTitle, string(rules.TrichYeu), "trích yếu dưới tên loại", "summary under the kind name")
		}
		for _, p := range e.trichYeu {
			c.style(rules.TrichYeu, p, rules.TopicTitle, false)
		}
	}
	if congVan {
		if e.vv == nil {
			c.missing(rules.TopicTitle, string(rules.TrichYeuCongVan), "trích yếu công văn dưới số, ký hiệu", "the công văn summary under the number")
		} else {
			if rs.VV != "" && !strings.HasPrefix(c.e.text(e.vv), strings.TrimSpace(rs.VV)) {
				c.add(Error, rules.TopicTitle, string(rules.TrichYeuCongVan), e.vv, rs.VV+"…", c.e.text(e.vv),
					"trích yếu công văn bắt đầu bằng \"V/v\"", "a công văn summary starts with \"V/v\"")
			}
			c.style(rules.TrichYeuCongVan, e.vv, rules.TopicTitle, false)
		}
	}
	for _, p := range e.canCu {
		c.style(rules.CanCu, p, rules.TopicCanCu, false)
	}
}

func (c *checker) recipients() {
	e, rs := c.e, c.rs
	if e.kinhGui != nil {
		c.style(rules.KinhGui, e.kinhGui, rules.TopicRecipients, false)
		t := c.e.text(e.kinhGui)
		if !strings.HasPrefix(t, "Kính gửi:") {
			c.add(Error, rules.TopicRecipients, string(rules.KinhGui), e.kinhGui, "Kính gửi:", t,
				"sau \"Kính gửi\" phải có dấu hai chấm", "\"Kính gửi\" must be followed by a colon")
		}
		for i, p := range e.kinhGuiItems {
			want := ";"
			if i == len(e.kinhGuiItems)-1 {
				want = "."
			}
			if t := c.e.text(p); !strings.HasSuffix(t, want) {
				c.add(Error, rules.TopicRecipients, string(rules.KinhGui), p, want, t,
					"mỗi dòng Kính gửi kết thúc bằng \";\", dòng cuối bằng \".\"", "each Kính gửi line ends with \";\", the last with \".\"")
			}
		}
	}
	if e.noiNhan == nil {
		c.missing(rules.TopicRecipients, string(rules.NoiNhanNhan), rs.NoiNhanLabel, rs.NoiNhanLabel)
		return
	}
	if t := c.e.text(e.noiNhan); t != rs.NoiNhanLabel {
		c.add(Error, rules.TopicRecipients, string(rules.NoiNhanNhan), e.noiNhan, rs.NoiNhanLabel, t,
			"viết \""+rs.NoiNhanLabel+"\" (có dấu hai chấm)", "write \""+rs.NoiNhanLabel+"\" (with its colon)")
	}
	c.style(rules.NoiNhanNhan, e.noiNhan, rules.TopicRecipients, false)
	items := e.noiNhanItems
	for i, p := range items {
		c.style(rules.NoiNhanDanhSach, p, rules.TopicRecipients, false)
		t := c.e.text(p)
		if i < len(items)-1 && rs.NoiNhanEnd != "" && !strings.HasSuffix(t, rs.NoiNhanEnd) {
			c.add(Warning, rules.TopicRecipients, string(rules.NoiNhanDanhSach), p, rs.NoiNhanEnd, t,
				"mỗi dòng nơi nhận kết thúc bằng \""+rs.NoiNhanEnd+"\"", "each recipient line ends with \""+rs.NoiNhanEnd+"\"")
		}
	}
	if len(items) == 0 {
		return
	}
	last := c.e.text(items[len(items)-1])
	want := "- " + rs.LuuPrefix
	if rs.LuuFirst != "" {
		want += rs.LuuFirst
	}
	if !strings.HasPrefix(last, want) || !strings.HasSuffix(last, ".") {
		c.add(Error, rules.TopicRecipients, string(rules.NoiNhanDanhSach), items[len(items)-1], want+", ….", last,
			"dòng cuối của nơi nhận là \""+want+", <đơn vị soạn thảo>.\"", "the last recipient line is \""+want+", <drafting unit>.\"")
	}
}

// rePrefix finds an authority prefix at the start of the first signature
// line, in any spelling.
var rePrefix = regexp.MustCompile(`^(TM|T/M|KT|K/T|Q|TL|T/L|TUQ|T/UQ)(\.?)\s`)

func (c *checker) signature() {
	e, rs := c.e, c.rs
	for i, p := range e.signer {
		c.style(rules.QuyenHan, p, rules.TopicSigner, true)
		m := rePrefix.FindStringSubmatch(c.e.text(p))
		if m == nil || i > 1 {
			continue
		}
		got := m[1] + m[2]
		a := rs.Authority(m[1])
		if a == nil {
			var forms []string
			for _, x := range rs.Authorities {
				forms = append(forms, x.Prefix)
			}
			c.add(Error, rules.TopicSigner, string(rules.QuyenHan), p, strings.Join(forms, ", "), got,
				"quyền hạn \""+got+"\" không dùng trong "+rs.Name+"; dùng "+strings.Join(forms, ", "),
				"signing authority \""+got+"\" is not used in "+rs.Name+"; use "+strings.Join(forms, ", "))
		} else if got != a.Prefix {
			c.add(Error, rules.TopicSigner, string(rules.QuyenHan), p, a.Prefix, got,
				"viết tắt quyền hạn là \""+a.Prefix+"\", không phải \""+got+"\"", "the signing authority is written \""+a.Prefix+"\", not \""+got+"\"")
		}
	}
	if e.noiNhan != nil && e.name == nil {
		c.missing(rules.TopicSigner, string(rules.HoTen), "họ tên người ký", "the signer's name")
	}
	c.style(rules.HoTen, e.name, rules.TopicSigner, false)
}

// body checks the nội dung: size, alignment, first-line indent, spacing.
func (c *checker) body() {
	e, rs := c.e, c.rs
	sizeDone, alignDone, indentDone, spaceDone, lineDone := false, false, false, false, false
	st := rs.Style(rules.NoiDung)
	for i, p := range e.body {
		t := c.e.text(p)
		long := len([]rune(t)) >= 80
		for _, r := range p.Runs {
			if !sizeDone && strings.TrimSpace(r.Text) != "" && r.FootnoteRef == 0 && r.Size != 0 && (r.Size < st.Min || r.Size > st.Max) {
				exp := rangeText(st.Min, st.Max)
				c.add(Error, rules.TopicBody, string(rules.NoiDung), p, exp, fmt.Sprintf("%g pt", r.Size),
					fmt.Sprintf("cỡ chữ nội dung %g, phải là %s", r.Size, exp), fmt.Sprintf("body size %g pt, must be %s", r.Size, exp))
				sizeDone = true
			}
		}
		if !long {
			continue
		}
		if !alignDone && p.Align != "both" && p.Align != "distribute" {
			c.add(Error, rules.TopicBody, string(rules.NoiDung), p, "canh đều hai lề", orUnset(p.Align),
				"nội dung phải canh đều hai lề", "the body must be justified")
			alignDone = true
		}
		if !indentDone && !strings.HasPrefix(t, "|") {
			lo, hi := rs.Body.FirstLineCM.Min*10*mm, rs.Body.FirstLineCM.Max*10*mm
			if v := float64(p.IndentFirstLine); v < lo-30 || v > hi+30 {
				exp := fmt.Sprintf("%g–%g cm", rs.Body.FirstLineCM.Min, rs.Body.FirstLineCM.Max)
				found := fmt.Sprintf("%.2f cm", v/mm/10)
				c.add(Error, rules.TopicBody, string(rules.NoiDung), p, exp, found,
					"thụt đầu dòng "+found+", phải là "+exp, "first-line indent "+found+", must be "+exp)
				indentDone = true
			}
		}
		if !spaceDone && i > 0 {
			gap := max(p.SpacingBefore, e.body[i-1].SpacingAfter)
			if float64(gap) < rs.Body.SpacingBeforePt.Min*20-6 {
				found := fmt.Sprintf("%g pt", float64(gap)/20)
				c.add(Error, rules.TopicBody, string(rules.NoiDung), p, "≥ 6 pt", found,
					"khoảng cách giữa các đoạn "+found+", tối thiểu 6 pt", "space between paragraphs "+found+", at least 6 pt")
				spaceDone = true
			}
		}
		if !lineDone && p.Line > 0 {
			lines := float64(p.Line) / 240
			if p.LineRule == "exact" || p.LineRule == "atLeast" {
				size := 14.0
				for _, r := range p.Runs {
					if r.Size > 0 {
						size = r.Size
						break
					}
				}
				lines = float64(p.Line) / 20 / (size * 1.15)
			}
			if lines < rs.Body.LineSpacing.Min-0.05 || lines > rs.Body.LineSpacing.Max+0.05 {
				found := fmt.Sprintf("%.2f dòng", lines)
				c.add(Error, rules.TopicBody, string(rules.NoiDung), p, "1–1,5 dòng", found,
					"khoảng cách dòng "+found+", phải từ dòng đơn đến 1,5 dòng", fmt.Sprintf("line spacing %.2f lines, must be single to 1.5", lines))
				lineDone = true
			}
		}
	}
}

func orUnset(s string) string {
	if s == "" {
		return "trái (mặc định)"
	}
	return s
}

func (c *checker) footnotes() {
	for _, id := range c.doc.FootnoteRefs {
		if _, ok := c.doc.Footnotes[id]; !ok {
			c.add(Error, rules.TopicBody, "chu_thich", nil, fmt.Sprintf("chú thích %d", id), "",
				fmt.Sprintf("có dấu chú thích %d nhưng không có nội dung chú thích", id),
				fmt.Sprintf("footnote reference %d has no footnote text", id))
		}
	}
}
