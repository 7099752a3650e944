package docgen_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/vanthu/vanthu/docgen"
)

// A công văn built in Go and rendered to DOCX in memory.
func Example() {
	doc := &docgen.Document{
		Loai:          "cong-van",
		CoQuanChuQuan: "UBND TỈNH BẮC NINH",
		CoQuan:        "SỞ NỘI VỤ",
		So:            5,
		KyHieu:        "SNV-VP",
		DiaDanh:       "Bắc Ninh",
		Ngay:          docgen.Date{Year: 2026, Month: 1, Day: 8},
		TrichYeu:      "lập hồ sơ điện tử năm 2026",
		KinhGui:       []string{"Các phòng, đơn vị thuộc Sở"},
		NoiDung:       "Sở Nội vụ đề nghị các phòng, đơn vị lập hồ sơ công việc trên môi trường điện tử.",
		NguoiKy:       docgen.Signer{QuyenHan: "KT", CapTruong: "Giám đốc", ChucVu: "Phó Giám đốc", HoTen: "Trần Văn Minh"},
		NoiNhan:       []string{"Như trên"},
		Luu:           []string{"VT", "VP"},
	}
	var buf bytes.Buffer
	if err := docgen.Render(&buf, doc); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(bytes.HasPrefix(buf.Bytes(), []byte("PK")))
	// Output: true
}

// Parse reads YAML and keeps positions, so findings point at lines.
func ExampleParse() {
	src := `loai: quyet-dinh
co_quan: SỞ NỘI VỤ
ky_hieu: CV-SNV
`
	doc, err := docgen.Parse([]byte(src), docgen.WithFilename("qd.yaml"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range docgen.Validate(doc) {
		if d.Path == "ky_hieu" {
			fmt.Println(d)
		}
	}
	// Output: qd.yaml:3:10: ky_hieu: ký hiệu "CV-SNV" không khớp loại văn bản: Quyết định viết tắt là "QĐ", nên ký hiệu phải là "QĐ-SNV" (Nghị định 30/2020/NĐ-CP, Phụ lục III, Phần I (bảng chữ viết tắt tên loại)) [ND30.PL3.I]
}

// Unknown keys get a "did you mean" hint, in English on request.
func ExampleParse_unknownKey() {
	_, err := docgen.Parse([]byte("loai: cong-van\ntrich_yue: x\n"), docgen.WithLanguage(docgen.English))
	fmt.Println(err)
	// Output: 2:1: trich_yue: unknown key "trich_yue"; did you mean "trich_yeu"? (input file) [VANTHU.INPUT]
}

// A draft has no number and only the year of its date: valid, reported as
// information; Issued makes it an error.
func ExampleValidate() {
	doc, _ := docgen.Parse([]byte(`loai: cong-van
co_quan: SỞ NỘI VỤ
ky_hieu: SNV-VP
dia_danh: Bắc Ninh
ngay: 2026
trich_yeu: lập hồ sơ điện tử
kinh_gui: Các phòng thuộc Sở
noi_dung: Đề nghị các phòng thực hiện.
nguoi_ky: {chuc_vu: Giám đốc, ho_ten: Phạm Văn Hùng}
noi_nhan: [Như trên]
luu: [VT, VP]
`))
	for _, d := range docgen.Validate(doc) {
		fmt.Println(d.Severity, d.Path, d.Rule)
	}
	fmt.Println(docgen.Validate(doc, docgen.Issued()).HasErrors())
	// Output:
	// info so ND30.PL1.II.3
	// info ngay ND30.PL1.II.4
	// true
}

// Kinds lists the 29 kinds of Điều 7 with their Phụ lục III abbreviations.
func ExampleKinds() {
	for _, k := range docgen.Kinds("nha-nuoc") {
		if strings.HasPrefix(k.Slug, "quy") {
			fmt.Println(k.Slug, k.Abbr, k.Name)
		}
	}
	// Output:
	// quyet-dinh QĐ Quyết định
	// quy-che QC Quy chế
	// quy-dinh QyĐ Quy định
}

// A template filled from rows held in memory: one công văn per commune,
// numbered from 120, written into a zip archive.
func ExampleBatch() {
	tpl, err := docgen.ParseTemplate([]byte(`loai: cong-van
co_quan_chu_quan: UBND TỈNH HẢI DƯƠNG
co_quan: ỦY BAN NHÂN DÂN HUYỆN THANH HÀ
ky_hieu: UBND-TCKH
dia_danh: Thanh Hà
ngay: 2023-03-10
trich_yeu: phân bổ kinh phí cho {{.ten_xa}}
kinh_gui: Ủy ban nhân dân {{.ten_xa}}
noi_dung: Kinh phí phân bổ cho {{.ten_xa}} là {{tien .kinh_phi}} ({{so_chu .kinh_phi}} đồng)./.
nguoi_ky: {thay_mat: Ủy ban nhân dân, chuc_vu: Chủ tịch, ho_ten: Trần Văn Thành}
noi_nhan: [Như trên]
luu: [VT, TCKH]
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	rows := docgen.DataRows([]map[string]string{
		{"Tên xã": "xã Thanh An", "Kinh phí": "126000000"},
		{"Tên xã": "xã Cẩm Chế", "Kinh phí": "81.500.000"},
	})
	var archive bytes.Buffer
	zip := docgen.NewZipSink(&archive)
	res, err := docgen.Batch(context.Background(), tpl, rows, zip,
		docgen.StartNumber(120), docgen.FileName("{{.so}}-{{.ten_xa}}"))
	if err == nil {
		err = zip.Close()
	}
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Rows, res.Written)

	doc, _ := tpl.Execute(docgen.Row{Num: 2, Values: map[string]string{"Tên xã": "xã Cẩm Chế", "Kinh phí": "81.500.000"}})
	fmt.Println(doc.NoiDung)
	// Output:
	// 2 2
	// Kinh phí phân bổ cho xã Cẩm Chế là 81.500.000 đồng (tám mươi mốt triệu năm trăm nghìn đồng)./.
}

// A row that cannot be filled is reported with its row, field and line.
func ExampleTemplate_Execute() {
	tpl, _ := docgen.ParseTemplate([]byte("loai: cong-van\nco_quan: SỞ NỘI VỤ\nky_hieu: SNV-VP\ndia_danh: Hà Nội\nngay: 2023\n"+
		"kinh_gui: \"{{.don_vi}}\"\nnoi_dung: Đề nghị.\nnguoi_ky: {ho_ten: A}\n"), docgen.WithFilename("mau.yaml"))
	_, err := tpl.Execute(docgen.Row{Num: 7, Values: map[string]string{"Đơn vị nhận": "Sở Y tế"}})
	fmt.Println(err)
	// Output:
	// mau.yaml:6:11: kinh_gui[0]: dòng dữ liệu 7: dữ liệu không có cột "don_vi"; các cột có: Đơn vị nhận (mẫu trộn văn bản) [VANTHU.TEMPLATE]
}
