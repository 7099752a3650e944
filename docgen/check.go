package docgen

import (
	"fmt"
	"io"
	"sort"

	"github.com/vanthu/vanthu/docgen/internal/check"
	"github.com/vanthu/vanthu/docgen/internal/docx"
	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// Finding is one layout problem Check found in a DOCX: the rule (the
// same IDs as Validate's), how serious it is, the element, a message in
// the language asked for, where it is, and what was expected and found.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Element  string   `json:"element"`
	Message  string   `json:"message"`
	Location Location `json:"location"`
	Expected string   `json:"expected,omitempty"`
	Found    string   `json:"found,omitempty"`
}

// Location is where a finding stands: the index of the paragraph in
// document order (table cells included; -1 for the whole document) and
// the start of its text.
type Location struct {
	Paragraph int    `json:"paragraph"`
	Excerpt   string `json:"excerpt,omitempty"`
}

// String formats a finding as "¶N "excerpt": message [RULE]".
func (f Finding) String() string {
	where := "văn bản"
	if f.Location.Paragraph >= 0 {
		where = fmt.Sprintf("¶%d %q", f.Location.Paragraph, f.Location.Excerpt)
	}
	return fmt.Sprintf("%s: %s [%s]", where, f.Message, f.Rule)
}

// Report is what Check found in one document.
type Report struct {
	TheThuc  string    `json:"the_thuc"` // the rule set checked against, e.g. "nha-nuoc"
	RuleSet  string    `json:"rule_set"` // its ID, e.g. "nd30-2020"
	Detected bool      `json:"detected"` // the rule set was recognised from the header
	Findings []Finding `json:"findings"`
}

// HasErrors reports whether any finding is an error.
func (r *Report) HasErrors() bool {
	for _, f := range r.Findings {
		if f.Severity == SeverityError {
			return true
		}
	}
	return false
}

// Errors returns the error findings.
func (r *Report) Errors() []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Severity == SeverityError {
			out = append(out, f)
		}
	}
	return out
}

// WithTheThuc sets the rule set Check judges against: "auto" (the
// default: recognised from the page-1 header), "nha-nuoc" or "dang".
func WithTheThuc(name string) Option { return func(c *config) { c.theThuc = name } }

// Check reads a DOCX written by any program — Word, LibreOffice,
// python-docx or vanthu — and judges it against a rule set: page setup
// and margins, font and colour, each thể thức element's size, weight,
// slant and case, the number, date, Kính gửi, Nơi nhận and signature
// forms, the body's alignment, indent and spacing, page numbers and
// footnotes. The error is for a file that cannot be read (not a DOCX,
// corrupt, or over the reader's limits); findings are in the Report.
func Check(r io.ReaderAt, size int64, opts ...Option) (*Report, error) {
	c := newConfig(opts)
	doc, err := docx.Open(r, size)
	if err != nil {
		return nil, err
	}
	rep := &Report{}
	var rs *rules.RuleSet
	switch c.theThuc {
	case "", "auto":
		rs = check.Detect(doc)
		rep.Detected = rs != nil
		if rs == nil {
			rs = rules.ND30
		}
	default:
		rs = rules.ByTheThuc(c.theThuc)
		if rs == nil {
			return nil, fmt.Errorf("docgen: unknown rule set %q (want auto, %s)", c.theThuc, theThucNames())
		}
	}
	rep.TheThuc, rep.RuleSet = rs.TheThuc, rs.ID
	for _, f := range check.Run(doc, rs) {
		msg := f.VI
		if c.lang == English {
			msg = f.EN
		}
		rep.Findings = append(rep.Findings, Finding{
			Rule: f.Rule, Severity: Severity(f.Severity), Element: f.Element, Message: msg,
			Location: Location{Paragraph: f.Paragraph, Excerpt: f.Excerpt}, Expected: f.Expected, Found: f.Found,
		})
	}
	sort.SliceStable(rep.Findings, func(i, j int) bool { return rep.Findings[i].Location.Paragraph < rep.Findings[j].Location.Paragraph })
	return rep, nil
}
