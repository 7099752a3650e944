package table

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func FuzzCSV(f *testing.F) {
	for _, seed := range []string{
		sampleCSV,
		"\uFEFFHọ tên;Số QĐ\r\nLê C;12/QĐ\r\n",
		"a\tb\n1\t\t\n",
		"a,,c\n1,,3\n,x,\n",
		"a,b\n\"x\ny\",\"\"\"\"\n3,4,5\n",
		"\n\n,,\n",
		"a,a\n",
		"Nguy\xea\xden\n",
		norm.NFD.String("Họ tên,Đơn vị\nÁnh,Sở\n"),
		"\"a\",\"b\nc\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var keys []string
		num, line, errs := 0, 0, 0
		readCSV(bytes.NewReader(data), "fuzz.csv", 0, func(r Row, err error) bool {
			if errs > 0 {
				t.Fatal("yield after an error")
			}
			if err != nil {
				errs++
				var e *Error
				if !errors.As(err, &e) || e.Kind == 0 || e.File != "fuzz.csv" {
					t.Fatalf("bad error %#v", err)
				}
				_ = e.Message(true)
				return true
			}
			num++
			if r.Num != num || r.Line <= line {
				t.Fatalf("row %+v after Num %d Line %d", r, num-1, line)
			}
			line = r.Line
			k := mapKeys(r.Values)
			if keys == nil {
				keys = k
				if len(keys) == 0 {
					t.Fatal("row without headers")
				}
			} else if !slices.Equal(k, keys) {
				t.Fatalf("row %d has keys %q, want %q", r.Num, k, keys)
			}
			allEmpty := true
			for h, v := range r.Values {
				for _, s := range []string{h, v} {
					if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) || strings.TrimSpace(s) != s {
						t.Fatalf("row %d: %q not clean", r.Num, s)
					}
				}
				if h == "" {
					t.Fatalf("row %d: empty header", r.Num)
				}
				allEmpty = allEmpty && v == ""
			}
			if allEmpty {
				t.Fatalf("row %d is blank", r.Num)
			}
			return true
		})
	})
}
