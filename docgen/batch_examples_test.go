package docgen

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/vanthu/vanthu/docgen/internal/extread"
)

// batchExamples are the mail-merge examples: their data, and what the
// first document must show.
var batchExamples = []struct {
	file  string
	rows  int
	start int
	first []string // text of the first document (LibreOffice, page 1)
	para  string   // a paragraph python-docx must find in the first document
}{
	{"giay-moi-dai-bieu", 8, 15,
		[]string{"Số: 15/GM-SNV", "GIẤY MỜI", "Nguyễn Văn An", "ngày 14 tháng 02 năm 2023", "Giấy mời số 15"},
		"- Ông Nguyễn Văn An (Sở Tư pháp);"},
	{"cong-van-xa", 6, 120,
		[]string{"Số: 120/UBND-TCKH", "Kính gửi: Ủy ban nhân dân xã Thanh An", "126.000.000 đồng",
			"Một trăm hai mươi sáu triệu đồng"},
		"1. Số hộ được hỗ trợ: 42 hộ."},
}

// batchExample runs one example's template over its own data.
func batchExample(t *testing.T, file string, start int) *memSink {
	t.Helper()
	tpl, err := ParseTemplateFile(filepath.Join("..", "examples", file+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	sink := &memSink{}
	if _, err := Batch(context.Background(), tpl, tpl.Data(), sink, StartNumber(start)); err != nil {
		t.Fatal(err)
	}
	return sink
}

// Every document of the examples validates, and our checker finds no
// error in it.
func TestBatchExamples(t *testing.T) {
	for _, ex := range batchExamples {
		t.Run(ex.file, func(t *testing.T) {
			sink := batchExample(t, ex.file, ex.start)
			if len(sink.names) != ex.rows {
				t.Fatalf("%d documents, want %d", len(sink.names), ex.rows)
			}
			for _, name := range sink.names {
				data := sink.data[name]
				rep, err := Check(bytes.NewReader(data), int64(len(data)))
				if err != nil {
					t.Fatal(err)
				}
				for _, f := range rep.Findings {
					if f.Severity == SeverityError {
						t.Errorf("%s: %s: %s", name, f.Rule, f.Message)
					}
				}
			}
		})
	}
}

// Independent readers: LibreOffice lays out the first document of each
// example with the row's values in place, python-docx reads them back.
func TestBatchExamplesReaders(t *testing.T) {
	extread.NeedSoffice(t)
	extread.NeedPoppler(t)
	extread.NeedPythonDocx(t)
	for _, ex := range batchExamples {
		t.Run(ex.file, func(t *testing.T) {
			sink := batchExample(t, ex.file, ex.start)
			first := sink.data[sink.names[0]]
			_, doc := onePage(t, first, ex.first, ex.para)
			doc.Sections[0].AssertA4(t, 20, 20, 30, 15)
		})
	}
}
