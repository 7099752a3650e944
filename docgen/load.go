package docgen

import (
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"

	"github.com/vanthu/vanthu/docgen/internal/rules"
)

// MaxInputSize is the largest YAML input Parse accepts, in bytes.
const MaxInputSize = 4 << 20

// Pos is a place in the input file, 1-based.
type Pos struct{ Line, Column int }

// positions maps YAML paths to where they stand in the input.
type positions map[string]Pos

// lookup finds the position of path, or of its nearest parent that has
// one, so that a missing key points at the mapping it is missing from.
func (p positions) lookup(path string) (Pos, bool) {
	if p == nil {
		return Pos{}, false
	}
	for {
		if pos, ok := p[path]; ok {
			return pos, true
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			if path == "" {
				return Pos{}, false
			}
			path = ""
			continue
		}
		path = path[:i]
	}
}

// ParseFile reads a YAML document from a file; see Parse.
func ParseFile(name string, opts ...Option) (*Document, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseReader(f, append([]Option{WithFilename(name)}, opts...)...)
}

// ParseReader reads a YAML document from r; see Parse.
func ParseReader(r io.Reader, opts ...Option) (*Document, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxInputSize+1))
	if err != nil {
		return nil, err
	}
	return Parse(data, opts...)
}

// Parse decodes a YAML document into a Document. It does not validate the
// rules (see Validate) but checks the shape: unknown keys (with a "did you
// mean" hint), values of the wrong type, keys given twice, malformed
// dates. Every problem is reported, as Diagnostics, with its YAML path and
// line:column. The positions are kept in the Document so that Validate
// can point at lines too.
func Parse(data []byte, opts ...Option) (*Document, error) {
	return parseYAML(data, newConfig(opts), nil)
}

// parseYAML is Parse; with tp set it reads a template (ParseTemplate):
// the du_lieu key, and non-string fields written as templates, go to tp.
func parseYAML(data []byte, c config, tp *templateParts) (*Document, error) {
	dg := &diagnoser{lang: c.lang, file: c.filename, rs: rules.ND30}
	if len(data) > MaxInputSize {
		dg.errorf(rules.TopicInput, "", msgTooLarge, float64(len(data))/(1<<20), MaxInputSize>>20)
		return nil, dg.out
	}
	f, err := parser.ParseBytes(data, 0, parser.AllowDuplicateMapKey())
	if err != nil {
		d := Diagnostic{File: c.filename, Rule: rules.ND30.Rule(rules.TopicInput).ID, Severity: SeverityError}
		var se *yaml.SyntaxError
		msg := err.Error()
		if errors.As(err, &se) {
			msg = se.Message
			if se.Token != nil {
				d.Line, d.Column = se.Token.Position.Line, se.Token.Position.Column
			}
		}
		d.Message = fmt.Sprintf(catalog[msgSyntax][c.lang], msg)
		return nil, Diagnostics{d}
	}
	doc := &Document{}
	dec := decoder{dg: dg, pos: positions{}, anchors: map[string]ast.Node{}, tmpl: tp}
	var body ast.Node
	if len(f.Docs) > 0 {
		body = f.Docs[0].Body
	}
	if len(f.Docs) > 1 {
		dec.dg.errorf(rules.TopicInput, "", msgManyDocs)
	}
	if body == nil {
		dec.dg.errorf(rules.TopicInput, "", msgEmpty)
		return nil, dec.dg.out
	}
	dec.pos[""] = nodePos(body)
	dec.value(body, reflect.ValueOf(doc).Elem(), "")
	dg.pos = dec.pos
	if dg.out.HasErrors() {
		// Re-resolve positions for diagnostics made before the map was full.
		for i := range dg.out {
			if dg.out[i].Line == 0 {
				if p, ok := dec.pos.lookup(dg.out[i].Path); ok {
					dg.out[i].Line, dg.out[i].Column = p.Line, p.Column
				}
			}
		}
		return nil, dg.out
	}
	doc.pos = dec.pos
	doc.file = c.filename
	return doc, nil
}

type decoder struct {
	dg      *diagnoser
	pos     positions
	anchors map[string]ast.Node
	depth   int // nesting of value calls
	aliases int // aliases followed so far
	// tmpl collects the parts of a template; nil when parsing a plain
	// document.
	tmpl *templateParts
}

// Limits against hostile YAML: self-referring aliases and alias bombs.
const (
	maxDepth   = 32
	maxAliases = 1000
)

func pos(n ast.Node) Pos {
	tk := n.GetToken()
	if tk == nil || tk.Position == nil {
		return Pos{}
	}
	return Pos{Line: tk.Position.Line, Column: tk.Position.Column}
}

// errAt records an error about node n, which stands under path; the
// finding points at the node itself.
func (d *decoder) errAt(n ast.Node, path string, msg msgKey, args ...any) {
	d.dg.errorf(rules.TopicInput, path, msg, args...)
	if p := nodePos(n); p.Line > 0 {
		last := &d.dg.out[len(d.dg.out)-1]
		last.Line, last.Column = p.Line, p.Column
	}
}

// nodePos is where a node starts: a mapping at its first key.
func nodePos(n ast.Node) Pos {
	switch t := n.(type) {
	case nil:
		return Pos{}
	case *ast.MappingNode:
		if len(t.Values) > 0 && t.Values[0].Key != nil && !t.IsFlowStyle {
			return pos(t.Values[0].Key)
		}
	case *ast.MappingValueNode:
		if t.Key != nil {
			return pos(t.Key)
		}
	}
	return pos(n)
}

// resolve strips tags and anchors and follows aliases.
func (d *decoder) resolve(n ast.Node) ast.Node {
	for depth := 0; n != nil && depth < 32; depth++ {
		switch t := n.(type) {
		case *ast.TagNode:
			n = t.Value
		case *ast.AnchorNode:
			if name, ok := t.Name.(*ast.StringNode); ok {
				d.anchors[name.Value] = t.Value
			}
			n = t.Value
		case *ast.AliasNode:
			target := d.anchors[t.Value.GetToken().Value]
			if target == nil {
				return t
			}
			n = target
		default:
			return n
		}
	}
	return n
}

var (
	dateType   = reflect.TypeOf(Date{})
	stringType = reflect.TypeOf("")
)

// value decodes node n into v, which lives at path.
func (d *decoder) value(n ast.Node, v reflect.Value, path string) {
	if _, isAlias := n.(*ast.AliasNode); isAlias {
		d.aliases++
	}
	d.depth++
	defer func() { d.depth-- }()
	if d.depth > maxDepth || d.aliases > maxAliases {
		d.errAt(n, path, msgTooDeep)
		return
	}
	n = d.resolve(n)
	if n == nil {
		return
	}
	if _, isNull := n.(*ast.NullNode); isNull {
		return // an empty value keeps the zero value
	}
	if d.tmpl != nil && d.tmpl.defer_(n, v, path) {
		return
	}
	switch {
	case v.Type() == dateType:
		text, ok := scalarText(n)
		if !ok {
			d.errAt(n, path, msgWantDate, nodeKind(n, d.dg.lang))
			return
		}
		date, err := ParseDate(text)
		if err != nil {
			d.errAt(n, path, msgBadDate, text)
			return
		}
		v.Set(reflect.ValueOf(date))
	case v.Kind() == reflect.Struct:
		d.mapping(n, v, path)
	case v.Kind() == reflect.String:
		text, ok := scalarText(n)
		if !ok {
			d.errAt(n, path, msgWantString, nodeKind(n, d.dg.lang))
			return
		}
		v.SetString(text)
	case v.Kind() == reflect.Int:
		text, ok := scalarText(n)
		i, err := strconv.Atoi(strings.TrimSpace(text))
		if !ok || err != nil {
			d.errAt(n, path, msgWantInt, describe(n, d.dg.lang))
			return
		}
		v.SetInt(int64(i))
	case v.Kind() == reflect.Bool:
		text, ok := scalarText(n)
		b, err := strconv.ParseBool(strings.ToLower(strings.TrimSpace(text)))
		if !ok || err != nil {
			d.errAt(n, path, msgWantBool, describe(n, d.dg.lang))
			return
		}
		v.SetBool(b)
	case v.Kind() == reflect.Float64:
		text, ok := scalarText(n)
		f, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSpace(text), ",", "."), 64)
		if !ok || err != nil {
			d.errAt(n, path, msgWantNumber, describe(n, d.dg.lang))
			return
		}
		v.SetFloat(f)
	case v.Kind() == reflect.Slice && v.Type().Elem() == stringType:
		seq, ok := n.(*ast.SequenceNode)
		if !ok {
			// One item may be written without the list.
			text, isScalar := scalarText(n)
			if !isScalar {
				d.errAt(n, path, msgWantList, nodeKind(n, d.dg.lang))
				return
			}
			v.Set(reflect.ValueOf([]string{text}))
			return
		}
		out := make([]string, 0, len(seq.Values))
		for i, item := range seq.Values {
			ipath := path + "[" + strconv.Itoa(i) + "]"
			d.pos[ipath] = pos(item)
			var s string
			d.value(item, reflect.ValueOf(&s).Elem(), ipath)
			out = append(out, s)
		}
		v.Set(reflect.ValueOf(out))
	case v.Kind() == reflect.Pointer && v.Type().Elem().Kind() == reflect.Struct:
		nv := reflect.New(v.Type().Elem())
		d.value(n, nv.Elem(), path)
		v.Set(nv)
	case v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Struct:
		seq, ok := n.(*ast.SequenceNode)
		if !ok {
			d.errAt(n, path, msgWantList, nodeKind(n, d.dg.lang))
			return
		}
		out := reflect.MakeSlice(v.Type(), len(seq.Values), len(seq.Values))
		for i, item := range seq.Values {
			ipath := path + "[" + strconv.Itoa(i) + "]"
			// An item's findings point at its first key, where the "- "
			// item begins its text.
			d.pos[ipath] = pos(item)
			if m, isMap := item.(*ast.MappingNode); isMap && len(m.Values) > 0 && m.Values[0].Key != nil {
				d.pos[ipath] = pos(m.Values[0].Key)
			} else if mv, isOne := item.(*ast.MappingValueNode); isOne && mv.Key != nil {
				d.pos[ipath] = pos(mv.Key)
			}
			d.value(item, out.Index(i), ipath)
		}
		v.Set(out)
	default:
		panic("docgen: no decoder for " + v.Type().String())
	}
}

// mapping decodes a YAML mapping into the struct v, reporting unknown,
// reserved and repeated keys.
func (d *decoder) mapping(n ast.Node, v reflect.Value, path string) {
	m, ok := n.(*ast.MappingNode)
	if !ok {
		if mv, isOne := n.(*ast.MappingValueNode); isOne {
			m = &ast.MappingNode{Values: []*ast.MappingValueNode{mv}}
		} else {
			d.errAt(n, path, msgWantMapping, nodeKind(n, d.dg.lang))
			return
		}
	}
	fields := yamlFields(v.Type())
	seen := map[string]bool{}
	for _, mv := range m.Values {
		if mv.Key == nil {
			continue
		}
		key := mv.Key.GetToken().Value
		kpath := join(path, key)
		if key == "<<" {
			d.errAt(mv.Key, path, msgMergeKey)
			continue
		}
		if seen[key] {
			d.errAt(mv.Key, kpath, msgDuplicate, key)
			continue
		}
		seen[key] = true
		d.pos[kpath] = pos(mv.Key)
		if key == dataKey && path == "" {
			if d.tmpl == nil {
				d.errAt(mv.Key, kpath, msgDataNeedsTemplate)
			} else {
				d.tmpl.data = mv.Value
			}
			continue
		}
		idx, known := fields[key]
		if !known {
			if what, reserved := reservedKeys[key]; reserved && path == "" {
				d.dg.errorf(rules.TopicOptional, kpath, msgNotYet, key, what)
				continue
			}
			names := make([]string, 0, len(fields))
			for name := range fields {
				names = append(names, name)
			}
			if s := suggest(key, names); s != "" {
				d.errAt(mv.Key, kpath, msgUnknownKeyHint, key, s)
			} else {
				d.errAt(mv.Key, kpath, msgUnknownKey, key, strings.Join(sortedKeys(fields), ", "))
			}
			continue
		}
		d.value(mv.Value, v.Field(idx), kpath)
		// Findings about a scalar point at the value itself.
		if _, isScalar := scalarText(d.resolve(mv.Value)); isScalar {
			d.pos[kpath] = pos(mv.Value)
		}
	}
}

// yamlFields maps the yaml key of each field of t to its index.
func yamlFields(t reflect.Type) map[string]int {
	out := make(map[string]int, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		tag := t.Field(i).Tag.Get("yaml")
		name, _, _ := strings.Cut(tag, ",")
		if name != "" && name != "-" {
			out[name] = i
		}
	}
	return out
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// scalarText returns the text of a scalar node as written.
func scalarText(n ast.Node) (string, bool) {
	switch t := n.(type) {
	case *ast.StringNode:
		return t.Value, true
	case *ast.LiteralNode:
		return t.Value.Value, true
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.InfinityNode, *ast.NanNode:
		return t.GetToken().Value, true
	}
	return "", false
}

// nodeKind names what a node is, for "expected X, found Y" messages.
func nodeKind(n ast.Node, lang Language) string {
	vi, en := "giá trị", "a value"
	switch n.(type) {
	case *ast.MappingNode, *ast.MappingValueNode:
		vi, en = "một bảng khóa: giá trị", "a mapping"
	case *ast.SequenceNode:
		vi, en = "một danh sách", "a list"
	case *ast.StringNode, *ast.LiteralNode:
		vi, en = "một chuỗi chữ", "a string"
	case *ast.IntegerNode, *ast.FloatNode:
		vi, en = "một số", "a number"
	case *ast.BoolNode:
		vi, en = "giá trị đúng/sai", "a boolean"
	}
	if lang == English {
		return en
	}
	return vi
}

// describe is nodeKind with the scalar's text when there is one.
func describe(n ast.Node, lang Language) string {
	if text, ok := scalarText(n); ok {
		return fmt.Sprintf("%s %q", nodeKind(n, lang), text)
	}
	return nodeKind(n, lang)
}
