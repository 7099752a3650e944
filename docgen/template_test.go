package docgen

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/vanthu/vanthu/docgen/internal/docx"
)

// tplBase is a valid công văn whose fields are filled from a row.
const tplBase = `loai: cong-van
co_quan_chu_quan: UBND TỈNH HẢI DƯƠNG
co_quan: SỞ NỘI VỤ
ky_hieu: SNV-VP
dia_danh: Hải Dương
ngay: 2023-02-05
trich_yeu: "{{.viec}}"
kinh_gui: ["{{index . \"Đơn vị\"}}"]
noi_dung: |
  Kính đề nghị {{.don_vi}} thực hiện.
nguoi_ky: {chuc_vu: Giám đốc, ho_ten: "{{.nguoi_ky | viet_hoa}}"}
noi_nhan: [Như trên]
luu: [VT, VP]
`

func mustTemplate(t *testing.T, src string) *Template {
	t.Helper()
	tpl, err := ParseTemplate([]byte(src), WithFilename("mau.yaml"))
	if err != nil {
		t.Fatalf("ParseTemplate: %v", err)
	}
	return tpl
}

func row(n int, kv ...string) Row {
	r := Row{Num: n, Values: map[string]string{}}
	for i := 0; i+1 < len(kv); i += 2 {
		r.Values[kv[i]] = kv[i+1]
	}
	return r
}

func TestTemplateExecute(t *testing.T) {
	tpl := mustTemplate(t, tplBase)
	doc, err := tpl.Execute(row(1, "viec", "báo cáo: công tác {{năm}} 2023", "Đơn vị", "Sở Tư pháp", "nguoi_ky", "nguyễn văn an"))
	if err != nil {
		t.Fatal(err)
	}
	// A value is printed as it is: ":" and "{{" do not reach any parser.
	if doc.TrichYeu != "báo cáo: công tác {{năm}} 2023" {
		t.Errorf("trich_yeu = %q", doc.TrichYeu)
	}
	// Vietnamese header by index and by slug.
	if len(doc.KinhGui) != 1 || doc.KinhGui[0] != "Sở Tư pháp" {
		t.Errorf("kinh_gui = %q", doc.KinhGui)
	}
	if !strings.Contains(doc.NoiDung, "đề nghị Sở Tư pháp thực hiện") {
		t.Errorf("noi_dung = %q", doc.NoiDung)
	}
	if doc.NguoiKy.HoTen != "Nguyễn Văn An" {
		t.Errorf("ho_ten = %q", doc.NguoiKy.HoTen)
	}
	// The template itself is untouched for the next row.
	doc2, err := tpl.Execute(row(2, "viec", "x", "Đơn vị", "Sở Y tế", "nguoi_ky", "lê b"))
	if err != nil {
		t.Fatal(err)
	}
	if doc2.KinhGui[0] != "Sở Y tế" || doc.KinhGui[0] != "Sở Tư pháp" {
		t.Errorf("rows share a slice: %q, %q", doc.KinhGui, doc2.KinhGui)
	}
}

func TestTemplateNonStringFields(t *testing.T) {
	src := strings.Replace(tplBase, "ngay: 2023-02-05", "ngay: \"{{.ngay}}\"\nso: \"{{.so_vb}}\"\ntrinh_bay: {co_chu: \"{{.co}}\"}", 1)
	tpl := mustTemplate(t, src)
	doc, err := tpl.Execute(row(1, "viec", "v", "Đơn vị", "A", "nguoi_ky", "b", "ngay", "2023-03-09", "so_vb", "17", "co", "13,5"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.So != 17 || doc.Ngay != (Date{2023, 3, 9}) || doc.TrinhBay.CoChu != 13.5 {
		t.Errorf("so %d, ngay %v, co_chu %v", doc.So, doc.Ngay, doc.TrinhBay.CoChu)
	}
	_, err = tpl.Execute(row(4, "viec", "v", "Đơn vị", "A", "nguoi_ky", "b", "ngay", "mai", "so_vb", "mười", "co", "13"))
	var ds Diagnostics
	if !errors.As(err, &ds) || len(ds) != 2 {
		t.Fatalf("want two findings, got %v", err)
	}
	for _, d := range ds {
		if d.Row != 4 || d.Line == 0 || !strings.HasPrefix(d.Message, "dòng dữ liệu 4: ") {
			t.Errorf("finding without its row and line: %+v", d)
		}
	}
	if ds[0].Path != "ngay" && ds[1].Path != "ngay" {
		t.Errorf("paths: %v", ds)
	}
}

func TestTemplateErrors(t *testing.T) {
	cases := []struct {
		name, src string
		path      string
		line      int
		want      string
	}{
		{"syntax", strings.Replace(tplBase, `"{{.viec}}"`, `"{{.viec"`, 1), "trich_yeu", 7, "sai cú pháp"},
		{"env is not there", strings.Replace(tplBase, `"{{.viec}}"`, `"{{env \"HOME\"}}"`, 1), "trich_yeu", 7, `"env" not defined`},
		{"expandenv is not there", strings.Replace(tplBase, `"{{.viec}}"`, `"{{expandenv \"$HOME\"}}"`, 1), "trich_yeu", 7, `"expandenv" not defined`},
		{"now is not there", strings.Replace(tplBase, `"{{.viec}}"`, `"{{now}}"`, 1), "trich_yeu", 7, `"now" not defined`},
		{"randAlpha is not there", strings.Replace(tplBase, `"{{.viec}}"`, `"{{randAlpha 3}}"`, 1), "trich_yeu", 7, `not defined`},
		{"toDate is not there", strings.Replace(tplBase, `"{{.viec}}"`, `"{{toDate \"2006\" \"2023\"}}"`, 1), "trich_yeu", 7, `not defined`},
		{"du_lieu of the wrong shape", tplBase + "du_lieu: 5\n", "du_lieu", 14, "du_lieu cần là"},
		{"du_lieu file missing", tplBase + "du_lieu: khong-co.csv\n", "du_lieu", 14, "khong-co.csv"},
		{"du_lieu unknown key", tplBase + "du_lieu: {tep: a.csv, sheet: x}\n", "du_lieu.sheet", 14, "trang"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseTemplate([]byte(tc.src), WithFilename("mau.yaml"))
			var ds Diagnostics
			if !errors.As(err, &ds) {
				t.Fatalf("want Diagnostics, got %v", err)
			}
			d := ds[0]
			if d.Path != tc.path || d.Line != tc.line || !strings.Contains(d.Message, tc.want) {
				t.Errorf("got %s; want path %s line %d containing %q", d, tc.path, tc.line, tc.want)
			}
		})
	}
}

func TestTemplateMissingColumn(t *testing.T) {
	tpl := mustTemplate(t, tplBase)
	_, err := tpl.Execute(row(3, "viec", "v", "Đơn vị", "A", "Người kí", "b"))
	var ds Diagnostics
	if !errors.As(err, &ds) || len(ds) != 1 {
		t.Fatalf("want one finding, got %v", err)
	}
	d := ds[0]
	for _, want := range []string{"dòng dữ liệu 3", `không có cột "nguoi_ky"`, "Người kí", `".nguoi_ki"?`} {
		if !strings.Contains(d.Message, want) {
			t.Errorf("message %q lacks %q", d.Message, want)
		}
	}
	if d.Path != "nguoi_ky.ho_ten" || d.Line != 11 || d.Row != 3 || d.Rule != "VANTHU.TEMPLATE" {
		t.Errorf("finding %+v", d)
	}
}

func TestTemplateInlineData(t *testing.T) {
	src := tplBase + `du_lieu:
  - {viec: một, "Đơn vị": Sở A, nguoi_ky: x}
  - viec: hai
    Đơn vị: "Sở B: phòng 1"
    nguoi_ky: ~
`
	tpl := mustTemplate(t, src)
	var got []string
	for r, err := range tpl.Data().Rows() {
		if err != nil {
			t.Fatal(err)
		}
		doc, err := tpl.Execute(r)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, doc.TrichYeu+"|"+doc.KinhGui[0]+"|"+doc.NguoiKy.HoTen)
	}
	if strings.Join(got, ";") != "một|Sở A|X;hai|Sở B: phòng 1|" {
		t.Errorf("rows: %q", got)
	}
}

// A document with an unfilled template renders with a warning that says
// what to do.
func TestValidateLeftoverTemplate(t *testing.T) {
	doc, err := Parse([]byte(tplBase))
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, d := range Validate(doc) {
		if d.Path == "trich_yeu" && d.Severity == SeverityWarning && strings.Contains(d.Message, "vanthu batch") {
			found = true
		}
	}
	if !found {
		t.Error("no warning about the unfilled template")
	}
	// du_lieu belongs to templates.
	_, err = Parse([]byte(tplBase + "du_lieu: a.csv\n"))
	if err == nil || !strings.Contains(err.Error(), "vanthu batch") {
		t.Errorf("Parse with du_lieu: %v", err)
	}
}

func TestFuncs(t *testing.T) {
	cases := []struct{ tmpl, want string }{
		{`{{so_chu 0}}`, "không"},
		{`{{so_chu 5}}`, "năm"},
		{`{{so_chu 10}}`, "mười"},
		{`{{so_chu 15}}`, "mười lăm"},
		{`{{so_chu 21}}`, "hai mươi mốt"},
		{`{{so_chu 105}}`, "một trăm linh năm"},
		{`{{so_chu 1000000}}`, "một triệu"},
		{`{{so_chu 1000000000}}`, "một tỷ"},
		{`{{so_chu "123456"}}`, "một trăm hai mươi ba nghìn bốn trăm năm mươi sáu"},
		{`{{so_chu "1.234.567"}}`, "một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy"},
		{`{{tien 1234567}}`, "1.234.567 đồng"},
		{`{{tien "1,234,567"}}`, "1.234.567 đồng"},
		{`{{nhom 1000}}`, "1.000"},
		{`{{ngay_thang "2023-02-05"}}`, "ngày 05 tháng 02 năm 2023"},
		{`{{ngay_thang "9/3/2023"}}`, "ngày 09 tháng 3 năm 2023"},
		{`{{ngay_thang "2023-12-25"}}`, "ngày 25 tháng 12 năm 2023"},
		{`{{so_la_ma 14}}`, "XIV"},
		{`{{in_hoa "đảng ủy xã"}}`, "ĐẢNG ỦY XÃ"},
		{`{{in_thuong "ĐẢNG ỦY"}}`, "đảng ủy"},
		{`{{viet_hoa "nguyễn ái quốc"}}`, "Nguyễn Ái Quốc"},
		{`{{hoa_dau (so_chu 21)}}`, "Hai mươi mốt"},
		{`{{upper "abc" | trimSuffix "C"}}`, "AB"}, // a sprig function
	}
	for _, tc := range cases {
		src := strings.Replace(tplBase, `"{{.viec}}"`, `'`+tc.tmpl+`'`, 1)
		tpl := mustTemplate(t, src)
		doc, err := tpl.Execute(row(1, "Đơn vị", "A", "nguoi_ky", "b"))
		if err != nil {
			t.Errorf("%s: %v", tc.tmpl, err)
			continue
		}
		if doc.TrichYeu != tc.want {
			t.Errorf("%s = %q, want %q", tc.tmpl, doc.TrichYeu, tc.want)
		}
	}
	// Bad arguments are errors naming the function, not panics.
	for _, bad := range []string{`{{range until 3000000}}xxxxxxxxxx{{end}}`, `{{so_chu "mười"}}`, `{{ngay_thang "2023-02-30"}}`, `{{so_la_ma 0}}`, `{{tien 1.5}}`} {
		src := strings.Replace(tplBase, `"{{.viec}}"`, `'`+bad+`'`, 1)
		tpl := mustTemplate(t, src)
		if _, err := tpl.Execute(row(1, "Đơn vị", "A", "nguoi_ky", "b")); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
	// Funcs is a copy.
	f := Funcs()
	delete(f, "so_chu")
	if _, ok := Funcs()["so_chu"]; !ok {
		t.Error("Funcs shares its map")
	}
	for _, name := range append([]string{"env", "expandenv", "now", "date", "uuidv4", "randAlphaNum"}, notHermetic...) {
		if _, ok := Funcs()[name]; ok {
			t.Errorf("%s is available to templates", name)
		}
	}
}

// md keeps a value's Markdown characters as text in the body.
func TestFuncMarkdownEscape(t *testing.T) {
	src := strings.Replace(tplBase, "Kính đề nghị {{.don_vi}} thực hiện.", "Kính đề nghị {{md .don_vi}} thực hiện; {{.don_vi}}.", 1)
	tpl := mustTemplate(t, src)
	doc, err := tpl.Execute(row(1, "viec", "v", "Đơn vị", "Lê *A* [1]_x_ #2 <b>", "nguoi_ky", "b"))
	if err != nil {
		t.Fatal(err)
	}
	data, err := RenderBytes(doc)
	if err != nil {
		t.Fatal(err)
	}
	d, err := docx.Open(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var body string
	for _, p := range d.Paragraphs {
		if strings.HasPrefix(p.Text, "Kính đề nghị") {
			body = p.Text
		}
	}
	// Escaped: printed as written. Unescaped: the asterisks made emphasis.
	if !strings.HasPrefix(body, "Kính đề nghị Lê *A* [1]_x_ #2 <b> thực hiện; Lê A") {
		t.Errorf("body paragraph %q", body)
	}
}

// FuzzTemplate: any template text and any row value fill without a
// panic, and a filled document that validates renders.
func FuzzTemplate(f *testing.F) {
	f.Add(`"{{.viec}}"`, "báo cáo: {{x}}")
	f.Add(`"{{so_chu .viec}}"`, "1.234")
	f.Add(`"{{ngay_thang .viec}} {{tien .viec}}"`, "05/02/2023")
	f.Add(`"{{range .}}{{.}}{{end}}"`, "*a*")
	f.Add(`"{{md .viec | in_hoa}}"`, "\x00\n- x")
	f.Fuzz(func(t *testing.T, field, value string) {
		src := strings.Replace(tplBase, `"{{.viec}}"`, field, 1)
		tpl, err := ParseTemplate([]byte(src))
		if err != nil {
			return
		}
		doc, err := tpl.Execute(row(1, "viec", value, "Đơn vị", value, "nguoi_ky", value))
		if err != nil {
			return
		}
		if Validate(doc).HasErrors() {
			return
		}
		if _, err := RenderBytes(doc); err != nil {
			t.Fatalf("a valid filled document does not render: %v", err)
		}
	})
}

// The template walker reaches strings in slices of structs and behind
// pointers, and a filled copy shares nothing with the template.
func TestTemplateWalk(t *testing.T) {
	type item struct {
		Title string   `yaml:"tieu_de"`
		Lines []string `yaml:"dong"`
		Flag  bool     `yaml:"co"`
	}
	type doc struct {
		Items []item `yaml:"muc"`
		Ptr   *item  `yaml:"con"`
		Skip  string `yaml:"-"`
		Image []byte `yaml:"anh"`
	}
	d := doc{Items: []item{{Title: "a", Lines: []string{"b", "c"}}, {Title: "d"}}, Ptr: &item{Title: "e"}, Skip: "x", Image: []byte("png")}
	var got []string
	walkStrings(reflect.ValueOf(&d).Elem(), "", nil, true, func(path string, steps []int, text string) {
		if at(reflect.ValueOf(&d).Elem(), steps).String() != text {
			t.Errorf("%s: steps %v do not lead to %q", path, steps, text)
		}
		got = append(got, path+"="+text)
	})
	if strings.Join(got, " ") != "muc[0].tieu_de=a muc[0].dong[0]=b muc[0].dong[1]=c muc[1].tieu_de=d con.tieu_de=e" {
		t.Errorf("walk: %v", got)
	}
	if s := stepsOf(reflect.TypeOf(d), "muc[1].co"); !reflect.DeepEqual(s, []int{0, 1, 2}) {
		t.Errorf("stepsOf = %v", s)
	}
	if s := stepsOf(reflect.TypeOf(d), "con.co"); !reflect.DeepEqual(s, []int{1, 2}) {
		t.Errorf("stepsOf = %v", s)
	}
	c := d
	cloneShared(reflect.ValueOf(&c).Elem())
	at(reflect.ValueOf(&c).Elem(), []int{0, 0, 1, 0}).SetString("changed")
	at(reflect.ValueOf(&c).Elem(), []int{1, 0}).SetString("changed")
	if d.Items[0].Lines[0] != "b" || d.Ptr.Title != "e" || c.Items[0].Lines[0] != "changed" || c.Ptr.Title != "changed" {
		t.Errorf("the clone shares memory: %+v / %+v", d, c)
	}
}
