package docgen

// Messages about the structured lines of mẫu 1.6–1.10. They number from
// 9000 so that they do not shift the other catalogs' keys.
const (
	msgWantBool msgKey = 9000 + iota
	msgFormWrongKind
	msgFormWrongKindNone
	msgFormMissing
	msgFormBadDate
	msgFormDateOrder
	msgFormNoBody
)

func init() {
	for k, v := range map[msgKey][2]string{
		msgWantBool: {"cần true hoặc false, không phải %s", "want true or false, not %s"},
		msgFormWrongKind: {"khóa %s không thuộc %s; khóa này chỉ có ở: %s",
			"the key %s is not part of a %s; only these kinds have it: %s"},
		msgFormWrongKindNone: {"khóa %s không thuộc %s; bộ quy tắc này không có loại văn bản nào dùng khóa này",
			"the key %s is not part of a %s; no kind of this rule set has it"},
		msgFormMissing: {"%s (mẫu %s) cần khóa %s cho dòng \"%s\"",
			"a %s (form %s) needs the key %s for the line \"%s\""},
		msgFormBadDate: {"%s phải là một ngày đầy đủ có thật, dạng YYYY-MM-DD, không phải %q",
			"%s must be a full date that exists, as YYYY-MM-DD, not %q"},
		msgFormDateOrder: {"ngày kết thúc nghỉ phép (%s) trước ngày bắt đầu (%s)",
			"the leave ends (%s) before it begins (%s)"},
		msgFormNoBody: {"%s (mẫu %s) không có phần nội dung tự do: điền các khóa %s",
			"a %s (form %s) has no free-text body: fill in the keys %s"},
	} {
		catalog[k] = v
	}
}
