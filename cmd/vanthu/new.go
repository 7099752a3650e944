package main

import (
	"errors"
	"fmt"
	"os"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/vanthu/vanthu/docgen"
	"github.com/vanthu/vanthu/internal/atomicfile"
	"github.com/vanthu/vanthu/templates"
)

func (a *app) newCmd() *cobra.Command {
	var theThuc, out string
	var list, force bool
	cmd := &cobra.Command{
		Use:   "new KIND",
		Short: "Tạo tệp YAML mẫu cho một loại văn bản / write a scaffold for a kind",
		Long: "Ghi tệp YAML mẫu (có chú thích tiếng Việt cho từng khóa) cho loại văn bản KIND, ra đầu ra chuẩn hoặc -o FILE.\n" +
			"Tệp mẫu là một dự thảo hợp lệ: điền các chỗ \"…\" rồi chạy vanthu render.",
		Args: func(cmd *cobra.Command, args []string) error {
			if list {
				return cobra.NoArgs(cmd, args)
			}
			return cobra.ExactArgs(1)(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if list {
				kinds := docgen.Kinds(theThuc)
				if kinds == nil {
					return &exitError{code: exitUsage, err: fmt.Errorf("thể thức %q không có / unknown rule set", theThuc)}
				}
				tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
				for _, k := range kinds {
					fmt.Fprintf(tw, "vanthu new %s --the-thuc %s\t%s\n", k.Slug, theThuc, k.Name)
				}
				return tw.Flush()
			}
			tpl, err := templates.ForKind(theThuc, args[0])
			if err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			if out == "" || out == "-" {
				_, err := a.stdout.Write(tpl.Data)
				return err
			}
			if _, err := os.Stat(out); err == nil && !force {
				return &exitError{code: exitUsage, err: fmt.Errorf("%s đã có; dùng --force để ghi đè / exists, use --force", out)}
			} else if err != nil && !errors.Is(err, os.ErrNotExist) {
				return &exitError{code: exitUsage, err: err}
			}
			if err := atomicfile.Write(out, tpl.Data); err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			fmt.Fprintf(a.stderr, "đã ghi / wrote %s\n", out)
			return nil
		},
	}
	cmd.Flags().StringVar(&theThuc, "the-thuc", "nha-nuoc", "bộ quy tắc: nha-nuoc hoặc dang / rule set")
	cmd.Flags().StringVarP(&out, "output", "o", "", "tệp ghi ra (mặc định: đầu ra chuẩn) / output file")
	cmd.Flags().BoolVar(&list, "list", false, "liệt kê các loại có tệp mẫu / list the scaffolds")
	cmd.Flags().BoolVar(&force, "force", false, "ghi đè tệp đã có / overwrite")
	return cmd
}
