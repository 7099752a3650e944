package docgen_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/vanthu/vanthu/docgen"
	"github.com/vanthu/vanthu/templates"
)

// schemaGolden is the committed schema; go test -run TestJSONSchemaGolden
// -update rewrites it.
var schemaGolden = filepath.Join("..", "testdata", "golden", "vanthu.schema.json")

// updateGolden reports the -update flag, which render_test.go defines
// for the whole test binary.
func updateGolden() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

func TestJSONSchemaGolden(t *testing.T) {
	got := docgen.JSONSchema()
	if updateGolden() {
		if err := os.WriteFile(schemaGolden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(schemaGolden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("JSONSchema() differs from %s (run go test -run TestJSONSchemaGolden -update after checking the change)", schemaGolden)
	}
}

func TestJSONSchemaBytes(t *testing.T) {
	vi := docgen.JSONSchema()
	if !bytes.Equal(vi, docgen.JSONSchema()) {
		t.Error("two calls give different bytes")
	}
	if !bytes.Equal(vi, docgen.JSONSchema(docgen.WithLanguage(docgen.Vietnamese))) {
		t.Error("Vietnamese is not the default")
	}
	en := docgen.JSONSchema(docgen.WithLanguage(docgen.English))
	if bytes.Equal(vi, en) {
		t.Error("the English schema is the Vietnamese one")
	}
	for _, data := range [][]byte{vi, en} {
		if !bytes.HasSuffix(data, []byte("}\n")) || bytes.HasSuffix(data, []byte("\n\n")) {
			t.Error("the schema does not end in one newline")
		}
		var m map[string]any
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		if m["$schema"] != "https://json-schema.org/draft/2020-12/schema" || m["$id"] != docgen.SchemaID || m["title"] == "" {
			t.Errorf("$schema %v, $id %v, title %v", m["$schema"], m["$id"], m["title"])
		}
		// Sorted keys: re-encoding the decoded value gives the same bytes.
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(m); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), data) {
			t.Error("the schema is not indented JSON with sorted keys")
		}
	}
}

// compileSchema compiles a schema with the draft 2020-12 validator.
func compileSchema(t testing.TB, data []byte) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(docgen.SchemaID, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(docgen.SchemaID)
	if err != nil {
		t.Fatalf("the schema does not compile: %v", err)
	}
	return sch
}

// yamlToJSON decodes YAML into the JSON value the validator takes.
func yamlToJSON(t testing.TB, data []byte) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(jsonKeys(v))
	if err != nil {
		t.Fatal(err)
	}
	out, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// jsonKeys turns every mapping key into a string, as JSON has it.
func jsonKeys(v any) any {
	switch t := v.(type) {
	case map[string]any:
		for k, e := range t {
			t[k] = jsonKeys(e)
		}
	case map[any]any:
		m := make(map[string]any, len(t))
		for k, e := range t {
			m[fmt.Sprint(k)] = jsonKeys(e)
		}
		return m
	case []any:
		for i, e := range t {
			t[i] = jsonKeys(e)
		}
	}
	return v
}

// TestJSONSchemaDescriptions: every key at every level, and every value
// of an enumeration, has a description in both languages, and both the
// model's fields and du_lieu are keys.
func TestJSONSchemaDescriptions(t *testing.T) {
	keys := map[docgen.Language][]string{}
	for _, lang := range []docgen.Language{docgen.Vietnamese, docgen.English} {
		var root map[string]any
		if err := json.Unmarshal(docgen.JSONSchema(docgen.WithLanguage(lang)), &root); err != nil {
			t.Fatal(err)
		}
		var walk func(node map[string]any, path string)
		walk = func(node map[string]any, path string) {
			if props, ok := node["properties"].(map[string]any); ok {
				for name, p := range props {
					ppath := strings.TrimPrefix(path+"."+name, ".")
					pm := p.(map[string]any)
					if d, _ := pm["description"].(string); strings.TrimSpace(d) == "" {
						t.Errorf("lang %d: %s has no description", lang, ppath)
					}
					keys[lang] = append(keys[lang], ppath)
					walk(pm, ppath)
				}
			}
			if alts, ok := node["anyOf"].([]any); ok {
				for _, a := range alts {
					am := a.(map[string]any)
					if c, isConst := am["const"]; isConst {
						if d, _ := am["description"].(string); strings.TrimSpace(d) == "" {
							t.Errorf("lang %d: %s: value %v has no description", lang, path, c)
						}
					}
					walk(am, path)
				}
			}
			if _, ok := node["enum"]; ok {
				t.Errorf("lang %d: %s: a bare enum has no descriptions; use anyOf of const", lang, path)
			}
			if items, ok := node["items"].(map[string]any); ok {
				walk(items, path+"[]")
			}
		}
		walk(root, "")
	}
	sort.Strings(keys[docgen.Vietnamese])
	sort.Strings(keys[docgen.English])
	if !reflect.DeepEqual(keys[docgen.Vietnamese], keys[docgen.English]) {
		t.Errorf("the languages have different keys:\n%v\n%v", keys[docgen.Vietnamese], keys[docgen.English])
	}
	have := map[string]bool{}
	for _, k := range keys[docgen.Vietnamese] {
		have[k] = true
	}
	var want []string
	var fields func(rt reflect.Type, path string)
	fields = func(rt reflect.Type, path string) {
		for i := 0; i < rt.NumField(); i++ {
			f := rt.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			if !f.IsExported() || name == "" || name == "-" {
				continue
			}
			p := strings.TrimPrefix(path+"."+name, ".")
			want = append(want, p)
			if f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeOf(docgen.Date{}) {
				fields(f.Type, p)
			}
		}
	}
	fields(reflect.TypeOf(docgen.Document{}), "")
	want = append(want, "du_lieu", "du_lieu.tep", "du_lieu.trang")
	for _, k := range want {
		if !have[k] {
			t.Errorf("the schema lacks the key %s", k)
		}
	}
	// The Vietnamese text is Vietnamese: it differs from the English.
	vi, en := string(docgen.JSONSchema()), string(docgen.JSONSchema(docgen.WithLanguage(docgen.English)))
	for _, w := range []string{"Số của văn bản", "Trích yếu nội dung văn bản", "Ký hiệu của văn bản", "Thời gian ban hành văn bản", "Quyết định"} {
		if !strings.Contains(vi, w) {
			t.Errorf("the Vietnamese schema lacks %q", w)
		}
	}
	if !strings.Contains(en, "Number of the document") || strings.Contains(en, "Số của văn bản") {
		t.Error("the English schema is not in English")
	}
}

// TestJSONSchemaInputs: every example and every scaffold of both rule
// sets validates against the schema, in both languages.
func TestJSONSchemaInputs(t *testing.T) {
	for _, lang := range []docgen.Language{docgen.Vietnamese, docgen.English} {
		sch := compileSchema(t, docgen.JSONSchema(docgen.WithLanguage(lang)))
		inputs := map[string][]byte{}
		files, err := filepath.Glob(filepath.Join("..", "examples", "*.yaml"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no examples: %v", err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			inputs["examples/"+filepath.Base(f)] = data
		}
		for _, tpl := range templates.List() {
			inputs["templates/"+tpl.TheThuc+"/"+tpl.Name] = tpl.Data
		}
		for _, theThuc := range []string{"nha-nuoc", "dang"} {
			kinds := docgen.Kinds(theThuc)
			if len(kinds) == 0 {
				t.Fatalf("no kinds for %s", theThuc)
			}
			for _, k := range kinds {
				tpl, err := templates.ForKind(theThuc, k.Slug)
				if err != nil {
					t.Fatal(err)
				}
				inputs["new/"+theThuc+"/"+k.Slug] = tpl.Data
			}
		}
		names := make([]string, 0, len(inputs))
		for name := range inputs {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			if err := sch.Validate(yamlToJSON(t, inputs[name])); err != nil {
				t.Errorf("lang %d: %s does not validate:\n%v", lang, name, err)
			}
		}
	}
}

// schemaBase is a small valid document the cases below change.
const schemaBase = `loai: quyet-dinh
co_quan: SỞ NỘI VỤ
so: 15
ky_hieu: QĐ-SNV
dia_danh: Bắc Ninh
ngay: 2026-02-05
trich_yeu: Về việc thành lập Tổ công tác
tham_quyen: Giám đốc Sở Nội vụ
noi_dung: Điều 1. Thành lập Tổ công tác.
nguoi_ky:
  chuc_vu: Giám đốc
  ho_ten: Phạm Văn Hùng
noi_nhan: [Như Điều 1]
luu: [VT, VP]
`

// withKeys returns schemaBase with the top-level keys of change put in.
func withKeys(t testing.TB, change string) []byte {
	t.Helper()
	var base, ch yaml.MapSlice
	if err := yaml.Unmarshal([]byte(schemaBase), &base); err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal([]byte(change), &ch); err != nil {
		t.Fatal(err)
	}
	for _, item := range ch {
		replaced := false
		for i := range base {
			if base[i].Key == item.Key {
				base[i].Value, replaced = item.Value, true
			}
		}
		if !replaced {
			base = append(base, item)
		}
	}
	out, err := yaml.Marshal(base)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestJSONSchemaCases: the schema rejects what the loader or the
// validator rejects for its shape, and accepts the template forms. A
// case marked plain is also read by docgen.Parse and docgen.Validate,
// which must agree with the schema.
func TestJSONSchemaCases(t *testing.T) {
	sch := compileSchema(t, docgen.JSONSchema())
	tests := []struct {
		name, change string
		ok, plain    bool
	}{
		{"base", ``, true, true},
		{"unknown key", `trich_yue: Về việc`, false, true},
		{"unknown nested key", `nguoi_ky: {ho_ten: A, chuc_vuu: B}`, false, true},
		{"phu_luc not a list", `phu_luc: Mật`, false, true},
		{"phu_luc item", `phu_luc: [{tieu_de: Danh sách, noi_dung: "| a |\n|---|\n| 1 |", ngang: true}]`, true, true},
		{"phu_luc unknown key", `phu_luc: [{tieu_de: A, noi_dung: B, ngangg: true}]`, false, true},
		{"ban_sao", `ban_sao: {hinh_thuc: SAO_Y, co_quan: VĂN PHÒNG, so: 1, ky_hieu: SY-VP, dia_danh: Bắc Ninh, ngay: 2026-03-03, nguoi_ky: {ho_ten: Nguyễn Thị Lan}}`, true, true},
		{"wrong loai", `loai: quyet-dinhh`, false, true},
		{"loai of the Party only", `loai: ket-luan`, false, true},
		{"loai not of the Party", `{the_thuc: dang, loai: thu-cong, ky_hieu: TC/ĐU}`, false, true},
		{"wrong the_thuc", `the_thuc: tinh`, false, true},
		{"so text", `so: abc`, false, true},
		{"so negative", `so: -1`, false, true},
		{"so list", `so: [1]`, false, true},
		{"co_quan empty", `co_quan: null`, false, true},
		{"no ho_ten", `nguoi_ky: {chuc_vu: Giám đốc}`, false, true},
		{"no nguoi_ky", `nguoi_ky: null`, false, true},
		{"ngay dd/mm/yyyy", `ngay: 05/02/2026`, false, true},
		{"ngay two digits", `ngay: 26`, false, true},
		{"ngay mapping", `ngay: {nam: 2026}`, false, true},
		{"can_cu mapping", `can_cu: {a: b}`, false, true},
		{"le_trai text", `trinh_bay: {le_trai: x}`, false, true},
		{"trinh_bay unknown key", `trinh_bay: {le_trai: 30, le_giua: 2}`, false, true},
		{"quyen_han unknown", `nguoi_ky: {quyen_han: PT, chuc_vu: Giám đốc, ho_ten: A}`, false, true},
		{"quyen_han TUQ in a Party document", `{the_thuc: dang, loai: thong-bao, ky_hieu: TB/ĐU, nguoi_ky: {quyen_han: TUQ, cap_truong: Bí thư, chuc_vu: Phó Bí thư, ho_ten: A}}`, false, true},
		{"du_lieu number", `du_lieu: 5`, false, false},
		{"du_lieu empty", `du_lieu: ""`, false, false},
		{"du_lieu null", `du_lieu: null`, false, false},
		{"du_lieu without tep", `du_lieu: {trang: Sheet1}`, false, false},
		{"du_lieu unknown key", `du_lieu: {tep: a.xlsx, cot: A}`, false, false},
		{"du_lieu row not a mapping", `du_lieu: [a, b]`, false, false},
		{"du_lieu nested value", `du_lieu: [{a: [1, 2]}]`, false, false},

		{"empty optional keys", "{so: null, co_quan_chu_quan: null, kinh_gui: null, can_cu: null, trinh_bay: null, nguoi_ky: {quyen_han: null, ho_ten: A, chuc_vu: B}}", true, true},
		{"draft year", `{so: null, ngay: 2026}`, true, true},
		{"short date", `ngay: "2026-2-5"`, true, true},
		{"so as text", `so: "15"`, true, true},
		{"decimal comma", `trinh_bay: {co_chu: "13,5", le_trai: 30, gian_dong: 1.2}`, true, true},
		{"one item without a list", `noi_nhan: Như Điều 1`, true, true},
		{"Party rule-set ID", `{the_thuc: hd36-2018, loai: ket-luan, ky_hieu: KL/TU, tham_quyen: null}`, true, true},
		{"quyen_han kt.", `nguoi_ky: {quyen_han: kt., cap_truong: Giám đốc, chuc_vu: Phó Giám đốc, ho_ten: A}`, true, true},
		{"quyen_han T/UQ", `nguoi_ky: {quyen_han: T/UQ, cap_truong: Giám đốc, chuc_vu: Trưởng phòng, ho_ten: A}`, true, true},
		{"quyen_han T/M", `{the_thuc: dang, loai: thong-bao, ky_hieu: TB/ĐU, tham_quyen: null, nguoi_ky: {quyen_han: T/M, thay_mat: Đảng ủy, chuc_vu: Bí thư, ho_ten: A}}`, true, true},
		{"so template", `so: "{{ .so }}"`, true, false},
		{"ngay template", `ngay: "{{ .ngay }}"`, true, false},
		{"loai template", `loai: "{{ .loai }}"`, true, false},
		{"layout template", `trinh_bay: {le_trai: "{{ .le }}"}`, true, false},
		{"string template", `nguoi_ky: {chuc_vu: Giám đốc, ho_ten: "{{ .ho_ten }}"}`, true, false},
		{"du_lieu file", `du_lieu: du-lieu/danh-sach.csv`, true, false},
		{"du_lieu file and sheet", `du_lieu: {tep: danh-sach.xlsx, trang: Danh sách}`, true, false},
		{"du_lieu file only", `du_lieu: {tep: danh-sach.jsonl}`, true, false},
		{"du_lieu rows", `du_lieu: [{so: 1, ho_ten: Nguyễn Văn A, co: true, trong: null}, {so: "2", ho_ten: Trần Thị B}]`, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := withKeys(t, tt.change)
			err := sch.Validate(yamlToJSON(t, data))
			if tt.ok && err != nil {
				t.Errorf("rejected:\n%s\n%v", data, err)
			}
			if !tt.ok && err == nil {
				t.Errorf("accepted:\n%s", data)
			}
			if !tt.plain {
				return
			}
			ds := docgen.Diagnostics(nil)
			doc, perr := docgen.Parse(data)
			if perr == nil {
				ds = docgen.Validate(doc)
			}
			loaderOK := perr == nil && !ds.HasErrors()
			if loaderOK != tt.ok {
				t.Errorf("the schema says ok=%v, the loader and validator: %v %v", tt.ok, perr, ds)
			}
		})
	}
}

// TestJSONSchemaAuthority: the schema accepts a quyen_han spelling
// exactly when the validator does, in both rule sets.
func TestJSONSchemaAuthority(t *testing.T) {
	sch := compileSchema(t, docgen.JSONSchema())
	spellings := []string{"TM", "tm", "T.M.", "T/M", "t / m", "KT", "KT.", "K/T", "k.t", "Q", "q.", "TL", "T/L", "tl.",
		"TUQ", "T/UQ", "t.u.q.", "TUQ.", "", "K", "T", "PT", "KTT", "TMKT", "Q/Q", "T-M", "UQ", "QT"}
	for _, theThuc := range []string{"nha-nuoc", "dang"} {
		for _, q := range spellings {
			change := fmt.Sprintf(`{the_thuc: %s, loai: thong-bao, ky_hieu: %q, nguoi_ky: {quyen_han: %q, chuc_vu: Phó Giám đốc, ho_ten: A}}`,
				theThuc, map[string]string{"nha-nuoc": "TB-SNV", "dang": "TB/ĐU"}[theThuc], q)
			data := withKeys(t, change)
			schemaOK := sch.Validate(yamlToJSON(t, data)) == nil
			doc, err := docgen.Parse(data)
			if err != nil {
				t.Fatalf("%s %q: %v", theThuc, q, err)
			}
			validatorOK := true
			for _, d := range docgen.Validate(doc) {
				if d.Path == "nguoi_ky.quyen_han" && d.Severity == docgen.SeverityError {
					validatorOK = false
				}
			}
			if schemaOK != validatorOK {
				t.Errorf("%s quyen_han %q: schema ok=%v, validator ok=%v", theThuc, q, schemaOK, validatorOK)
			}
		}
	}
}
