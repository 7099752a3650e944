package docgen

// Messages about the signature and seal images and the chữ ký số box
// (signing.go). They number from 11000 so that they do not shift the
// other catalogs' keys.
const (
	msgImageMissing msgKey = 11000 + iota
	msgImageNotPNG
	msgImageBroken
	msgImageHuge
	msgImageOpaque
	msgImageNoDPI
	msgSealNoSignature
	msgImageNotHere
	msgKySoNoTime
	msgKySoNoZone
	msgKySoZone
	msgKySoBadTime
	msgImageInk
)

func init() {
	for k, v := range map[msgKey][2]string{
		msgImageMissing: {"không đọc được tệp ảnh %s %q: %v",
			"cannot read the %s image file %q: %v"},
		msgImageNotPNG: {"tệp %q không phải ảnh PNG (không có chữ ký tệp PNG): %s phải là tệp .png nền trong suốt",
			"file %q is not a PNG image (no PNG signature): the %s must be a .png with a transparent background"},
		msgImageBroken: {"ảnh PNG %q của %s bị hỏng, không đọc được: %v",
			"the PNG image %q of the %s is damaged and cannot be read: %v"},
		msgImageHuge: {"ảnh %s %q quá lớn (%.1f MB, tối đa %d MB): lưu lại ảnh nhỏ hơn",
			"the %s image %q is too large (%.1f MB, at most %d MB): save a smaller image"},
		msgImageOpaque: {"ảnh %s %q không có kênh trong suốt (alpha): ảnh phải có nền trong suốt để không che chữ",
			"the %s image %q has no transparency (alpha channel): it must have a transparent background so as not to hide the text"},
		msgImageNoDPI: {"ảnh %s %q không ghi độ phân giải (pHYs): lấy %g dpi, in rộng %.1f mm × cao %.1f mm; lưu ảnh với độ phân giải để dấu đúng kích thước thực",
			"the %s image %q records no resolution (pHYs): %g dpi is assumed, %.1f mm wide × %.1f mm high; save it with its resolution so the seal shows at its actual size"},
		msgSealNoSignature: {"hình ảnh dấu trùm lên khoảng 1/3 hình ảnh chữ ký về bên trái: điền cả %s",
			"the seal image covers the left third of the signature image: give %s too"},
		msgImageNotHere: {"%s không ký nên không có hình ảnh chữ ký; chỉ người ký (nguoi_ky), thư ký biên bản (thu_ky) và người ký bản sao có",
			"%s does not sign, so takes no signature image; only the signer (nguoi_ky), the secretary of a biên bản (thu_ky) and the copy's signer do"},
		msgKySoNoTime: {"thiếu thời gian ký số, ví dụ \"2026-02-05T09:30:00+07:00\"",
			"the signing time is missing, e.g. \"2026-02-05T09:30:00+07:00\""},
		msgKySoNoZone: {"thời gian ký %q thiếu múi giờ: ghi theo ISO 8601 với múi giờ Việt Nam, ví dụ \"%s+07:00\"",
			"signing time %q has no time zone: write it in ISO 8601 with the Vietnam time zone, e.g. \"%s+07:00\""},
		msgKySoZone: {"thời gian ký %q theo múi giờ %s: phải là múi giờ Việt Nam %s, ví dụ \"%s\"",
			"signing time %q is in time zone %s: it must be the Vietnam time zone %s, e.g. \"%s\""},
		msgKySoBadTime: {"thời gian ký %q không đúng ISO 8601 (ngày, giờ phút giây và múi giờ), ví dụ \"2026-02-05T09:30:00+07:00\"",
			"signing time %q is not ISO 8601 (date, hours minutes seconds and time zone), e.g. \"2026-02-05T09:30:00+07:00\""},
		msgImageInk: {"ảnh %s %q có màu mực trung bình #%02X%02X%02X, không phải màu %s",
			"the %s image %q has a mean ink colour of #%02X%02X%02X, not %s"},
	} {
		catalog[k] = v
	}
}
