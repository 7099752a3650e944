package docgen

// Messages about the optional elements (ô 10–13). They number from 1000
// so that they do not shift the main catalog's keys.
const (
	msgBadLevel msgKey = 1000 + iota
	msgStampLines
	msgStampLong
	msgSoanThaoPair
	msgSoanThaoForm
	msgSoBanMin
	msgBadEmail
	msgBadWebsite
	msgBadPhone
)

func init() {
	for k, v := range map[msgKey][2]string{
		msgBadLevel: {"%s %q không có; chọn một trong: %s",
			"%s %q is not allowed; choose one of: %s"},
		msgStampLines: {"%s viết trên một dòng", "%s is written on one line"},
		msgStampLong: {"%s quá dài (%d ký tự, tối đa %d): viết ngắn, ví dụ \"LƯU HÀNH NỘI BỘ\", \"XEM XONG TRẢ LẠI\"",
			"%s is too long (%d characters, at most %d): keep it short, e.g. \"LƯU HÀNH NỘI BỘ\", \"XEM XONG TRẢ LẠI\""},
		msgSoanThaoPair: {"%s và số lượng bản trình bày cùng nhau ở ô 12, ví dụ \"PL.(300)\": điền cả %s",
			"%s and the number of copies go together in cell 12, e.g. \"PL.(300)\": fill in %s too"},
		msgSoanThaoForm: {"%s %q: viết các chữ cái viết tắt, không dấu cách, dấu chấm hay chữ số, ví dụ \"PL\"",
			"%s %q: write the initials, without spaces, dots or digits, e.g. \"PL\""},
		msgSoBanMin:   {"số lượng bản phát hành phải từ 1 trở lên, không phải %d", "the number of copies must be 1 or more, not %d"},
		msgBadEmail:   {"thư điện tử %q không đúng dạng, ví dụ vanthu@bacninh.gov.vn", "e-mail address %q is malformed, e.g. vanthu@bacninh.gov.vn"},
		msgBadWebsite: {"trang thông tin điện tử %q không đúng dạng, ví dụ https://snv.bacninh.gov.vn", "web site %q is malformed, e.g. https://snv.bacninh.gov.vn"},
		msgBadPhone: {"số %q chỉ gồm chữ số, dấu cách, dấu chấm, gạch nối, ngoặc đơn và \"+\"",
			"number %q may hold only digits, spaces, dots, hyphens, parentheses and \"+\""},
	} {
		catalog[k] = v
	}
}
