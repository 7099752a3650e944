package rules

// Topic names what a rule is about. Topics are shared by every rule set;
// each maps a topic to its own rule ID and article.
type Topic string

// The topics.
const (
	TopicKinds      Topic = "kinds"       // the kinds of document
	TopicPage       Topic = "page"        // paper size and orientation
	TopicMargins    Topic = "margins"     // page margins
	TopicFont       Topic = "font"        // typeface and colour
	TopicPageNumber Topic = "page_number" // page numbers
	TopicHeader     Topic = "header"      // Quốc hiệu và Tiêu ngữ, or the Party tiêu đề
	TopicAgency     Topic = "agency"      // tên cơ quan ban hành
	TopicNumber     Topic = "number"      // số và ký hiệu
	TopicDate       Topic = "date"        // địa danh và thời gian
	TopicTitle      Topic = "title"       // tên loại và trích yếu
	TopicCanCu      Topic = "can_cu"      // căn cứ ban hành
	TopicHeadings   Topic = "headings"    // phần, chương, mục, điều and their titles
	TopicBody       Topic = "body"        // trình bày nội dung
	TopicSigner     Topic = "signer"      // quyền hạn, chức vụ, họ tên
	TopicRecipients Topic = "recipients"  // Kính gửi and Nơi nhận
	TopicThamQuyen  Topic = "tham_quyen"  // the thẩm quyền ban hành line
	TopicAbbr       Topic = "abbr"        // kind abbreviations
	TopicOptional   Topic = "optional"    // optional elements
	TopicInput      Topic = "input"       // the input file itself (not a legal rule)
	TopicTemplate   Topic = "template"    // a templated field (mẫu trộn văn bản; not a legal rule)
	TopicData       Topic = "data"        // a data table of a mail merge (not a legal rule)
	TopicDoMat      Topic = "do_mat"      // dấu chỉ độ mật (ô 10a)
	TopicDoKhan     Topic = "do_khan"     // dấu chỉ mức độ khẩn (ô 10b)
	TopicLuuHanh    Topic = "luu_hanh"    // chỉ dẫn về phạm vi lưu hành (ô 11)
	TopicSoanThao   Topic = "soan_thao"   // ký hiệu người soạn thảo và số lượng bản (ô 12)
	TopicLienHe     Topic = "lien_he"     // địa chỉ, thông tin liên hệ (ô 13)
	TopicForm       Topic = "form"        // the structured lines of mẫu 1.6–1.10
)

// The optional elements of ô 10–13 (Phụ lục I, Phần I, Mục III, with the
// sizes of Mục V). HD 36 takes the same values, unconfirmed.
var (
	styleStamp    = Style{Size: 13, Min: 13, Max: 14, Bold: true, Upper: true}
	styleSoanThao = Style{Size: 11, Min: 11, Max: 11}
	styleLienHe   = Style{Size: 11, Min: 11, Max: 12}
	stamps        = map[Element]*Stamp{DoMat: stampDoMat, DoKhan: stampDoKhan, PhamViLuuHanh: stampLuuHanh}
	// soanThaoForm prints ô 12 from the ký hiệu and the count: "PL.(300)".
	soanThaoForm  = "%s.(%s)"
	contactLabels = Contact{Address: "Địa chỉ: ", Phone: "ĐT: ", Fax: "Fax: ", Email: "E-Mail: ", Website: "Website: ",
		Join: ", ", RulePt: 0.75}
)

// Levels of the dấu chỉ độ mật: the Luật Bảo vệ bí mật nhà nước names
// them; the stamps' sizes are not in the decree, so the box fits the
// text.
var levelsDoMat = []Level{
	{Code: "TUYET_MAT", Text: "TUYỆT MẬT"},
	{Code: "TOI_MAT", Text: "TỐI MẬT"},
	{Code: "MAT", Text: "MẬT"},
}

// Levels of the dấu chỉ mức độ khẩn with the sizes of the pre-made
// stamps (Phụ lục I, Phần I, Mục III, khoản 2, điểm b).
var levelsDoKhan = []Level{
	{Code: "HOA_TOC", Text: "HỎA TỐC", Inputs: []string{"HOẢ TỐC"}, WidthMM: 30},
	{Code: "THUONG_KHAN", Text: "THƯỢNG KHẨN", WidthMM: 40},
	{Code: "KHAN", Text: "KHẨN", WidthMM: 20},
}

// The boxes of ô 10a, 10b and 11. Stamps are 8 mm high (III.2.b); red
// ink (đỏ tươi) for the khẩn stamp by III.2.b and for the độ mật one by
// Thông tư 24/2020/TT-BCA ("mực màu đỏ", as quoted by secondary
// sources); the phạm vi lưu hành box is printed in the text colour.
var (
	stampDoMat   = &Stamp{Cell: "10a", HeightMM: 8, PadMM: 3, BorderPt: 0.75, Color: "FF0000", Levels: levelsDoMat}
	stampDoKhan  = &Stamp{Cell: "10b", HeightMM: 8, PadMM: 3, BorderPt: 0.75, Color: "FF0000", Levels: levelsDoKhan}
	stampLuuHanh = &Stamp{Cell: "11", HeightMM: 8, PadMM: 3, BorderPt: 0.75}
)

const nd30 = "Nghị định 30/2020/NĐ-CP"

func nd30Rule(id, vi, en string) Rule {
	return Rule{ID: id, ArticleVI: nd30 + ", " + vi, ArticleEN: "Decree 30/2020/ND-CP, " + en}
}

// ND30 is the rule set of Nghị định 30/2020/NĐ-CP for văn bản hành chính
// (Phụ lục I and III). Sizes are those of the decree's own illustration
// table (Phụ lục I, Mục V) inside the ranges of Mục II.
var ND30 = &RuleSet{
	ID:      "nd30-2020",
	TheThuc: "nha-nuoc",
	Name:    nd30,
	Font:    "Times New Roman",
	Color:   "000000",
	Page: Page{
		WidthMM: 210, HeightMM: 297,
		Top:    Range{Min: 20, Max: 25, Default: 20},
		Bottom: Range{Min: 20, Max: 25, Default: 20},
		Left:   Range{Min: 30, Max: 35, Default: 30},
		Right:  Range{Min: 15, Max: 20, Default: 15},
		// The page number sits in the top margin: the header is 10 mm
		// from the edge, inside the 20 mm margin.
		HeaderMM:                10,
		PageNumberHiddenOnFirst: true,
	},
	Body: Body{
		LineSpacing:     Range{Min: 1, Max: 1.5, Default: 1},
		SpacingBeforePt: Range{Min: 6, Max: 24, Default: 6},
		FirstLineCM:     Range{Min: 1, Max: 1.27, Default: 1.27},
		EndMark:         "./.",
	},
	Header: Header{
		Title:        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		Motto:        "Độc lập - Tự do - Hạnh phúc",
		AgencyRule:   0.4,
		LeftColumn:   0.39,
		SignatureCol: 0.45,
	},
	NumberPrefix: "Số: ",
	NumberJoin:   "/",
	KyHieuSep:    "-",
	VV:           "V/v ",
	NoiNhanLabel: "Nơi nhận:",
	NoiNhanEnd:   ";",
	LuuPrefix:    "Lưu: ",
	LuuFirst:     "VT",
	Styles: map[Element]Style{
		QuocHieu:        {Size: 12, Min: 12, Max: 13, Bold: true, Upper: true},
		TieuNgu:         {Size: 13, Min: 13, Max: 14, Bold: true},
		CoQuanChuQuan:   {Size: 12, Min: 12, Max: 13, Upper: true},
		CoQuan:          {Size: 12, Min: 12, Max: 13, Bold: true, Upper: true},
		SoKyHieu:        {Size: 13, Min: 13, Max: 13},
		DiaDanhNgay:     {Size: 13, Min: 13, Max: 14, Italic: true},
		TenLoai:         {Size: 14, Min: 13, Max: 14, Bold: true, Upper: true},
		TrichYeu:        {Size: 14, Min: 13, Max: 14, Bold: true},
		TrichYeuCongVan: {Size: 12, Min: 12, Max: 13},
		ThamQuyen:       {Size: 14, Min: 13, Max: 14, Bold: true, Upper: true},
		CanCu:           {Size: 14, Min: 13, Max: 14, Italic: true},
		LoiVan:          {Size: 14, Min: 13, Max: 14, Bold: true, Upper: true},
		NoiDung:         {Size: 14, Min: 13, Max: 14},
		PhanChuong:      {Size: 14, Min: 13, Max: 14, Bold: true},
		TieuDe:          {Size: 14, Min: 13, Max: 14, Bold: true, Upper: true},
		Dieu:            {Size: 14, Min: 13, Max: 14, Bold: true},
		KinhGui:         {Size: 14, Min: 13, Max: 14},
		QuyenHan:        {Size: 14, Min: 13, Max: 14, Bold: true, Upper: true},
		HoTen:           {Size: 14, Min: 13, Max: 14, Bold: true},
		NoiNhanNhan:     {Size: 12, Min: 12, Max: 12, Bold: true, Italic: true},
		NoiNhanDanhSach: {Size: 11, Min: 11, Max: 11},
		SoTrang:         {Size: 14, Min: 13, Max: 14},
		ChuThich:        {Size: 10, Min: 10, Max: 12},
		Bang:            {Size: 13, Min: 11, Max: 14},
		DoMat:           styleStamp,
		DoKhan:          styleStamp,
		PhamViLuuHanh:   styleStamp,
		SoanThao:        styleSoanThao,
		LienHe:          styleLienHe,
		PhuLucSo:        stylePhuLucSo,
		PhuLucTen:       stylePhuLucTen,
		PhuLucKemTheo:   stylePhuLucKemTheo,
		HinhThucSao:     styleHinhThucSao,
	},
	Appendix:     appendixND30,
	Signing:      signingND30,
	Copy:         copyND30,
	Stamps:       stamps,
	SoanThao:     soanThaoForm,
	SoanThaoName: [2]string{"ký hiệu người soạn thảo", "drafter's initials"},
	Contact:      contactLabels,
	Authorities: []Authority{
		{Code: "TM", Inputs: []string{"TM", "T/M"}, Prefix: "TM.", Name: "thay mặt", Collective: true},
		{Code: "KT", Inputs: []string{"KT", "K/T"}, Prefix: "KT.", Name: "ký thay", NeedsHead: true},
		{Code: "Q", Inputs: []string{"Q"}, Prefix: "Q.", Name: "quyền", NeedsHead: true},
		{Code: "TL", Inputs: []string{"TL", "T/L"}, Prefix: "TL.", Name: "thừa lệnh", NeedsHead: true},
		{Code: "TUQ", Inputs: []string{"TUQ", "T/UQ"}, Prefix: "TUQ.", Name: "thừa ủy quyền", NeedsHead: true},
	},
	Kinds: []Kind{
		{Slug: "nghi-quyet", Name: "Nghị quyết", Abbr: "NQ", Mau: "1.1", Layout: LayoutNghiQuyet, LoiVan: "QUYẾT NGHỊ:", NeedsThamQuyen: true, NeedsTrichYeu: true},
		{Slug: "quyet-dinh", Name: "Quyết định", Abbr: "QĐ", Mau: "1.2", Layout: LayoutQuyetDinh, LoiVan: "QUYẾT ĐỊNH:", NeedsThamQuyen: true, NeedsTrichYeu: true},
		{Slug: "chi-thi", Name: "Chỉ thị", Abbr: "CT", Mau: "1.4", NeedsTrichYeu: true},
		{Slug: "quy-che", Name: "Quy chế", Abbr: "QC", Mau: "1.4", NeedsTrichYeu: true},
		{Slug: "quy-dinh", Name: "Quy định", Abbr: "QyĐ", Mau: "1.4", NeedsTrichYeu: true},
		{Slug: "thong-cao", Name: "Thông cáo", Abbr: "TC", Mau: "1.4", NeedsTrichYeu: true},
		{Slug: "thong-bao", Name: "Thông báo", Abbr: "TB", Mau: "1.4", NeedsTrichYeu: true},
		{Slug: "huong-dan", Name: "Hướng dẫn", Abbr: "HD", Mau: "1.4", NeedsTrichYeu: true},
		{Slug: "chuong-trinh", Name: "Chương trình", Abbr: "CTr", Mau: "1.4", NeedsTrichYeu: true},
		{Slug: "ke-hoach", Name: "Kế hoạch", Abbr: "KH", Mau: "1.4", NeedsTrichYeu: true},
		{Slug: "phuong-an", Name: "Phương án", Abbr: "PA", Mau: "1.4", NeedsTrichYeu: true},
		{Slug: "de-an", Name: "Đề án", Abbr: "ĐA", Mau: "1.4", NeedsTrichYeu: true},
		{Slug: "du-an", Name: "Dự án", Abbr: "DA", Mau: "1.4", NeedsTrichYeu: true},
		{Slug: "bao-cao", Name: "Báo cáo", Abbr: "BC", Mau: "1.4", KinhGuiAllowed: true, NeedsTrichYeu: true},
		{Slug: "bien-ban", Name: "Biên bản", Abbr: "BB", Mau: "1.9", NeedsTrichYeu: true, Form: FormBienBan},
		{Slug: "to-trinh", Name: "Tờ trình", Abbr: "TTr", Mau: "1.4", KinhGuiAllowed: true, NeedsTrichYeu: true},
		{Slug: "hop-dong", Name: "Hợp đồng", Abbr: "HĐ", Mau: "1.4", NeedsTrichYeu: true},
		{Slug: "cong-van", Name: "Công văn", Mau: "1.5", Layout: LayoutCongVan, NeedsKinhGui: true, KinhGuiAllowed: true, NeedsTrichYeu: true},
		{Slug: "cong-dien", Name: "Công điện", Abbr: "CĐ", Mau: "1.6", NeedsKinhGui: true, KinhGuiAllowed: true, NeedsTrichYeu: true, Form: FormCongDien},
		{Slug: "ban-ghi-nho", Name: "Bản ghi nhớ", Abbr: "BGN", Mau: "1.4", NeedsTrichYeu: true},
		{Slug: "ban-thoa-thuan", Name: "Bản thỏa thuận", Abbr: "BTT", Mau: "1.4", NeedsTrichYeu: true},
		{Slug: "giay-uy-quyen", Name: "Giấy ủy quyền", Abbr: "GUQ", Mau: "1.4"},
		{Slug: "giay-moi", Name: "Giấy mời", Abbr: "GM", Mau: "1.7", NeedsTrichYeu: true, Form: FormGiayMoi},
		{Slug: "giay-gioi-thieu", Name: "Giấy giới thiệu", Abbr: "GGT", Mau: "1.8", Form: FormGiayGioiThieu},
		{Slug: "giay-nghi-phep", Name: "Giấy nghỉ phép", Abbr: "GNP", Mau: "1.10", Form: FormGiayNghiPhep},
		{Slug: "phieu-gui", Name: "Phiếu gửi", Abbr: "PG", Mau: "1.4"},
		{Slug: "phieu-chuyen", Name: "Phiếu chuyển", Abbr: "PC", Mau: "1.4"},
		{Slug: "phieu-bao", Name: "Phiếu báo", Abbr: "PB", Mau: "1.4"},
		{Slug: "thu-cong", Name: "Thư công", Mau: "1.5", Layout: LayoutCongVan, KinhGuiAllowed: true},
	},
	Rules: map[Topic]Rule{
		TopicKinds:      nd30Rule("ND30.D7", "Điều 7", "Article 7"),
		TopicPage:       nd30Rule("ND30.PL1.I.1", "Phụ lục I, Phần I, Mục I, khoản 1–2", "Appendix I, Part I, Section I, clauses 1–2"),
		TopicMargins:    nd30Rule("ND30.PL1.I.3", "Phụ lục I, Phần I, Mục I, khoản 3", "Appendix I, Part I, Section I, clause 3"),
		TopicFont:       nd30Rule("ND30.PL1.I.4", "Phụ lục I, Phần I, Mục I, khoản 4", "Appendix I, Part I, Section I, clause 4"),
		TopicPageNumber: nd30Rule("ND30.PL1.I.7", "Phụ lục I, Phần I, Mục I, khoản 7", "Appendix I, Part I, Section I, clause 7"),
		TopicHeader:     nd30Rule("ND30.PL1.II.1", "Phụ lục I, Phần I, Mục II, khoản 1", "Appendix I, Part I, Section II, clause 1"),
		TopicAgency:     nd30Rule("ND30.PL1.II.2", "Phụ lục I, Phần I, Mục II, khoản 2", "Appendix I, Part I, Section II, clause 2"),
		TopicNumber:     nd30Rule("ND30.PL1.II.3", "Phụ lục I, Phần I, Mục II, khoản 3", "Appendix I, Part I, Section II, clause 3"),
		TopicDate:       nd30Rule("ND30.PL1.II.4", "Phụ lục I, Phần I, Mục II, khoản 4", "Appendix I, Part I, Section II, clause 4"),
		TopicTitle:      nd30Rule("ND30.PL1.II.5", "Phụ lục I, Phần I, Mục II, khoản 5", "Appendix I, Part I, Section II, clause 5"),
		TopicCanCu:      nd30Rule("ND30.PL1.II.6.a", "Phụ lục I, Phần I, Mục II, khoản 6, điểm a", "Appendix I, Part I, Section II, clause 6(a)"),
		TopicHeadings:   nd30Rule("ND30.PL1.II.6.d", "Phụ lục I, Phần I, Mục II, khoản 6, điểm d", "Appendix I, Part I, Section II, clause 6(d)"),
		TopicBody:       nd30Rule("ND30.PL1.II.6.e", "Phụ lục I, Phần I, Mục II, khoản 6, điểm e", "Appendix I, Part I, Section II, clause 6(e)"),
		TopicSigner:     nd30Rule("ND30.PL1.II.7", "Phụ lục I, Phần I, Mục II, khoản 7", "Appendix I, Part I, Section II, clause 7"),
		TopicRecipients: nd30Rule("ND30.PL1.II.9", "Phụ lục I, Phần I, Mục II, khoản 9", "Appendix I, Part I, Section II, clause 9"),
		TopicThamQuyen:  nd30Rule("ND30.PL3.1.1", "Phụ lục III, Mẫu 1.1–1.3", "Appendix III, forms 1.1–1.3"),
		TopicAbbr:       nd30Rule("ND30.PL3.I", "Phụ lục III, Phần I (bảng chữ viết tắt tên loại)", "Appendix III, Part I (kind abbreviations)"),
		TopicOptional:   nd30Rule("ND30.PL1.III", "Phụ lục I, Phần I, Mục III", "Appendix I, Part I, Section III"),
		TopicDoMat:      nd30Rule("ND30.PL1.III.2.a", "Phụ lục I, Phần I, Mục III, khoản 2, điểm a (dấu chỉ độ mật, ô 10a)", "Appendix I, Part I, Section III, clause 2(a) (secrecy mark, cell 10a)"),
		TopicDoKhan:     nd30Rule("ND30.PL1.III.2.b", "Phụ lục I, Phần I, Mục III, khoản 2, điểm b (dấu chỉ mức độ khẩn, ô 10b)", "Appendix I, Part I, Section III, clause 2(b) (urgency mark, cell 10b)"),
		TopicLuuHanh:    nd30Rule("ND30.PL1.III.2.c", "Phụ lục I, Phần I, Mục III, khoản 2, điểm c (chỉ dẫn về phạm vi lưu hành, ô 11)", "Appendix I, Part I, Section III, clause 2(c) (circulation notice, cell 11)"),
		TopicSoanThao:   nd30Rule("ND30.PL1.III.3", "Phụ lục I, Phần I, Mục III, khoản 3 (ký hiệu người soạn thảo và số lượng bản, ô 12)", "Appendix I, Part I, Section III, clause 3 (drafter's initials and number of copies, cell 12)"),
		TopicLienHe:     nd30Rule("ND30.PL1.III.4", "Phụ lục I, Phần I, Mục III, khoản 4 (địa chỉ, thông tin liên hệ, ô 13)", "Appendix I, Part I, Section III, clause 4 (address and contact details, cell 13)"),
		TopicForm:       nd30Rule("ND30.PL3.1.6-1.10", "Phụ lục III, Mẫu 1.6–1.10 (công điện, giấy mời, giấy giới thiệu, biên bản, giấy nghỉ phép)", "Appendix III, forms 1.6–1.10 (official telegram, invitation, letter of introduction, minutes, leave permit)"),
		TopicPhuLuc:     nd30Rule("ND30.PL1.III.1", "Phụ lục I, Phần I, Mục III, khoản 1 (phụ lục; Phụ lục III, Mẫu 2.1–2.2)", "Appendix I, Part I, Section III, clause 1 (appendices; Appendix III, forms 2.1–2.2)"),
		TopicBanSao:     nd30Rule("ND30.PL1.P2", "Điều 25–26 và Phụ lục I, Phần II (bản sao; Phụ lục III, Mẫu 3.1)", "Articles 25–26 and Appendix I, Part II (copies; Appendix III, form 3.1)"),
		TopicChuKy:      nd30Rule("ND30.PL1.II.7.d", "Phụ lục I, Phần I, Mục II, khoản 7, điểm d (hình ảnh chữ ký số của người có thẩm quyền, ô 7c)", "Appendix I, Part I, Section II, clause 7(d) (the signer's digital signature image, cell 7c)"),
		TopicDau:        nd30Rule("ND30.PL1.II.8.a", "Điều 33 và Phụ lục I, Phần I, Mục II, khoản 8, điểm a (hình ảnh dấu, chữ ký số của cơ quan, ô 8)", "Article 33 and Appendix I, Part I, Section II, clause 8(a) (the agency's seal image, cell 8)"),
		TopicKySo:       nd30Rule("ND30.PL1.II.8.b", "Phụ lục I, Phần I, Mục II, khoản 8, điểm b và Mục III, khoản 1, điểm d (chữ ký số của cơ quan trên văn bản kèm theo: số và ký hiệu, thời gian ký theo ISO 8601)", "Appendix I, Part I, Section II, clause 8(b) and Section III, clause 1(d) (the agency's digital signature on an attached file: number and signing time in ISO 8601)"),
		TopicInput:      {ID: "VANTHU.INPUT", ArticleVI: "tệp đầu vào", ArticleEN: "input file"},
		TopicTemplate:   toolRules[TopicTemplate],
		TopicData:       toolRules[TopicData],
	},
}
