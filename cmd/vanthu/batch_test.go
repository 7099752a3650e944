package main

import (
	"archive/zip"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// batchTemplate writes a giấy mời template and its data into a fresh
// directory and returns the template's path.
func batchTemplate(t *testing.T, csv string) string {
	t.Helper()
	dir := t.TempDir()
	src, err := os.ReadFile(filepath.Join(repo, "examples", "giay-moi-dai-bieu.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(dir, "giay-moi.yaml")
	os.WriteFile(name, src, 0o644)
	os.WriteFile(filepath.Join(dir, "dai-bieu.csv"), []byte(csv), 0o644)
	return name
}

const goodCSV = "\ufeffDanh xưng,Họ tên,Chức vụ,Đơn vị\nÔng,Nguyễn Văn An,Giám đốc,Sở Tư pháp\nBà,Trần Thị Bình,Phó Giám đốc,Sở Nội vụ\nÔng,Lê Văn Cường,Chánh Văn phòng,Sở Tư pháp\n"

func docxNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	sort.Strings(out)
	return out
}

func TestBatchCommand(t *testing.T) {
	tpl := batchTemplate(t, goodCSV)
	out := filepath.Join(t.TempDir(), "ra")
	code, _, stderr := runCLI(t, "", "batch", tpl, "-o", out, "--so-bat-dau", "7", "--ten", "{{.so}}-{{.don_vi}}")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	names := docxNames(t, out)
	if strings.Join(names, ",") != "7-Sở Tư pháp.docx,8-Sở Nội vụ.docx,9-Sở Tư pháp.docx" {
		t.Errorf("files %v", names)
	}
	for _, n := range names {
		assertDOCX(t, filepath.Join(out, n))
	}
	if !strings.Contains(stderr, "3 dòng, đã ghi 3, lỗi 0") {
		t.Errorf("summary: %s", stderr)
	}
	// Same names again: unique within one run, so a second run
	// overwrites rather than piling up.
	runCLI(t, "", "batch", tpl, "-o", out, "--so-bat-dau", "7", "--ten", "{{.don_vi}}")
	if names := strings.Join(docxNames(t, out), ","); !strings.Contains(names, ",Sở Tư pháp.docx") || !strings.Contains(names, ",Sở Tư pháp-2.docx") || strings.Contains(names, "-3") {
		t.Errorf("files after the second run %v", names)
	}
}

func TestBatchCommandInvalidRows(t *testing.T) {
	bad := goodCSV + "Ông,,Giám đốc,Sở Y tế\nBà,Phạm Thị E,Phó Giám đốc,Sở Công Thương\n"
	tpl := strings.Replace(batchTemplate(t, bad), "giay-moi.yaml", "giay-moi.yaml", 1)
	// The template signs for the Giám đốc; an empty name leaves Nơi nhận
	// and the body without the delegate, which still validates. Break
	// a required field instead: the data names the signer.
	src, _ := os.ReadFile(tpl)
	os.WriteFile(tpl, []byte(strings.Replace(string(src), "ho_ten: Nguyễn Thị Hồng", "ho_ten: \"{{.ho_ten}}\"", 1)), 0o644)

	out := filepath.Join(t.TempDir(), "ra")
	// A dry run finds the bad row and writes nothing.
	code, _, stderr := runCLI(t, "", "batch", tpl, "-o", out, "--kiem-tra", "--bo-qua-loi")
	if code != exitInvalid || !strings.Contains(stderr, "dòng dữ liệu 4") || !strings.Contains(stderr, "5 dòng, đã ghi 0, lỗi 1") {
		t.Errorf("--kiem-tra: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("--kiem-tra wrote files")
	}
	code, _, stderr = runCLI(t, "", "batch", tpl, "-o", out)
	if code != exitInvalid {
		t.Fatalf("exit %d, want %d: %s", code, exitInvalid, stderr)
	}
	if !strings.Contains(stderr, "dòng dữ liệu 4 (dai-bieu.csv dòng 5)") || !strings.Contains(stderr, "nguoi_ky.ho_ten") {
		t.Errorf("the bad row is not named: %s", stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("wrote %v despite an invalid row", docxNames(t, out))
	}

	// --bo-qua-loi writes the others and still exits 1.
	code, _, stderr = runCLI(t, "", "batch", tpl, "-o", out, "--bo-qua-loi", "--so-bat-dau", "1")
	if code != exitInvalid || len(docxNames(t, out)) != 4 || !strings.Contains(stderr, "5 dòng, đã ghi 4, lỗi 1") {
		t.Errorf("exit %d, files %v: %s", code, docxNames(t, out), stderr)
	}

	// --zip: on failure no archive is left; on success one archive.
	zipOut := filepath.Join(t.TempDir(), "ra.zip")
	if code, _, _ := runCLI(t, "", "batch", tpl, "--zip", zipOut); code != exitInvalid {
		t.Errorf("zip with a bad row: exit %d", code)
	}
	if entries, _ := os.ReadDir(filepath.Dir(zipOut)); len(entries) != 0 {
		t.Errorf("left %v after a failed batch", entries)
	}
	if code, _, stderr := runCLI(t, "", "batch", tpl, "--zip", zipOut, "--bo-qua-loi"); code != exitInvalid {
		t.Errorf("zip --bo-qua-loi: exit %d %s", code, stderr)
	}
	zr, err := zip.OpenReader(zipOut)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	if len(zr.File) != 4 {
		t.Errorf("archive holds %d documents", len(zr.File))
	}
}

func TestBatchCommandData(t *testing.T) {
	// Data given on the command line wins over du_lieu; XLSX with a sheet.
	dir := t.TempDir()
	code, _, stderr := runCLI(t, "", "batch", filepath.Join(repo, "examples", "cong-van-xa.yaml"), filepath.Join(repo, "examples", "xa.xlsx"),
		"--trang", "Phân bổ", "-o", dir, "--ten", "{{.ten_xa}}", "-j", "1")
	if code != exitOK || len(docxNames(t, dir)) != 6 {
		t.Fatalf("exit %d, files %v: %s", code, docxNames(t, dir), stderr)
	}
	// A sheet that is not there names the sheets that are.
	code, _, stderr = runCLI(t, "", "batch", filepath.Join(repo, "examples", "cong-van-xa.yaml"), filepath.Join(repo, "examples", "xa.xlsx"),
		"--trang", "Không có", "-o", t.TempDir())
	if code != exitInvalid || !strings.Contains(stderr, "Phân bổ") {
		t.Errorf("missing sheet: exit %d: %s", code, stderr)
	}
	// No data at all.
	plain := filepath.Join(repo, "examples", "quyet-dinh.yaml")
	if code, _, stderr := runCLI(t, "", "batch", plain, "-o", t.TempDir()); code != exitUsage || !strings.Contains(stderr, "không có dữ liệu") {
		t.Errorf("no data: exit %d: %s", code, stderr)
	}
	// English messages.
	tpl := batchTemplate(t, "Họ tên\n")
	if code, _, stderr := runCLI(t, "", "--lang", "en", "batch", tpl, "-o", t.TempDir()); code != exitInvalid || !strings.Contains(stderr, "no rows") {
		t.Errorf("empty table in English: exit %d: %s", code, stderr)
	}
}
