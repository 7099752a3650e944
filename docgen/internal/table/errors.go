package table

import (
	"fmt"
	"strconv"
	"strings"
)

// ErrKind classifies an [Error].
type ErrKind int

// The kinds of Error.
const (
	// ErrOpen: the file cannot be opened or is not a readable workbook.
	ErrOpen ErrKind = iota + 1
	// ErrFormat: the file extension is not one of the known formats.
	ErrFormat
	// ErrEncoding: the text is not UTF-8 (often Windows-1258, TCVN3 or
	// UTF-16).
	ErrEncoding
	// ErrNoHeader: the file is empty or has only blank lines, so there is
	// no header row (for JSONL: no object at all).
	ErrNoHeader
	// ErrEmptyHeader: a column holds data but has no header.
	ErrEmptyHeader
	// ErrDuplicateHeader: two columns have the same header (after trimming
	// and NFC normalisation).
	ErrDuplicateHeader
	// ErrFieldCount: a CSV row has more non-empty cells than there are
	// headers.
	ErrFieldCount
	// ErrSyntax: the file is malformed: a misplaced quote in CSV, invalid
	// JSON, an unreadable worksheet.
	ErrSyntax
	// ErrJSONType: a JSONL line is not an object, or one of its values is
	// an object or an array.
	ErrJSONType
	// ErrSheet: the requested worksheet does not exist (Detail lists the
	// sheets of the workbook), or a sheet was given for a file that is not
	// a workbook.
	ErrSheet
	// ErrTooLarge: a line or record is too long, or a workbook too large
	// once uncompressed.
	ErrTooLarge
)

var kindNames = [...]string{
	ErrOpen:            "ErrOpen",
	ErrFormat:          "ErrFormat",
	ErrEncoding:        "ErrEncoding",
	ErrNoHeader:        "ErrNoHeader",
	ErrEmptyHeader:     "ErrEmptyHeader",
	ErrDuplicateHeader: "ErrDuplicateHeader",
	ErrFieldCount:      "ErrFieldCount",
	ErrSyntax:          "ErrSyntax",
	ErrJSONType:        "ErrJSONType",
	ErrSheet:           "ErrSheet",
	ErrTooLarge:        "ErrTooLarge",
}

// String returns the name of the constant, e.g. "ErrEncoding".
func (k ErrKind) String() string {
	if k > 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "ErrKind(" + strconv.Itoa(int(k)) + ")"
}

// srcFormat is the kind of source an error comes from; it picks the words
// of messages ("line" in a text file, "row" in a workbook).
type srcFormat uint8

const (
	fmtCSV srcFormat = iota
	fmtXLSX
	fmtJSONL
	fmtMem
)

// reason refines a Kind for the message.
type reason uint8

const (
	whyNone        reason = iota
	whyDir                // ErrOpen: the path is a directory
	whyNotZip             // ErrOpen: not an .xlsx (zip) file
	whyNotWorkbook        // ErrSheet: sheet given for a non-workbook file
	whyUTF16              // ErrEncoding: UTF-16 byte order mark
	whyUnzip              // ErrTooLarge: workbook too large uncompressed
	whyNotObject          // ErrJSONType: the line is not an object
	whyTrailing           // ErrSyntax: data after the JSON object
)

// Error is the error of every failure of this package. It says where the
// problem is (file, line, column) and, through Message, what to do about
// it, in English or Vietnamese.
type Error struct {
	File   string  // source name
	Line   int     // 0 if unknown
	Column string  // header of the column concerned, "" if none
	Kind   ErrKind // what went wrong
	Detail string  // extra text (the OS error, the list of sheets, the JSON error…); not translated

	format srcFormat
	why    reason
	pos    string // position of a column without header: "3" (CSV) or "C" (XLSX)
	item   int    // 1-based index of an in-memory row
	sheet  string // the sheet asked for
	n      int    // number of headers, for ErrFieldCount
	err    error  // underlying error
}

// Error returns the message in English: Message(false).
func (e *Error) Error() string { return e.Message(false) }

// Unwrap returns the underlying OS or parse error, if any.
func (e *Error) Unwrap() error { return e.err }

// Message returns the message in Vietnamese when vi is true, in English
// otherwise. It starts with the place — file, then line and column when
// they are known ("ds.csv, dòng 5, cột "Họ tên": …") — and says what to
// do.
func (e *Error) Message(vi bool) string {
	var b strings.Builder
	b.WriteString(e.where(vi))
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	b.WriteString(e.text(vi))
	return b.String()
}

// where describes the place of the error: "ds.csv, dòng 5, cột "Họ tên"".
func (e *Error) where(vi bool) string {
	var parts []string
	if e.File != "" {
		parts = append(parts, e.File)
	}
	if e.Line > 0 {
		switch {
		case e.format == fmtXLSX && vi:
			parts = append(parts, "hàng "+strconv.Itoa(e.Line))
		case e.format == fmtXLSX:
			parts = append(parts, "row "+strconv.Itoa(e.Line))
		case vi:
			parts = append(parts, "dòng "+strconv.Itoa(e.Line))
		default:
			parts = append(parts, "line "+strconv.Itoa(e.Line))
		}
	} else if e.item > 0 {
		if vi {
			parts = append(parts, "hàng thứ "+strconv.Itoa(e.item))
		} else {
			parts = append(parts, "row "+strconv.Itoa(e.item))
		}
	}
	word := "column "
	if vi {
		word = "cột "
	}
	switch {
	case e.Column != "" && (e.format == fmtJSONL || e.format == fmtMem):
		word = "key "
		if vi {
			word = "khoá "
		}
		parts = append(parts, word+strconv.Quote(e.Column))
	case e.Column != "":
		parts = append(parts, word+strconv.Quote(e.Column))
	case e.pos != "":
		parts = append(parts, word+e.pos)
	}
	return strings.Join(parts, ", ")
}

// text is the message proper, with the Detail where it helps.
func (e *Error) text(vi bool) string {
	var en, vn string
	detail := true
	switch e.Kind {
	case ErrOpen:
		switch e.why {
		case whyDir:
			en = "this is a folder, not a file: give the path of the data file"
			vn = "đây là thư mục, không phải tệp: hãy chỉ đường dẫn tới tệp dữ liệu"
		case whyNotZip:
			en = "not a valid Excel workbook (.xlsx): open it in Excel and save it again as .xlsx (old .xls files and password-protected workbooks cannot be read)"
			vn = "không phải sổ tính Excel (.xlsx) hợp lệ: hãy mở bằng Excel rồi lưu lại dạng .xlsx (không đọc được tệp .xls cũ hoặc sổ tính có đặt mật khẩu)"
		default:
			en = "cannot open the file: check the path and that you may read the file"
			vn = "không mở được tệp: hãy kiểm tra đường dẫn và quyền đọc tệp"
		}
	case ErrFormat:
		ext := e.Detail
		if ext == "" {
			ext = "(none)"
			if vi {
				ext = "(không có)"
			}
		}
		detail = false
		en = "unsupported file type " + ext + ": use a .csv, .tsv, .txt, .xlsx, .xlsm, .jsonl or .ndjson file"
		vn = "không hỗ trợ loại tệp " + ext + ": hãy dùng tệp .csv, .tsv, .txt, .xlsx, .xlsm, .jsonl hoặc .ndjson"
	case ErrEncoding:
		en = "the file is not UTF-8: save it again with UTF-8 encoding (Excel: Save As → CSV UTF-8)"
		vn = "tệp không phải UTF-8: hãy lưu lại với bảng mã UTF-8 (Excel: Lưu thành → CSV UTF-8)"
		if e.why != whyUTF16 {
			en += "; it may be in Windows-1258 or TCVN3 (ABC)"
			vn += "; có thể tệp đang dùng bảng mã Windows-1258 hoặc TCVN3 (ABC)"
		}
	case ErrNoHeader:
		switch e.format {
		case fmtJSONL:
			en = "no data: the file holds no JSON object; write one object per line"
			vn = "không có dữ liệu: tệp không có đối tượng JSON nào; hãy viết mỗi dòng một đối tượng"
		case fmtXLSX:
			en = "no header row: the sheet is empty; its first non-empty row must hold the column names"
			vn = "không có hàng tiêu đề: trang tính trống; hàng đầu tiên có nội dung phải chứa tên các cột"
		default:
			en = "no header row: the file is empty; its first non-empty line must hold the column names"
			vn = "không có dòng tiêu đề: tệp trống; dòng đầu tiên có nội dung phải chứa tên các cột"
		}
	case ErrEmptyHeader:
		if e.format == fmtJSONL || e.format == fmtMem {
			en = "a value has an empty key: give it a name"
			vn = "có giá trị mà khoá (tên cột) để trống: hãy đặt tên cho khoá"
		} else {
			en = "this column has data but no name in the header row: add a column name or delete the data"
			vn = "cột này có dữ liệu nhưng chưa có tên ở dòng tiêu đề: hãy thêm tên cột hoặc xoá dữ liệu"
		}
	case ErrDuplicateHeader:
		if e.format == fmtJSONL || e.format == fmtMem {
			en = "the same key appears twice (spaces and Unicode forms aside): give each column a different name"
			vn = "khoá bị trùng (không kể khoảng trắng và dạng Unicode): mỗi cột phải có một tên riêng"
		} else {
			en = "the column name appears more than once in the header row: give each column a different name"
			vn = "tên cột bị trùng ở dòng tiêu đề: mỗi cột phải có một tên riêng"
		}
	case ErrFieldCount:
		en = fmt.Sprintf("this line has more values than the header row has columns (%d): remove the extra values or add column names; a value containing the separator must be enclosed in double quotes", e.n)
		vn = fmt.Sprintf("dòng này có nhiều giá trị hơn số cột của dòng tiêu đề (%d cột): hãy xoá giá trị thừa hoặc thêm tên cột; giá trị có chứa dấu phân cách phải đặt trong dấu ngoặc kép", e.n)
	case ErrSyntax:
		switch {
		case e.format == fmtJSONL && e.why == whyTrailing:
			en = "there is more than one JSON value on the line: write exactly one object per line"
			vn = "dòng có nhiều hơn một giá trị JSON: mỗi dòng chỉ được có một đối tượng"
		case e.format == fmtJSONL:
			en = `the line is not valid JSON: write one object per line, e.g. {"Họ tên": "Nguyễn Văn A"}`
			vn = `dòng này không phải JSON hợp lệ: mỗi dòng phải là một đối tượng, ví dụ {"Họ tên": "Nguyễn Văn A"}`
		case e.format == fmtXLSX:
			en = "the worksheet cannot be read: open the workbook in Excel and save it again"
			vn = "không đọc được trang tính: hãy mở sổ tính bằng Excel rồi lưu lại"
		default:
			en = `misplaced double quote: a value containing quotes, separators or line breaks must be enclosed in double quotes, with each quote inside doubled ("")`
			vn = `dấu ngoặc kép đặt sai chỗ: giá trị có chứa dấu ngoặc kép, dấu phân cách hoặc xuống dòng phải đặt trong dấu ngoặc kép, và mỗi dấu ngoặc kép bên trong phải viết đôi ("")`
		}
	case ErrJSONType:
		if e.why == whyNotObject {
			en = `the line is not a JSON object: write each row as {"column": value, …}`
			vn = `dòng này không phải đối tượng JSON: hãy viết mỗi hàng dạng {"tên cột": giá trị, …}`
		} else {
			en = "the value is an object or a list: only text, numbers, true/false or null are allowed"
			vn = "giá trị là đối tượng hoặc mảng: chỉ được dùng chuỗi, số, true/false hoặc null"
		}
	case ErrSheet:
		detail = false
		if e.why == whyNotWorkbook {
			en = fmt.Sprintf("a sheet (%q) can only be chosen in an Excel workbook (.xlsx, .xlsm): remove the sheet name or use the workbook", e.sheet)
			vn = fmt.Sprintf("chỉ chọn được trang tính (%q) trong sổ tính Excel (.xlsx, .xlsm): hãy bỏ tên trang tính hoặc dùng tệp sổ tính", e.sheet)
		} else {
			en = fmt.Sprintf("the workbook has no sheet %q: choose one of: %s", e.sheet, e.Detail)
			vn = fmt.Sprintf("sổ tính không có trang tính %q: hãy chọn một trong các trang: %s", e.sheet, e.Detail)
		}
	case ErrTooLarge:
		if e.why == whyUnzip {
			en = "the workbook is too large once uncompressed: split the data into smaller workbooks"
			vn = "sổ tính quá lớn khi giải nén: hãy chia dữ liệu thành các sổ tính nhỏ hơn"
		} else {
			en = "the line is too long: check that the file really is a data table"
			vn = "dòng quá dài: hãy kiểm tra tệp có đúng là bảng dữ liệu không"
		}
	default:
		en, vn = "error", "lỗi"
	}
	s := en
	if vi {
		s = vn
	}
	if detail && e.Detail != "" {
		s += " (" + e.Detail + ")"
	}
	return s
}
