package docgen

import (
	"errors"
	"iter"
	"path/filepath"
	"strconv"

	"github.com/goccy/go-yaml/ast"

	"github.com/vanthu/vanthu/docgen/internal/rules"
	"github.com/vanthu/vanthu/docgen/internal/table"
)

// Row is one row of a data table (một dòng dữ liệu) that a Template is
// filled with.
type Row struct {
	// Num is the 1-based number of the row under the header; blank rows
	// are not counted.
	Num int
	// Line is where the row starts in its file: the line of a CSV or
	// JSON Lines file, the row of a sheet; 0 when unknown.
	Line int
	// Source is the data file's name, "" for rows given in memory.
	Source string
	// Values maps each column's header, as written (NFC), to the cell's
	// text; an empty cell is "".
	Values map[string]string
}

// DataSource is a data table (bảng dữ liệu trộn): rows read in order,
// streamed rather than held, and readable more than once (Batch reads it
// once to validate every row, then again to render).
type DataSource interface {
	// Rows yields the rows in order; the sequence stops after the first
	// error, which is Diagnostics naming the file, line and column.
	Rows() iter.Seq2[Row, error]
	// Name is the data file's name, "" for rows in memory.
	Name() string
}

// OpenData opens a data table by its extension: .csv (UTF-8, with or
// without BOM, "," or ";" or tab found from the header), .tsv, .xlsx
// (the first sheet, or the sheet named), .jsonl or .ndjson (one JSON
// object per line). The header row names the columns. The file is read
// lazily, when Rows is ranged over.
func OpenData(path, sheet string, opts ...Option) (DataSource, error) {
	c := newConfig(opts)
	src, err := table.Open(path, sheet)
	if err != nil {
		return nil, dataError(err, c.lang)
	}
	return &dataSource{src: src, lang: c.lang}, nil
}

// DataRows is a DataSource over rows held in memory, each a map from
// column to value.
func DataRows(rows []map[string]string) DataSource {
	return &dataSource{src: table.FromRows(rows)}
}

// dataSource adapts a table.Source: its rows and its errors.
type dataSource struct {
	src  table.Source
	lang Language
}

func (s *dataSource) Name() string { return s.src.Name() }

func (s *dataSource) Rows() iter.Seq2[Row, error] {
	return func(yield func(Row, error) bool) {
		for r, err := range s.src.Rows() {
			if err != nil {
				yield(Row{}, dataError(err, s.lang))
				return
			}
			if !yield(Row{Num: r.Num, Line: r.Line, Source: s.src.Name(), Values: r.Values}, nil) {
				return
			}
		}
	}
}

// dataError turns an error of the table package into Diagnostics.
func dataError(err error, lang Language) error {
	var te *table.Error
	if !errors.As(err, &te) {
		return err
	}
	r := rules.ND30.Rule(rules.TopicData)
	d := Diagnostic{File: te.File, Line: te.Line, Path: te.Column, Rule: r.ID, Severity: SeverityError,
		Message: te.Message(lang == Vietnamese), Article: r.ArticleVI}
	if lang == English {
		d.Article = r.ArticleEN
	}
	return Diagnostics{d}
}

// dataSource reads the du_lieu value of a template: a file name, a
// {tep, trang} mapping, or a list of rows.
func (t *Template) dataSource(dg *diagnoser, n ast.Node, c config) DataSource {
	dec := decoder{dg: dg, pos: positions{}, anchors: map[string]ast.Node{}}
	n = dec.resolve(n)
	open := func(name, sheet string, at ast.Node) DataSource {
		if !filepath.IsAbs(name) && c.filename != "" && c.filename != "<stdin>" {
			name = filepath.Join(filepath.Dir(c.filename), name)
		}
		src, err := OpenData(name, sheet, WithLanguage(c.lang))
		if err != nil {
			var ds Diagnostics
			if errors.As(err, &ds) {
				for _, d := range ds {
					d.Path = dataKey
					if p := nodePos(at); p.Line > 0 && d.Line == 0 {
						d.File, d.Line, d.Column = c.filename, p.Line, p.Column
					}
					dg.out = append(dg.out, d)
				}
			} else {
				dec.errAt(at, dataKey, msgRaw, err.Error())
			}
			return nil
		}
		return src
	}
	switch v := n.(type) {
	case *ast.SequenceNode:
		rows := make([]map[string]string, 0, len(v.Values))
		for i, item := range v.Values {
			path := dataKey + "[" + strconv.Itoa(i) + "]"
			item = dec.resolve(item)
			m, ok := item.(*ast.MappingNode)
			if !ok {
				if mv, one := item.(*ast.MappingValueNode); one {
					m = &ast.MappingNode{Values: []*ast.MappingValueNode{mv}}
				} else {
					dec.errAt(item, path, msgDataRow, nodeKind(item, c.lang))
					continue
				}
			}
			row := make(map[string]string, len(m.Values))
			for _, mv := range m.Values {
				key, _ := scalarText(mv.Key)
				val := dec.resolve(mv.Value)
				if _, null := val.(*ast.NullNode); null || val == nil {
					row[key] = ""
					continue
				}
				text, ok := scalarText(val)
				if !ok {
					dec.errAt(val, path+"."+key, msgDataRow, nodeKind(val, c.lang))
					continue
				}
				row[key] = text
			}
			rows = append(rows, row)
		}
		return DataRows(rows)
	case *ast.MappingNode, *ast.MappingValueNode:
		var name, sheet string
		var fields map[string]ast.Node = map[string]ast.Node{}
		values := []*ast.MappingValueNode{}
		if m, ok := v.(*ast.MappingNode); ok {
			values = m.Values
		} else {
			values = append(values, v.(*ast.MappingValueNode))
		}
		for _, mv := range values {
			key, _ := scalarText(mv.Key)
			fields[key] = dec.resolve(mv.Value)
			switch key {
			case "tep":
				name, _ = scalarText(fields[key])
			case "trang":
				sheet, _ = scalarText(fields[key])
			default:
				dec.errAt(mv.Key, dataKey+"."+key, msgDataFileSpec, key)
				return nil
			}
		}
		if name == "" {
			dec.errAt(n, dataKey, msgDataFileSpec, "tep")
			return nil
		}
		return open(name, sheet, fields["tep"])
	case *ast.StringNode, *ast.LiteralNode:
		if name, _ := scalarText(n); name != "" {
			return open(name, "", n)
		}
		dec.errAt(n, dataKey, msgDataSpec, nodeKind(n, c.lang))
		return nil
	default:
		dec.errAt(n, dataKey, msgDataSpec, nodeKind(n, c.lang))
		return nil
	}
}
