package table

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
)

// writeFile writes content to name in a fresh temporary directory and
// returns its path.
func writeFile(t testing.TB, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// collect reads all rows of src, stopping at the first error.
func collect(src Source) ([]Row, error) {
	var rows []Row
	for r, err := range src.Rows() {
		if err != nil {
			return rows, err
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// asError asserts that err is an *Error of the given kind and returns it.
func asError(t *testing.T, err error, kind ErrKind) *Error {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not an *Error", err, err)
	}
	if e.Kind != kind {
		t.Fatalf("Kind = %v, want %v (%v)", e.Kind, kind, e)
	}
	return e
}

// row builds an expected Row.
func row(num, line int, kv ...string) Row {
	m := make(map[string]string, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return Row{Num: num, Line: line, Values: m}
}

// checkRows compares rows with want.
func checkRows(t *testing.T, got, want []Row) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d rows, want %d:\n got %+v\nwant %+v", len(got), len(want), got, want)
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("row %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
}

// errWant describes an expected *Error.
type errWant struct {
	kind   ErrKind
	line   int
	column string // Column
	pos    string // position of a column without header
}

// checkErr asserts that err matches w (w.kind 0 means no error).
func checkErr(t *testing.T, err error, w errWant) {
	t.Helper()
	if w.kind == 0 {
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		return
	}
	if err == nil {
		t.Fatalf("no error, want %v", w.kind)
	}
	e := asError(t, err, w.kind)
	if e.Line != w.line {
		t.Errorf("Line = %d, want %d (%v)", e.Line, w.line, e)
	}
	if e.Column != w.column {
		t.Errorf("Column = %q, want %q (%v)", e.Column, w.column, e)
	}
	if e.pos != w.pos {
		t.Errorf("pos = %q, want %q (%v)", e.pos, w.pos, e)
	}
}

// mapKeys returns the sorted keys of m.
func mapKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
