package rules

import (
	"fmt"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Style is how one thể thức element is set: its size in points (the
// default the renderer uses and the range the checker accepts), its
// weight, slant and case.
type Style struct {
	Size      float64 // default size in points
	Min, Max  float64 // allowed sizes in points (inclusive)
	Bold      bool    // đậm
	Italic    bool    // nghiêng
	Underline bool    // gạch chân
	Upper     bool    // chữ in hoa
}

// HalfPoints returns the default size in OOXML half-points.
func (s Style) HalfPoints() int { return int(s.Size*2 + 0.5) }

// Element names one thể thức element of the layout diagram.
type Element string

// The elements a rule set gives a Style to.
const (
	QuocHieu        Element = "quoc_hieu"          // ô 1: Quốc hiệu, or the Party tiêu đề
	TieuNgu         Element = "tieu_ngu"           // ô 1: Tiêu ngữ
	CoQuanChuQuan   Element = "co_quan_chu_quan"   // ô 2: parent agency (cơ quan chủ quản / cấp trên)
	CoQuan          Element = "co_quan"            // ô 2: issuing agency
	SoKyHieu        Element = "so_ky_hieu"         // ô 3: number and symbol
	DiaDanhNgay     Element = "dia_danh_ngay"      // ô 4: place and date
	TenLoai         Element = "ten_loai"           // ô 5a: kind name
	TrichYeu        Element = "trich_yeu"          // ô 5a: summary
	TrichYeuCongVan Element = "trich_yeu_cong_van" // ô 5b: công văn summary
	ThamQuyen       Element = "tham_quyen"         // the "THẨM QUYỀN BAN HÀNH" line
	CanCu           Element = "can_cu"             // căn cứ lines
	LoiVan          Element = "loi_van"            // the QUYẾT ĐỊNH: / QUYẾT NGHỊ: line
	NoiDung         Element = "noi_dung"           // ô 6: body text
	PhanChuong      Element = "phan_chuong"        // "Phần"/"Chương"/"Mục" + number
	TieuDe          Element = "tieu_de"            // title of phần/chương/mục
	Dieu            Element = "dieu"               // "Điều N. …"
	KinhGui         Element = "kinh_gui"           // ô 9a
	QuyenHan        Element = "quyen_han"          // ô 7a: quyền hạn + chức vụ
	HoTen           Element = "ho_ten"             // ô 7b: signer's name
	NoiNhanNhan     Element = "noi_nhan_nhan"      // ô 9b: the "Nơi nhận:" label
	NoiNhanDanhSach Element = "noi_nhan_danh_sach" // ô 9b: the list
	SoTrang         Element = "so_trang"           // page number
	ChuThich        Element = "chu_thich"          // footnote text
	Bang            Element = "bang"               // table text
	DoMat           Element = "do_mat"             // ô 10a: dấu chỉ độ mật
	DoKhan          Element = "do_khan"            // ô 10b: dấu chỉ mức độ khẩn
	PhamViLuuHanh   Element = "pham_vi_luu_hanh"   // ô 11: chỉ dẫn về phạm vi lưu hành
	SoanThao        Element = "soan_thao"          // ô 12: ký hiệu người soạn thảo và số lượng bản
	LienHe          Element = "lien_he"            // ô 13: địa chỉ, điện thoại, thư điện tử …
)

// Level is one value of a dấu chỉ độ mật or mức độ khẩn.
type Level struct {
	Code string // the canonical YAML value, e.g. "THUONG_KHAN"
	Text string // as printed, e.g. "THƯỢNG KHẨN"
	// Inputs are other accepted spellings; every spelling is compared
	// after LevelKey (case, "_" and "-" as spaces, tone placement).
	Inputs []string
	// WidthMM is the width of the pre-made stamp; 0 fits the box to the
	// text.
	WidthMM float64
}

// Stamp is a boxed optional element (ô 10a, 10b, 11): its text, in the
// element's Style, centred in a rectangle with a single border.
type Stamp struct {
	Cell     string  // the cell of the layout diagram, e.g. "10b"
	HeightMM float64 // height of the box
	PadMM    float64 // room either side of the text when the box fits it
	BorderPt float64 // width of the border line, points
	// Color is the ink of the text and the border, "FF0000" for đỏ
	// tươi; "" is the rule set's text colour.
	Color string
	// Levels are the allowed values; nil allows free text.
	Levels []Level
}

// Level returns the level of the stamp an input names, or nil.
func (s *Stamp) Level(input string) *Level {
	key := LevelKey(input)
	for i := range s.Levels {
		l := &s.Levels[i]
		if LevelKey(l.Code) == key || LevelKey(l.Text) == key {
			return l
		}
		for _, in := range l.Inputs {
			if LevelKey(in) == key {
				return l
			}
		}
	}
	return nil
}

// Codes lists the levels as "CODE (TEXT)", for messages.
func (s *Stamp) Codes() []string {
	out := make([]string, len(s.Levels))
	for i, l := range s.Levels {
		out[i] = l.Code + " (" + l.Text + ")"
	}
	return out
}

// WidthFor returns the box width of a stamp for a level (nil for free
// text) whose text measures textMM: the stamp's fixed width, else the
// text with the padding either side.
func (s *Stamp) WidthFor(l *Level, textMM float64) float64 {
	if l != nil && l.WidthMM > 0 {
		return l.WidthMM
	}
	return textMM + 2*s.PadMM
}

// LevelKey folds a spelling of a level for comparison: upper case, "_"
// and "-" as spaces, runs of spaces as one, the old tone placement of
// "HOẢ" as "HỎA".
func LevelKey(s string) string {
	s = strings.ToUpper(norm.NFC.String(s))
	s = strings.NewReplacer("_", " ", "-", " ", "HOẢ", "HỎA").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// Contact holds the labels of ô 13, as in the decree's example:
// "Địa chỉ: …", "ĐT: …, Fax: …", "E-Mail: …, Website: …".
type Contact struct {
	Address, Phone, Fax, Email, Website string // labels, colon and space included
	Join                                string // between two items of one line
	// RulePt is the width of the full-width rule above the block, points.
	RulePt float64
}

// ContactLines builds the lines of ô 13 from what is given; empty
// items and empty lines are left out.
func (c Contact) ContactLines(address, phone, fax, email, website string) []string {
	var out []string
	line := func(items ...string) {
		var parts []string
		for i := 0; i+1 < len(items); i += 2 {
			if items[i+1] != "" {
				parts = append(parts, items[i]+items[i+1])
			}
		}
		if len(parts) > 0 {
			out = append(out, strings.Join(parts, c.Join))
		}
	}
	line(c.Address, address)
	line(c.Phone, phone, c.Fax, fax)
	line(c.Email, email, c.Website, website)
	return out
}

// Range is an allowed interval with the value used when the document
// says nothing.
type Range struct {
	Min, Max, Default float64
}

// Contains reports whether v lies in the range, allowing for rounding.
func (r Range) Contains(v float64) bool { return v >= r.Min-1e-9 && v <= r.Max+1e-9 }

// Page is the page setup of a rule set. Lengths are in millimetres.
type Page struct {
	WidthMM, HeightMM        float64
	Top, Bottom, Left, Right Range // margins (lề)
	HeaderMM                 float64
	// PageNumberHiddenOnFirst: the number of page 1 is not shown.
	PageNumberHiddenOnFirst bool
}

// Body is the layout of the nội dung: spacing and indentation.
type Body struct {
	LineSpacing     Range // multiple of a single line
	SpacingBeforePt Range // paragraph spacing before, points
	FirstLineCM     Range // first-line indent, centimetres
	EndMark         string
}

// Header holds the texts and rules of the page-1 header.
type Header struct {
	Title        string // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" or "ĐẢNG CỘNG SẢN VIỆT NAM"
	Motto        string // "Độc lập - Tự do - Hạnh phúc"; empty when the rule set has none
	AgencyRule   float64
	AgencyMark   string  // "*" under a Party agency; empty when a rule is drawn
	LeftColumn   float64 // share of the text width taken by the left column
	SignatureCol float64 // share of the text width taken by the Nơi nhận column
	// DateUnderTitle puts the date in the right column right under the
	// title's rule and the number under the agency (Party layout); when
	// false the number and the date share a row (state layout).
	DateUnderTitle bool
	// TrichYeuMark is printed under the trích yếu instead of a rule
	// (Party: "-----"); empty draws the rule.
	TrichYeuMark string
}

// Kind is a tên loại văn bản of a rule set.
type Kind struct {
	Slug   string // the YAML value, e.g. "quyet-dinh"
	Name   string // tên loại as written in running text, e.g. "Quyết định"
	Abbr   string // Phụ lục III abbreviation, e.g. "QĐ"; empty for công văn and thư công
	Mau    string // the Phụ lục III mẫu the kind is laid out after, e.g. "1.2"
	Layout Layout
	// LoiVan is the centred line before the articles, e.g. "QUYẾT ĐỊNH:".
	LoiVan string
	// NeedsThamQuyen: the "THẨM QUYỀN BAN HÀNH" line is required.
	NeedsThamQuyen bool
	// NeedsKinhGui: the Kính gửi part (ô 9a) is required; KinhGuiAllowed:
	// it may be given (tờ trình and báo cáo sent upward).
	NeedsKinhGui, KinhGuiAllowed bool
	// NeedsTrichYeu: the kind carries a trích yếu.
	NeedsTrichYeu bool
	// Form is the shape of mẫu 1.6–1.10 (structured lines, two signers,
	// no date line); nil for the other kinds.
	Form *Form
}

// Title returns the tên loại line as printed (in capitals).
func (k *Kind) Title() string { return Upper(k.Name) }

// Layout is the shape of a mẫu.
type Layout int

// The layouts of Phụ lục III that are rendered.
const (
	LayoutNamed     Layout = iota // mẫu 1.4: văn bản có tên loại
	LayoutCongVan                 // mẫu 1.5: công văn (V/v under the number, Kính gửi)
	LayoutQuyetDinh               // mẫu 1.2/1.3: quyết định
	LayoutNghiQuyet               // mẫu 1.1: nghị quyết
)

// Authority is a quyền hạn ký form (TM., KT., Q., TL., TUQ.).
type Authority struct {
	Code   string   // canonical code as given in YAML, e.g. "KT"
	Inputs []string // accepted spellings, compared after removing dots and case
	Prefix string   // as printed, e.g. "KT."
	Name   string   // Vietnamese name, e.g. "ký thay"
	// NeedsHead: the head's title (cap_truong) follows the prefix.
	NeedsHead bool
	// Collective: the prefix goes before the name of a collective (thay_mat).
	Collective bool
}

// Rule is one checkable rule with the article it comes from.
type Rule struct {
	ID        string // e.g. "ND30.PL1.II.3"
	ArticleVI string // e.g. "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 3"
	ArticleEN string
}

// RuleSet is one standard's formatting rules, as data. The renderer and
// the checker read the same table.
type RuleSet struct {
	ID      string // e.g. "nd30-2020"
	TheThuc string // the YAML value of the_thuc, e.g. "nha-nuoc"
	Name    string // e.g. "Nghị định 30/2020/NĐ-CP"
	Font    string
	Color   string
	Page    Page
	Body    Body
	Header  Header
	// NumberPrefix is printed before the number ("Số: " or "Số ").
	NumberPrefix string
	// NumberJoin joins the number and the ký hiệu ("/" or "-").
	NumberJoin string
	// KyHieuSep joins the kind abbreviation and the agency in a ký hiệu ("-" or "/").
	KyHieuSep string
	// VV is printed before a công văn trích yếu ("V/v ").
	VV          string
	Styles      map[Element]Style
	Authorities []Authority
	Kinds       []Kind
	Rules       map[Topic]Rule
	// Stamps are the boxed optional elements: DoMat, DoKhan and
	// PhamViLuuHanh.
	Stamps map[Element]*Stamp
	// SoanThao formats ô 12 from the ký hiệu (in capitals) and the
	// number of copies (Pad2): "%s.(%s)" gives "PL.(300)".
	SoanThao string
	// SoanThaoName names ô 12's ký hiệu in Vietnamese and English: the
	// người soạn thảo (state) or người đánh máy (Party).
	SoanThaoName [2]string
	// Contact is ô 13.
	Contact Contact
	// NoiNhanLabel is "Nơi nhận:"; NoiNhanEnd ends each recipient line
	// but the last (";" or ","); LuuPrefix is "Lưu: " and LuuFirst the
	// archive abbreviation that always comes first ("VT"), if any.
	NoiNhanLabel, NoiNhanEnd, LuuPrefix, LuuFirst string
	// Appendix is how a phụ lục is headed (Mẫu 2.1/2.2).
	Appendix Appendix
	// Signing places the signature and seal images and the chữ ký số
	// information box.
	Signing Signing
	// Copy is the paper copy block (Mẫu 3.1); nil when the rule set has
	// none.
	Copy *Copy
}

// Kind returns the kind with the slug, or nil.
func (rs *RuleSet) Kind(slug string) *Kind {
	for i := range rs.Kinds {
		if rs.Kinds[i].Slug == slug {
			return &rs.Kinds[i]
		}
	}
	return nil
}

// KindByAbbr returns the kind whose abbreviation is abbr, or nil.
func (rs *RuleSet) KindByAbbr(abbr string) *Kind {
	if abbr == "" {
		return nil
	}
	for i := range rs.Kinds {
		if rs.Kinds[i].Abbr == abbr {
			return &rs.Kinds[i]
		}
	}
	return nil
}

// Authority returns the quyền hạn form for an input spelling ("KT",
// "kt.", "K/T"), or nil.
func (rs *RuleSet) Authority(input string) *Authority {
	key := authorityKey(input)
	for i := range rs.Authorities {
		for _, in := range rs.Authorities[i].Inputs {
			if authorityKey(in) == key {
				return &rs.Authorities[i]
			}
		}
	}
	return nil
}

// Stamp returns the stamp of a boxed element; it panics on an element
// the table lacks, which the tests catch.
func (rs *RuleSet) Stamp(e Element) *Stamp {
	s, ok := rs.Stamps[e]
	if !ok {
		panic("rules: " + rs.ID + " has no stamp for " + string(e))
	}
	return s
}

// SoanThaoLine builds ô 12: "PL.(300)", "PL.(05)" (below 10 with a
// leading zero, as numbers are written in the number line).
func (rs *RuleSet) SoanThaoLine(kyHieu string, soBan int) string {
	return fmt.Sprintf(rs.SoanThao, Upper(kyHieu), Pad2(soBan))
}

// Style returns the style of an element; it panics on an element the
// table lacks, which is a programming error caught by the tests.
func (rs *RuleSet) Style(e Element) Style {
	s, ok := rs.Styles[e]
	if !ok {
		panic("rules: " + rs.ID + " has no style for " + string(e))
	}
	return s
}

// Rule returns the rule set's rule for a topic; a topic the table lacks
// gives a Rule whose ID is the topic, which the tests catch.
func (rs *RuleSet) Rule(t Topic) Rule {
	if r, ok := rs.Rules[t]; ok {
		return r
	}
	return Rule{ID: string(t)}
}
