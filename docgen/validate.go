package docgen

import (
	"errors"
	"reflect"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-playground/locales/en"
	"github.com/go-playground/locales/vi"
	ut "github.com/go-playground/universal-translator"
	"github.com/go-playground/validator/v10"
	entrans "github.com/go-playground/validator/v10/translations/en"
	vitrans "github.com/go-playground/validator/v10/translations/vi"

	"github.com/vanthu/vanthu/docgen/internal/layout"
	"github.com/vanthu/vanthu/docgen/internal/markdown"
	"github.com/vanthu/vanthu/docgen/internal/nfc"
	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// MaxBodySize is the largest nội dung Validate accepts, in bytes.
const MaxBodySize = 2 << 20

// Validate checks a document against its rule set and returns every
// finding: errors (the document is not rendered), warnings, and
// information such as "draft without a number". Findings carry the YAML
// path, and the line and column when the document came from Parse.
func Validate(doc *Document, opts ...Option) Diagnostics {
	_, ds := prepare(doc, newConfig(opts))
	return ds
}

// prepared is a validated document, normalised and ready for layout.
type prepared struct {
	doc    Document // NFC-normalised copy
	rs     *rules.RuleSet
	kind   *rules.Kind
	auth   *rules.Authority
	body   *markdown.Body
	noi    []string // Nơi nhận items, without the Lưu line
	luu    []string // what follows "Lưu:"
	layout resolvedLayout
	// The optional elements, resolved by checkOptional.
	doMat, doKhan *rules.Level
	luuHanh       string   // ô 11 as given
	soanThao      string   // ô 12, "PL.(300)"
	contact       []string // ô 13, one line each
	// Phụ lục and the copy block, resolved by checkAppendices and
	// checkCopy.
	appendices []layout.Appendix
	copyBlock  *layout.CopyBlock
	// mau holds the values of the lines of mẫu 1.6–1.10 by placeholder,
	// set by checkMau.
	mau map[string]string
	// The signature and seal images and the chữ ký số box's lines, set
	// by checkSigning.
	signature, seal *layout.Image
	coSignature     *layout.Image // the thư ký's, on a biên bản
	copySignature   *layout.Image // the bản sao signer's
	copySeal        *layout.Image // the copying cơ quan's
	kySo            []string
}

// resolvedLayout is the trình bày with defaults filled in.
type resolvedLayout struct {
	top, bottom, left, right float64 // mm
	size                     float64 // pt
	line                     float64 // multiple
	before                   float64 // pt
	indent                   float64 // cm
}

// prepare validates doc and, when it has no errors, returns the prepared
// form the renderer lays out.
func prepare(in *Document, c config) (*prepared, Diagnostics) {
	if in == nil {
		in = &Document{}
	}
	file := c.filename
	if file == "" {
		file = in.file
	}
	dg := &diagnoser{lang: c.lang, file: file, pos: in.pos, rs: rules.ND30}
	p := &prepared{doc: normalize(in)}
	d := &p.doc

	checkText(dg, d)
	checkStruct(dg, d)

	// Rule set.
	theThuc := d.TheThuc
	if theThuc == "" {
		theThuc = rules.ND30.TheThuc
	}
	p.rs = rules.ByTheThuc(theThuc)
	if p.rs == nil {
		if id, planned := rules.Planned[theThuc]; planned {
			dg.errorf(rules.TopicKinds, "the_thuc", msgTheThucNotYet, theThuc, id)
		} else {
			dg.errorf(rules.TopicKinds, "the_thuc", msgTheThucUnknown, theThuc, theThucNames())
		}
		return nil, sortDiagnostics(dg.out)
	}
	dg.rs = p.rs
	rs := p.rs

	// Kind.
	if d.Loai != "" {
		p.kind = rs.Kind(d.Loai)
		if p.kind == nil {
			slugs := make([]string, len(rs.Kinds))
			for i, k := range rs.Kinds {
				slugs[i] = k.Slug
			}
			if s := suggest(d.Loai, slugs); s != "" {
				dg.errorf(rules.TopicKinds, "loai", msgKindUnknownHint, d.Loai, rs.Name, s, rs.TheThuc)
			} else {
				dg.errorf(rules.TopicKinds, "loai", msgKindUnknown, d.Loai, rs.Name, rs.TheThuc)
			}
		}
	}

	checkNumber(dg, p, c)
	checkDate(dg, p, c)
	if p.kind != nil {
		checkKind(dg, p)
	}
	checkBody(dg, p)
	checkSigner(dg, p)
	checkRecipients(dg, p)
	checkLayout(dg, p)
	checkOptional(dg, p)
	checkSigning(dg, p, file)
	checkAppendices(dg, p)
	checkCopy(dg, p, c)
	checkMau(dg, p)

	ds := sortDiagnostics(dg.out)
	if ds.HasErrors() {
		return nil, ds
	}
	return p, ds
}

// normalize returns a copy of the document, sharing no slice with it,
// with every string (file names aside) cleaned: see clean.
func normalize(in *Document) Document {
	d := *in
	v := reflect.ValueOf(&d).Elem()
	cloneShared(v)
	walkStrings(v, "", nil, false, func(_ string, steps []int, text string) {
		if c := clean(text); c != text {
			at(v, steps).SetString(c)
		}
	})
	return d
}

// clean puts text in NFC, with Windows line ends replaced and
// surrounding white space trimmed.
func clean(s string) string {
	return strings.TrimSpace(nfc.String(strings.ReplaceAll(s, "\r\n", "\n")))
}

// pathText is a string of a document and its YAML path.
type pathText struct{ path, text string }

// textFields lists every string of a document with its YAML path, file
// names included.
func textFields(d *Document) []pathText {
	var out []pathText
	walkStrings(reflect.ValueOf(d).Elem(), "", nil, true, func(path string, _ []int, text string) {
		out = append(out, pathText{path, text})
	})
	return out
}

// checkText rejects text a DOCX cannot hold: invalid UTF-8 and the
// control characters XML 1.0 forbids.
func checkText(dg *diagnoser, d *Document) {
	for _, f := range textFields(d) {
		if strings.Contains(f.text, "{{") && strings.Contains(f.text, "}}") {
			dg.add(SeverityWarning, rules.TopicTemplate, f.path, msgTemplateLeftover)
		}
		for i, r := range f.text {
			if r < 0x20 || r >= 0xD800 {
				if r == utf8.RuneError && !strings.HasPrefix(f.text[i:], "\uFFFD") {
					dg.errorf(rules.TopicInput, f.path, msgBadUTF8)
					break
				}
				if forbiddenInXML(r) {
					dg.errorf(rules.TopicInput, f.path, msgControlChar, r, utf8.RuneCountInString(f.text[:i])+1)
					break
				}
			}
		}
	}
	if len(d.NoiDung) > MaxBodySize {
		dg.errorf(rules.TopicInput, "noi_dung", msgBodyTooLarge, float64(len(d.NoiDung))/(1<<20), MaxBodySize>>20)
	}
}

func forbiddenInXML(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20, r == 0xFFFE, r == 0xFFFF, r >= 0xD800 && r <= 0xDFFF:
		return true
	}
	return false
}

// structValidator is the go-playground validator with Vietnamese and
// English translations, built once.
var structValidator = sync.OnceValues(func() (*validator.Validate, [2]ut.Translator) {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		return name
	})
	uni := ut.New(vi.New(), vi.New(), en.New())
	tvi, _ := uni.GetTranslator("vi")
	ten, _ := uni.GetTranslator("en")
	if err := vitrans.RegisterDefaultTranslations(v, tvi); err != nil {
		panic(err)
	}
	if err := entrans.RegisterDefaultTranslations(v, ten); err != nil {
		panic(err)
	}
	return v, [2]ut.Translator{tvi, ten}
})

// fieldRules ties the struct-tag checks to the articles they enforce.
var fieldRules = map[string]rules.Topic{
	"loai":            rules.TopicKinds,
	"co_quan":         rules.TopicAgency,
	"so":              rules.TopicNumber,
	"ky_hieu":         rules.TopicNumber,
	"dia_danh":        rules.TopicDate,
	"noi_dung":        rules.TopicBody,
	"nguoi_ky.ho_ten": rules.TopicSigner,
}

// checkStruct runs the struct tags (required fields, number range).
func checkStruct(dg *diagnoser, d *Document) {
	v, trans := structValidator()
	err := v.Struct(d)
	var verrs validator.ValidationErrors
	if !errors.As(err, &verrs) {
		return
	}
	for _, fe := range verrs {
		_, path, _ := strings.Cut(fe.Namespace(), ".")
		if fe.Tag() == "required" && (mauOptional(d, path) || electronicCopyOptional(d, path)) {
			continue
		}
		topic, ok := fieldRules[path]
		if !ok {
			topic = rules.TopicInput
		}
		msg := fe.Translate(trans[dg.lang])
		if fe.Tag() == "required" {
			msg += catalog[msgRequiredHint][dg.lang]
		}
		dg.errorf(topic, path, msgRaw, msg)
	}
}

// sortDiagnostics orders findings by line, then column, keeping the
// order of findings at the same place.
func sortDiagnostics(ds Diagnostics) Diagnostics {
	out := append(Diagnostics(nil), ds...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Line != out[j].Line {
			return out[i].Line < out[j].Line
		}
		return out[i].Column < out[j].Column
	})
	return out
}
