package docgen

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// suggest returns the candidate closest to s, for "did you mean" hints,
// or "" when none is close. Vietnamese diacritics and case are ignored,
// so "trích_yếu" and "Trich-Yeu" both find "trich_yeu".
func suggest(s string, candidates []string) string {
	key := fold(s)
	best, bestDist := "", 1<<30
	for _, c := range candidates {
		d := levenshtein(key, fold(c))
		if d < bestDist || (d == bestDist && c < best) {
			best, bestDist = c, d
		}
	}
	limit := 2
	if len(key) > 8 {
		limit = 3
	}
	if bestDist > limit {
		return ""
	}
	return best
}

// fold lowers s, removes Vietnamese diacritics (đ → d) and treats "-"
// and " " as "_".
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ':
			b.WriteRune('d')
		case r == '-' || r == ' ':
			b.WriteRune('_')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
