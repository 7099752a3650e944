package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/vanthu/vanthu/docgen"
	"github.com/vanthu/vanthu/internal/atomicfile"
)

// maxPrinted bounds the findings printed for a batch; the rest are
// counted.
const maxPrinted = 200

func (a *app) batchCmd() *cobra.Command {
	var out, name, zipOut, sheet string
	var start, workers int
	var skip, issued, dry bool
	cmd := &cobra.Command{
		Use:   "batch TEMPLATE.yaml [DATA]",
		Short: "Trộn văn bản: một mẫu YAML + một bảng dữ liệu → nhiều tệp DOCX / mail merge",
		Long: "Điền mẫu YAML với từng dòng của bảng dữ liệu (CSV, XLSX, JSONL, hoặc du_lieu trong mẫu) và ghi mỗi dòng một tệp DOCX.\n" +
			"Mọi dòng được kiểm tra trước; nếu có dòng lỗi thì không ghi gì và liệt kê các lỗi theo dòng, trừ khi có --bo-qua-loi.\n" +
			"Trong mẫu, mỗi cột là một khóa: {{.ho_ten}} hoặc {{index . \"Họ tên\"}}; {{.stt}} là số thứ tự dòng, {{.so}} là số văn bản khi có --so-bat-dau.\n" +
			"Fills the template with every row of the data and writes one DOCX per row; every row is validated first.",
		Args: cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			lang := a.language()
			tpl, err := docgen.ParseTemplateFile(args[0], docgen.WithLanguage(lang))
			if err != nil {
				return a.failed(err)
			}
			var rows docgen.DataSource
			switch {
			case len(args) == 2:
				if rows, err = docgen.OpenData(args[1], sheet, docgen.WithLanguage(lang)); err != nil {
					return a.failed(err)
				}
			case tpl.Data() != nil:
				rows = tpl.Data()
			default:
				return &exitError{code: exitUsage, err: errors.New(tr(lang,
					"không có dữ liệu: chỉ ra tệp DATA (CSV, XLSX, JSONL) hoặc thêm du_lieu vào mẫu",
					"no data: name a DATA file (CSV, XLSX, JSONL) or add du_lieu to the template"))}
			}
			stem := strings.TrimSuffix(filepath.Base(args[0]), filepath.Ext(args[0]))
			if name == "" {
				name = stem + `-{{printf "%04d" .stt}}.docx`
				if start > 0 {
					name = `{{.so}}-` + stem + ".docx"
				}
			}
			opts := []docgen.Option{docgen.WithLanguage(lang), docgen.FileName(name), docgen.Workers(workers), docgen.StartNumber(start)}
			if skip {
				opts = append(opts, docgen.SkipInvalid())
			}
			if issued {
				opts = append(opts, docgen.Issued())
			}
			if dry {
				opts = append(opts, docgen.CheckOnly())
			}
			bar := a.progressBar(lang)
			if bar != nil {
				opts = append(opts, docgen.OnProgress(bar.update))
			}

			var sink docgen.Sink
			var zf *atomicfile.File
			var zs *docgen.ZipSink
			if zipOut != "" {
				if zf, err = atomicfile.Create(zipOut); err != nil {
					return &exitError{code: exitUsage, err: err}
				}
				defer zf.Abort()
				zs = docgen.NewZipSink(zf)
				sink = zs
			} else {
				if out == "" {
					out = stem
				}
				sink = docgen.DirSink(out)
			}

			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
			defer stop()
			began := time.Now()
			res, err := docgen.Batch(ctx, tpl, rows, sink, opts...)
			bar.finish()
			if err == nil && zs != nil {
				if err = zs.Close(); err == nil {
					err = zf.Commit()
				}
			}
			if res != nil {
				a.report(res.Diagnostics[:min(len(res.Diagnostics), maxPrinted)])
				if n := len(res.Diagnostics) - maxPrinted; n > 0 {
					fmt.Fprintf(a.stderr, tr(lang, "… và %d lỗi khác\n", "… and %d more errors\n"), n)
				}
				dest := out
				if zipOut != "" {
					dest = zipOut
				}
				if dry {
					dest = tr(lang, "chỉ kiểm tra", "check only")
				}
				fmt.Fprintf(a.stderr, tr(lang, "%d dòng, đã ghi %d, lỗi %d, %.1f giây → %s\n", "%d rows, %d written, %d failed, %.1f s → %s\n"),
					res.Rows, res.Written, res.Failed, time.Since(began).Seconds(), dest)
			}
			var ds docgen.Diagnostics
			switch {
			case errors.As(err, &ds):
				if res == nil {
					a.report(ds)
				}
				return &exitError{code: exitInvalid}
			case errors.Is(err, context.Canceled):
				return &exitError{code: exitUsage, err: errors.New(tr(lang, "đã dừng", "stopped"))}
			case err != nil:
				return &exitError{code: exitUsage, err: err}
			case res.Failed > 0:
				return &exitError{code: exitInvalid}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVarP(&out, "output", "o", "", "thư mục ghi các tệp (mặc định: tên mẫu) / output directory")
	f.StringVar(&name, "ten", "", "mẫu tên tệp, ví dụ \"{{.so}}-{{.ten_don_vi}}.docx\" / file-name template")
	f.IntVar(&start, "so-bat-dau", 0, "đánh số văn bản từ N (ghi vào so) / number the documents from N")
	f.StringVar(&zipOut, "zip", "", "ghi tất cả vào một tệp ZIP / write one zip archive")
	f.IntVarP(&workers, "jobs", "j", 0, "số văn bản trình bày song song (mặc định: số lõi CPU) / parallel renders")
	f.BoolVar(&skip, "bo-qua-loi", false, "vẫn ghi các dòng hợp lệ khi có dòng lỗi / write the valid rows even if some fail")
	f.BoolVar(&dry, "kiem-tra", false, "chỉ kiểm tra mọi dòng, không ghi tệp nào / validate every row, write nothing")
	f.StringVar(&sheet, "trang", "", "tên trang tính của tệp XLSX (mặc định: trang đầu) / XLSX sheet")
	issuedFlag(cmd, &issued)
	return cmd
}

// failed prints findings and gives exit status 1, or 2 for other errors.
func (a *app) failed(err error) error {
	var ds docgen.Diagnostics
	if errors.As(err, &ds) {
		a.report(ds)
		return &exitError{code: exitInvalid}
	}
	return &exitError{code: exitUsage, err: err}
}

// tr picks the message of a language.
func tr(lang docgen.Language, vi, en string) string {
	if lang == docgen.English {
		return en
	}
	return vi
}

// progressBar draws progress on stderr when it is a terminal; nil (which
// draws nothing) in a pipe.
type progressBar struct {
	w    io.Writer
	lang docgen.Language
	last time.Time
	drew bool
}

func (a *app) progressBar(lang docgen.Language) *progressBar {
	f, ok := a.stderr.(*os.File)
	if !ok {
		return nil
	}
	if st, err := f.Stat(); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	return &progressBar{w: f, lang: lang}
}

func (p *progressBar) update(pr docgen.BatchProgress) {
	if p == nil || (time.Since(p.last) < 100*time.Millisecond && pr.Done != pr.Total) {
		return
	}
	p.last = time.Now()
	p.drew = true
	if pr.Total <= 0 {
		fmt.Fprintf(p.w, "\r%s %d", tr(p.lang, "kiểm tra", "checking"), pr.Done)
		return
	}
	const width = 30
	n := pr.Done * width / pr.Total
	fmt.Fprintf(p.w, "\r%s [%s%s] %d/%d ", tr(p.lang, "ghi", "writing"), strings.Repeat("=", n), strings.Repeat(" ", width-n), pr.Done, pr.Total)
}

func (p *progressBar) finish() {
	if p != nil && p.drew {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
