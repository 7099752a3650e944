package table

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestCSV(t *testing.T) {
	const bom = "\uFEFF"
	tests := []struct {
		name    string
		content string
		want    []Row
		err     errWant
	}{
		{
			name:    "comma, Vietnamese headers",
			content: "Họ tên,Chức vụ,Đơn vị\nNguyễn Văn A,Chuyên viên,Phòng Tổ chức\nTrần Thị B,Trưởng phòng,Văn phòng\n",
			want: []Row{
				row(1, 2, "Họ tên", "Nguyễn Văn A", "Chức vụ", "Chuyên viên", "Đơn vị", "Phòng Tổ chức"),
				row(2, 3, "Họ tên", "Trần Thị B", "Chức vụ", "Trưởng phòng", "Đơn vị", "Văn phòng"),
			},
		},
		{
			name:    "BOM, semicolon, CRLF, no final newline",
			content: bom + "Họ tên;Số QĐ\r\nLê C;12/QĐ-UBND\r\nPhạm D;13/QĐ-UBND",
			want: []Row{
				row(1, 2, "Họ tên", "Lê C", "Số QĐ", "12/QĐ-UBND"),
				row(2, 3, "Họ tên", "Phạm D", "Số QĐ", "13/QĐ-UBND"),
			},
		},
		{
			name:    "BOM, comma",
			content: bom + "a,b\n1,2\n",
			want:    []Row{row(1, 2, "a", "1", "b", "2")},
		},
		{
			name:    "tab, empty cells kept in place",
			content: "Họ tên\tChức vụ\tĐơn vị\nA\t\tVăn phòng\n\tB\t\n",
			want: []Row{
				row(1, 2, "Họ tên", "A", "Chức vụ", "", "Đơn vị", "Văn phòng"),
				row(2, 3, "Họ tên", "", "Chức vụ", "B", "Đơn vị", ""),
			},
		},
		{
			name:    "semicolon wins though commas are quoted",
			content: "\"Họ, tên\";\"Địa chỉ\"\n\"Lê, C\";\"Số 5, Lê Lợi\"\n",
			want:    []Row{row(1, 2, "Họ, tên", "Lê, C", "Địa chỉ", "Số 5, Lê Lợi")},
		},
		{
			name:    "tie between comma and semicolon is comma",
			content: "a;b,c\n1;2,3\n",
			want:    []Row{row(1, 2, "a;b", "1;2", "c", "3")},
		},
		{
			name:    "quoted separators, quotes and newlines; next record's line",
			content: "Họ tên,Địa chỉ,Ghi chú\n\"Lê Văn C\",\"Số 5, Lê Lợi\",\"Nói \"\"xin chào\"\"\r\ndòng 2\n\ndòng 4\"\nPhạm D,Hà Nội,x\n",
			want: []Row{
				row(1, 2, "Họ tên", "Lê Văn C", "Địa chỉ", "Số 5, Lê Lợi", "Ghi chú", "Nói \"xin chào\"\ndòng 2\n\ndòng 4"),
				row(2, 6, "Họ tên", "Phạm D", "Địa chỉ", "Hà Nội", "Ghi chú", "x"),
			},
		},
		{
			name:    "space before an opening quote",
			content: "a, b\n1, \"x, y\"\n",
			want:    []Row{row(1, 2, "a", "1", "b", "x, y")},
		},
		{
			name:    "values and headers trimmed",
			content: "  Họ tên  , Đơn vị\n  A  ,\u00a0B\u00a0\n",
			want:    []Row{row(1, 2, "Họ tên", "A", "Đơn vị", "B")},
		},
		{
			name:    "short rows padded",
			content: "a,b,c\n1,,3\n4\n",
			want: []Row{
				row(1, 2, "a", "1", "b", "", "c", "3"),
				row(2, 3, "a", "4", "b", "", "c", ""),
			},
		},
		{
			name:    "extra empty trailing cells ignored",
			content: "a,b\n1,2,,\n3,4, ,\t\n",
			want: []Row{
				row(1, 2, "a", "1", "b", "2"),
				row(2, 3, "a", "3", "b", "4"),
			},
		},
		{
			name:    "extra non-empty cell",
			content: "a,b\n1,2\n3,4,5\n",
			err:     errWant{kind: ErrFieldCount, line: 3, pos: "3"},
		},
		{
			name:    "NFD in, NFC out",
			content: norm.NFD.String("Họ tên,Đơn vị\nNguyễn Thị Ánh,Sở Tư pháp\n"),
			want:    []Row{row(1, 2, "Họ tên", "Nguyễn Thị Ánh", "Đơn vị", "Sở Tư pháp")},
		},
		{
			name:    "Windows-1258 bytes",
			content: "Họ tên,Đơn vị\nA,B\nNguy\xea\xden V\xe3n A,X\n",
			err:     errWant{kind: ErrEncoding, line: 3},
		},
		{
			name:    "invalid UTF-8 inside a multi-line field",
			content: "a,b\n1,\"x\ny\nz\xea\"\n",
			err:     errWant{kind: ErrEncoding, line: 4},
		},
		{
			name:    "invalid UTF-8 in the header",
			content: "H\xd3 t\xean\nA\n",
			err:     errWant{kind: ErrEncoding, line: 1},
		},
		{
			name:    "UTF-16 byte order mark",
			content: "\xff\xfeH\x00\xcd\x1e",
			err:     errWant{kind: ErrEncoding, line: 1},
		},
		{
			name:    "duplicate header",
			content: "Họ tên,Đơn vị, Họ tên \nA,B,C\n",
			err:     errWant{kind: ErrDuplicateHeader, line: 1, column: "Họ tên"},
		},
		{
			name:    "duplicate header NFC vs NFD",
			content: "Họ tên," + norm.NFD.String("Họ tên") + "\n",
			err:     errWant{kind: ErrDuplicateHeader, line: 1, column: "Họ tên"},
		},
		{
			name:    "empty file",
			content: "",
			err:     errWant{kind: ErrNoHeader},
		},
		{
			name:    "BOM only",
			content: bom,
			err:     errWant{kind: ErrNoHeader},
		},
		{
			name:    "blank lines only",
			content: "\n\r\n   \n,,\n , \n",
			err:     errWant{kind: ErrNoHeader},
		},
		{
			name:    "header only",
			content: "a,b\n",
		},
		{
			name:    "blank lines skipped, Num and Line right",
			content: "\n,,\nHọ tên,Tuổi\n\nA,1\n,\n  ,  \nB,2\n\n",
			want: []Row{
				row(1, 5, "Họ tên", "A", "Tuổi", "1"),
				row(2, 8, "Họ tên", "B", "Tuổi", "2"),
			},
		},
		{
			name:    "empty header column without data ignored",
			content: "a,,c,\n1,,3,\n4, ,6\n",
			want: []Row{
				row(1, 2, "a", "1", "c", "3"),
				row(2, 3, "a", "4", "c", "6"),
			},
		},
		{
			name:    "empty header column with data",
			content: "a,,c\n1,,3\n4,x,6\n",
			err:     errWant{kind: ErrEmptyHeader, line: 3, pos: "2"},
		},
		{
			name:    "unterminated quote",
			content: "a,b\n1,2\n3,\"x\n4,5\n",
			err:     errWant{kind: ErrSyntax, line: 3},
		},
		{
			name:    "bare quote",
			content: "a,b\n1,Công ty \"ABC\"\n",
			err:     errWant{kind: ErrSyntax, line: 2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, "data.csv", tt.content)
			got, err := collect(CSV(p))
			checkErr(t, err, tt.err)
			if tt.err.kind == 0 {
				checkRows(t, got, tt.want)
			}
			if err != nil {
				if e := err.(*Error); e.File != p {
					t.Errorf("File = %q, want %q", e.File, p)
				}
			}
		})
	}
}

// TestCSVStopsAfterError checks that rows before a bad one are yielded and
// that nothing follows the error.
func TestCSVStopsAfterError(t *testing.T) {
	p := writeFile(t, "data.csv", "a\n1\n2\n\"3\n4\n")
	var rows []Row
	var errs []error
	for r, err := range CSV(p).Rows() {
		if err != nil {
			errs = append(errs, err)
			continue // the sequence must end by itself
		}
		rows = append(rows, r)
	}
	if len(rows) != 2 || len(errs) != 1 {
		t.Fatalf("got %d rows and %d errors, want 2 and 1", len(rows), len(errs))
	}
}

func TestCSVRecordTooLong(t *testing.T) {
	p := writeFile(t, "big.csv", "a,b\n1,2\n3,"+strings.Repeat("x", 2*maxRecord)+"\n")
	rows, err := collect(CSV(p))
	checkErr(t, err, errWant{kind: ErrTooLarge, line: 3})
	if len(rows) != 1 {
		t.Errorf("got %d rows before the error, want 1", len(rows))
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		head string
		want rune
	}{
		{"", ','},
		{"Họ tên", ','},
		{"a,b,c", ','},
		{"a;b;c", ';'},
		{"a\tb\tc", '\t'},
		{"a;b,c", ','},
		{"a;b;c,d", ';'},
		{"\"a;b;c\",d", ','},
		{"\"a\"\"b;c;d\"\"\",e", ','},
		{",,,,\na;b", ';'},
		{"a;b\nc,d,e,f", ';'},
	}
	for _, tt := range tests {
		if got := sniff([]byte(tt.head)); got != tt.want {
			t.Errorf("sniff(%q) = %q, want %q", tt.head, got, tt.want)
		}
	}
}
