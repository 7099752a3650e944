package docgen

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/vanthu/vanthu/docgen/internal/docx"
	"github.com/vanthu/vanthu/docgen/internal/extread"
)

// TestCheckOwnOutput: every example vanthu renders passes Check with no
// error, against the rule set Check recognises from the header.
func TestCheckOwnOutput(t *testing.T) {
	for _, name := range examples {
		t.Run(name, func(t *testing.T) {
			data := renderExample(t, name)
			rep, err := Check(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			want := "nha-nuoc"
			if isParty(name) {
				want = "dang"
			}
			if !rep.Detected || rep.TheThuc != want {
				t.Errorf("detected %v %q, want %q", rep.Detected, rep.TheThuc, want)
			}
			for _, f := range rep.Findings {
				if f.Severity == SeverityError {
					t.Errorf("error: %s (expected %q, found %q)", f, f.Expected, f.Found)
				}
			}
		})
	}
}

// TestCheckFindsBrokenRender: a document rendered and then altered in
// its XML gives the finding the alteration deserves.
func TestCheckFindsBrokenRender(t *testing.T) {
	tests := []struct {
		name     string
		example  string
		from, to string
		rule     string
	}{
		{"number without leading zero", "", "Số: 15/QĐ-SNV", "Số: 5/QĐ-SNV", "ND30.PL1.II.3"},
		{"date without leading zero", "", "ngày 05 tháng 02", "ngày 5 tháng 2", "ND30.PL1.II.4"},
		{"Arial", "", `w:hAnsi="Times New Roman"`, `w:hAnsi="Arial"`, "ND30.PL1.I.4"},
		{"Nơi nhận without colon", "", ">Nơi nhận:<", ">Nơi nhận<", "ND30.PL1.II.9"},
		{"page number on page 1", "", "<w:titlePg/>", "", "ND30.PL1.I.7"},
		{"narrow left margin", "", `w:left="1701"`, `w:left="1134"`, "ND30.PL1.I.3"},
		{"Party number with a colon", "dang-cong-van-590", "Số 590-CV/ĐU", "Số: 590/CV-ĐU", "HD36.II.1.3"},
		{"Party T/M written TM.", "dang-cong-van-590", "T/M BAN THƯỜNG VỤ", "TM. BAN THƯỜNG VỤ", "HD36.II.1.7"},
		{"Party title not bold", "dang-nghi-quyet-chi-bo", `<w:b/><w:bCs/><w:sz w:val="30"/>`, `<w:sz w:val="30"/>`, "HD36.II.1.1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			example := tt.example
			if example == "" {
				example = "quyet-dinh"
			}
			data := alter(t, renderExample(t, example), tt.from, tt.to)
			rep, err := Check(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range rep.Findings {
				if f.Rule == tt.rule && f.Severity == SeverityError {
					return
				}
			}
			t.Errorf("no %s error; findings: %v", tt.rule, rep.Findings)
		})
	}
}

// alter replaces text in every XML part of a DOCX.
func alter(t *testing.T, data []byte, from, to string) []byte {
	t.Helper()
	parts := unzipParts(t, data)
	found := false
	var names []string
	for name, b := range parts {
		names = append(names, name)
		if bytes.Contains(b, []byte(from)) {
			parts[name] = bytes.ReplaceAll(b, []byte(from), []byte(to))
			found = true
		}
	}
	if !found {
		t.Fatalf("%q is not in the document", from)
	}
	sort.Strings(names)
	return zipParts(t, names, parts)
}

func TestCheckRefusesNonDOCX(t *testing.T) {
	for name, data := range map[string][]byte{"empty": {}, "text": []byte("không phải docx"), "yaml": mustRead(t, "../examples/quyet-dinh.yaml")} {
		if _, err := Check(bytes.NewReader(data), int64(len(data))); err == nil || !errors.Is(err, docx.ErrNotDOCX) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
	if _, err := Check(bytes.NewReader(nil), 0, WithTheThuc("khong-co")); err == nil {
		t.Error("unknown rule set accepted")
	}
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// checkCorpus is the corpus of DOCX files written by other programs
// (python-docx, LibreOffice) under testdata/check, each with its golden
// findings.
func checkCorpus(t *testing.T) []string {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "check", "*", "*.docx"))
	if len(files) == 0 {
		t.Skip("no corpus under testdata/check")
	}
	return files
}

// goldenFinding is the part of a finding the golden files pin.
type goldenFinding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Element  string `json:"element"`
	Found    string `json:"found,omitempty"`
}

// TestCheckCorpus checks every corpus file and compares the findings with
// its golden JSON (go test -run TestCheckCorpus -update rewrites them).
func TestCheckCorpus(t *testing.T) {
	for _, file := range checkCorpus(t) {
		name := strings.TrimSuffix(filepath.Base(file), ".docx")
		t.Run(filepath.Base(filepath.Dir(file))+"/"+name, func(t *testing.T) {
			data := mustRead(t, file)
			rep, err := Check(bytes.NewReader(data), int64(len(data)), WithLanguage(English))
			if err != nil {
				t.Fatal(err)
			}
			got := []goldenFinding{}
			for _, f := range rep.Findings {
				got = append(got, goldenFinding{Rule: f.Rule, Severity: f.Severity.String(), Element: f.Element, Found: f.Found})
			}
			js, _ := json.MarshalIndent(got, "", "  ")
			golden := strings.TrimSuffix(file, ".docx") + ".findings.json"
			if *update {
				if err := os.WriteFile(golden, append(js, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if string(want) != string(js)+"\n" {
				t.Errorf("findings differ from %s:\n%s", golden, js)
			}
			if strings.HasPrefix(name, "correct") && rep.HasErrors() {
				t.Errorf("the correct document has errors: %v", rep.Findings)
			}
			if !strings.HasPrefix(name, "correct") && !rep.HasErrors() && len(rep.Findings) == 0 {
				t.Errorf("%s: the broken document gives no finding", name)
			}
		})
	}
}

// TestCheckCorpusIsIndependent: the python-docx corpus opens in
// python-docx too, when it is installed.
func TestCheckCorpusIsIndependent(t *testing.T) {
	extread.NeedPythonDocx(t)
	for _, file := range checkCorpus(t) {
		if doc := extread.PyDocx(t, mustRead(t, file)); len(doc.Paragraphs) == 0 {
			t.Errorf("%s: python-docx sees no paragraphs", file)
		}
	}
}

// TestCheckMau reports what Check says of the official Phụ lục III file,
// a collection of forms rather than one document: it must read it, and
// find the Quốc hiệu.
func TestCheckMau(t *testing.T) {
	data, err := os.ReadFile("../../shared/spec/sources/nd30-2020/phu-luc-III-mau.docx")
	if err != nil {
		t.Skipf("the official mẫu is not beside the repository: %v", err)
	}
	rep, err := Check(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	// The file is a collection of blank forms with notes, not one
	// document: its first pages are the abbreviation table, so the header
	// is not where a document's is, and the forms hold dotted blanks.
	// Check reads it and reports what it cannot find.
	if rep.Detected || rep.TheThuc != "nha-nuoc" || !rep.HasErrors() {
		t.Errorf("mẫu: detected %v, %q, %d findings", rep.Detected, rep.TheThuc, len(rep.Findings))
	}
	for _, f := range rep.Findings {
		t.Logf("%s %s", f.Severity, f)
	}
}

func BenchmarkCheck(b *testing.B) {
	for _, name := range []string{"quyet-dinh", "cong-van-so-vhttdl"} {
		data := renderExample(b, name)
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Check(bytes.NewReader(data), int64(len(data))); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	// A 30-page document: the công văn's body ten times over.
	doc, err := ParseFile(filepath.Join("..", "examples", "cong-van-so-vhttdl.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	doc.NoiDung = strings.Repeat(doc.NoiDung+"\n\n", 10)
	data, err := RenderBytes(doc)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("30-pages", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Check(bytes.NewReader(data), int64(len(data))); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// zipParts writes parts back into a DOCX, in the order of names.
func zipParts(t *testing.T, names []string, parts map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(parts[n])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestCheckCorpusRegenerates runs the python-docx script that made the
// corpus into a temporary folder: the files it writes are the committed
// ones, byte for byte, so the committed corpus is what the script says.
func TestCheckCorpusRegenerates(t *testing.T) {
	extread.NeedPythonDocx(t)
	dir := t.TempDir()
	cmd := exec.Command(extread.Python, filepath.Join("..", "testdata", "check", "make_corpus.py"), dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("make_corpus.py: %v\n%s", err, out)
	}
	made, _ := filepath.Glob(filepath.Join(dir, "*.docx"))
	if len(made) < 16 {
		t.Fatalf("the script wrote %d files", len(made))
	}
	for _, f := range made {
		want := mustRead(t, filepath.Join("..", "testdata", "check", "pydocx", filepath.Base(f)))
		if !bytes.Equal(mustRead(t, f), want) {
			t.Errorf("%s differs from the committed file: run make_corpus.py and go test -run TestCheckCorpus -update", filepath.Base(f))
		}
	}
}

// TestCheckAfterLibreOffice: our documents opened and saved again by
// LibreOffice — another program's DOCX of the same layout, with its own
// styles and run properties — still pass Check.
func TestCheckAfterLibreOffice(t *testing.T) {
	extread.NeedSoffice(t)
	for _, name := range []string{"quyet-dinh", "cong-van-so-vhttdl", "dang-cong-van-590"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			data := extread.ResaveDOCX(t, renderExample(t, name))
			rep, err := Check(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			if !rep.Detected {
				t.Error("the rule set is not recognised after LibreOffice")
			}
			for _, f := range rep.Errors() {
				t.Errorf("error: %s (expected %q, found %q)", f, f.Expected, f.Found)
			}
		})
	}
}
