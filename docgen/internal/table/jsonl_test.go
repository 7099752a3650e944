package table

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestJSONL(t *testing.T) {
	tests := []struct {
		name    string
		content string
		want    []Row
		err     errWant
	}{
		{
			name:    "number with leading zeros is not JSON",
			content: `{"Họ tên":" Nguyễn Văn A ","Tuổi":42,"Lương":1.50e3,"Đảng viên":true,"Nghỉ":false,"Ghi chú":null,"CCCD":001234567890123456789}` + "\n",
			err:     errWant{kind: ErrSyntax, line: 1},
		},
		{
			name:    "types, numbers as written",
			content: `{"Họ tên":" Nguyễn Văn A ","Tuổi":42,"Lương":1.50e3,"Đảng viên":true,"Nghỉ":false,"Ghi chú":null,"Số":12345678901234567890,"Âm":-0.10}` + "\n",
			want: []Row{row(1, 1, "Họ tên", "Nguyễn Văn A", "Tuổi", "42", "Lương", "1.50e3", "Đảng viên", "true",
				"Nghỉ", "false", "Ghi chú", "", "Số", "12345678901234567890", "Âm", "-0.10")},
		},
		{
			name: "keys of the first row in every row, new keys kept",
			content: `{"Họ tên":"A","Tuổi":1}` + "\n" +
				`{"Họ tên":"B","Mới":"x"}` + "\n" +
				`{}` + "\n",
			want: []Row{
				row(1, 1, "Họ tên", "A", "Tuổi", "1"),
				row(2, 2, "Họ tên", "B", "Tuổi", "", "Mới", "x"),
				row(3, 3, "Họ tên", "", "Tuổi", ""),
			},
		},
		{
			name:    "BOM, CRLF, blank lines",
			content: "\uFEFF\r\n" + `{"a":"1"}` + "\r\n  \r\n\t\n" + `  {"a":"2"}  ` + "\n\n",
			want:    []Row{row(1, 2, "a", "1"), row(2, 5, "a", "2")},
		},
		{
			name:    "NFD and spaces normalised",
			content: norm.NFD.String(`{" Họ tên ":"Trần Thị Ánh"}`),
			want:    []Row{row(1, 1, "Họ tên", "Trần Thị Ánh")},
		},
		{
			name:    "empty key with null ignored",
			content: `{"a":"1"," ":null}`,
			want:    []Row{row(1, 1, "a", "1")},
		},
		{
			name:    "nested object",
			content: `{"a":"1"}` + "\n\n" + `{"a":"2","Địa chỉ":{"tỉnh":"Huế"}}` + "\n",
			err:     errWant{kind: ErrJSONType, line: 3, column: "Địa chỉ"},
		},
		{
			name:    "array value",
			content: `{"a":[1,2]}`,
			err:     errWant{kind: ErrJSONType, line: 1, column: "a"},
		},
		{
			name:    "line is an array",
			content: `{"a":"1"}` + "\n" + `["a","b"]`,
			err:     errWant{kind: ErrJSONType, line: 2},
		},
		{
			name:    "line is a string",
			content: `"a"`,
			err:     errWant{kind: ErrJSONType, line: 1},
		},
		{
			name:    "line is null",
			content: "\n\nnull\n",
			err:     errWant{kind: ErrJSONType, line: 3},
		},
		{
			name:    "bad JSON",
			content: `{"a":"1"}` + "\n" + `{"a":"2",}` + "\n",
			err:     errWant{kind: ErrSyntax, line: 2},
		},
		{
			name:    "truncated JSON",
			content: `{"a":"1"`,
			err:     errWant{kind: ErrSyntax, line: 1},
		},
		{
			name:    "two objects on a line",
			content: `{"a":"1"} {"a":"2"}`,
			err:     errWant{kind: ErrSyntax, line: 1},
		},
		{
			name:    "duplicate key after normalisation",
			content: `{"Họ tên":"a"," Họ tên":"b"}`,
			err:     errWant{kind: ErrDuplicateHeader, line: 1, column: "Họ tên"},
		},
		{
			name:    "empty key with a value",
			content: `{"a":"1","":"x"}`,
			err:     errWant{kind: ErrEmptyHeader, line: 1},
		},
		{
			name:    "not UTF-8",
			content: `{"a":"1"}` + "\n" + "{\"a\":\"Nguy\xea\xden\"}\n",
			err:     errWant{kind: ErrEncoding, line: 2},
		},
		{
			name:    "empty file",
			content: "",
			err:     errWant{kind: ErrNoHeader},
		},
		{
			name:    "blank lines only",
			content: "\n  \r\n\n",
			err:     errWant{kind: ErrNoHeader},
		},
		{
			name:    "line of exactly 4 MiB",
			content: `{"a":"` + strings.Repeat("x", maxRecord-8) + `"}` + "\r\n",
			want:    []Row{row(1, 1, "a", strings.Repeat("x", maxRecord-8))},
		},
		{
			name:    "line over 4 MiB",
			content: `{"a":"1"}` + "\n" + `{"a":"` + strings.Repeat("x", maxRecord) + `"}` + "\n",
			err:     errWant{kind: ErrTooLarge, line: 2},
		},
		{
			name:    "very long line",
			content: `{"a":"1"}` + "\n" + `{"a":"` + strings.Repeat("x", 2*maxRecord) + `"}` + "\n",
			err:     errWant{kind: ErrTooLarge, line: 2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, "data.jsonl", tt.content)
			got, err := collect(JSONL(p))
			checkErr(t, err, tt.err)
			if tt.err.kind == 0 {
				checkRows(t, got, tt.want)
			}
		})
	}
}
