package check

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/vanthu/vanthu/docgen/internal/docx"
	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// elements are the thể thức elements found in a document we may not
// have written, by text patterns and position. A nil field was not found.
type elements struct {
	quocHieu, tieuNgu *docx.Paragraph
	parent, agency    []*docx.Paragraph // cơ quan chủ quản; cơ quan ban hành
	mark              *docx.Paragraph   // the Party "*"
	number, date, vv  *docx.Paragraph
	tenLoai           *docx.Paragraph
	kind              *rules.Kind
	trichYeu          []*docx.Paragraph
	kinhGui           *docx.Paragraph
	kinhGuiItems      []*docx.Paragraph
	canCu             []*docx.Paragraph
	body              []*docx.Paragraph
	noiNhan           *docx.Paragraph
	noiNhanItems      []*docx.Paragraph
	signer            []*docx.Paragraph // quyền hạn and chức vụ lines
	name              *docx.Paragraph
	// The optional elements (ô 10–13). Marks and the PL line are body
	// paragraphs; ô 11 stands in a header (or the body), ô 13 in a footer.
	doMat, doKhan           *docx.Paragraph
	doMatLevel, doKhanLevel *rules.Level
	luuHanh                 *docx.Paragraph
	luuHanhWhere            string // "first", "default", "even" (header type) or "body"
	soanThao                *docx.Paragraph
	contact                 []*docx.Paragraph
	contactWhere            []string // footer type of each contact line
	headerLimit, bodyTo     int      // paragraph indexes: end of the page-1 header, start of the signature block
	texts                   []string // folded text of each paragraph, by index
}

// text is the folded text of a body paragraph, computed once.
func (e *elements) text(p *docx.Paragraph) string {
	if p == nil {
		return ""
	}
	if p.Index >= 0 && p.Index < len(e.texts) {
		return e.texts[p.Index]
	}
	return text(p)
}

// text is a paragraph's text in NFC with white space folded, the two tone
// placements of "HÒA"/"HOÀ" (and "hòa"/"hoà") made one.
func text(p *docx.Paragraph) string {
	if p == nil {
		return ""
	}
	return fold(p.Text)
}

var toneFix = strings.NewReplacer("HOÀ", "HÒA", "hoà", "hòa", "Hoà", "Hòa", "UỶ", "ỦY", "uỷ", "ủy", "Uỷ", "Ủy", "HOÁ", "HÓA", "hoá", "hóa", "Hoá", "Hóa")

func fold(s string) string {
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	if needsSpaceFold(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	return toneFix.Replace(s)
}

// needsSpaceFold reports whether s has white space other than single
// spaces between words.
func needsSpaceFold(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if prevSpace {
				return true
			}
			prevSpace = true
		case c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			return true
		case c >= 0x80 && (strings.HasPrefix(s[i:], "\u00a0") || strings.HasPrefix(s[i:], "\u3000")):
			return true
		default:
			prevSpace = false
		}
	}
	return prevSpace && len(s) > 0
}

// squeeze removes every space, for comparing text whose spacing is wrong.
func squeeze(s string) string { return strings.ToLower(strings.Join(strings.Fields(fold(s)), "")) }

var (
	reNumber = regexp.MustCompile(`^Số\s*(:|\d|\s|$)`)
	reDate   = regexp.MustCompile(`^[^,]{2,60},\s*ngày\b`)
)

// find recognises the elements of doc for the rule set rs.
func find(doc *docx.Document, rs *rules.RuleSet) *elements {
	e := &elements{headerLimit: -1, bodyTo: len(doc.Paragraphs)}
	ps := doc.Paragraphs
	e.texts = make([]string, len(ps))
	for i, p := range ps {
		e.texts[i] = text(p)
	}
	title := fold(rs.Header.Title)
	titleSeen := false // the date line stands above the tên loại
	for i, p := range ps {
		if i > 60 {
			break
		}
		t := e.text(p)
		titleSeen = titleSeen || isKindTitle(rs, t)
		switch {
		case e.quocHieu == nil && strings.EqualFold(t, title):
			e.quocHieu = p
		case e.tieuNgu == nil && rs.Header.Motto != "" && squeeze(t) == squeeze(rs.Header.Motto):
			e.tieuNgu = p
		case e.number == nil && reNumber.MatchString(t) && strings.ContainsAny(t, "/-"):
			e.number = p
		case e.date == nil && !titleSeen && reDate.MatchString(t):
			e.date = p
		case e.vv == nil && strings.HasPrefix(t, "V/v"):
			e.vv = p
		case rs.Header.AgencyMark != "" && e.mark == nil && t == rs.Header.AgencyMark:
			e.mark = p
		}
	}
	// The header ends with the last of its elements.
	for _, p := range []*docx.Paragraph{e.quocHieu, e.tieuNgu, e.number, e.date, e.vv} {
		if p != nil && p.Index > e.headerLimit {
			e.headerLimit = p.Index
		}
	}
	// A Party công văn's trích yếu stands under the number, in its cell.
	if e.number != nil && e.vv == nil && e.number.InTable {
		for _, p := range ps[e.number.Index+1:] {
			if !sameCell(p, e.number) {
				break
			}
			if e.text(p) != "" {
				e.vv = p
				break
			}
		}
	}
	e.findAgency(ps)
	e.findOptional(doc, rs)
	e.findSignature(ps)
	e.findTitle(ps, rs)
	e.findBody(ps)
	return e
}

func sameCell(a, b *docx.Paragraph) bool {
	return a.InTable && b.InTable && a.Table == b.Table && a.Row == b.Row && a.Col == b.Col
}

// findAgency takes the agency lines from the cell that holds the number
// (or, in the state layout, the cell above it): bold capitals are the
// cơ quan ban hành, plain capitals before them the chủ quản.
//
// A header laid out in plain paragraphs (no table) has its agency lines
// among the capitals before the number that are not the Quốc hiệu.
func (e *elements) findAgency(ps []*docx.Paragraph) {
	if e.number == nil {
		return
	}
	for _, p := range ps[:e.number.Index] {
		if e.number.InTable && (!p.InTable || p.Table != e.number.Table || p.Col != e.number.Col || p.Row > e.number.Row) {
			continue
		}
		if !e.number.InTable && (p.InTable || p == e.quocHieu || p == e.tieuNgu) {
			continue
		}
		t := e.text(p)
		if t == "" || t == "*" || !isUpper(t) {
			continue
		}
		if allBold(p) {
			e.agency = append(e.agency, p)
		} else if len(e.agency) == 0 {
			e.parent = append(e.parent, p)
		}
	}
}

// findSignature finds "Nơi nhận" and its list, and the signature lines in
// the cell beside it.
func (e *elements) findSignature(ps []*docx.Paragraph) {
	for _, p := range ps {
		if p.Index <= e.headerLimit {
			continue
		}
		if strings.HasPrefix(e.text(p), "Nơi nhận") {
			e.noiNhan = p
		}
	}
	if e.noiNhan == nil {
		return
	}
	e.bodyTo = e.noiNhan.Index
	for _, p := range ps[e.noiNhan.Index+1:] {
		if e.noiNhan.InTable && !sameCell(p, e.noiNhan) {
			break
		}
		t := e.text(p)
		if t == "" {
			continue
		}
		if !strings.HasPrefix(t, "-") {
			break
		}
		e.noiNhanItems = append(e.noiNhanItems, p)
	}
	if !e.noiNhan.InTable {
		e.findSignersAbove(ps)
		return
	}
	first := -1
	for _, p := range ps {
		if p.InTable && p.Table == e.noiNhan.Table && p.Row == e.noiNhan.Row && p.Col == e.noiNhan.Col+1 {
			if first < 0 {
				first = p.Index
			}
			if e.text(p) != "" {
				e.signer = append(e.signer, p)
			}
		}
	}
	if first >= 0 && first < e.bodyTo {
		e.bodyTo = first
	}
	if n := len(e.signer); n > 0 {
		e.name, e.signer = e.signer[n-1], e.signer[:n-1]
	}
}

// findTitle finds tên loại (a centred line naming a kind of the rule
// set), the trích yếu under it, Kính gửi and the căn cứ lines.
func (e *elements) findTitle(ps []*docx.Paragraph, rs *rules.RuleSet) {
	bodyBegun := false
	for _, p := range ps[e.headerLimit+1 : e.bodyTo] {
		if p.InTable {
			continue
		}
		t := e.text(p)
		if e.tenLoai == nil && e.kinhGui == nil {
			for i := range rs.Kinds {
				if t == rs.Kinds[i].Title() {
					e.tenLoai, e.kind = p, &rs.Kinds[i]
					break
				}
			}
			if e.tenLoai != nil {
				continue
			}
		}
		if e.tenLoai != nil && !formWithoutTrichYeu(e.kind) && len(e.canCu) == 0 && e.kinhGui == nil && len(e.body) == 0 && p.Align == "center" && t != "" &&
			!isRuleMark(t) && (len(e.trichYeu) == 0 || e.trichYeu[len(e.trichYeu)-1].Index == p.Index-1) {
			if len(e.trichYeu) == 0 || !isUpper(t) {
				e.trichYeu = append(e.trichYeu, p)
				continue
			}
		}
		if e.kinhGui == nil && strings.HasPrefix(t, "Kính gửi") {
			e.kinhGui = p
			for _, q := range ps[p.Index+1 : e.bodyTo] {
				if strings.HasPrefix(e.text(q), "-") {
					e.kinhGuiItems = append(e.kinhGuiItems, q)
					continue
				}
				break
			}
			continue
		}
		// Căn cứ lines stand between the title and the body of a văn bản
		// có tên loại; in a công văn, or once the body has begun, "Căn
		// cứ …" is body text.
		switch {
		case e.tenLoai != nil && e.kinhGui == nil && !bodyBegun && (strings.HasPrefix(t, "Căn cứ") || strings.HasPrefix(t, "Theo đề nghị")):
			e.canCu = append(e.canCu, p)
		case e.tenLoai != nil && t != "" && !isRuleMark(t) && len(e.canCu) > 0:
			bodyBegun = true
		}
	}
}

// findBody takes the nội dung: the paragraphs outside tables between the
// last element above it and the signature block.
func (e *elements) findBody(ps []*docx.Paragraph) {
	from := e.headerLimit + 1
	for _, p := range append(append(append([]*docx.Paragraph{e.tenLoai, e.kinhGui}, e.trichYeu...), e.kinhGuiItems...), e.canCu...) {
		if p != nil && p.Index+1 > from {
			from = p.Index + 1
		}
	}
	for _, p := range ps[min(from, e.bodyTo):e.bodyTo] {
		if p.InTable || e.text(p) == "" || isRuleMark(e.text(p)) || p == e.doMat || p == e.doKhan || p == e.luuHanh || p == e.soanThao {
			continue
		}
		e.body = append(e.body, p)
	}
}

func isRuleMark(t string) bool { return strings.Trim(t, "-_*") == "" }

func isUpper(t string) bool {
	letters := false
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters = true
			if unicode.IsLower(r) {
				return false
			}
		}
	}
	return letters
}

func allBold(p *docx.Paragraph) bool {
	seen := false
	for _, r := range p.Runs {
		if strings.TrimSpace(r.Text) == "" {
			continue
		}
		if !r.Bold {
			return false
		}
		seen = true
	}
	return seen
}
