// Command vanthu renders Vietnamese official documents written in YAML to
// DOCX, validates them against Nghị định 30/2020/NĐ-CP or Hướng dẫn
// 36-HD/VPTW, merges a template with a data table, checks DOCX files and
// lists the kinds of document it knows.
//
//	vanthu render cong-van.yaml            # writes cong-van.docx
//	vanthu render - -o - < in.yaml > out.docx
//	vanthu validate --issued --format json cong-van.yaml
//	vanthu batch giay-moi.yaml dai-bieu.csv --so-bat-dau 15 -o giay-moi
//	vanthu check van-ban.docx
//	vanthu new giay-moi -o giay-moi.yaml
//	vanthu kinds
//
// Exit status: 0 on success, 1 when the input is invalid, 2 on a usage
// or I/O error.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/vanthu/vanthu/docgen"
)

// Exit codes.
const (
	exitOK      = 0
	exitInvalid = 1
	exitUsage   = 2
)

// exitError carries an exit code out of a command.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

// app holds the global flags and the streams, so tests can run commands
// in-process.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	lang           string
}

func (a *app) language() docgen.Language { return docgen.ParseLanguage(a.lang) }

// writeJSON prints v as indented JSON on stdout; a failed write is an
// I/O error (exit status 2).
func (a *app) writeJSON(v any) error {
	enc := json.NewEncoder(a.stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	return nil
}

func (a *app) root() *cobra.Command {
	root := &cobra.Command{
		Use:           "vanthu",
		Short:         "Soạn văn bản theo Nghị định 30/2020/NĐ-CP và Hướng dẫn 36-HD/VPTW: YAML → DOCX",
		Long:          "vanthu trình bày văn bản hành chính (Nghị định 30/2020/NĐ-CP) và văn bản của Đảng (Hướng dẫn 36-HD/VPTW) từ tệp YAML ra DOCX, trộn văn bản từ bảng dữ liệu, kiểm tra thể thức của tệp YAML và DOCX.\nvanthu renders Vietnamese official documents from YAML to DOCX (Decree 30/2020/ND-CP, Guideline 36-HD/VPTW), merges templates with data, and checks YAML and DOCX files.",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.PersistentFlags().StringVar(&a.lang, "lang", "vi", "ngôn ngữ thông báo: vi hoặc en / message language: vi or en")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &exitError{code: exitUsage, err: err}
	})
	root.AddCommand(a.renderCmd(), a.validateCmd(), a.kindsCmd(), a.checkCmd(), a.newCmd(), a.schemaCmd())
	root.AddCommand(a.batchCmd())
	return root
}

// run executes the CLI with args and returns the exit code.
func (a *app) run(args []string) int {
	root := a.root()
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintln(a.stderr, "vanthu:", ee.err)
		}
		return ee.code
	}
	// Cobra's own errors: unknown command, wrong number of arguments.
	fmt.Fprintln(a.stderr, "vanthu:", err)
	return exitUsage
}

func main() {
	a := &app{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}
	os.Exit(a.run(os.Args[1:]))
}
