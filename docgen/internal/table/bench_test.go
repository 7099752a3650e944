package table

import (
	"fmt"
	"strings"
	"testing"
)

// benchCSV returns a CSV table of n rows × 6 columns of Vietnamese text.
func benchCSV(n int) string {
	var b strings.Builder
	b.WriteString("Họ tên,Chức vụ,Đơn vị,Số QĐ,Ngày sinh,Ghi chú\n")
	for i := range n {
		fmt.Fprintf(&b, "Nguyễn Văn %d,Chuyên viên,Phòng Tổ chức – Hành chính,%d/QĐ-UBND,%02d/%02d/1980,\"Ghi chú, số %d\"\n",
			i, i, i%28+1, i%12+1, i)
	}
	return b.String()
}

func BenchmarkCSV(b *testing.B) {
	const rows = 10000
	src := CSV(writeFile(b, "bench.csv", benchCSV(rows)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, err := range src.Rows() {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != rows {
			b.Fatalf("%d rows", n)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*rows), "ns/row")
}

// TestCSVAllocsPerRow guards the allocations of reading a row: the record
// string and the map, with nothing per cell.
func TestCSVAllocsPerRow(t *testing.T) {
	const rows = 2000
	src := CSV(writeFile(t, "bench.csv", benchCSV(rows)))
	allocs := testing.AllocsPerRun(3, func() {
		for _, err := range src.Rows() {
			if err != nil {
				t.Fatal(err)
			}
		}
	})
	if perRow := allocs / rows; perRow > 4 {
		t.Errorf("%.2f allocations per row, want at most 4", perRow)
	}
}
