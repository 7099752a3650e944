package docgen

// Messages about phụ lục and bản sao. They number from 7000 so that they
// do not shift the other catalogs' keys.
const (
	msgPhuLucNoTitle msgKey = 7000 + iota
	msgPhuLucNoBody
	msgPhuLucAgencyCase
	msgBanSaoParty
	msgBanSaoNeed
	msgBanSaoForm
	msgBanSaoKyHieuForm
	msgBanSaoKyHieuMismatch
	msgBanSaoNoNumber
	msgBanSaoSoMin
	msgBanSaoAuthority
	msgBanSaoNeedHead
	msgBanSaoDraftDate
	msgBanSaoElectronicUnused
	msgBanSaoElectronicKySo
)

func init() {
	for k, v := range map[msgKey][2]string{
		msgBanSaoElectronicUnused: {"bản sao điện tử (Mẫu 3.2) chỉ ghi hình thức sao, tên cơ quan sao và thời gian ký ở ô 14; các khóa %s không được in",
			"an electronic copy (form 3.2) shows only the form, the copying agency and the signing time in cell 14; the keys %s are not printed"},
		msgBanSaoElectronicKySo: {"bản sao điện tử dùng ô 14 cho chữ ký số của cơ quan sao; bỏ ky_so của văn bản",
			"an electronic copy uses cell 14 for the copying agency's digital signature; remove the document's ky_so"},
		msgPhuLucNoTitle: {"phụ lục thứ %d chưa có tên (tieu_de): mỗi phụ lục phải có tiêu đề",
			"appendix %d has no title (tieu_de): every appendix must have one"},
		msgPhuLucNoBody: {"phụ lục thứ %d chưa có nội dung (noi_dung)", "appendix %d has no content (noi_dung)"},
		msgPhuLucAgencyCase: {"tên cơ quan %q viết in hoa sẽ in nguyên như vậy trong dòng \"(Kèm theo … của …)\" của phụ lục; hãy ghi co_quan_viet_thuong, ví dụ \"Sở Nội vụ\"",
			"the agency name %q is in capitals and is printed so in the appendices' \"(Kèm theo … của …)\" line; give co_quan_viet_thuong, e.g. \"Sở Nội vụ\""},
		msgBanSaoParty: {"bản sao văn bản của Đảng (ký hiệu \"BS\") chưa được hỗ trợ; hãy bỏ ban_sao",
			"copies of Party documents (symbol \"BS\") are not supported yet; remove ban_sao"},
		msgBanSaoNeed: {"bản sao cần %s", "a copy needs %s"},
		msgBanSaoForm: {"hình thức sao %q không có; chọn một trong: %s",
			"form of copy %q is not allowed; choose one of: %s"},
		msgBanSaoKyHieuForm: {"ký hiệu bản sao %q phải gồm chữ viết tắt hình thức sao và của cơ quan sao, ví dụ %q",
			"the copy's symbol %q must be the form's abbreviation and the copying agency's, e.g. %q"},
		msgBanSaoKyHieuMismatch: {"ký hiệu bản sao %q không khớp hình thức sao %s: phải bắt đầu bằng %q (SY: sao y, SL: sao lục, TrS: trích sao)",
			"the copy's symbol %q does not match the form %s: it must start with %q (SY: sao y, SL: sao lục, TrS: trích sao)"},
		msgBanSaoNoNumber: {"bản sao chưa có số: để trống cho văn thư điền", "the copy has no number: left blank for the văn thư"},
		msgBanSaoSoMin:    {"số bản sao phải từ 1 trở lên, không phải %d", "the copy's number must be 1 or more, not %d"},
		msgBanSaoAuthority: {"quyền hạn ký %q không có; chọn một trong: %s",
			"signing authority %q is not allowed; choose one of: %s"},
		msgBanSaoNeedHead: {"quyền hạn %s cần chức vụ người đứng đầu (cap_truong)", "authority %s needs the head's title (cap_truong)"},
		msgBanSaoDraftDate: {"ngày sao chỉ có năm: ngày và tháng để trống cho văn thư điền",
			"the copy's date has only the year: day and month are left blank for the văn thư"},
	} {
		catalog[k] = v
	}
}
