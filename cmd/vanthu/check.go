package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/vanthu/vanthu/docgen"
)

// checkResult is one file's JSON output.
type checkResult struct {
	File   string         `json:"file"`
	Report *docgen.Report `json:"report"`
}

func (a *app) checkCmd() *cobra.Command {
	var theThuc, format string
	cmd := &cobra.Command{
		Use:   "check FILE.docx...",
		Short: "Kiểm tra thể thức một tệp DOCX / check a DOCX against the layout rules",
		Long: "Đọc tệp DOCX (do Word, LibreOffice, python-docx hay vanthu tạo) và kiểm tra theo Nghị định 30/2020/NĐ-CP hoặc Hướng dẫn 36-HD/VPTW.\n" +
			"Mã thoát 0 khi không có lỗi, 1 khi có lỗi, 2 khi không đọc được tệp.",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return &exitError{code: exitUsage, err: fmt.Errorf("--format %q: chọn text hoặc json / choose text or json", format)}
			}
			opts := []docgen.Option{docgen.WithLanguage(a.language()), docgen.WithTheThuc(theThuc)}
			var results []checkResult
			invalid := false
			for _, name := range args {
				rep, err := checkFile(name, opts)
				if err != nil {
					return &exitError{code: exitUsage, err: fmt.Errorf("%s: %w", name, err)}
				}
				invalid = invalid || rep.HasErrors()
				results = append(results, checkResult{File: name, Report: rep})
			}
			if format == "json" {
				if err := a.writeJSON(results); err != nil {
					return err
				}
			} else {
				for _, r := range results {
					a.printReport(r.File, r.Report)
				}
			}
			if invalid {
				return &exitError{code: exitInvalid}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&theThuc, "the-thuc", "auto", "bộ quy tắc: auto, nha-nuoc hoặc dang / rule set")
	cmd.Flags().StringVar(&format, "format", "text", "dạng kết quả: text hoặc json / output format")
	return cmd
}

func checkFile(name string, opts []docgen.Option) (*docgen.Report, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	return docgen.Check(f, st.Size(), opts...)
}

// printReport writes the findings grouped by element, in the order the
// elements first appear.
func (a *app) printReport(file string, rep *docgen.Report) {
	en := a.language() == docgen.English
	fmt.Fprintf(a.stdout, "%s (%s)\n", file, rep.RuleSet)
	if len(rep.Findings) == 0 {
		fmt.Fprintf(a.stdout, "  %s\n", map[bool]string{false: "đúng thể thức", true: "conforms"}[en])
		return
	}
	var order []string
	groups := map[string][]docgen.Finding{}
	for _, f := range rep.Findings {
		if _, ok := groups[f.Element]; !ok {
			order = append(order, f.Element)
		}
		groups[f.Element] = append(groups[f.Element], f)
	}
	for _, el := range order {
		fmt.Fprintf(a.stdout, "  %s:\n", elementName(el, en))
		for _, f := range groups[el] {
			fmt.Fprintf(a.stdout, "    %s: %s\n", severityWord(f.Severity, a.language()), f)
		}
	}
}

// elementNames names the elements for the text report.
var elementNames = map[string][2]string{
	"trang": {"Trang", "Page"}, "phong_chu": {"Phông chữ", "Font"}, "so_trang": {"Số trang", "Page numbers"},
	"quoc_hieu": {"Quốc hiệu / tiêu đề", "National title"}, "tieu_ngu": {"Tiêu ngữ", "Motto"},
	"co_quan": {"Tên cơ quan ban hành", "Issuing agency"}, "co_quan_chu_quan": {"Cơ quan chủ quản", "Parent agency"},
	"so_ky_hieu": {"Số, ký hiệu", "Number"}, "dia_danh_ngay": {"Địa danh, ngày tháng", "Place and date"},
	"ten_loai": {"Tên loại", "Kind"}, "trich_yeu": {"Trích yếu", "Summary"}, "trich_yeu_cong_van": {"Trích yếu công văn (V/v)", "Công văn summary"},
	"can_cu": {"Căn cứ", "Căn cứ"}, "noi_dung": {"Nội dung", "Body"}, "kinh_gui": {"Kính gửi", "Addressees"},
	"quyen_han": {"Quyền hạn, chức vụ", "Signing authority"}, "ho_ten": {"Họ tên người ký", "Signer"},
	"noi_nhan_nhan": {"Nơi nhận", "Recipients label"}, "noi_nhan_danh_sach": {"Danh sách nơi nhận", "Recipients"},
	"chu_thich": {"Chú thích", "Footnotes"},
}

func elementName(el string, en bool) string {
	n, ok := elementNames[el]
	if !ok {
		return el
	}
	if en {
		return n[1]
	}
	return n[0]
}
