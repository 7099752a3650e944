package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vanthu/vanthu/docgen"
)

func (a *app) renderCmd() *cobra.Command {
	var out string
	var issued bool
	cmd := &cobra.Command{
		Use:   "render IN.yaml",
		Short: "Trình bày văn bản ra DOCX / render a document to DOCX",
		Long: "Đọc tệp YAML (\"-\" là đầu vào chuẩn), kiểm tra thể thức và ghi DOCX (mặc định cùng tên, đuôi .docx; \"-o -\" là đầu ra chuẩn).\n" +
			"Văn bản sai không ghi tệp nào; tệp được ghi qua tệp tạm rồi đổi tên.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			in := args[0]
			if out == "" {
				if in == "-" {
					return &exitError{code: exitUsage, err: errors.New("đọc từ đầu vào chuẩn thì phải chỉ rõ -o (\"-o -\" cho đầu ra chuẩn) / with stdin input, give -o")}
				}
				out = strings.TrimSuffix(in, filepath.Ext(in)) + ".docx"
			}
			opts := a.options(issued)
			doc, err := a.load(in, opts)
			if err != nil {
				return err
			}
			ds := docgen.Validate(doc, opts...)
			a.report(ds)
			if ds.HasErrors() {
				return &exitError{code: exitInvalid}
			}
			if out == "-" {
				return renderError(docgen.Render(a.stdout, doc, opts...))
			}
			if err := docgen.WriteFile(out, doc, opts...); err != nil {
				return renderError(err)
			}
			fmt.Fprintf(a.stderr, "đã ghi / wrote %s\n", out)
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "tệp DOCX ghi ra (\"-\": đầu ra chuẩn) / output file")
	issuedFlag(cmd, &issued)
	return cmd
}

// renderError maps a render error to an exit status: findings are
// invalid input, anything else is I/O.
func renderError(err error) error {
	if err == nil {
		return nil
	}
	var ds docgen.Diagnostics
	if errors.As(err, &ds) {
		return &exitError{code: exitInvalid, err: err}
	}
	return &exitError{code: exitUsage, err: err}
}

func (a *app) options(issued bool) []docgen.Option {
	opts := []docgen.Option{docgen.WithLanguage(a.language())}
	if issued {
		opts = append(opts, docgen.Issued())
	}
	return opts
}

// load parses a YAML file ("-" for stdin); shape errors are printed and
// give exit status 1, unreadable input 2.
func (a *app) load(name string, opts []docgen.Option) (*docgen.Document, error) {
	doc, err := a.parse(name, opts)
	var ds docgen.Diagnostics
	switch {
	case err == nil:
		return doc, nil
	case errors.As(err, &ds):
		a.report(ds)
		return nil, &exitError{code: exitInvalid}
	default:
		return nil, &exitError{code: exitUsage, err: err}
	}
}

// parse reads a YAML file, or stdin for "-".
func (a *app) parse(name string, opts []docgen.Option) (*docgen.Document, error) {
	if name == "-" {
		return docgen.ParseReader(a.stdin, append(opts, docgen.WithFilename("<stdin>"))...)
	}
	return docgen.ParseFile(name, opts...)
}

// issuedFlag adds --issued to a command.
func issuedFlag(cmd *cobra.Command, issued *bool) {
	cmd.Flags().BoolVar(issued, "issued", false, "văn bản ban hành: thiếu số, ngày là lỗi / require number and full date")
}

// report prints findings to stderr, one per line.
func (a *app) report(ds docgen.Diagnostics) {
	for _, d := range ds {
		fmt.Fprintf(a.stderr, "%s: %s\n", severityWord(d.Severity, a.language()), d.String())
	}
}

func severityWord(s docgen.Severity, l docgen.Language) string {
	if l == docgen.English {
		return s.String()
	}
	switch s {
	case docgen.SeverityError:
		return "lỗi"
	case docgen.SeverityWarning:
		return "cảnh báo"
	}
	return "thông tin"
}
