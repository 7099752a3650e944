package docgen

import "strings"

// Language selects the language of messages a clerk reads.
type Language int

// The message languages. Vietnamese is the default.
const (
	Vietnamese Language = iota
	English
)

// ParseLanguage reads "vi" or "en" (case-insensitive); anything else is
// Vietnamese.
func ParseLanguage(s string) Language {
	if strings.EqualFold(strings.TrimSpace(s), "en") {
		return English
	}
	return Vietnamese
}

// Option configures Parse, Validate, Render and Check.
type Option func(*config)

type config struct {
	lang     Language
	issued   bool
	filename string
	theThuc  string // Check: the rule set, "" or "auto" to recognise it

	// Batch
	workers     int
	startNumber int
	skipInvalid bool
	checkOnly   bool
	fileName    string
	progress    func(BatchProgress)
}

func newConfig(opts []Option) config {
	var c config
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}

// WithLanguage sets the language of messages (Vietnamese by default).
func WithLanguage(l Language) Option { return func(c *config) { c.lang = l } }

// Issued requires an issued document: a missing number or a date with
// only the year, reported as information for drafts, become errors.
func Issued() Option { return func(c *config) { c.issued = true } }

// WithFilename names the input in diagnostics (Parse; ParseFile sets it).
func WithFilename(name string) Option { return func(c *config) { c.filename = name } }

// Workers sets how many documents Batch renders at once; the default is
// GOMAXPROCS.
func Workers(n int) Option { return func(c *config) { c.workers = n } }

// StartNumber makes Batch number the documents it writes n, n+1, …
// (số văn bản), overriding so; invalid rows skipped by SkipInvalid take
// no number.
func StartNumber(n int) Option { return func(c *config) { c.startNumber = n } }

// SkipInvalid makes Batch write the valid rows even when others are
// invalid; the invalid ones are listed in the result.
func SkipInvalid() Option { return func(c *config) { c.skipInvalid = true } }

// FileName sets the template of the file names Batch gives, e.g.
// "{{.so}}-{{.ten_don_vi}}.docx"; see DefaultFileName and SafeFileName.
func FileName(tmpl string) Option { return func(c *config) { c.fileName = tmpl } }

// OnProgress has Batch call fn as rows are checked and written, from one
// goroutine.
func OnProgress(fn func(BatchProgress)) Option { return func(c *config) { c.progress = fn } }

// CheckOnly makes Batch fill and validate every row and stop there:
// nothing is rendered or put (a dry run).
func CheckOnly() Option { return func(c *config) { c.checkOnly = true } }
