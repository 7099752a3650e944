package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/vanthu/vanthu/docgen"
)

// validateResult is one file's JSON output.
type validateResult struct {
	File        string             `json:"file"`
	Valid       bool               `json:"valid"`
	Diagnostics docgen.Diagnostics `json:"diagnostics"`
}

func (a *app) validateCmd() *cobra.Command {
	var issued bool
	var format string
	cmd := &cobra.Command{
		Use:   "validate IN.yaml...",
		Short: "Kiểm tra thể thức văn bản YAML / validate YAML documents",
		Long: "Kiểm tra từng tệp YAML theo bộ quy tắc của nó (Nghị định 30/2020/NĐ-CP hoặc Hướng dẫn 36-HD/VPTW). Dạng text: mỗi dòng FILE:LINE:COL: path: thông báo (điều khoản) [MÃ QUY TẮC].\n" +
			"Mã thoát 0 khi không có lỗi, 1 khi có lỗi, 2 khi không đọc được tệp.",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return &exitError{code: exitUsage, err: fmt.Errorf("--format %q: chọn text hoặc json / choose text or json", format)}
			}
			opts := a.options(issued)
			var results []validateResult
			invalid := false
			for _, name := range args {
				var ds docgen.Diagnostics
				doc, err := a.parse(name, opts)
				if err != nil {
					if !asDiagnostics(err, &ds) {
						return &exitError{code: exitUsage, err: err}
					}
				} else {
					ds = docgen.Validate(doc, opts...)
				}
				if ds == nil {
					ds = docgen.Diagnostics{}
				}
				invalid = invalid || ds.HasErrors()
				results = append(results, validateResult{File: name, Valid: !ds.HasErrors(), Diagnostics: ds})
			}
			if format == "json" {
				if err := a.writeJSON(results); err != nil {
					return err
				}
			} else {
				for _, r := range results {
					for _, d := range r.Diagnostics {
						fmt.Fprintf(a.stdout, "%s: %s\n", severityWord(d.Severity, a.language()), d.String())
					}
					if r.Valid {
						fmt.Fprintf(a.stdout, "%s: %s\n", r.File, okWord(a.language()))
					}
				}
			}
			if invalid {
				return &exitError{code: exitInvalid}
			}
			return nil
		},
	}
	issuedFlag(cmd, &issued)
	cmd.Flags().StringVar(&format, "format", "text", "dạng kết quả: text hoặc json / output format")
	return cmd
}

func okWord(l docgen.Language) string {
	if l == docgen.English {
		return "valid"
	}
	return "hợp lệ"
}

// asDiagnostics reports whether err holds findings and stores them.
func asDiagnostics(err error, ds *docgen.Diagnostics) bool {
	return errors.As(err, ds)
}
