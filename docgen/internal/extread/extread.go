package extread

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// Python is the interpreter that has Debian's python3-docx.
const Python = "/usr/bin/python3"

// Require reports whether missing tools must fail tests
// (VANTHU_REQUIRE_TOOLS=1) rather than skip them.
func Require() bool { return os.Getenv("VANTHU_REQUIRE_TOOLS") == "1" }

// fakeMissing reports whether EXTREAD_FAKE_MISSING=1 asks the Need*
// helpers to act as if no tool were installed.
func fakeMissing() bool { return os.Getenv("EXTREAD_FAKE_MISSING") == "1" }

// missing skips the test, or fails it when Require(), because tool is not
// installed; pkg is the Debian package that provides it.
func missing(t testing.TB, tool, pkg string) {
	t.Helper()
	msg := fmt.Sprintf("extread: %s is not installed (apt-get install -y %s)", tool, pkg)
	if Require() {
		t.Fatal(msg + "; VANTHU_REQUIRE_TOOLS=1 requires it")
	}
	t.Skip(msg + "; skipping (set VANTHU_REQUIRE_TOOLS=1 to fail instead)")
}

// NeedSoffice skips the test (or fails it, when Require()) unless
// LibreOffice's soffice and the Liberation Serif font are installed, and
// returns the path of soffice.
func NeedSoffice(t testing.TB) string {
	t.Helper()
	p, err := exec.LookPath("soffice")
	if err != nil || fakeMissing() {
		missing(t, "LibreOffice (soffice)", "libreoffice-writer-nogui fonts-liberation2")
	}
	if !haveLiberationSerif() {
		missing(t, "the Liberation Serif font (LibreOffice's Times New Roman)", "fonts-liberation2")
	}
	return p
}

// fontDirs are where Debian and users keep fonts.
var fontDirs = []string{"/usr/share/fonts", "/usr/local/share/fonts"}

var liberation = sync.OnceValue(func() bool {
	dirs := append([]string(nil), fontDirs...)
	if home, err := os.UserHomeDir(); err == nil {
		dirs = append(dirs, filepath.Join(home, ".fonts"), filepath.Join(home, ".local/share/fonts"))
	}
	found := false
	for _, dir := range dirs {
		filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.EqualFold(d.Name(), "LiberationSerif-Regular.ttf") {
				found = true
				return filepath.SkipAll
			}
			return nil
		})
		if found {
			break
		}
	}
	return found
})

func haveLiberationSerif() bool { return liberation() }

// NeedPoppler skips the test (or fails it, when Require()) unless
// pdfinfo, pdftotext and pdftoppm are installed.
func NeedPoppler(t testing.TB) {
	t.Helper()
	for _, tool := range []string{"pdfinfo", "pdftotext", "pdftoppm"} {
		if _, err := exec.LookPath(tool); err != nil || fakeMissing() {
			missing(t, "poppler ("+tool+")", "poppler-utils")
		}
	}
}

// pythonDocx reports whether Python can import python-docx and lxml.
var pythonDocx = sync.OnceValue(func() bool {
	return exec.Command(Python, "-c", "import docx, lxml.etree").Run() == nil
})

// NeedPythonDocx skips the test (or fails it, when Require()) unless
// /usr/bin/python3 can import python-docx.
func NeedPythonDocx(t testing.TB) {
	t.Helper()
	if fakeMissing() || !pythonDocx() {
		missing(t, "python-docx for "+Python, "python3-docx")
	}
}

// run runs a tool with a timeout and returns its standard output; it
// fails the test with the tool's standard error when the tool fails.
func run(t testing.TB, timeout time.Duration, name string, args ...string) []byte {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if err := execute(timeout, &stdout, &stderr, name, args...); err != nil {
		t.Fatalf("extread: %s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.Bytes())
	}
	return stdout.Bytes()
}

// execute runs a command in a process group of its own, which is killed
// whole when the timeout expires (soffice leaves soffice.bin behind).
func execute(timeout time.Duration, stdout, stderr *bytes.Buffer, name string, args ...string) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Stdout, cmd.Stderr = stdout, stderr
	ownProcessGroup(cmd)
	cmd.WaitDelay = 5 * time.Second
	err := cmd.Run()
	if ctx.Err() != nil {
		return fmt.Errorf("timed out after %v: %w", timeout, err)
	}
	return err
}
