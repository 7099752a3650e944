package docgen

import "fmt"

// msgKey names a message of the catalog.
type msgKey int

// The messages. Each says what is wrong and, where it can, what to write.
const (
	msgRaw msgKey = iota
	msgTooLarge
	msgSyntax
	msgManyDocs
	msgEmpty
	msgWantDate
	msgBadDate
	msgWantString
	msgWantInt
	msgWantNumber
	msgWantList
	msgWantMapping
	msgMergeKey
	msgDuplicate
	msgNotYet
	msgUnknownKeyHint
	msgUnknownKey
	msgTheThucNotYet
	msgTheThucUnknown
	msgKindUnknownHint
	msgKindUnknown
	msgBadUTF8
	msgControlChar
	msgBodyTooLarge
	msgRequiredHint
	msgNoNumberIssued
	msgDraftNumber
	msgKyHieuSpace
	msgKyHieuWhole
	msgKyHieuSlash
	msgKyHieuEmptyGroup
	msgKyHieuCongVanAbbr
	msgKyHieuCongVanShort
	msgKyHieuAbbr
	msgKyHieuNoAgency
	msgPlaceLower
	msgNoDate
	msgBadDay
	msgDraftDateIssued
	msgDraftDate
	msgNeedTrichYeu
	msgNeedThamQuyen
	msgNoThamQuyen
	msgNeedKinhGui
	msgNoKinhGui
	msgNoCanCu
	msgWantCanCu
	msgEmptyItem
	msgNeedTitle
	msgWantRoman
	msgWantArabic
	msgBadAuthority
	msgNeedThayMat
	msgTMNoHead
	msgNeedHead
	msgHeadNoAuthority
	msgNeedChucVu
	msgAcademicTitle
	msgLuuTwice
	msgLuuNotLast
	msgNeedNoiNhan
	msgLuuNoUnit
	msgWantNhuTren
	msgOutOfRange
	msgTooDeep
	msgKyHieuPartyForm
	msgDataNeedsTemplate
	msgTemplateSyntax
	msgTemplateExec
	msgTemplateNoColumn
	msgDataSpec
	msgDataRow
	msgDataNone
	msgDataEmpty
	msgRowPrefix
	msgRowPrefixLine
	msgFileNameEmpty
	msgFileNameTemplate
	msgTemplateLeftover
	msgDidYouMean
	msgDataFileSpec
)

// catalog holds every message in Vietnamese and English, indexed by
// Language.
var catalog = map[msgKey][2]string{
	msgRaw:            {"%s", "%s"},
	msgTooLarge:       {"tệp quá lớn (%.1f MB); tối đa %d MB", "the file is too large (%.1f MB); the limit is %d MB"},
	msgSyntax:         {"YAML sai cú pháp: %s", "invalid YAML: %s"},
	msgManyDocs:       {"tệp có nhiều tài liệu YAML (---); mỗi tệp chỉ một văn bản", "the file holds several YAML documents (---); write one document per file"},
	msgEmpty:          {"tệp trống: hãy viết ít nhất loai, co_quan, ky_hieu, dia_danh, ngay, noi_dung, nguoi_ky", "the file is empty: write at least loai, co_quan, ky_hieu, dia_danh, ngay, noi_dung, nguoi_ky"},
	msgWantDate:       {"cần một ngày dạng YYYY-MM-DD (hoặc YYYY cho dự thảo), không phải %s", "want a date YYYY-MM-DD (or YYYY for a draft), not %s"},
	msgBadDate:        {"ngày %q không đúng dạng: viết YYYY-MM-DD, ví dụ 2023-05-17, hoặc chỉ năm (2023) cho dự thảo", "date %q is malformed: write YYYY-MM-DD, e.g. 2023-05-17, or the year alone (2023) for a draft"},
	msgWantString:     {"cần một chuỗi chữ, không phải %s", "want a string, not %s"},
	msgWantInt:        {"cần một số nguyên, không phải %s", "want a whole number, not %s"},
	msgWantNumber:     {"cần một số, không phải %s", "want a number, not %s"},
	msgWantList:       {"cần một danh sách (mỗi dòng bắt đầu bằng \"- \"), không phải %s", "want a list (each line starting \"- \"), not %s"},
	msgWantMapping:    {"cần các cặp khóa: giá trị, không phải %s", "want key: value pairs, not %s"},
	msgMergeKey:       {"không hỗ trợ khóa gộp \"<<\"; hãy viết đủ các khóa", "merge keys \"<<\" are not supported; write the keys out"},
	msgDuplicate:      {"khóa %q được viết hai lần; xóa một lần", "key %q is given twice; remove one"},
	msgNotYet:         {"khóa %q (%s) chưa được hỗ trợ trong phiên bản này; hãy bỏ khóa này", "key %q (%s) is not yet supported in this version; remove it"},
	msgUnknownKeyHint: {"khóa %q không có; có phải ý bạn là %q?", "unknown key %q; did you mean %q?"},
	msgUnknownKey:     {"khóa %q không có; các khóa hợp lệ: %s", "unknown key %q; the valid keys are: %s"},
	msgTheThucNotYet:  {"thể thức %q (bộ quy tắc %s) chưa được hỗ trợ trong phiên bản này; dùng the_thuc: nha-nuoc", "rule set %q (%s) is not yet supported in this version; use the_thuc: nha-nuoc"},
	msgTheThucUnknown: {"thể thức %q không có; chọn một trong: %s", "unknown rule set %q; choose one of: %s"},
	msgKindUnknownHint: {"loại văn bản %q không có trong %s; có phải ý bạn là %q? (xem: vanthu kinds --the-thuc %s)",
		"kind %q is not a kind of %s; did you mean %q? (see: vanthu kinds --the-thuc %s)"},
	msgKindUnknown:  {"loại văn bản %q không có trong %s (xem: vanthu kinds --the-thuc %s)", "kind %q is not a kind of %s (see: vanthu kinds --the-thuc %s)"},
	msgBadUTF8:      {"văn bản không phải UTF-8 hợp lệ; hãy lưu tệp dạng UTF-8", "the text is not valid UTF-8; save the file as UTF-8"},
	msgControlChar:  {"có ký tự điều khiển %U ở vị trí %d mà tệp DOCX không chứa được; hãy xóa nó", "control character %U at position %d cannot be stored in a DOCX; remove it"},
	msgBodyTooLarge: {"nội dung quá lớn (%.1f MB); tối đa %d MB", "the body is too large (%.1f MB); the limit is %d MB"},
	msgRequiredHint: {" (thành phần thể thức bắt buộc)", " (a required element)"},
	msgNoNumberIssued: {"văn bản ban hành phải có số: điền so (số thứ tự do văn thư cấp)",
		"an issued document needs its number: fill in so (the number the văn thư registers)"},
	msgDraftNumber: {"dự thảo chưa cấp số: số để trống cho văn thư điền khi đăng ký", "draft without a number: left blank for the văn thư to fill in at registration"},
	msgKyHieuSpace: {"ký hiệu %q có dấu cách; các nhóm chữ viết tắt nối bằng \"-\", không cách chữ: %q",
		"ký hiệu %q contains spaces; groups are joined by \"-\" with no spaces: %q"},
	msgKyHieuWhole: {"ký hiệu %q: chỉ viết ký hiệu (%q) và ghi số ở so; dòng số do trình bày thêm vào: %q",
		"ký hiệu %q: write only the symbol (%q) and put the number in so; the renderer prints the number line: %q"},
	msgKyHieuPartyForm: {"ký hiệu %q theo kiểu văn bản hành chính; văn bản của Đảng viết <tên loại>/<cơ quan>: %q, in ra là %q",
		"ký hiệu %q is in the state form; Party documents write <kind>/<agency>: %q, printed %q"},
	msgKyHieuSlash: {"ký hiệu %q có dấu \"/\": trong văn bản hành chính các nhóm nối bằng \"-\", ví dụ %q (dạng \"CV/ĐU\" là của văn bản Đảng)",
		"ký hiệu %q contains \"/\": in state documents groups are joined by \"-\", e.g. %q (\"CV/ĐU\" is the Party form)"},
	msgKyHieuEmptyGroup: {"ký hiệu %q có nhóm rỗng (hai dấu \"-\" liền nhau hoặc \"-\" ở đầu/cuối)", "ký hiệu %q has an empty group (two \"-\" together, or \"-\" at an end)"},
	msgKyHieuCongVanAbbr: {"ký hiệu %q của %s không có chữ viết tắt tên loại (%s là của %s); viết <cơ quan>-<đơn vị soạn thảo>, ví dụ %q",
		"ký hiệu %q of a %s carries no kind abbreviation (%s belongs to %s); write <agency>-<drafting unit>, e.g. %q"},
	msgKyHieuCongVanShort: {"ký hiệu %q của %s gồm chữ viết tắt tên cơ quan và tên đơn vị soạn thảo hoặc lĩnh vực, nối bằng \"-\", ví dụ SVHTTDL-QLVHGĐ",
		"ký hiệu %q of a %s is the agency abbreviation and the drafting unit or field, joined by \"-\", e.g. SVHTTDL-QLVHGĐ"},
	msgKyHieuAbbr: {"ký hiệu %q không khớp loại văn bản: %s viết tắt là %q, nên ký hiệu phải là %q",
		"ký hiệu %q does not match the kind: %s is abbreviated %q, so the ký hiệu must be %q"},
	msgKyHieuNoAgency:  {"ký hiệu %q thiếu chữ viết tắt tên cơ quan ban hành: viết %s%s<cơ quan>", "ký hiệu %q lacks the issuing agency: write %s%s<agency>"},
	msgPlaceLower:      {"địa danh %q: chữ cái đầu của địa danh phải viết hoa", "place %q: the place name starts with a capital letter"},
	msgNoDate:          {"thiếu ngày ban hành: viết ngay: YYYY-MM-DD, hoặc chỉ năm cho dự thảo", "the date is missing: write ngay: YYYY-MM-DD, or the year alone for a draft"},
	msgBadDay:          {"ngày %s không có thật trong lịch", "date %s does not exist in the calendar"},
	msgDraftDateIssued: {"văn bản ban hành phải có đủ ngày, tháng: ngay chỉ có năm %d", "an issued document needs day and month: ngay has only the year %d"},
	msgDraftDate:       {"dự thảo: ngày, tháng để trống, năm %d", "draft: day and month left blank, year %d"},
	msgNeedTrichYeu:    {"%s phải có trích yếu nội dung: điền trich_yeu", "a %s needs its summary: fill in trich_yeu"},
	msgNeedThamQuyen: {"%s (mẫu %s) phải có dòng THẨM QUYỀN BAN HÀNH: điền tham_quyen (chức vụ người đứng đầu hoặc tên tập thể, cơ quan)",
		"a %s (form %s) needs the THẨM QUYỀN BAN HÀNH line: fill in tham_quyen (the head's title or the collective's name)"},
	msgNoThamQuyen: {"%s không có dòng THẨM QUYỀN BAN HÀNH (chỉ nghị quyết, quyết định có); bỏ tham_quyen", "a %s has no THẨM QUYỀN BAN HÀNH line (only nghị quyết and quyết định do); remove tham_quyen"},
	msgNeedKinhGui: {"%s phải có phần Kính gửi: điền kinh_gui", "a %s needs its Kính gửi part: fill in kinh_gui"},
	msgNoKinhGui: {"%s không có phần Kính gửi (chỉ công văn, tờ trình và báo cáo gửi cấp trên có); bỏ kinh_gui",
		"a %s has no Kính gửi part (only công văn, and tờ trình or báo cáo sent upward); remove kinh_gui"},
	msgNoCanCu:    {"%s không trình bày căn cứ ban hành; đưa căn cứ vào nội dung hoặc bỏ can_cu", "a %s does not list căn cứ; put them in the body or remove can_cu"},
	msgWantCanCu:  {"%s (mẫu %s) thường có căn cứ ban hành: điền can_cu", "a %s (form %s) usually lists its căn cứ: fill in can_cu"},
	msgEmptyItem:  {"dòng trống trong danh sách; xóa dòng này", "empty line in the list; remove it"},
	msgNeedTitle:  {"%s %s (dòng %d của nội dung) phải có tiêu đề", "%s %s (line %d of the body) needs a title"},
	msgWantRoman:  {"số thứ tự của %s dùng chữ số La Mã, không phải %q (dòng %d của nội dung)", "%s is numbered in Roman numerals, not %q (line %d of the body)"},
	msgWantArabic: {"số thứ tự của %s dùng chữ số Ả Rập, không phải %q (dòng %d của nội dung)", "%s is numbered in Arabic numerals, not %q (line %d of the body)"},
	msgBadAuthority: {"quyền hạn %q không có; chọn một trong: %s (hoặc để trống khi người đứng đầu ký)",
		"unknown signing authority %q; choose one of: %s (or leave it empty when the head signs)"},
	msgNeedThayMat:     {"ký %s phải ghi tên tập thể hoặc cơ quan: điền thay_mat", "signing %s needs the collective or agency: fill in thay_mat"},
	msgTMNoHead:        {"ký thay mặt tập thể (TM.) không ghi cap_truong; khi cấp phó ký thay thì thêm quyen_han: KT", "signing for a collective (TM.) takes no cap_truong; when a deputy signs for the head add quyen_han: KT"},
	msgNeedHead:        {"ký %s (%s) phải ghi chức vụ của người đứng đầu sau chữ viết tắt: điền cap_truong", "signing %s (%s) needs the head's title after the prefix: fill in cap_truong"},
	msgHeadNoAuthority: {"cap_truong chỉ dùng cùng quyen_han KT, Q, TL hoặc TUQ", "cap_truong is used only with quyen_han KT, Q, TL or TUQ"},
	msgNeedChucVu:      {"thiếu chức vụ của người ký: điền chuc_vu", "the signer's title is missing: fill in chuc_vu"},
	msgAcademicTitle:   {"không ghi học hàm, học vị (%s) trước họ tên người ký", "do not put an academic title (%s) before the signer's name"},
	msgLuuTwice:        {"dòng Lưu được viết cả trong noi_nhan và luu; giữ một chỗ", "the Lưu line is given both in noi_nhan and in luu; keep one"},
	msgLuuNotLast:      {"dòng Lưu phải là dòng cuối cùng của nơi nhận", "the Lưu line must be the last line of the Nơi nhận list"},
	msgNeedNoiNhan:     {"thiếu nơi nhận: điền noi_nhan và luu", "Nơi nhận is missing: fill in noi_nhan and luu"},
	msgLuuNoUnit: {"dòng Lưu chỉ có %s: thêm chữ viết tắt tên đơn vị soạn thảo (và số bản lưu) vào luu",
		"the Lưu line has only %s: add the drafting unit's abbreviation (and the number of copies) to luu"},
	msgWantNhuTren: {"văn bản có Kính gửi thì nơi nhận bắt đầu bằng \"Như trên\"", "with a Kính gửi part the Nơi nhận list starts with \"Như trên\""},
	msgTooDeep:     {"giá trị lồng quá sâu hoặc bí danh (alias) tự tham chiếu; hãy viết giá trị trực tiếp", "value nested too deeply or a self-referring alias; write the value out"},
	msgOutOfRange:  {"giá trị %s%s ngoài khoảng cho phép %s–%s%s", "value %s%s is outside the allowed range %s–%s%s"},
	msgDataNeedsTemplate: {"khóa du_lieu (dữ liệu trộn) chỉ dùng trong mẫu trộn văn bản: chạy vanthu batch với tệp này",
		"the du_lieu key (mail-merge data) belongs to a template: run vanthu batch on this file"},
	msgTemplateSyntax:   {"mẫu {{…}} sai cú pháp (dòng %d của trường): %s", "the {{…}} template is malformed (line %d of the field): %s"},
	msgDidYouMean:       {"có phải ý bạn là %q?", "did you mean %q?"},
	msgTemplateExec:     {"không điền được mẫu: %s", "cannot fill the template: %s"},
	msgTemplateNoColumn: {"dữ liệu không có cột %q; các cột có: %s", "the data has no column %q; its columns are: %s"},
	msgDataSpec: {"du_lieu cần là tên tệp dữ liệu (CSV, XLSX, JSONL), {tep: …, trang: …} hoặc danh sách các dòng, không phải %s",
		"du_lieu must be a data file name (CSV, XLSX, JSONL), {tep: …, trang: …} or a list of rows, not %s"},
	msgDataRow: {"mỗi dòng của du_lieu là các cặp cột: giá trị chữ hoặc số, không phải %s",
		"each row of du_lieu is column: value pairs of text or numbers, not %s"},
	msgDataNone: {"không có dữ liệu để trộn: thêm du_lieu vào mẫu hoặc chỉ ra tệp dữ liệu (CSV, XLSX, JSONL)",
		"no data to merge: add du_lieu to the template or name a data file (CSV, XLSX, JSONL)"},
	msgDataEmpty:     {"bảng dữ liệu %s không có dòng nào dưới dòng tiêu đề", "the data table %s has no rows under its header"},
	msgRowPrefix:     {"dòng dữ liệu %d: ", "data row %d: "},
	msgRowPrefixLine: {"dòng dữ liệu %d (%s dòng %d): ", "data row %d (%s line %d): "},
	msgFileNameEmpty: {"mẫu tên tệp %q cho ra tên rỗng; dùng các cột có giá trị ở mọi dòng",
		"the file-name template %q gives an empty name; use columns that are filled in every row"},
	msgFileNameTemplate: {"mẫu tên tệp %q sai: %s", "the file-name template %q is wrong: %s"},
	msgTemplateLeftover: {"trường có mẫu {{…}} chưa được điền: đây là mẫu trộn văn bản, chạy vanthu batch với một bảng dữ liệu",
		"the field holds an unfilled {{…}} template: this is a mail-merge template, run vanthu batch with a data table"},
	msgDataFileSpec: {"du_lieu dạng {tep: …, trang: …}: khóa %q không dùng được; cần tep (tên tệp dữ liệu), có thể thêm trang (tên trang tính XLSX)",
		"du_lieu as {tep: …, trang: …}: key %q cannot be used; write tep (the data file name) and, for XLSX, trang (the sheet)"},
}

// sprintfLang formats a catalog message in a language.
func sprintfLang(lang Language, msg msgKey, args ...any) string {
	return fmt.Sprintf(catalog[msg][lang], args...)
}
