package docgen

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"text/template"

	"github.com/goccy/go-yaml/ast"

	"github.com/vanthu/vanthu/docgen/internal/rules"
	"github.com/vanthu/vanthu/docgen/internal/table"
)

// dataKey is the top-level key of a template that holds its data.
const dataKey = "du_lieu"

// Template is a document whose fields are templates (mẫu trộn văn bản),
// filled once per row of a data table: the same letter to forty
// communes, the same giấy mời to sixty delegates.
//
// Any string of the document may use Go text/template actions, with the
// hermetic functions of Masterminds/sprig and vanthu's own (see Funcs).
// A non-string field (so, the numbers of trinh_bay) may also be written as
// a template in quotes, e.g. so: "{{ .so_qd }}"; ngay may be a template
// too. The row's columns are the template's keys, by their header as
// written (index . "Họ tên") and by its slug (.ho_ten); .stt is the row
// number and .so the number Batch gives the document when asked to
// number them.
//
// Values are inserted as text: they never pass through the YAML parser,
// so a value holding ":" or "{{" is printed as it is. The data is
// untrusted; the template is trusted like code: a field's output is
// capped at MaxBodySize, but sprig's repeat or until can allocate a lot
// before anything is written.
type Template struct {
	doc    Document
	fields []templateField
	data   DataSource
	lang   Language
}

// templateField is one templated value of the document.
type templateField struct {
	path  string
	steps []int // from Document: a field index in a struct, an item index in a slice
	tmpl  *template.Template
}

// templateParts is what the YAML decoder sets aside for a template.
type templateParts struct {
	deferred []deferredField // non-string scalars written as templates
	data     ast.Node        // the du_lieu value
}

type deferredField struct{ path, text string }

// defer_ sets aside a non-string scalar written as a template; it
// reports whether it did.
func (tp *templateParts) defer_(n ast.Node, v reflect.Value, path string) bool {
	switch {
	case v.Type() == dateType, v.Kind() == reflect.Int, v.Kind() == reflect.Float64, v.Kind() == reflect.Bool:
	default:
		return false
	}
	text, ok := scalarText(n)
	if !ok || !strings.Contains(text, "{{") {
		return false
	}
	tp.deferred = append(tp.deferred, deferredField{path, text})
	return true
}

// ParseTemplateFile reads a template from a YAML file; see
// ParseTemplate. A du_lieu file name is read relative to the template's
// directory.
func ParseTemplateFile(name string, opts ...Option) (*Template, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return ParseTemplate(data, append([]Option{WithFilename(name)}, opts...)...)
}

// ParseTemplate reads a template: a YAML document as Parse reads it, with
// templated fields and, optionally, its data under the key du_lieu:
//
//	du_lieu: dai-bieu.csv            # a CSV, XLSX or JSONL file
//	du_lieu: {tep: xa.xlsx, trang: Danh sách}
//	du_lieu:                         # or the rows themselves
//	  - {ho_ten: Nguyễn Văn A, don_vi: Sở Tư pháp}
//
// A template that does not parse is reported with its field, line and
// column, as Diagnostics.
func ParseTemplate(data []byte, opts ...Option) (*Template, error) {
	c := newConfig(opts)
	tp := &templateParts{}
	doc, err := parseYAML(data, c, tp)
	if err != nil {
		return nil, err
	}
	t := &Template{doc: *doc, lang: c.lang}
	dg := &diagnoser{lang: c.lang, file: c.filename, pos: doc.pos, rs: rules.ND30}
	funcs := Funcs()
	compile := func(path, text string, steps []int) {
		tmpl, err := template.New(path).Funcs(funcs).Option("missingkey=error").Parse(text)
		if err != nil {
			line, msg := templateError(err)
			dg.errorf(rules.TopicTemplate, path, msgTemplateSyntax, line, msg)
			return
		}
		t.fields = append(t.fields, templateField{path: path, steps: steps, tmpl: tmpl})
	}
	walkStrings(reflect.ValueOf(&t.doc).Elem(), "", nil, true, func(path string, steps []int, text string) {
		if strings.Contains(text, "{{") {
			compile(path, text, append([]int(nil), steps...))
		}
	})
	for _, f := range tp.deferred {
		compile(f.path, f.text, stepsOf(reflect.TypeOf(t.doc), f.path))
	}
	if tp.data != nil {
		t.data = t.dataSource(dg, tp.data, c)
	}
	if dg.out.HasErrors() {
		return nil, sortDiagnostics(dg.out)
	}
	return t, nil
}

// Data returns the table under du_lieu, or nil when the template has
// none.
func (t *Template) Data() DataSource { return t.data }

// Execute fills the template with one row and returns the document. The
// document is not validated (see Validate); a field that cannot be filled
// (a missing column, a value that is not a number for so) is reported as
// Diagnostics with the row number.
func (t *Template) Execute(row Row) (*Document, error) {
	doc, ds := t.fill(row, t.dataFor(row, 0), 0)
	if ds != nil {
		return nil, ds
	}
	return doc, nil
}

// dataFor is what a row gives the templates of t (see rowData); number > 0
// is the document's number.
func (t *Template) dataFor(row Row, number int) map[string]any { return rowData(row, number, t.doc.So) }

// fill is Execute with the row's data made by dataFor; number > 0 is the
// document's number, given to so.
func (t *Template) fill(row Row, data map[string]any, number int) (*Document, Diagnostics) {
	d := t.doc
	v := reflect.ValueOf(&d).Elem()
	if len(t.fields) > 0 {
		cloneShared(v) // the rows must not share the template's slices
	}
	dg := &diagnoser{lang: t.lang, file: d.file, pos: d.pos, rs: rules.ND30}
	var buf cappedBuilder
	for i := range t.fields {
		f := &t.fields[i]
		buf.Reset()
		if err := f.tmpl.Execute(&buf, data); err != nil {
			t.execError(dg, f.path, err, row)
			continue
		}
		text := buf.String()
		fv := at(v, f.steps)
		switch {
		case fv.Kind() == reflect.String:
			fv.SetString(text)
		default:
			setScalar(dg, fv, f.path, text)
		}
	}
	if number > 0 {
		d.So = number
	}
	if len(dg.out) > 0 {
		return nil, rowDiagnostics(dg.out, row, t.lang)
	}
	return &d, nil
}

// cappedBuilder is a strings.Builder that refuses to grow past
// MaxBodySize: a template loop cannot fill the memory.
type cappedBuilder struct{ strings.Builder }

var errTooLong = errors.New("mẫu cho ra hơn 2 MB chữ (the template writes more than 2 MB)")

func (b *cappedBuilder) Write(p []byte) (int, error) {
	if b.Len()+len(p) > MaxBodySize {
		return 0, errTooLong
	}
	return b.Builder.Write(p)
}

func (b *cappedBuilder) WriteString(s string) (int, error) {
	if b.Len()+len(s) > MaxBodySize {
		return 0, errTooLong
	}
	return b.Builder.WriteString(s)
}

// setScalar converts the filled text of a non-string field.
func setScalar(dg *diagnoser, v reflect.Value, path, text string) {
	text = strings.TrimSpace(text)
	switch {
	case v.Type() == dateType:
		date, err := ParseDate(text)
		if err != nil {
			dg.errorf(rules.TopicTemplate, path, msgBadDate, text)
			return
		}
		v.Set(reflect.ValueOf(date))
	case v.Kind() == reflect.Int:
		if text == "" {
			v.SetInt(0)
			return
		}
		i, err := strconv.Atoi(text)
		if err != nil {
			dg.errorf(rules.TopicTemplate, path, msgWantInt, strconv.Quote(text))
			return
		}
		v.SetInt(int64(i))
	case v.Kind() == reflect.Float64:
		f, err := strconv.ParseFloat(strings.ReplaceAll(text, ",", "."), 64)
		if err != nil {
			dg.errorf(rules.TopicTemplate, path, msgWantNumber, strconv.Quote(text))
			return
		}
		v.SetFloat(f)
	case v.Kind() == reflect.Bool:
		b, err := strconv.ParseBool(strings.ToLower(text))
		if err != nil && text != "" {
			dg.errorf(rules.TopicTemplate, path, msgWantBool, strconv.Quote(text))
			return
		}
		v.SetBool(b)
	}
}

var (
	reTemplateLine = regexp.MustCompile(`^template: [^:]*:(\d+):(?:\d+:)? ?`)
	reExecuting    = regexp.MustCompile(`^executing "[^"]*" at <[^>]*>: `)
	reNoEntry      = regexp.MustCompile(`map has no entry for key "([^"]*)"`)
)

// templateError splits a text/template error into the line within the
// field and the message without the template's name.
func templateError(err error) (int, string) {
	msg := err.Error()
	line := 1
	if m := reTemplateLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = msg[len(m[0]):]
	}
	return line, reExecuting.ReplaceAllString(msg, "")
}

// execError reports a field that could not be filled.
func (t *Template) execError(dg *diagnoser, path string, err error, row Row) {
	if m := reNoEntry.FindStringSubmatch(err.Error()); m != nil {
		cols := make([]string, 0, len(row.Values))
		for k := range row.Values {
			cols = append(cols, k)
		}
		sort.Strings(cols)
		dg.errorf(rules.TopicTemplate, path, msgTemplateNoColumn, m[1], strings.Join(cols, ", "))
		if s := suggest(m[1], slugsOf(cols)); s != "" {
			last := &dg.out[len(dg.out)-1]
			last.Message += "; " + sprintfLang(t.lang, msgDidYouMean, "."+s)
		}
		return
	}
	_, msg := templateError(err)
	dg.errorf(rules.TopicTemplate, path, msgTemplateExec, msg)
}

// rowDiagnostics marks findings about one data row with the row.
func rowDiagnostics(ds Diagnostics, row Row, lang Language) Diagnostics {
	var prefix string
	if row.Line > 0 && row.Source != "" {
		prefix = sprintfLang(lang, msgRowPrefixLine, row.Num, filepath.Base(row.Source), row.Line)
	} else {
		prefix = sprintfLang(lang, msgRowPrefix, row.Num)
	}
	for i := range ds {
		ds[i].Row = row.Num
		ds[i].Message = prefix + ds[i].Message
	}
	return ds
}

// rowData is what a row gives the templates: each column under its
// header and under its slug, .stt (always the row number) and .so: the number
// given, else a column named so, else the template's own so, else ""
// (a draft, whose number the văn thư fills in).
func rowData(row Row, number, own int) map[string]any {
	m := make(map[string]any, 2*len(row.Values)+2)
	for k, v := range row.Values {
		m[k] = v
	}
	for k, v := range row.Values {
		if s := slug(k); s != "" {
			if _, taken := m[s]; !taken {
				m[s] = v
			}
		}
	}
	m["stt"] = row.Num // a column "STT" stays reachable as index . "STT"
	switch _, taken := m["so"]; {
	case number > 0:
		m["so"] = number
	case taken:
	case own > 0:
		m["so"] = own
	default:
		m["so"] = ""
	}
	return m
}

// slugsOf lists the slugs of the columns: the names a template can
// write after ".".
// slugs caches table.Slug: the same few headers come with every row.
var slugs sync.Map

// maxSlugs bounds the cache against tables with endless distinct keys
// (JSON Lines may have a new key on each line).
const maxSlugs = 4096

var nSlugs atomic.Int32

func slug(header string) string {
	if s, ok := slugs.Load(header); ok {
		return s.(string)
	}
	s := table.Slug(header)
	if nSlugs.Load() < maxSlugs {
		if _, loaded := slugs.LoadOrStore(header, s); !loaded {
			nSlugs.Add(1)
		}
	}
	return s
}

func slugsOf(cols []string) []string {
	out := make([]string, 0, len(cols))
	for _, c := range cols {
		if s := slug(c); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// walkStrings calls fn for every string below v — struct fields with a
// yaml key, items of slices, through pointers — with its YAML path and
// its steps (see at), which fn must copy to keep. A field tagged docgen:"file" names a file rather
// than holding text; its strings are skipped unless files is set.
func walkStrings(v reflect.Value, path string, steps []int, files bool, fn func(path string, steps []int, text string)) {
	// steps grows in place: fn must copy it to keep it.
	step := func(i int) []int { return append(steps, i) }
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walkStrings(v.Elem(), path, steps, files, fn)
		}
	case reflect.String:
		fn(path, steps, v.String())
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return // bytes, e.g. an image
		}
		for j := 0; j < v.Len(); j++ {
			walkStrings(v.Index(j), path+"["+strconv.Itoa(j)+"]", step(j), files, fn)
		}
	case reflect.Struct:
		if v.Type() == dateType {
			return
		}
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			sf := t.Field(i)
			name, _, _ := strings.Cut(sf.Tag.Get("yaml"), ",")
			if sf.IsExported() && name != "" && name != "-" && (files || sf.Tag.Get("docgen") != "file") {
				walkStrings(v.Field(i), join(path, name), step(i), files, fn)
			}
		}
	}
}

// at follows steps from v: a field index in a struct, an item index in a
// slice; pointers are followed without a step.
func at(v reflect.Value, steps []int) reflect.Value {
	deref := func() {
		for v.Kind() == reflect.Pointer {
			v = v.Elem()
		}
	}
	for _, s := range steps {
		deref()
		if v.Kind() == reflect.Slice {
			v = v.Index(s)
		} else {
			v = v.Field(s)
		}
	}
	deref()
	return v
}

// stepsOf turns a YAML path ("phu_luc[1].ngang") into steps from a value
// of type t.
func stepsOf(t reflect.Type, path string) []int {
	var steps []int
	for _, key := range strings.Split(path, ".") {
		key, rest, _ := strings.Cut(key, "[")
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		i := yamlFields(t)[key]
		steps = append(steps, i)
		t = t.Field(i).Type
		for rest != "" {
			num, after, _ := strings.Cut(rest, "]")
			n, _ := strconv.Atoi(num)
			steps = append(steps, n)
			for t.Kind() == reflect.Pointer {
				t = t.Elem()
			}
			t = t.Elem()
			rest = strings.TrimPrefix(after, "[")
		}
	}
	return steps
}

// cloneShared gives v its own copies of the slices and pointed-to
// structs it holds (byte slices excepted: they are only read), so that
// filling one row never writes into the template or another row.
func cloneShared(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() && v.CanSet() {
			n := reflect.New(v.Type().Elem())
			n.Elem().Set(v.Elem())
			cloneShared(n.Elem())
			v.Set(n)
		}
	case reflect.Slice:
		if v.IsNil() || v.Type().Elem().Kind() == reflect.Uint8 || !v.CanSet() {
			return
		}
		n := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(n, v)
		for j := 0; j < n.Len(); j++ {
			cloneShared(n.Index(j))
		}
		v.Set(n)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				cloneShared(v.Field(i))
			}
		}
	}
}
