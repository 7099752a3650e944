package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs the CLI in-process and returns its exit code and streams.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	a := &app{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}
	code := a.run(args)
	return code, out.String(), errb.String()
}

const repo = "../.."

// TestBadInputs runs every file of testdata/bad through validate and
// render: each gives its message and exit status, none panics, none
// writes a file.
func TestBadInputs(t *testing.T) {
	tests := []struct {
		file string
		want []string // substrings of stderr (render) / stdout (validate)
		line string   // ":LINE:COL:" prefix expected, "" when none
	}{
		{"malformed.yaml", []string{"YAML sai cú pháp"}, ":3:"},
		{"wrong-type.yaml", []string{"so: cần một số nguyên", `"bảy"`}, ":4:5:"},
		{"wrong-type-list.yaml", []string{"kinh_gui: cần một danh sách"}, ":8:"},
		{"unknown-key.yaml", []string{`khóa "trich_yue" không có; có phải ý bạn là "trich_yeu"?`}, ":6:1:"},
		{"unknown-nested-key.yaml", []string{"nguoi_ky.chuc_vuu", `"chuc_vu"`}, ":10:3:"},
		{"missing-required.yaml", []string{"co_quan: co_quan không được bỏ trống", "ky_hieu: ky_hieu không được bỏ trống", "[ND30.PL1.II.2]"}, ""},
		{"impossible-date.yaml", []string{"ngay: ngày 2026-02-30 không có thật", "[ND30.PL1.II.4]"}, ":5:7:"},
		{"date-format.yaml", []string{"ngay: ngày \"02/03/2026\" không đúng dạng", "YYYY-MM-DD"}, ":5:7:"},
		{"wrong-ky-hieu.yaml", []string{"không có chữ viết tắt tên loại", "Phụ lục III", "[ND30.PL3.I]"}, ":3:"},
		{"wrong-ky-hieu-kind.yaml", []string{`Quyết định viết tắt là "QĐ"`, `"QĐ-SNV"`}, ":4:"},
		{"control-char.yaml", []string{"trich_yeu: có ký tự điều khiển U+0007"}, ":6:"},
		{"control-char-raw.yaml", []string{"U+0001"}, ""},
		{"phu-luc-no-title.yaml", []string{"phu_luc[0].tieu_de: phụ lục thứ 1 chưa có tên", "[ND30.PL1.III.1]"}, ":15:5:"},
		{"dang-ky-hieu-nha-nuoc.yaml", []string{`ký hiệu "CV-ĐU" theo kiểu văn bản hành chính`, `"CV/ĐU"`, "[HD36.II.1.3]"}, ":4:10:"},
		{"duplicate-key.yaml", []string{`khóa "dia_danh" được viết hai lần`}, ":5:1:"},
		{"signer-inconsistent.yaml", []string{"nguoi_ky.cap_truong", "ký KT."}, ""},
		{"empty.yaml", []string{"tệp trống"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			dir := t.TempDir()
			in := filepath.Join(dir, tt.file)
			data, err := os.ReadFile(filepath.Join(repo, "testdata", "bad", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(in, data, 0o644); err != nil {
				t.Fatal(err)
			}
			code, _, stderr := runCLI(t, "", "render", in)
			if code != exitInvalid {
				t.Errorf("render exit %d, want %d; stderr:\n%s", code, exitInvalid, stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("render stderr lacks %q:\n%s", w, stderr)
				}
			}
			if tt.line != "" && !strings.Contains(stderr, tt.file+tt.line) {
				t.Errorf("render stderr lacks the position %q:\n%s", tt.file+tt.line, stderr)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				t.Errorf("render left files behind: %v", entries)
			}
			code, stdout, _ := runCLI(t, "", "validate", in)
			if code != exitInvalid {
				t.Errorf("validate exit %d, want %d", code, exitInvalid)
			}
			for _, w := range tt.want {
				if !strings.Contains(stdout, w) {
					t.Errorf("validate stdout lacks %q:\n%s", w, stdout)
				}
			}
		})
	}
}

// TestHugeBody: a 10 MB body is refused with a clear message and no file.
// The input is made here rather than committed.
func TestHugeBody(t *testing.T) {
	base, err := os.ReadFile(filepath.Join(repo, "testdata", "bad", "wrong-ky-hieu.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "huge.yaml")
	body := "noi_dung: |\n" + strings.Repeat("  "+strings.Repeat("nội dung ", 100)+"\n\n", 10<<20/1000)
	data := strings.Replace(string(base), "noi_dung: Sở hướng dẫn như sau.\n", body, 1)
	if len(data) < 10<<20 {
		t.Fatalf("made only %d bytes", len(data))
	}
	if err := os.WriteFile(in, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, "", "render", in)
	if code != exitInvalid || !strings.Contains(stderr, "tệp quá lớn") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "huge.docx")); !os.IsNotExist(err) {
		t.Errorf("a DOCX was written for a refused input")
	}
}

func TestRenderExamples(t *testing.T) {
	examples, _ := filepath.Glob(filepath.Join(repo, "examples", "*.yaml"))
	if len(examples) < 3 {
		t.Fatalf("found %d examples", len(examples))
	}
	for _, ex := range examples {
		t.Run(filepath.Base(ex), func(t *testing.T) {
			data, err := os.ReadFile(ex)
			if err != nil {
				t.Fatal(err)
			}
			outs := []string{filepath.Join(t.TempDir(), "out.docx")}
			if bytes.Contains(data, []byte("\ndu_lieu:")) {
				// A mail-merge template: render every row.
				dir := t.TempDir()
				code, _, stderr := runCLI(t, "", "batch", ex, "-o", dir, "--so-bat-dau", "1")
				if code != exitOK {
					t.Fatalf("batch: exit %d:\n%s", code, stderr)
				}
				if outs, _ = filepath.Glob(filepath.Join(dir, "*.docx")); len(outs) < 2 {
					t.Fatalf("batch wrote %d documents", len(outs))
				}
			} else if code, _, stderr := runCLI(t, "", "render", ex, "-o", outs[0]); code != exitOK {
				t.Fatalf("exit %d:\n%s", code, stderr)
			}
			for _, out := range outs {
				assertDOCX(t, out)
			}
		})
	}
}

// assertDOCX checks that a file is a zip holding word/document.xml.
func assertDOCX(t *testing.T, name string) {
	t.Helper()
	zr, err := zip.OpenReader(name)
	if err != nil {
		t.Fatalf("%s is not a zip: %v", name, err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			return
		}
	}
	t.Errorf("no word/document.xml in %s", name)
}

func TestRenderStdinStdout(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(repo, "examples", "quyet-dinh.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, string(data), "render", "-", "-o", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(stdout, "PK") {
		t.Errorf("stdout is not a zip: %q", stdout[:min(len(stdout), 20)])
	}
	code, _, stderr = runCLI(t, string(data), "render", "-")
	if code != exitUsage || !strings.Contains(stderr, "-o") {
		t.Errorf("stdin without -o: exit %d, %q", code, stderr)
	}
}

func TestRenderDefaultName(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(repo, "examples", "bao-cao.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "bc.yaml")
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI(t, "", "render", in); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if st, err := os.Stat(filepath.Join(dir, "bc.docx")); err != nil || st.Size() == 0 {
		t.Fatalf("bc.docx: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("temporary files left: %v", entries)
	}
}

func TestValidateCommand(t *testing.T) {
	ex := filepath.Join(repo, "examples", "cong-van-so-vhttdl.yaml")
	code, stdout, _ := runCLI(t, "", "validate", ex)
	if code != exitOK {
		t.Fatalf("draft example: exit %d\n%s", code, stdout)
	}
	if !strings.Contains(stdout, "thông tin: ") || !strings.Contains(stdout, "chưa cấp số") || !strings.Contains(stdout, "hợp lệ") {
		t.Errorf("text output:\n%s", stdout)
	}
	code, stdout, _ = runCLI(t, "", "validate", "--issued", "--format", "json", "--lang", "en", ex)
	if code != exitInvalid {
		t.Fatalf("--issued: exit %d", code)
	}
	var res []validateResult
	if err := json.Unmarshal([]byte(stdout), &res); err != nil {
		t.Fatalf("json: %v\n%s", err, stdout)
	}
	if len(res) != 1 || res[0].Valid {
		t.Fatalf("json result: %+v", res)
	}
	var sawSo bool
	for _, d := range res[0].Diagnostics {
		if d.Path == "so" && d.Rule == "ND30.PL1.II.3" && d.Line > 0 {
			sawSo = sawSo || strings.Contains(d.Message, "issued document")
		}
	}
	if !sawSo {
		t.Errorf("no English error for the missing number: %s", stdout)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"render"},
		{"render", "a.yaml", "b.yaml"},
		{"nosuchcommand"},
		{"validate", "--format", "xml", "x.yaml"},
		{"render", "/nonexistent/dir/in.yaml"},
		{"kinds", "--the-thuc", "khong-co"},
		{"render", "--bogus", "x"},
	} {
		code, _, stderr := runCLI(t, "", args...)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want %d (%s)", args, code, exitUsage, stderr)
		}
		if stderr == "" {
			t.Errorf("%v: no message", args)
		}
	}
}

func TestKindsCommand(t *testing.T) {
	code, stdout, _ := runCLI(t, "", "kinds")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	for _, w := range []string{"quy-dinh", "QyĐ", "chuong-trinh", "CTr", "cong-van", "thu-cong", "giay-nghi-phep", "GNP"} {
		if !strings.Contains(stdout, w) {
			t.Errorf("kinds lacks %q", w)
		}
	}
	if n := strings.Count(stdout, "\n"); n != 30 {
		t.Errorf("%d lines, want a header and 29 kinds", n)
	}
	code, stdout, _ = runCLI(t, "", "kinds", "--format", "json")
	var kinds []map[string]any
	if code != exitOK || json.Unmarshal([]byte(stdout), &kinds) != nil || len(kinds) != 29 {
		t.Errorf("json kinds: exit %d, %d kinds", code, len(kinds))
	}
}

func TestKindsParty(t *testing.T) {
	code, stdout, _ := runCLI(t, "", "kinds", "--the-thuc", "dang")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	for _, w := range []string{"cong-van", "CV", "ket-luan", "KL", "thong-tri", "quy-dinh"} {
		if !strings.Contains(stdout, w) {
			t.Errorf("Party kinds lack %q:\n%s", w, stdout)
		}
	}
	if strings.Contains(stdout, "cong-dien") || strings.Contains(stdout, "QyĐ") {
		t.Errorf("Party kinds list state kinds:\n%s", stdout)
	}
}

func TestCheckCommand(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "qd.docx")
	if code, _, stderr := runCLI(t, "", "render", filepath.Join(repo, "examples", "quyet-dinh.yaml"), "-o", good); code != exitOK {
		t.Fatalf("render: %s", stderr)
	}
	code, stdout, _ := runCLI(t, "", "check", good)
	if code != exitOK || !strings.Contains(stdout, "nd30-2020") {
		t.Errorf("check of our own output: exit %d\n%s", code, stdout)
	}
	// Checked against the Party rules, the state document has errors.
	code, stdout, _ = runCLI(t, "", "check", "--the-thuc", "dang", "--format", "json", good)
	var res []checkResult
	if code != exitInvalid || json.Unmarshal([]byte(stdout), &res) != nil || len(res) != 1 || !res[0].Report.HasErrors() {
		t.Errorf("--the-thuc dang: exit %d\n%s", code, stdout)
	}
	bad := filepath.Join(dir, "bad.docx")
	os.WriteFile(bad, []byte("not a docx"), 0o644)
	if code, _, stderr := runCLI(t, "", "check", bad); code != exitUsage || !strings.Contains(stderr, "bad.docx") {
		t.Errorf("unreadable: exit %d, %q", code, stderr)
	}
	if code, _, _ := runCLI(t, "", "check", "--format", "xml", good); code != exitUsage {
		t.Errorf("bad --format: exit %d", code)
	}
}

func TestNewCommand(t *testing.T) {
	code, stdout, _ := runCLI(t, "", "new", "--list", "--the-thuc", "dang")
	if code != exitOK || !strings.Contains(stdout, "vanthu new ket-luan --the-thuc dang") {
		t.Errorf("--list: exit %d\n%s", code, stdout)
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "kh.yaml")
	if code, _, stderr := runCLI(t, "", "new", "ke-hoach", "-o", out); code != exitOK {
		t.Fatalf("new: %s", stderr)
	}
	if code, stdout, _ := runCLI(t, "", "validate", out); code != exitOK {
		t.Errorf("the scaffold does not validate:\n%s", stdout)
	}
	if code, _, stderr := runCLI(t, "", "new", "ke-hoach", "-o", out); code != exitUsage || !strings.Contains(stderr, "--force") {
		t.Errorf("overwrite without --force: exit %d %q", code, stderr)
	}
	code, stdout, _ = runCLI(t, "", "new", "cong-van", "--the-thuc", "dang")
	if code != exitOK || !strings.Contains(stdout, "ky_hieu: CV/HU") {
		t.Errorf("Party công văn scaffold: %d\n%s", code, stdout)
	}
	if code, _, _ := runCLI(t, "", "new", "khong-co"); code != exitUsage {
		t.Errorf("unknown kind: exit %d", code)
	}
}

func TestSchemaCommand(t *testing.T) {
	code, stdout, stderr := runCLI(t, "", "schema")
	if code != exitOK {
		t.Fatalf("schema: exit %d\n%s", code, stderr)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(stdout), &m); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, stdout)
	}
	if m["$schema"] != "https://json-schema.org/draft/2020-12/schema" || m["$id"] == nil {
		t.Errorf("$schema %v, $id %v", m["$schema"], m["$id"])
	}
	if !strings.Contains(stdout, "Số của văn bản") {
		t.Error("the default schema is not in Vietnamese")
	}
	if _, en, _ := runCLI(t, "", "--lang", "en", "schema"); !strings.Contains(en, "Number of the document") {
		t.Error("--lang en does not give English descriptions")
	}
	out := filepath.Join(t.TempDir(), "vanthu.schema.json")
	if code, _, stderr := runCLI(t, "", "schema", "-o", out); code != exitOK {
		t.Fatalf("schema -o: exit %d\n%s", code, stderr)
	}
	if data, err := os.ReadFile(out); err != nil || string(data) != stdout {
		t.Errorf("schema -o wrote other bytes than stdout (%v)", err)
	}
	if code, _, _ := runCLI(t, "", "schema", "extra"); code != exitUsage {
		t.Errorf("schema with an argument: exit %d", code)
	}
}
