package table

import "iter"

// memSource is a table given in memory.
type memSource struct {
	rows []map[string]string
}

// FromRows returns a Source over rows given in memory (for instance inline
// in a YAML file). Row i has Num i+1 and Line 0; no row is skipped. Keys
// and values are trimmed and normalised to NFC as for files, and every row
// has every key found in any row ("" when absent). Each reading yields new
// maps: changing them does not change rows.
func FromRows(rows []map[string]string) Source { return &memSource{rows: rows} }

// Name returns "": in-memory rows have no file name.
func (s *memSource) Name() string { return "" }

// Rows yields the rows.
func (s *memSource) Rows() iter.Seq2[Row, error] {
	return func(yield func(Row, error) bool) {
		var all []string // every key of every row, cleaned
		seen := map[string]bool{}
		for i, r := range s.rows {
			m, e := objectValues(r, fmtMem)
			if e != nil {
				e.item = i + 1
				yield(Row{}, e)
				return
			}
			for k := range m {
				if !seen[k] {
					seen[k] = true
					all = append(all, k)
				}
			}
		}
		for i, r := range s.rows {
			m, _ := objectValues(r, fmtMem)
			for _, k := range all {
				if _, ok := m[k]; !ok {
					m[k] = ""
				}
			}
			if !yield(Row{Num: i + 1, Values: m}, nil) {
				return
			}
		}
	}
}
