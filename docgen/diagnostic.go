package docgen

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// Severity says how much a Diagnostic matters.
type Severity int

// The severities, from the most serious.
const (
	// SeverityError: the document breaks a rule; it is not rendered.
	SeverityError Severity = iota
	// SeverityWarning: allowed, but unusual enough to look at.
	SeverityWarning
	// SeverityInfo: worth knowing, e.g. a draft without its number.
	SeverityInfo
)

// String returns "error", "warning" or "info".
func (s Severity) String() string {
	switch s {
	case SeverityError:
		return "error"
	case SeverityWarning:
		return "warning"
	default:
		return "info"
	}
}

// MarshalText writes the severity as its String, for JSON output.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads "error", "warning" or "info".
func (s *Severity) UnmarshalText(b []byte) error {
	switch string(b) {
	case "error":
		*s = SeverityError
	case "warning":
		*s = SeverityWarning
	case "info":
		*s = SeverityInfo
	default:
		return fmt.Errorf("unknown severity %q", b)
	}
	return nil
}

// Diagnostic is one finding about an input document: where it is (file,
// line, column and the YAML path), which rule it breaks and where that
// rule is written, and what to do, in the language asked for.
type Diagnostic struct {
	File     string   `json:"file,omitempty"`
	Line     int      `json:"line,omitempty"`
	Column   int      `json:"column,omitempty"`
	Path     string   `json:"path,omitempty"` // YAML path, e.g. "nguoi_ky.cap_truong" or "kinh_gui[1]"
	Row      int      `json:"row,omitempty"`  // the data row of a mail merge (1-based), 0 otherwise
	Rule     string   `json:"rule"`           // rule ID, e.g. "ND30.PL1.II.3"
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	Article  string   `json:"article,omitempty"` // the article the rule comes from
}

// String formats the diagnostic as FILE:LINE:COL: path: message
// (article) [RULE], leaving out what is unknown.
func (d Diagnostic) String() string {
	var b strings.Builder
	if d.File != "" {
		b.WriteString(d.File)
		b.WriteByte(':')
	}
	if d.Line > 0 {
		b.WriteString(strconv.Itoa(d.Line))
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(d.Column))
		b.WriteByte(':')
	}
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	if d.Path != "" {
		b.WriteString(d.Path)
		b.WriteString(": ")
	}
	b.WriteString(d.Message)
	if d.Article != "" {
		b.WriteString(" (")
		b.WriteString(d.Article)
		b.WriteByte(')')
	}
	if d.Rule != "" {
		b.WriteString(" [")
		b.WriteString(d.Rule)
		b.WriteByte(']')
	}
	return b.String()
}

// Diagnostics is a list of findings. As an error it stands for the
// findings of severity error among them.
type Diagnostics []Diagnostic

// Error joins the error findings, one per line.
func (ds Diagnostics) Error() string {
	var lines []string
	for _, d := range ds {
		if d.Severity == SeverityError {
			lines = append(lines, d.String())
		}
	}
	if len(lines) == 0 {
		return "no errors"
	}
	return strings.Join(lines, "\n")
}

// HasErrors reports whether any finding is an error.
func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if d.Severity == SeverityError {
			return true
		}
	}
	return false
}

// Errors returns the error findings, or nil when there are none; use it
// to return a nil error interface.
func (ds Diagnostics) Errors() error {
	if !ds.HasErrors() {
		return nil
	}
	return ds
}

// diagnoser builds diagnostics for one document in one language, with
// the rule IDs and articles of its rule set.
type diagnoser struct {
	lang Language
	file string
	pos  positions
	rs   *rules.RuleSet
	out  Diagnostics
}

// add records a finding about a topic; msg is a catalog key, args fill
// its verbs.
func (dg *diagnoser) add(sev Severity, topic rules.Topic, path string, msg msgKey, args ...any) {
	r := dg.rs.Rule(topic)
	d := Diagnostic{File: dg.file, Path: path, Rule: r.ID, Severity: sev, Article: r.ArticleVI}
	if dg.lang == English {
		d.Article = r.ArticleEN
	}
	d.Message = fmt.Sprintf(catalog[msg][dg.lang], args...)
	if p, ok := dg.pos.lookup(path); ok {
		d.Line, d.Column = p.Line, p.Column
	}
	dg.out = append(dg.out, d)
}

func (dg *diagnoser) errorf(topic rules.Topic, path string, msg msgKey, args ...any) {
	dg.add(SeverityError, topic, path, msg, args...)
}
