package docgen

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanthu/vanthu/docgen/internal/extread"
)

// mauExamples are the examples of mẫu 1.6–1.10 with the lines page 1
// must show (LibreOffice, words compared) and a paragraph python-docx
// must find.
var mauExamples = []struct {
	name  string
	lines []string
	para  string
}{
	{"cong-dien", []string{"Số: 09/CĐ-UBND", "CÔNG ĐIỆN", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:", "- Giám đốc các sở, ban, ngành tỉnh;"},
		"- Giám đốc các sở, ban, ngành tỉnh;"},
	{"giay-moi", []string{"Số: 21/GM-SNV", "GIẤY MỜI", "Sở Nội vụ trân trọng kính mời:", "Tới dự", "Chủ trì:", "Thời gian: 08 giờ 00 phút", "Địa điểm:"},
		"Chủ trì: Đồng chí Nguyễn Văn Hùng, Giám đốc Sở Nội vụ."},
	{"giay-gioi-thieu", []string{"Số: 12/GGT-SNV", "GIẤY GIỚI THIỆU", "trân trọng giới thiệu:", "Ông (bà): Phạm Minh Tuấn", "Chức vụ:",
		"Được cử đến:", "Về việc:", "Đề nghị Quý cơ quan tạo điều kiện", "Giấy này có giá trị đến hết ngày 31 tháng 3 năm 2023"},
		"Ông (bà): Phạm Minh Tuấn"},
	{"bien-ban", []string{"Số: 05/BB-SNV", "BIÊN BẢN", "Thời gian bắt đầu:", "Thành phần tham dự:", "Chủ trì (chủ tọa):",
		"Thư ký (người ghi biên bản):", "kết thúc vào", "THƯ KÝ", "CHỦ TỌA", "Trần Thị Mai", "Nguyễn Văn Hùng"},
		"Thư ký (người ghi biên bản): Trần Thị Mai, chuyên viên Văn phòng Sở"},
	{"giay-nghi-phep", []string{"Số: 07/GNP-SNV", "GIẤY NGHỈ PHÉP", "Xét Đơn đề nghị nghỉ phép ngày 01 tháng 3 năm 2023",
		"Được nghỉ phép trong thời gian 05 ngày kể từ ngày 13 tháng 3 năm 2023", "Xác nhận của cơ quan (tổ chức)"},
		"Ông (bà): Lê Thị Thu Hà"},
	{"dang-giay-moi", []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "Số 46-GM/HU", "GIẤY MỜI", "Ban Thường vụ Huyện ủy trân trọng kính mời:",
		"Thời gian: 07 giờ 30 phút", "T/M BAN THƯỜNG VỤ", "- Lưu Văn phòng Huyện ủy."},
		"Địa điểm: Hội trường Huyện ủy Định Hóa."},
}

func renderFile(t *testing.T, name string) []byte {
	t.Helper()
	doc, err := ParseFile(filepath.Join("..", "examples", name+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	out, err := RenderBytes(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Each mẫu example passes our checker without an error or a warning.
func TestMauExamplesCheck(t *testing.T) {
	for _, ex := range mauExamples {
		t.Run(ex.name, func(t *testing.T) {
			out := renderFile(t, ex.name)
			rep, err := Check(bytes.NewReader(out), int64(len(out)))
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range rep.Findings {
				if f.Severity != SeverityInfo {
					t.Errorf("%s %s: %s", f.Severity, f.Rule, f.Message)
				}
			}
		})
	}
}

// LibreOffice lays each mẫu out on one page with its lines; python-docx
// reads its structured lines as paragraphs. The biên bản has no date
// line, and its two signers stand level, THƯ KÝ on the left.
func TestMauExamplesReaders(t *testing.T) {
	extread.NeedSoffice(t)
	extread.NeedPoppler(t)
	extread.NeedPythonDocx(t)
	for _, ex := range mauExamples {
		t.Run(ex.name, func(t *testing.T) {
			out := renderFile(t, ex.name)
			pdf, doc := onePage(t, out, ex.lines, ex.para)
			text := pageWords(t, pdf, 1)
			if !strings.HasPrefix(ex.name, "dang-") {
				doc.Sections[0].AssertA4(t, 20, 20, 30, 15)
			}

			if ex.name != "bien-ban" {
				if !strings.Contains(text, ", ngày ") {
					t.Error("no date line")
				}
				return
			}
			var thuKy, chuToa *extread.Word
			words := extread.PageWords(t, pdf, 1)
			title := 1e9
			for _, w := range words {
				if w.Text == "BIÊN" {
					title = min(title, w.YMin)
				}
			}
			for i, w := range words {
				if w.Text == "ngày" && w.YMin < title {
					t.Errorf("a date above the title at %+v: a biên bản has no date line in its header", w)
				}
				switch w.Text {
				case "KÝ":
					thuKy = &words[i]
				case "TỌA":
					chuToa = &words[i]
				}
			}
			if thuKy == nil || chuToa == nil {
				t.Fatal("THƯ KÝ or CHỦ TỌA not found")
			}
			if d := thuKy.YMin - chuToa.YMin; d > 2 || d < -2 || thuKy.XMax >= chuToa.XMin {
				t.Errorf("THƯ KÝ at %+v, CHỦ TỌA at %+v: not level, left and right", *thuKy, *chuToa)
			}
		})
	}
}

// A biên bản signed with images: the thư ký's on the left, the chủ tọa's
// with the seal on the right; the names stay level and the checker finds
// no error.
func TestBienBanSignatureImages(t *testing.T) {
	doc, err := ParseFile(filepath.Join("..", "examples", "bien-ban.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	sig, err := os.ReadFile(filepath.Join("..", "examples", "hinh", "chu-ky.png"))
	if err != nil {
		t.Fatal(err)
	}
	seal, err := os.ReadFile(filepath.Join("..", "examples", "hinh", "dau.png"))
	if err != nil {
		t.Fatal(err)
	}
	doc.NguoiKy.ChuKyPNG, doc.ThuKy.ChuKyPNG, doc.DauPNG = sig, sig, seal
	out, err := RenderBytes(doc)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(unzipParts(t, out)["word/document.xml"]), "<pic:pic "); n != 3 {
		t.Errorf("%d pictures, want two signatures and a seal", n)
	}
	checkClean(t, out)
	// A signature on ong_ba (giấy giới thiệu) has no place.
	doc.OngBa.ChuKyPNG = sig
	if !Validate(doc).HasErrors() {
		t.Error("ong_ba.chu_ky accepted")
	}
	doc.OngBa.ChuKyPNG = nil

	extread.NeedSoffice(t)
	extread.NeedPoppler(t)
	pdf := extread.ToPDF(t, out)
	var left, right *extread.Word
	words := extread.PageWords(t, pdf, 1)
	for i, w := range words {
		switch w.Text {
		case "Mai":
			left = &words[i]
		case "Hùng":
			right = &words[i]
		}
	}
	if left == nil || right == nil {
		t.Fatal("names not found")
	}
	if d := left.YMin - right.YMin; d > 2 || d < -2 {
		t.Errorf("names not level: %+v, %+v", *left, *right)
	}
}
