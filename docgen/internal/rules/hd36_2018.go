package rules

const hd36 = "Hướng dẫn 36-HD/VPTW"

func hd36Rule(id, vi, en string) Rule {
	return Rule{ID: id, ArticleVI: hd36 + ", " + vi, ArticleEN: "Guideline 36-HD/VPTW, " + en}
}

// unconfirmed marks rules whose values no source of HD 36 confirms
// (RULES.md Part B, tag [U]): the values are the defaults third-party
// implementations use, and trình bày may override them.
func unconfirmed(id, vi, en string) Rule {
	return Rule{ID: id, ArticleVI: hd36 + " (chưa xác nhận, giá trị mặc định): " + vi,
		ArticleEN: "Guideline 36-HD/VPTW (unconfirmed, default value): " + en}
}

// HD36 is the rule set of Hướng dẫn 36-HD/VPTW (2018) for văn bản của
// Đảng. Sizes confirmed by HD 36 (Phụ lục 3, mục II) are used as given;
// values RULES.md tags unconfirmed — margins, line and paragraph
// spacing, the indent, page numbers, the "-----" under the trích yếu, the
// Nơi nhận label and list — are defaults, named as such in their
// articles, and margins and spacing can be overridden with trinh_bay.
var HD36 = &RuleSet{
	ID:      "hd36-2018",
	TheThuc: "dang",
	Name:    hd36,
	Font:    "Times New Roman",
	Color:   "000000",
	Page: Page{
		WidthMM: 210, HeightMM: 297,
		// [U] Three implementations use 20/20/30/15 mm; the Bình Thuận
		// handbook (HD 11 wording) 25/25/35/15. Both fit these ranges.
		Top:                     Range{Min: 20, Max: 25, Default: 20},
		Bottom:                  Range{Min: 20, Max: 25, Default: 20},
		Left:                    Range{Min: 30, Max: 35, Default: 30},
		Right:                   Range{Min: 15, Max: 20, Default: 15},
		HeaderMM:                10,
		PageNumberHiddenOnFirst: true, // [U] HD 11 era: numbered from page 2
	},
	Body: Body{
		LineSpacing:     Range{Min: 1, Max: 1.5, Default: 1},  // [U]
		SpacingBeforePt: Range{Min: 6, Max: 24, Default: 6},   // [U]
		FirstLineCM:     Range{Min: 1, Max: 1.27, Default: 1}, // [U] implementations: 1 cm
		EndMark:         "",                                   // the Party công văn ends without "./."
	},
	Header: Header{
		Title:          "ĐẢNG CỘNG SẢN VIỆT NAM",
		AgencyMark:     "*",
		AgencyRule:     0.4,
		LeftColumn:     0.45,
		SignatureCol:   0.45,
		DateUnderTitle: true,
		TrichYeuMark:   "-----",
	},
	NumberPrefix: "Số ",
	NumberJoin:   "-",
	KyHieuSep:    "/",
	VV:           "",
	NoiNhanLabel: "Nơi nhận:",
	NoiNhanEnd:   ",",
	LuuPrefix:    "Lưu ",
	LuuFirst:     "",
	Styles: map[Element]Style{
		QuocHieu:        {Size: 15, Min: 15, Max: 15, Bold: true, Upper: true},
		TieuNgu:         {Size: 15, Min: 15, Max: 15, Bold: true},
		CoQuanChuQuan:   {Size: 14, Min: 14, Max: 14, Upper: true},
		CoQuan:          {Size: 14, Min: 14, Max: 14, Bold: true, Upper: true},
		SoKyHieu:        {Size: 14, Min: 14, Max: 14},
		DiaDanhNgay:     {Size: 14, Min: 14, Max: 14, Italic: true},
		TenLoai:         {Size: 16, Min: 15, Max: 16, Bold: true, Upper: true},
		TrichYeu:        {Size: 14, Min: 14, Max: 15, Bold: true},
		TrichYeuCongVan: {Size: 12, Min: 12, Max: 12, Italic: true},
		ThamQuyen:       {Size: 14, Min: 14, Max: 15, Bold: true, Upper: true},
		CanCu:           {Size: 14, Min: 14, Max: 15, Italic: true},
		LoiVan:          {Size: 14, Min: 14, Max: 15, Bold: true, Upper: true},
		NoiDung:         {Size: 14, Min: 14, Max: 15},
		PhanChuong:      {Size: 14, Min: 14, Max: 15, Bold: true},
		TieuDe:          {Size: 14, Min: 14, Max: 15, Bold: true, Upper: true},
		Dieu:            {Size: 14, Min: 14, Max: 15, Bold: true},
		KinhGui:         {Size: 14, Min: 14, Max: 14},                          // [U]
		QuyenHan:        {Size: 14, Min: 14, Max: 14, Bold: true, Upper: true}, // [S]
		HoTen:           {Size: 14, Min: 14, Max: 14, Bold: true},              // [S]
		NoiNhanNhan:     {Size: 14, Min: 14, Max: 14, Underline: true},         // [S]
		NoiNhanDanhSach: {Size: 12, Min: 12, Max: 12},                          // [S]
		SoTrang:         {Size: 14, Min: 13, Max: 14},                          // [U]
		ChuThich:        {Size: 10, Min: 10, Max: 12},                          // [U]
		Bang:            {Size: 13, Min: 11, Max: 14},                          // [U]
		// [U] ô 10–13: HD 36's values are not recovered; the state ones.
		DoMat:         styleStamp,
		DoKhan:        styleStamp,
		PhamViLuuHanh: styleStamp,
		SoanThao:      styleSoanThao,
		LienHe:        styleLienHe,
		// [U] the phụ lục heading: the state values.
		PhuLucSo:      stylePhuLucSo,
		PhuLucTen:     stylePhuLucTen,
		PhuLucKemTheo: stylePhuLucKemTheo,
		HinhThucSao:   styleHinhThucSao,
	},
	// [U] Party phụ lục are headed "Phụ lục" + title like the state ones;
	// the reference line and the sizes are not confirmed. Party bản sao
	// (ký hiệu "BS") are not rendered: Copy is nil.
	Appendix: appendixND30,
	// [U] Signature and seal images and the chữ ký số box as the state
	// rule set.
	Signing: signingND30,
	// [U] The same stamps, levels, ô 12 form and contact labels as the
	// state rule set; cell 12 is the ký hiệu người đánh máy.
	Stamps:       stamps,
	SoanThao:     soanThaoForm,
	SoanThaoName: [2]string{"ký hiệu người đánh máy", "typist's initials"},
	Contact:      contactLabels,
	Authorities: []Authority{
		{Code: "TM", Inputs: []string{"TM", "T/M"}, Prefix: "T/M", Name: "thay mặt", Collective: true},
		{Code: "KT", Inputs: []string{"KT", "K/T"}, Prefix: "K/T", Name: "ký thay", NeedsHead: true},
		{Code: "TL", Inputs: []string{"TL", "T/L"}, Prefix: "T/L", Name: "thừa lệnh", NeedsHead: true},
	},
	Kinds: []Kind{
		{Slug: "nghi-quyet", Name: "Nghị quyết", Abbr: "NQ", NeedsTrichYeu: true},
		{Slug: "quyet-dinh", Name: "Quyết định", Abbr: "QĐ", NeedsTrichYeu: true},
		{Slug: "chi-thi", Name: "Chỉ thị", Abbr: "CT", NeedsTrichYeu: true},
		{Slug: "ket-luan", Name: "Kết luận", Abbr: "KL", NeedsTrichYeu: true},
		{Slug: "quy-che", Name: "Quy chế", Abbr: "QC", NeedsTrichYeu: true},
		{Slug: "quy-dinh", Name: "Quy định", Abbr: "QĐ", NeedsTrichYeu: true},
		{Slug: "thong-tri", Name: "Thông tri", Abbr: "TT", NeedsTrichYeu: true},
		{Slug: "huong-dan", Name: "Hướng dẫn", Abbr: "HD", NeedsTrichYeu: true},
		{Slug: "thong-bao", Name: "Thông báo", Abbr: "TB", NeedsTrichYeu: true},
		{Slug: "thong-cao", Name: "Thông cáo", Abbr: "TC", NeedsTrichYeu: true},
		{Slug: "tuyen-bo", Name: "Tuyên bố", Abbr: "TBo", NeedsTrichYeu: true},
		{Slug: "loi-keu-goi", Name: "Lời kêu gọi", Abbr: "LKG"},
		{Slug: "bao-cao", Name: "Báo cáo", Abbr: "BC", KinhGuiAllowed: true, NeedsTrichYeu: true},
		{Slug: "ke-hoach", Name: "Kế hoạch", Abbr: "KH", NeedsTrichYeu: true},
		{Slug: "quy-hoach", Name: "Quy hoạch", Abbr: "QH", NeedsTrichYeu: true},
		{Slug: "chuong-trinh", Name: "Chương trình", Abbr: "CTr", NeedsTrichYeu: true},
		{Slug: "de-an", Name: "Đề án", Abbr: "ĐA", NeedsTrichYeu: true},
		{Slug: "to-trinh", Name: "Tờ trình", Abbr: "TTr", KinhGuiAllowed: true, NeedsTrichYeu: true},
		{Slug: "cong-van", Name: "Công văn", Abbr: "CV", Layout: LayoutCongVan, NeedsKinhGui: true, KinhGuiAllowed: true, NeedsTrichYeu: true},
		{Slug: "bien-ban", Name: "Biên bản", Abbr: "BB", NeedsTrichYeu: true, Form: FormBienBan},
		{Slug: "giay-gioi-thieu", Name: "Giấy giới thiệu", Abbr: "GGT", Form: FormGiayGioiThieu},
		{Slug: "giay-moi", Name: "Giấy mời", Abbr: "GM", NeedsTrichYeu: true, Form: FormGiayMoi},
		{Slug: "giay-chung-nhan", Name: "Giấy chứng nhận", Abbr: "GCN"},
		{Slug: "giay-di-duong", Name: "Giấy đi đường", Abbr: "GĐĐ"},
		{Slug: "giay-nghi-phep", Name: "Giấy nghỉ phép", Abbr: "GNP", Form: FormGiayNghiPhep},
		{Slug: "phieu-gui", Name: "Phiếu gửi", Abbr: "PG"},
	},
	// Rule IDs name the part of HD 36 that RULES.md read: mục II points
	// 1.1 (tiêu đề), 1.3 (số, ký hiệu) and 1.7 (quyền hạn) and the rows of
	// Phụ lục 3 ("Mẫu trình bày thể thức"); the rest is secondary [S] or
	// unconfirmed [U], and its article says so.
	Rules: map[Topic]Rule{
		TopicKinds:      hd36Rule("HD36.TL", "tên loại văn bản của Đảng (Quy định 66-QĐ/TW, theo tài liệu thứ cấp)", "kinds of Party documents (Regulation 66-QĐ/TW, from secondary sources)"),
		TopicPage:       hd36Rule("HD36.KG", "khổ giấy A4 (giấy tờ hành chính có thể A5)", "A4 paper (administrative papers may be A5)"),
		TopicMargins:    unconfirmed("HD36.U.LE", "lề trang", "page margins"),
		TopicFont:       hd36Rule("HD36.PL3", "Phụ lục 3 (phông chữ Times New Roman, TCVN 6909:2001)", "Appendix 3 (Times New Roman, TCVN 6909:2001)"),
		TopicPageNumber: unconfirmed("HD36.U.TRANG", "số trang từ trang 2", "page numbers from page 2"),
		TopicHeader:     hd36Rule("HD36.II.1.1", "mục II, điểm 1.1 (tiêu đề \"ĐẢNG CỘNG SẢN VIỆT NAM\")", "section II, point 1.1 (the heading \"ĐẢNG CỘNG SẢN VIỆT NAM\")"),
		TopicAgency:     hd36Rule("HD36.PL3.CQ", "Phụ lục 3 (tên cơ quan ban hành, dấu * dưới tên)", "Appendix 3 (issuing agency, \"*\" under it)"),
		TopicNumber:     hd36Rule("HD36.II.1.3", "mục II, điểm 1.3 (số và ký hiệu)", "section II, point 1.3 (number and symbol)"),
		TopicDate:       hd36Rule("HD36.PL3.NGAY", "Phụ lục 3 (địa danh, ngày tháng năm)", "Appendix 3 (place and date)"),
		TopicTitle:      hd36Rule("HD36.PL3.TL", "Phụ lục 3 (tên loại và trích yếu)", "Appendix 3 (kind and summary)"),
		TopicCanCu:      hd36Rule("HD36.PL3.ND", "Phụ lục 3 (nội dung)", "Appendix 3 (content)"),
		TopicHeadings:   hd36Rule("HD36.PL3.PC", "Phụ lục 3 (phần, chương, mục và tên)", "Appendix 3 (parts, chapters, sections and their names)"),
		TopicBody:       hd36Rule("HD36.PL3.ND", "Phụ lục 3 (nội dung, cỡ chữ 14–15)", "Appendix 3 (content, 14–15 pt)"),
		TopicSigner:     hd36Rule("HD36.II.1.7", "mục II, điểm 1.7 (quyền hạn, chức vụ, họ tên người ký)", "section II, point 1.7 (signing authority, title, name)"),
		TopicRecipients: unconfirmed("HD36.U.NN", "Kính gửi và nơi nhận (\"Nơi nhận\" 14 gạch chân; danh sách 12; \"- Lưu …\" không có VT)", "addressees and recipients (\"Nơi nhận\" 14 pt underlined; list 12 pt; \"- Lưu …\" without VT)"),
		TopicThamQuyen:  hd36Rule("HD36.PL3.TL", "Phụ lục 3 (tên loại và trích yếu)", "Appendix 3 (kind and summary)"),
		TopicAbbr:       hd36Rule("HD36.II.1.3", "mục II, điểm 1.3 (chữ viết tắt tên loại trong ký hiệu)", "section II, point 1.3 (kind abbreviation in the symbol)"),
		TopicOptional:   hd36Rule("HD36.PL1", "Phụ lục 1, sơ đồ (ô 10–13: thành phần bổ sung)", "Appendix 1, layout diagram (cells 10–13: additional elements)"),
		TopicDoMat:      unconfirmed("HD36.U.MAT", "dấu mức độ mật (ô 10a), theo Nghị định 30/2020/NĐ-CP", "secrecy mark (cell 10a), as Decree 30/2020/ND-CP"),
		TopicDoKhan:     unconfirmed("HD36.U.KHAN", "dấu mức độ khẩn (ô 10b): KHẨN 20×8 mm, THƯỢNG KHẨN 40×8 mm, HỎA TỐC 30×8 mm, mực đỏ, theo Nghị định 30/2020/NĐ-CP", "urgency mark (cell 10b): 20×8, 40×8, 30×8 mm, red ink, as Decree 30/2020/ND-CP"),
		TopicLuuHanh:    unconfirmed("HD36.U.LH", "chỉ dẫn phạm vi lưu hành (ô 11a), theo Nghị định 30/2020/NĐ-CP", "circulation notice (cell 11a), as Decree 30/2020/ND-CP"),
		TopicSoanThao:   unconfirmed("HD36.U.DM", "ký hiệu người đánh máy và số lượng bản (ô 12), dạng \"PL.(300)\" cỡ 11", "typist's initials and number of copies (cell 12), \"PL.(300)\" 11 pt"),
		TopicLienHe:     unconfirmed("HD36.U.LL", "thông tin liên hệ (ô 13), theo Nghị định 30/2020/NĐ-CP", "contact details (cell 13), as Decree 30/2020/ND-CP"),
		TopicForm:       unconfirmed("HD36.U.MAU", "giấy mời, giấy giới thiệu, biên bản, giấy nghỉ phép: các dòng theo Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.7–1.10", "invitation, letter of introduction, minutes, leave permit: the lines of Decree 30/2020/ND-CP, Appendix III, forms 1.7–1.10"),
		TopicPhuLuc:     unconfirmed("HD36.U.PL", "phụ lục (\"Phụ lục\" + số, tên phụ lục, dòng \"Kèm theo …\", số trang riêng), theo Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 2.1", "appendices (\"Phụ lục\" + number, title, the \"Kèm theo …\" line, own page numbers), as Decree 30/2020/ND-CP, Appendix III, form 2.1"),
		TopicBanSao:     unconfirmed("HD36.U.BS", "bản sao (ký hiệu \"BS\", ví dụ \"Số 24-BS/UBKTTU\"): chưa trình bày", "copies (symbol \"BS\", e.g. \"Số 24-BS/UBKTTU\"): not rendered"),
		TopicChuKy:      unconfirmed("HD36.U.CK", "hình ảnh chữ ký số của người ký, theo Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 7, điểm d", "the signer's digital signature image, as Decree 30/2020/ND-CP, Appendix I, Part I, Section II, clause 7(d)"),
		TopicDau:        unconfirmed("HD36.U.DAU", "hình ảnh dấu của cơ quan, theo Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 8, điểm a", "the agency's seal image, as Decree 30/2020/ND-CP, Appendix I, Part I, Section II, clause 8(a)"),
		TopicKySo:       unconfirmed("HD36.U.KS", "thông tin chữ ký số của cơ quan (số và ký hiệu, thời gian ký theo ISO 8601), theo Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 8, điểm b", "the agency's digital signature information (number, signing time in ISO 8601), as Decree 30/2020/ND-CP, Appendix I, Part I, Section II, clause 8(b)"),
		TopicInput:      {ID: "VANTHU.INPUT", ArticleVI: "tệp đầu vào", ArticleEN: "input file"},
		TopicTemplate:   toolRules[TopicTemplate],
		TopicData:       toolRules[TopicData],
	},
}
