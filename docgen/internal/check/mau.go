package check

import (
	"github.com/vanthu/vanthu/docgen/internal/docx"
	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// isKindTitle reports whether t is the tên loại line of a kind of rs.
func isKindTitle(rs *rules.RuleSet, t string) bool {
	for i := range rs.Kinds {
		if t == rs.Kinds[i].Title() {
			return true
		}
	}
	return false
}

// formWithoutTrichYeu reports whether a kind of mẫu 1.6–1.10 has no
// trích yếu (giấy giới thiệu, giấy nghỉ phép): the centred line under
// its title is a structured line, not a trích yếu.
func formWithoutTrichYeu(k *rules.Kind) bool {
	return k != nil && k.Form != nil && !k.NeedsTrichYeu
}

// findSignersAbove finds the signatures of a biên bản (mẫu 1.9): a table
// of two signers side by side right above a "Nơi nhận" that stands
// outside any table. The right column holds the signer who is checked:
// its title lines and, last, the name.
func (e *elements) findSignersAbove(ps []*docx.Paragraph) {
	var last *docx.Paragraph
	for _, p := range ps[:e.noiNhan.Index] {
		if p.InTable && p.Index > e.headerLimit {
			last = p
		}
	}
	if last == nil {
		return
	}
	first, right := -1, -1
	for _, p := range ps[:e.noiNhan.Index] {
		if p.InTable && p.Table == last.Table {
			if first < 0 {
				first = p.Index
			}
			right = max(right, p.Col)
		}
	}
	if right < 1 {
		return
	}
	for _, p := range ps[first:e.noiNhan.Index] {
		if p.InTable && p.Table == last.Table && p.Col == right && e.text(p) != "" {
			e.signer = append(e.signer, p)
		}
	}
	if first < e.bodyTo {
		e.bodyTo = first
	}
	if n := len(e.signer); n > 0 {
		e.name, e.signer = e.signer[n-1], e.signer[:n-1]
	}
}
