package docgen

import (
	"errors"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-playground/locales/en"
	"github.com/go-playground/locales/vi"
	ut "github.com/go-playground/universal-translator"
	"github.com/go-playground/validator/v10"
	entrans "github.com/go-playground/validator/v10/translations/en"
	vitrans "github.com/go-playground/validator/v10/translations/vi"
	"golang.org/x/text/unicode/norm"

	"github.com/vanthu/vanthu/docgen/internal/markdown"
	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// MaxBodySize is the largest nội dung Validate accepts, in bytes.
const MaxBodySize = 2 << 20

// Validate checks a document against its rule set and returns every
// finding: errors (the document is not rendered), warnings, and
// information such as "draft without a number". Findings carry the YAML
// path, and the line and column when the document came from Parse.
func Validate(doc *Document, opts ...Option) Diagnostics {
	_, ds := prepare(doc, newConfig(opts))
	return ds
}

// prepared is a validated document, normalised and ready for layout.
type prepared struct {
	doc    Document // NFC-normalised copy
	rs     *rules.RuleSet
	kind   *rules.Kind
	auth   *rules.Authority
	body   *markdown.Body
	noi    []string // Nơi nhận items, without the Lưu line
	luu    []string // what follows "Lưu:"
	layout resolvedLayout
}

// resolvedLayout is the trình bày with defaults filled in.
type resolvedLayout struct {
	top, bottom, left, right float64 // mm
	size                     float64 // pt
	line                     float64 // multiple
	before                   float64 // pt
	indent                   float64 // cm
}

// prepare validates doc and, when it has no errors, returns the prepared
// form the renderer lays out.
func prepare(in *Document, c config) (*prepared, Diagnostics) {
	if in == nil {
		in = &Document{}
	}
	file := c.filename
	if file == "" {
		file = in.file
	}
	dg := &diagnoser{lang: c.lang, file: file, pos: in.pos, rs: rules.ND30}
	p := &prepared{doc: normalize(in)}
	d := &p.doc

	checkText(dg, d)
	checkStruct(dg, d)

	// Rule set.
	theThuc := d.TheThuc
	if theThuc == "" {
		theThuc = rules.ND30.TheThuc
	}
	p.rs = rules.ByTheThuc(theThuc)
	if p.rs == nil {
		if id, planned := rules.Planned[theThuc]; planned {
			dg.errorf(rules.TopicKinds, "the_thuc", msgTheThucNotYet, theThuc, id)
		} else {
			dg.errorf(rules.TopicKinds, "the_thuc", msgTheThucUnknown, theThuc, theThucNames())
		}
		return nil, sortDiagnostics(dg.out)
	}
	dg.rs = p.rs
	rs := p.rs

	// Kind.
	if d.Loai != "" {
		p.kind = rs.Kind(d.Loai)
		if p.kind == nil {
			slugs := make([]string, len(rs.Kinds))
			for i, k := range rs.Kinds {
				slugs[i] = k.Slug
			}
			if s := suggest(d.Loai, slugs); s != "" {
				dg.errorf(rules.TopicKinds, "loai", msgKindUnknownHint, d.Loai, rs.Name, s, rs.TheThuc)
			} else {
				dg.errorf(rules.TopicKinds, "loai", msgKindUnknown, d.Loai, rs.Name, rs.TheThuc)
			}
		}
	}

	checkNumber(dg, p, c)
	checkDate(dg, p, c)
	if p.kind != nil {
		checkKind(dg, p)
	}
	checkBody(dg, p)
	checkSigner(dg, p)
	checkRecipients(dg, p)
	checkLayout(dg, p)

	ds := sortDiagnostics(dg.out)
	if ds.HasErrors() {
		return nil, ds
	}
	return p, ds
}

// normalize returns a copy of the document with every string in NFC,
// trimmed of surrounding white space, and with Windows line ends
// replaced.
func normalize(in *Document) Document {
	d := *in
	s := func(v *string) {
		t := strings.ReplaceAll(*v, "\r\n", "\n")
		*v = strings.TrimSpace(norm.NFC.String(t))
	}
	list := func(v *[]string) {
		out := make([]string, 0, len(*v))
		for _, it := range *v {
			s(&it)
			out = append(out, it)
		}
		*v = out
	}
	for _, v := range []*string{&d.TheThuc, &d.Loai, &d.CoQuanChuQuan, &d.CoQuan, &d.KyHieu, &d.DiaDanh,
		&d.TrichYeu, &d.ThamQuyen, &d.NoiDung, &d.NguoiKy.ThayMat, &d.NguoiKy.QuyenHan,
		&d.NguoiKy.CapTruong, &d.NguoiKy.ChucVu, &d.NguoiKy.HoTen} {
		s(v)
	}
	for _, v := range []*[]string{&d.CanCu, &d.KinhGui, &d.NoiNhan, &d.Luu} {
		list(v)
	}
	return d
}

// textFields lists every string of a document with its YAML path.
func textFields(d *Document) []struct {
	path string
	text string
} {
	type pt = struct {
		path string
		text string
	}
	out := []pt{
		{"the_thuc", d.TheThuc}, {"loai", d.Loai}, {"co_quan_chu_quan", d.CoQuanChuQuan},
		{"co_quan", d.CoQuan}, {"ky_hieu", d.KyHieu}, {"dia_danh", d.DiaDanh},
		{"trich_yeu", d.TrichYeu}, {"tham_quyen", d.ThamQuyen}, {"noi_dung", d.NoiDung},
		{"nguoi_ky.thay_mat", d.NguoiKy.ThayMat}, {"nguoi_ky.quyen_han", d.NguoiKy.QuyenHan},
		{"nguoi_ky.cap_truong", d.NguoiKy.CapTruong}, {"nguoi_ky.chuc_vu", d.NguoiKy.ChucVu},
		{"nguoi_ky.ho_ten", d.NguoiKy.HoTen},
	}
	for name, list := range map[string][]string{"can_cu": d.CanCu, "kinh_gui": d.KinhGui, "noi_nhan": d.NoiNhan, "luu": d.Luu} {
		for i, it := range list {
			out = append(out, pt{name + "[" + strconv.Itoa(i) + "]", it})
		}
	}
	return out
}

// checkText rejects text a DOCX cannot hold: invalid UTF-8 and the
// control characters XML 1.0 forbids.
func checkText(dg *diagnoser, d *Document) {
	for _, f := range textFields(d) {
		for i, r := range f.text {
			if r < 0x20 || r >= 0xD800 {
				if r == utf8.RuneError && !strings.HasPrefix(f.text[i:], "\uFFFD") {
					dg.errorf(rules.TopicInput, f.path, msgBadUTF8)
					break
				}
				if forbiddenInXML(r) {
					dg.errorf(rules.TopicInput, f.path, msgControlChar, r, utf8.RuneCountInString(f.text[:i])+1)
					break
				}
			}
		}
	}
	if len(d.NoiDung) > MaxBodySize {
		dg.errorf(rules.TopicInput, "noi_dung", msgBodyTooLarge, float64(len(d.NoiDung))/(1<<20), MaxBodySize>>20)
	}
}

func forbiddenInXML(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20, r == 0xFFFE, r == 0xFFFF, r >= 0xD800 && r <= 0xDFFF:
		return true
	}
	return false
}

// structValidator is the go-playground validator with Vietnamese and
// English translations, built once.
var structValidator = sync.OnceValues(func() (*validator.Validate, [2]ut.Translator) {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		return name
	})
	uni := ut.New(vi.New(), vi.New(), en.New())
	tvi, _ := uni.GetTranslator("vi")
	ten, _ := uni.GetTranslator("en")
	if err := vitrans.RegisterDefaultTranslations(v, tvi); err != nil {
		panic(err)
	}
	if err := entrans.RegisterDefaultTranslations(v, ten); err != nil {
		panic(err)
	}
	return v, [2]ut.Translator{tvi, ten}
})

// fieldRules ties the struct-tag checks to the articles they enforce.
var fieldRules = map[string]rules.Topic{
	"loai":            rules.TopicKinds,
	"co_quan":         rules.TopicAgency,
	"so":              rules.TopicNumber,
	"ky_hieu":         rules.TopicNumber,
	"dia_danh":        rules.TopicDate,
	"noi_dung":        rules.TopicBody,
	"nguoi_ky.ho_ten": rules.TopicSigner,
}

// checkStruct runs the struct tags (required fields, number range).
func checkStruct(dg *diagnoser, d *Document) {
	v, trans := structValidator()
	err := v.Struct(d)
	var verrs validator.ValidationErrors
	if !errors.As(err, &verrs) {
		return
	}
	for _, fe := range verrs {
		_, path, _ := strings.Cut(fe.Namespace(), ".")
		topic, ok := fieldRules[path]
		if !ok {
			topic = rules.TopicInput
		}
		msg := fe.Translate(trans[dg.lang])
		if fe.Tag() == "required" {
			msg += catalog[msgRequiredHint][dg.lang]
		}
		dg.errorf(topic, path, msgRaw, msg)
	}
}

// checkNumber checks số and ký hiệu (Phụ lục I, II.3; Phụ lục III).
func checkNumber(dg *diagnoser, p *prepared, c config) {
	d := &p.doc
	if d.So == 0 {
		if c.issued {
			dg.errorf(rules.TopicNumber, "so", msgNoNumberIssued)
		} else {
			dg.add(SeverityInfo, rules.TopicNumber, "so", msgDraftNumber)
		}
	}
	kh := d.KyHieu
	if kh == "" {
		return
	}
	rs := p.rs
	// Split the ký hiệu into the kind's abbreviation (when the kind has
	// one) and the agency part. State documents join every group with "-"
	// (QĐ-UBND, SVHTTDL-QLVHGĐ); Party documents put "/" between the kind
	// and the agency (CV/ĐU).
	var groups []string
	switch {
	case strings.HasPrefix(kh, "/") || strings.HasPrefix(strings.ToLower(kh), "số"):
		fixed, so := splitWholeNumber(rs, kh)
		dg.errorf(rules.TopicNumber, "ky_hieu", msgKyHieuWhole, kh, fixed, rs.NumberLine(so, fixed))
		return
	case strings.ContainsAny(kh, " \t\n"):
		dg.errorf(rules.TopicNumber, "ky_hieu", msgKyHieuSpace, kh, strings.Join(strings.Fields(kh), ""))
		return
	case rs.KyHieuSep == "-" && strings.Contains(kh, "/"):
		dg.errorf(rules.TopicNumber, "ky_hieu", msgKyHieuSlash, kh, strings.ReplaceAll(kh, "/", "-"))
		return
	case rs.KyHieuSep == "/" && !strings.Contains(kh, "/"):
		fixed := kh
		if p.kind != nil {
			if first, rest, ok := strings.Cut(kh, "-"); ok && first == p.kind.Abbr {
				fixed = rs.KyHieu(first, rest)
			} else {
				fixed = rs.KyHieu(p.kind.Abbr, kh)
			}
		}
		dg.errorf(rules.TopicNumber, "ky_hieu", msgKyHieuPartyForm, kh, fixed, rs.NumberLine(d.So, fixed))
		return
	case rs.KyHieuSep == "/":
		kind, agency, _ := strings.Cut(kh, "/")
		groups = []string{kind, agency}
	default:
		groups = strings.Split(kh, "-")
	}
	for _, g := range groups {
		if g == "" {
			dg.errorf(rules.TopicNumber, "ky_hieu", msgKyHieuEmptyGroup, kh)
			return
		}
	}
	k := p.kind
	if k == nil {
		return
	}
	if k.Abbr == "" {
		if other := rs.KindByAbbr(groups[0]); other != nil {
			dg.errorf(rules.TopicAbbr, "ky_hieu", msgKyHieuCongVanAbbr, kh, k.Name, other.Abbr, other.Name, strings.Join(groups[1:], "-"))
			return
		}
		if len(groups) < 2 {
			dg.errorf(rules.TopicNumber, "ky_hieu", msgKyHieuCongVanShort, kh, k.Name)
		}
		return
	}
	if groups[0] != k.Abbr {
		// The first group stands where the kind's abbreviation belongs;
		// with a single group, that group is the agency.
		agency := strings.Join(groups[1:], rs.KyHieuSep)
		if len(groups) == 1 {
			agency = kh
		}
		dg.errorf(rules.TopicAbbr, "ky_hieu", msgKyHieuAbbr, kh, k.Name, k.Abbr, rs.KyHieu(k.Abbr, agency))
		return
	}
	if len(groups) < 2 {
		dg.errorf(rules.TopicNumber, "ky_hieu", msgKyHieuNoAgency, kh, k.Abbr, rs.KyHieuSep)
	}
}

// splitWholeNumber reads a whole number line written into ky_hieu
// ("Số: 05/CV-ĐU") and returns the ký hiệu in the rule set's form and
// the number, so the message can show what to write.
func splitWholeNumber(rs *rules.RuleSet, kh string) (string, int) {
	rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(kh, "Số"), "số"))
	rest = strings.TrimSpace(strings.TrimPrefix(rest, ":"))
	i := 0
	for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	so, _ := strconv.Atoi(rest[:i])
	rest = strings.TrimLeft(rest[i:], " /-")
	if rs.KyHieuSep == "/" {
		if !strings.Contains(rest, "/") {
			rest = strings.Replace(rest, "-", "/", 1)
		}
	} else {
		rest = strings.ReplaceAll(rest, "/", "-")
	}
	return rest, so
}

// checkDate checks địa danh and the date (Phụ lục I, II.4).
func checkDate(dg *diagnoser, p *prepared, c config) {
	d := &p.doc
	if d.DiaDanh != "" {
		if r, _ := utf8.DecodeRuneInString(d.DiaDanh); unicode.IsLower(r) {
			dg.add(SeverityWarning, rules.TopicDate, "dia_danh", msgPlaceLower, d.DiaDanh)
		}
	}
	switch {
	case d.Ngay.IsZero():
		dg.errorf(rules.TopicDate, "ngay", msgNoDate)
	case !d.Ngay.Valid():
		dg.errorf(rules.TopicDate, "ngay", msgBadDay, d.Ngay.String())
	case d.Ngay.IsDraft() && c.issued:
		dg.errorf(rules.TopicDate, "ngay", msgDraftDateIssued, d.Ngay.Year)
	case d.Ngay.IsDraft():
		dg.add(SeverityInfo, rules.TopicDate, "ngay", msgDraftDate, d.Ngay.Year)
	}
}

// checkKind checks the elements a kind requires or forbids.
func checkKind(dg *diagnoser, p *prepared) {
	d, k := &p.doc, p.kind
	if k.NeedsTrichYeu && d.TrichYeu == "" {
		dg.errorf(rules.TopicTitle, "trich_yeu", msgNeedTrichYeu, k.Name)
	}
	if k.Layout == rules.LayoutCongVan {
		// "V/v" is printed by the renderer; tolerate it in the input.
		if t := strings.TrimSpace(strings.TrimPrefix(d.TrichYeu, "V/v")); t != d.TrichYeu {
			d.TrichYeu = t
		}
	}
	if k.NeedsThamQuyen && d.ThamQuyen == "" {
		dg.errorf(rules.TopicThamQuyen, "tham_quyen", msgNeedThamQuyen, k.Name, k.Mau)
	}
	if !k.NeedsThamQuyen && d.ThamQuyen != "" {
		dg.errorf(rules.TopicThamQuyen, "tham_quyen", msgNoThamQuyen, k.Name)
	}
	if k.NeedsKinhGui && len(d.KinhGui) == 0 {
		dg.errorf(rules.TopicRecipients, "kinh_gui", msgNeedKinhGui, k.Name)
	}
	if !k.KinhGuiAllowed && len(d.KinhGui) > 0 {
		dg.errorf(rules.TopicRecipients, "kinh_gui", msgNoKinhGui, k.Name)
	}
	if k.Layout == rules.LayoutCongVan && len(d.CanCu) > 0 {
		dg.errorf(rules.TopicCanCu, "can_cu", msgNoCanCu, k.Name)
	}
	if (k.Layout == rules.LayoutQuyetDinh || k.Layout == rules.LayoutNghiQuyet) && len(d.CanCu) == 0 {
		dg.add(SeverityWarning, rules.TopicCanCu, "can_cu", msgWantCanCu, k.Name, k.Mau)
	}
	for i, it := range d.CanCu {
		if rules.TrimItem(it) == "" {
			dg.errorf(rules.TopicCanCu, "can_cu["+strconv.Itoa(i)+"]", msgEmptyItem)
		}
	}
	for i, it := range d.KinhGui {
		if rules.TrimItem(it) == "" {
			dg.errorf(rules.TopicRecipients, "kinh_gui["+strconv.Itoa(i)+"]", msgEmptyItem)
		}
	}
}

// checkBody parses the Markdown body and checks its structure (Phụ lục I,
// II.6.d–đ).
func checkBody(dg *diagnoser, p *prepared) {
	if p.doc.NoiDung == "" || len(p.doc.NoiDung) > MaxBodySize {
		return
	}
	body, err := markdown.Parse([]byte(p.doc.NoiDung))
	if err != nil {
		dg.errorf(rules.TopicBody, "noi_dung", msgRaw, err.Error())
		return
	}
	p.body = body
	for _, b := range body.Blocks {
		if b.Kind != markdown.Heading || b.Heading == markdown.PlainHeading {
			continue
		}
		name := b.Heading.String()
		if strings.TrimSpace(b.Title) == "" {
			dg.errorf(rules.TopicHeadings, "noi_dung", msgNeedTitle, name, b.Number, b.Line)
		}
		switch b.Heading {
		case markdown.Part, markdown.Chapter:
			if !isRoman(b.Number) && !strings.HasPrefix(b.Number, "thứ") {
				dg.add(SeverityWarning, rules.TopicHeadings, "noi_dung", msgWantRoman, name, b.Number, b.Line)
			}
		case markdown.Section, markdown.Subsection, markdown.Article:
			if _, err := strconv.Atoi(b.Number); err != nil {
				dg.add(SeverityWarning, rules.TopicHeadings, "noi_dung", msgWantArabic, name, b.Number, b.Line)
			}
		}
	}
}

func isRoman(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("IVXLCDM", r) {
			return false
		}
	}
	return true
}

// academicTitles may not stand before the signer's name (Phụ lục I,
// II.7.c).
var academicTitles = []string{"GS.", "PGS.", "TS.", "ThS.", "KS.", "BS.", "GS ", "PGS ", "TS ", "ThS "}

// checkSigner checks the signature block (Phụ lục I, II.7).
func checkSigner(dg *diagnoser, p *prepared) {
	s := &p.doc.NguoiKy
	rs := p.rs
	if s.QuyenHan == "" && s.ThayMat != "" {
		s.QuyenHan = "TM"
	}
	if s.QuyenHan != "" {
		p.auth = rs.Authority(s.QuyenHan)
		if p.auth == nil {
			codes := make([]string, len(rs.Authorities))
			for i, a := range rs.Authorities {
				codes[i] = a.Prefix
			}
			dg.errorf(rules.TopicSigner, "nguoi_ky.quyen_han", msgBadAuthority, s.QuyenHan, strings.Join(codes, ", "))
			return
		}
	}
	a := p.auth
	switch {
	case a != nil && a.Collective && s.ThayMat == "":
		dg.errorf(rules.TopicSigner, "nguoi_ky.thay_mat", msgNeedThayMat, a.Prefix)
	case a != nil && a.Collective && s.CapTruong != "":
		dg.errorf(rules.TopicSigner, "nguoi_ky.cap_truong", msgTMNoHead)
	case a != nil && a.NeedsHead && s.CapTruong == "":
		dg.errorf(rules.TopicSigner, "nguoi_ky.cap_truong", msgNeedHead, a.Prefix, a.Name)
	case a == nil && s.CapTruong != "":
		dg.errorf(rules.TopicSigner, "nguoi_ky.cap_truong", msgHeadNoAuthority)
	}
	if s.ChucVu == "" && (a == nil || a.Code != "Q") {
		dg.errorf(rules.TopicSigner, "nguoi_ky.chuc_vu", msgNeedChucVu)
	}
	for _, t := range academicTitles {
		if strings.HasPrefix(s.HoTen, t) {
			dg.add(SeverityWarning, rules.TopicSigner, "nguoi_ky.ho_ten", msgAcademicTitle, strings.TrimSpace(t))
			break
		}
	}
}

// checkRecipients checks the Nơi nhận list and the Lưu line (Phụ lục I,
// II.9), and splits a "Lưu: …" line written inside noi_nhan.
func checkRecipients(dg *diagnoser, p *prepared) {
	d := &p.doc
	for i, it := range d.NoiNhan {
		t := rules.TrimItem(it)
		path := "noi_nhan[" + strconv.Itoa(i) + "]"
		if rest, ok := cutLuu(t); ok {
			if len(d.Luu) > 0 {
				dg.errorf(rules.TopicRecipients, path, msgLuuTwice)
				continue
			}
			if i != len(d.NoiNhan)-1 {
				dg.errorf(rules.TopicRecipients, path, msgLuuNotLast)
			}
			p.luu = strings.Split(rest, ",")
			continue
		}
		if t == "" {
			dg.errorf(rules.TopicRecipients, path, msgEmptyItem)
			continue
		}
		p.noi = append(p.noi, t)
	}
	if len(d.Luu) > 0 {
		p.luu = d.Luu
	}
	if len(p.noi) == 0 && len(p.luu) == 0 {
		dg.errorf(rules.TopicRecipients, "noi_nhan", msgNeedNoiNhan)
		return
	}
	units := 0
	for _, u := range p.luu {
		u = strings.Trim(strings.TrimSpace(u), " ,;.")
		if u != "" && u != p.rs.LuuFirst {
			units++
		}
	}
	if units == 0 {
		dg.add(SeverityWarning, rules.TopicRecipients, "luu", msgLuuNoUnit, p.rs.LuuFirst)
	}
	if len(d.KinhGui) > 0 && (len(p.noi) == 0 || !strings.HasPrefix(strings.ToLower(p.noi[0]), "như trên")) {
		dg.add(SeverityWarning, rules.TopicRecipients, "noi_nhan", msgWantNhuTren)
	}
}

// cutLuu recognises "Lưu: VT, X" / "Lưu VT, X" and returns what follows.
func cutLuu(s string) (string, bool) {
	rest, ok := strings.CutPrefix(s, "Lưu")
	if !ok || (rest != "" && !strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, " ")) {
		return "", false
	}
	return strings.TrimSpace(strings.TrimPrefix(rest, ":")), true
}

// checkLayout checks trình bày overrides against the legal ranges and
// resolves the defaults.
func checkLayout(dg *diagnoser, p *prepared) {
	t := p.doc.TrinhBay
	rs := p.rs
	pick := func(path string, v float64, r rules.Range, topic rules.Topic, unit string) float64 {
		if v == 0 {
			return r.Default
		}
		if !r.Contains(v) {
			dg.errorf(topic, "trinh_bay."+path, msgOutOfRange, fmtNum(v), unit, fmtNum(r.Min), fmtNum(r.Max), unit)
			return r.Default
		}
		return v
	}
	body := rs.Style(rules.NoiDung)
	p.layout = resolvedLayout{
		top:    pick("le_tren", t.LeTren, rs.Page.Top, rules.TopicMargins, "mm"),
		bottom: pick("le_duoi", t.LeDuoi, rs.Page.Bottom, rules.TopicMargins, "mm"),
		left:   pick("le_trai", t.LeTrai, rs.Page.Left, rules.TopicMargins, "mm"),
		right:  pick("le_phai", t.LePhai, rs.Page.Right, rules.TopicMargins, "mm"),
		size:   pick("co_chu", t.CoChu, rules.Range{Min: body.Min, Max: body.Max, Default: body.Size}, rules.TopicBody, "pt"),
		line:   pick("gian_dong", t.GianDong, rs.Body.LineSpacing, rules.TopicBody, ""),
		before: pick("cach_doan", t.CachDoan, rs.Body.SpacingBeforePt, rules.TopicBody, "pt"),
		indent: pick("thut_dau_dong", t.ThutDauDong, rs.Body.FirstLineCM, rules.TopicBody, "cm"),
	}
}

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func theThucNames() string {
	var names []string
	for _, rs := range rules.All() {
		names = append(names, rs.TheThuc)
	}
	for n := range rules.Planned {
		names = append(names, n)
	}
	return strings.Join(names, ", ")
}

// sortDiagnostics orders findings by line, then column, keeping the
// order of findings at the same place.
func sortDiagnostics(ds Diagnostics) Diagnostics {
	out := append(Diagnostics(nil), ds...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Line != out[j].Line {
			return out[i].Line < out[j].Line
		}
		return out[i].Column < out[j].Column
	})
	return out
}
