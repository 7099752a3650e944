package docgen

import (
	"cmp"
	"context"
	"errors"
	"runtime"
	"sort"
	"strings"
	"sync"
	"text/template"

	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// BatchResult sums up a Batch (kết quả trộn văn bản).
type BatchResult struct {
	Rows    int // data rows read
	Written int // documents handed to the sink
	Failed  int // rows not written: invalid, or failed to render
	// Diagnostics holds the errors of the rows that failed, each with its
	// Row, sorted by row.
	Diagnostics Diagnostics
}

// BatchProgress is reported while a Batch runs: first while every row is
// checked (Phase "check"), then while documents are written ("write").
type BatchProgress struct {
	Phase       string
	Done, Total int
}

// DefaultFileName is the file-name template of Batch when none is given:
// the row number on four digits.
const DefaultFileName = `{{printf "%04d" .stt}}.docx`

// Batch fills tpl with every row of rows and hands each document, as
// DOCX bytes, to sink. It works in two passes over the
// data, which is streamed and never held: first every row is filled and
// validated; when some are invalid it returns their findings, as
// Diagnostics with the row in each, and writes nothing — unless
// SkipInvalid is given, when the valid rows are still written and the
// invalid ones listed in the result. Then the documents are rendered in
// parallel (Workers) and put in row order — or, to a ConcurrentSink such
// as DirSink, by the workers as each is ready.
//
// StartNumber numbers the documents consecutively (so), skipping no
// number for invalid rows; FileName sets the file names, made safe and
// unique (see SafeFileName). When ctx is cancelled, Batch stops, puts
// nothing more and returns ctx.Err(); a document is put whole or not at
// all.
func Batch(ctx context.Context, tpl *Template, rows DataSource, sink Sink, opts ...Option) (*BatchResult, error) {
	c := newConfig(opts)
	if tpl == nil || rows == nil || sink == nil {
		return nil, errors.New("docgen: Batch needs a template, rows and a sink")
	}
	nameTmpl, err := fileNameTemplate(c)
	if err != nil {
		return nil, err
	}
	workers := c.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	b := &batch{ctx: ctx, tpl: tpl, c: c, workers: workers, res: &BatchResult{}, names: nameTmpl}

	// Pass 1: fill and validate every row.
	invalid, err := b.check(rows)
	if err != nil {
		return b.res, err
	}
	if len(invalid) > 0 && !c.skipInvalid {
		return b.res, b.res.Diagnostics
	}
	if c.checkOnly {
		return b.res, nil
	}
	// Pass 2: render the valid rows and put them in order.
	return b.res, b.write(rows, invalid, sink)
}

type batch struct {
	ctx     context.Context
	tpl     *Template
	c       config
	workers int
	res     *BatchResult
	names   *template.Template // the file-name template
	sink    ConcurrentSink     // set when workers put documents themselves
}

// job is one row on its way through the workers.
type job struct {
	seq    int
	row    Row
	number int
	name   string
	ds     Diagnostics    // why the row cannot be written, found before rendering
	data   map[string]any // what the row gives the templates (pass 2)
}

type result struct {
	seq  int
	row  int
	name string
	data []byte
	ds   Diagnostics
	// With a ConcurrentSink the worker puts the document itself: put
	// says it did, putErr why it could not.
	put    bool
	putErr error
}

// number is the number of the k-th document written (0-based), or 0
// when the template keeps its own.
func (b *batch) number(k int) int {
	if b.c.startNumber <= 0 {
		return 0
	}
	return b.c.startNumber + k
}

// produce reads rows and sends jobs made by mk (nil skips the row) until
// the rows end, ctx ends or an error; it closes jobs.
func (b *batch) produce(rows DataSource, jobs chan<- job, mk func(Row) *job) error {
	defer close(jobs)
	for row, err := range rows.Rows() {
		if err != nil {
			return err
		}
		j := mk(row)
		if j == nil {
			continue
		}
		select {
		case jobs <- *j:
		case <-b.ctx.Done():
			return b.ctx.Err()
		}
	}
	return b.ctx.Err()
}

// run starts the workers over jobs, calling do for each; results come out
// on the returned channel, which closes when all are done.
func (b *batch) run(jobs <-chan job, do func(job) result) <-chan result {
	out := make(chan result, b.workers)
	var wg sync.WaitGroup
	for range b.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if b.ctx.Err() != nil {
					continue // drain
				}
				out <- do(j)
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

// check is pass 1: it returns the set of invalid rows.
func (b *batch) check(rows DataSource) (map[int]bool, error) {
	jobs := make(chan job, b.workers)
	seq := 0
	var perr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		perr = b.produce(rows, jobs, func(r Row) *job {
			seq++
			return &job{seq: seq, row: r, number: b.number(seq - 1)}
		})
	}()
	invalid := map[int]bool{}
	checked := 0
	for r := range b.run(jobs, b.validate) {
		checked++
		if r.ds.HasErrors() {
			invalid[r.row] = true
			b.res.Diagnostics = append(b.res.Diagnostics, r.ds...)
		}
		b.progress("check", checked, 0)
	}
	<-done
	b.res.Rows = checked
	b.res.Failed = len(invalid)
	sort.SliceStable(b.res.Diagnostics, func(i, j int) bool { return b.res.Diagnostics[i].Row < b.res.Diagnostics[j].Row })
	if perr == nil && checked == 0 {
		perr = Diagnostics{b.dataDiag(msgDataEmpty, rows.Name())}
	}
	var ds Diagnostics
	if errors.As(perr, &ds) {
		// The table itself is broken: its findings lead the list.
		b.res.Diagnostics = append(append(Diagnostics(nil), ds...), b.res.Diagnostics...)
		return nil, b.res.Diagnostics
	}
	if perr != nil {
		return nil, perr
	}
	return invalid, nil
}

// validate fills and validates one row, and its file name, keeping the
// errors.
func (b *batch) validate(j job) result {
	data := b.tpl.dataFor(j.row, j.number)
	if _, ds := fileName(b.names, j.row, data, b.c.lang); ds != nil {
		return result{seq: j.seq, row: j.row.Num, ds: ds}
	}
	doc, ds := b.tpl.fill(j.row, data, j.number)
	if ds == nil {
		_, ds = prepare(doc, b.c)
		ds = onlyErrors(ds)
		if ds != nil {
			ds = rowDiagnostics(ds, j.row, b.c.lang)
		}
	}
	return result{seq: j.seq, row: j.row.Num, ds: ds}
}

// write is pass 2.
func (b *batch) write(rows DataSource, invalid map[int]bool, sink Sink) error {
	if cs, ok := sink.(ConcurrentSink); ok {
		b.sink = cs
	}
	jobs := make(chan job, b.workers)
	names := newNameSet()
	k := 0
	var perr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		perr = b.produce(rows, jobs, func(r Row) *job {
			if invalid[r.Num] {
				return nil
			}
			j := &job{seq: k, row: r, number: b.number(k)}
			k++
			j.data = b.tpl.dataFor(r, j.number)
			name, ds := fileName(b.names, r, j.data, b.c.lang)
			if ds != nil {
				j.ds = ds
				return j // reported by the collector as a failure
			}
			j.name = names.unique(name)
			return j
		})
	}()
	pending := map[int]result{}
	next := 0
	total := b.res.Rows - len(invalid)
	var serr error
	for r := range b.run(jobs, b.render) {
		if b.sink != nil {
			// The workers put the documents: count them as they come,
			// even after a cancel (the file is there), and jobs drained
			// after a cancel leave gaps that ordering would wait on.
			switch {
			case r.put:
				b.res.Written++
				b.progress("write", b.res.Written, total)
			case r.putErr != nil:
				serr = cmp.Or(serr, r.putErr)
			case r.ds != nil:
				b.res.Failed++
				b.res.Diagnostics = append(b.res.Diagnostics, r.ds...)
			}
			continue
		}
		pending[r.seq] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			switch {
			case serr != nil || b.ctx.Err() != nil:
			case p.data == nil:
				b.res.Failed++
				b.res.Diagnostics = append(b.res.Diagnostics, p.ds...)
			default:
				if err := sink.Put(p.name, p.data); err != nil {
					serr = err
					continue
				}
				b.res.Written++
				b.progress("write", b.res.Written, total)
			}
		}
	}
	<-done
	sort.SliceStable(b.res.Diagnostics, func(i, j int) bool { return b.res.Diagnostics[i].Row < b.res.Diagnostics[j].Row })
	switch {
	case serr != nil:
		return serr
	case perr != nil:
		var ds Diagnostics
		if errors.As(perr, &ds) {
			b.res.Diagnostics = append(b.res.Diagnostics, ds...)
			return b.res.Diagnostics
		}
		return perr
	}
	return b.ctx.Err()
}

// render fills and renders one row.
func (b *batch) render(j job) result {
	r := result{seq: j.seq, row: j.row.Num, name: j.name}
	if j.ds != nil {
		r.ds = j.ds
		return r
	}
	doc, ds := b.tpl.fill(j.row, j.data, j.number)
	if ds != nil {
		r.ds = ds
		return r
	}
	data, err := renderBytes(doc, b.c)
	if err != nil {
		var dss Diagnostics
		if errors.As(err, &dss) {
			r.ds = rowDiagnostics(onlyErrors(dss), j.row, b.c.lang)
		} else {
			r.ds = rowDiagnostics(Diagnostics{{Severity: SeverityError, Message: err.Error()}}, j.row, b.c.lang)
		}
		return r
	}
	if b.sink != nil {
		if b.ctx.Err() == nil {
			r.putErr = b.sink.Put(j.name, data)
			r.put = r.putErr == nil
		}
		return r
	}
	r.data = data
	return r
}

func (b *batch) progress(phase string, done, total int) {
	if b.c.progress != nil {
		b.c.progress(BatchProgress{Phase: phase, Done: done, Total: total})
	}
}

func (b *batch) dataDiag(msg msgKey, args ...any) Diagnostic {
	dg := &diagnoser{lang: b.c.lang, rs: rules.ND30}
	dg.errorf(rules.TopicData, "", msg, args...)
	return dg.out[0]
}

// onlyErrors keeps the error findings; nil when there are none.
func onlyErrors(ds Diagnostics) Diagnostics {
	var out Diagnostics
	for _, d := range ds {
		if d.Severity == SeverityError {
			out = append(out, d)
		}
	}
	return out
}

// fileNameTemplate parses the FileName option.
func fileNameTemplate(c config) (*template.Template, error) {
	text := c.fileName
	if strings.TrimSpace(text) == "" {
		text = DefaultFileName
	}
	t, err := template.New("ten").Funcs(funcs).Option("missingkey=error").Parse(text)
	if err != nil {
		_, msg := templateError(err)
		dg := &diagnoser{lang: c.lang, rs: rules.ND30}
		dg.errorf(rules.TopicTemplate, "", msgFileNameTemplate, text, msg)
		return nil, dg.out
	}
	return t, nil
}

// fileName fills the file-name template for a row and makes it safe.
func fileName(t *template.Template, row Row, data map[string]any, lang Language) (string, Diagnostics) {
	var b strings.Builder
	dg := &diagnoser{lang: lang, rs: rules.ND30}
	if err := t.Execute(&b, data); err != nil {
		_, msg := templateError(err)
		dg.errorf(rules.TopicTemplate, "", msgFileNameTemplate, t.Root.String(), msg)
		return "", rowDiagnostics(dg.out, row, lang)
	}
	name := SafeFileName(b.String())
	if name == "" {
		dg.errorf(rules.TopicTemplate, "", msgFileNameEmpty, t.Root.String())
		return "", rowDiagnostics(dg.out, row, lang)
	}
	return name, nil
}
