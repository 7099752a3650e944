package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/vanthu/vanthu/docgen"
)

func (a *app) kindsCmd() *cobra.Command {
	var theThuc, format string
	cmd := &cobra.Command{
		Use:   "kinds",
		Short: "Liệt kê các loại văn bản / list the kinds of document",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			kinds := docgen.Kinds(theThuc)
			if kinds == nil {
				return &exitError{code: exitUsage, err: fmt.Errorf("thể thức %q chưa được hỗ trợ / rule set %q is not supported", theThuc, theThuc)}
			}
			switch format {
			case "json":
				return a.writeJSON(kinds)
			case "text":
			default:
				return &exitError{code: exitUsage, err: fmt.Errorf("--format %q: chọn text hoặc json / choose text or json", format)}
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "LOẠI (loai)\tTÊN LOẠI\tVIẾT TẮT\tMẪU")
			for _, k := range kinds {
				abbr := k.Abbr
				if abbr == "" {
					abbr = "—"
				}
				mau := k.Mau
				if k.Layout != "" {
					mau += " (trình bày như " + k.Layout + ")"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", k.Slug, k.Name, abbr, mau)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&theThuc, "the-thuc", "nha-nuoc", "bộ quy tắc / rule set")
	cmd.Flags().StringVar(&format, "format", "text", "text hoặc json / text or json")
	return cmd
}
