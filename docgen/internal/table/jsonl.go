package table

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"unicode/utf8"
)

// jsonlSource is a JSON Lines file.
type jsonlSource struct {
	path string
}

// JSONL returns the Source for a JSON Lines file: one JSON object per line,
// blank lines skipped, lines up to 4 MiB. Values may be strings, numbers
// (kept exactly as written), true/false or null (""); the headers are the
// keys. Every row has every key of the first row ("" when absent), plus
// its own. The file is only opened by Rows.
func JSONL(path string) Source { return &jsonlSource{path: path} }

// Name returns the path of the file.
func (s *jsonlSource) Name() string { return s.path }

// Rows reads the file, opening it afresh at each call.
func (s *jsonlSource) Rows() iter.Seq2[Row, error] {
	return fileRows(s.path, func(r io.Reader, yield func(Row, error) bool) { readJSONL(r, s.path, yield) })
}

// readJSONL reads JSON Lines from r and yields its rows.
func readJSONL(r io.Reader, name string, yield func(Row, error) bool) {
	fail := func(e *Error) { yield(Row{}, e) }
	sc := bufio.NewScanner(r)
	// Room for a maximal line and its "\r\n"; longer lines are caught below
	// or by bufio.ErrTooLong.
	sc.Buffer(make([]byte, 0, 64<<10), maxRecord+2)
	var first []string // keys of the first row
	line, num := 0, 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if line == 1 {
			if bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
				fail(&Error{File: name, Line: 1, Kind: ErrEncoding, Detail: "UTF-16", why: whyUTF16, format: fmtJSONL})
				return
			}
			b = bytes.TrimPrefix(b, utf8BOM)
		}
		if len(b) > maxRecord {
			fail(&Error{File: name, Line: line, Kind: ErrTooLarge, Detail: "line longer than 4 MiB", format: fmtJSONL})
			return
		}
		b = bytes.TrimSpace(b)
		if len(b) == 0 {
			continue
		}
		if !utf8.Valid(b) {
			fail(&Error{File: name, Line: line, Kind: ErrEncoding, format: fmtJSONL})
			return
		}
		values, e := decodeObject(b)
		if e != nil {
			e.File, e.Line, e.format = name, line, fmtJSONL
			fail(e)
			return
		}
		if num == 0 {
			first = make([]string, 0, len(values))
			for k := range values {
				first = append(first, k)
			}
		} else {
			for _, k := range first {
				if _, ok := values[k]; !ok {
					values[k] = ""
				}
			}
		}
		num++
		if !yield(Row{Num: num, Line: line, Values: values}, nil) {
			return
		}
	}
	if err := sc.Err(); err != nil {
		e := &Error{File: name, Line: line + 1, Kind: ErrOpen, Detail: err.Error(), err: err, format: fmtJSONL}
		if errors.Is(err, bufio.ErrTooLong) {
			e.Kind, e.Detail = ErrTooLarge, "line longer than 4 MiB"
		}
		fail(e)
		return
	}
	if num == 0 {
		fail(&Error{File: name, Kind: ErrNoHeader, format: fmtJSONL})
	}
}

// decodeObject decodes one line holding a JSON object into cleaned text
// values. The returned *Error lacks File and Line.
func decodeObject(b []byte) (map[string]string, *Error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, &Error{Kind: ErrSyntax, Detail: err.Error(), err: err}
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &Error{Kind: ErrSyntax, why: whyTrailing, Detail: "extra data after the object"}
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, &Error{Kind: ErrJSONType, why: whyNotObject, Detail: "got " + jsonKind(v)}
	}
	return objectValues(obj, fmtJSONL)
}

// objectValues converts the values of a decoded object (or of an in-memory
// row) to text, with keys and values cleaned. The returned *Error lacks
// File and Line.
func objectValues[V any](obj map[string]V, format srcFormat) (map[string]string, *Error) {
	// Visit keys in order so that the error, if any, does not depend on
	// map iteration order.
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	m := make(map[string]string, len(obj))
	for _, k := range keys {
		var s string
		switch x := any(obj[k]).(type) {
		case nil:
		case string:
			s = clean(x)
		case json.Number:
			s = x.String()
		case bool:
			s = "false"
			if x {
				s = "true"
			}
		default:
			return nil, &Error{Column: clean(k), Kind: ErrJSONType, Detail: "got " + jsonKind(x), format: format}
		}
		h := cleanHeader(k)
		if h == "" {
			if s == "" {
				continue
			}
			return nil, &Error{Kind: ErrEmptyHeader, format: format}
		}
		if _, dup := m[h]; dup {
			return nil, &Error{Column: h, Kind: ErrDuplicateHeader, format: format}
		}
		m[h] = s
	}
	return m, nil
}

// jsonKind names the JSON type of a decoded value for Detail.
func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case string:
		return "string"
	case json.Number, float64:
		return "number"
	case bool:
		return "boolean"
	}
	return fmt.Sprintf("%T", v)
}
