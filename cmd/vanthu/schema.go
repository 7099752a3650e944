package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/vanthu/vanthu/docgen"
	"github.com/vanthu/vanthu/internal/atomicfile"
)

func (a *app) schemaCmd() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "In JSON Schema của tệp YAML đầu vào / print the JSON Schema of the YAML input",
		Long: "In JSON Schema (draft 2020-12) của tệp YAML đầu vào, có mô tả từng khóa theo --lang, ra đầu ra chuẩn hoặc -o FILE.\n" +
			"Dùng với tiện ích YAML của VS Code để có gợi ý và kiểm tra khi gõ:\n" +
			"  vanthu schema -o vanthu.schema.json\n" +
			"  # dòng đầu tệp YAML: # yaml-language-server: $schema=./vanthu.schema.json",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			data := docgen.JSONSchema(docgen.WithLanguage(a.language()))
			if out == "" || out == "-" {
				if _, err := a.stdout.Write(data); err != nil {
					return &exitError{code: exitUsage, err: err}
				}
				return nil
			}
			if err := atomicfile.Write(out, data); err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			fmt.Fprintf(a.stderr, "đã ghi / wrote %s\n", out)
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "tệp ghi ra (mặc định: đầu ra chuẩn) / output file")
	return cmd
}
