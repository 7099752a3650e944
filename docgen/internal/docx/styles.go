package docx

import (
	"strings"
)

// opt is an optional property value.
type opt[T any] struct {
	v  T
	ok bool
}

func some[T any](v T) opt[T] { return opt[T]{v, true} }

// or returns o when set, else base.
func (o opt[T]) or(base opt[T]) opt[T] {
	if o.ok {
		return o
	}
	return base
}

// pProps are paragraph properties as set at one level.
type pProps struct {
	align                   opt[string]
	indLeft, indRight       opt[int]
	indFirst, indHang       opt[int]
	before, after, line     opt[int]
	lineRule                opt[string]
	borderTop, borderBottom opt[bool]
}

// over returns p applied over base.
func (p pProps) over(base pProps) pProps {
	out := base
	out.align = p.align.or(base.align)
	out.indLeft = p.indLeft.or(base.indLeft)
	out.indRight = p.indRight.or(base.indRight)
	if p.indFirst.ok || p.indHang.ok {
		// firstLine and hanging exclude each other: a level setting one
		// replaces both.
		out.indFirst, out.indHang = p.indFirst, p.indHang
	}
	out.before = p.before.or(base.before)
	out.after = p.after.or(base.after)
	out.line = p.line.or(base.line)
	out.lineRule = p.lineRule.or(base.lineRule)
	out.borderTop = p.borderTop.or(base.borderTop)
	out.borderBottom = p.borderBottom.or(base.borderBottom)
	return out
}

// rProps are run properties as set at one level.
type rProps struct {
	hAnsi, ascii           opt[string]
	size                   opt[float64]
	bold, italic, caps     opt[bool]
	underline, superscript opt[bool]
	color                  opt[string]
}

// over returns r applied over base (replacement, no toggling).
func (r rProps) over(base rProps) rProps {
	return rProps{
		hAnsi:       r.hAnsi.or(base.hAnsi),
		ascii:       r.ascii.or(base.ascii),
		size:        r.size.or(base.size),
		bold:        r.bold.or(base.bold),
		italic:      r.italic.or(base.italic),
		caps:        r.caps.or(base.caps),
		underline:   r.underline.or(base.underline),
		superscript: r.superscript.or(base.superscript),
		color:       r.color.or(base.color),
	}
}

// font is hAnsi, else ascii.
func (r rProps) font() string {
	if r.hAnsi.ok {
		return r.hAnsi.v
	}
	return r.ascii.v
}

// toggle resolves a toggle property: the paragraph style level replaces
// the default, a character style setting it on flips it, and direct
// formatting replaces.
func toggle(def, para, char, direct opt[bool]) bool {
	v := para.or(def).v
	if char.ok && char.v {
		v = !v
	}
	if direct.ok {
		v = direct.v
	}
	return v
}

// effectiveRun resolves a run's properties.
func effectiveRun(def, para, char, direct rProps) rProps {
	out := direct.over(char.over(para.over(def)))
	out.bold = some(toggle(def.bold, para.bold, char.bold, direct.bold))
	out.italic = some(toggle(def.italic, para.italic, char.italic, direct.italic))
	out.caps = some(toggle(def.caps, para.caps, char.caps, direct.caps))
	return out
}

// borders are the table border sides set at one level.
type borders map[string]bool

// over returns b applied over base, per side.
func (b borders) over(base borders) borders {
	out := borders{}
	for k, v := range base {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}

func (b borders) any() bool {
	for _, v := range b {
		if v {
			return true
		}
	}
	return false
}

// style is one w:style.
type style struct {
	typ, id, basedOn string
	p                pProps
	r                rProps
	tbl              borders
}

// resolved is a style with its basedOn chain applied.
type resolved struct {
	p   pProps
	r   rProps
	tbl borders
}

// styles is styles.xml.
type styles struct {
	th           *theme
	defaults     resolved
	byID         map[string]*style
	defaultPara  string
	defaultTable string
	cache        map[string]*resolved
}

func newStyles(th *theme) *styles {
	return &styles{th: th, byID: map[string]*style{}, cache: map[string]*resolved{}}
}

// resolve returns the style id with its basedOn chain applied (without
// the document defaults); nil for an unknown id.
func (s *styles) resolve(id string) *resolved {
	if id == "" {
		return nil
	}
	if r, ok := s.cache[id]; ok {
		return r
	}
	st, ok := s.byID[id]
	if !ok {
		return nil
	}
	// Collect the chain iteratively, guarding against cycles.
	var chain []*style
	seen := map[string]bool{}
	for cur := st; cur != nil && !seen[cur.id] && len(chain) < 64; cur = s.byID[cur.basedOn] {
		seen[cur.id] = true
		chain = append(chain, cur)
		if cur.basedOn == "" {
			break
		}
	}
	out := &resolved{tbl: borders{}}
	for i := len(chain) - 1; i >= 0; i-- {
		c := chain[i]
		out.p = c.p.over(out.p)
		out.r = c.r.over(out.r)
		out.tbl = c.tbl.over(out.tbl)
	}
	s.cache[id] = out
	return out
}

// paraStyle returns the resolved paragraph style for id (the default
// paragraph style when id is "" or unknown).
func (s *styles) paraStyle(id string) resolved {
	if r := s.resolve(id); r != nil {
		return *r
	}
	if r := s.resolve(s.defaultPara); r != nil {
		return *r
	}
	return resolved{}
}

// read parses styles.xml.
func (s *styles) read(t *tokReader) error {
	return t.root("styles", func(se xmlStart) error {
		switch {
		case isW(se, "docDefaults"):
			return t.children(func(se xmlStart) error {
				switch {
				case isW(se, "rPrDefault"):
					return t.children(func(se xmlStart) error {
						if isW(se, "rPr") {
							r, _, err := readRPr(t, s.th)
							s.defaults.r = r
							return err
						}
						return t.skip()
					})
				case isW(se, "pPrDefault"):
					return t.children(func(se xmlStart) error {
						if isW(se, "pPr") {
							p, _, err := readPPr(t, nil)
							s.defaults.p = p
							return err
						}
						return t.skip()
					})
				}
				return t.skip()
			})
		case isW(se, "style"):
			st := &style{tbl: borders{}}
			st.typ, _ = attr(se, "type")
			st.id, _ = attr(se, "styleId")
			if st.typ == "" {
				st.typ = "paragraph"
			}
			isDefault := false
			if _, ok := attr(se, "default"); ok {
				isDefault = onOff(se)
			}
			err := t.children(func(c xmlStart) error {
				switch {
				case isW(c, "basedOn"):
					st.basedOn, _ = attr(c, "val")
				case isW(c, "pPr"):
					p, _, err := readPPr(t, nil)
					st.p = p
					return err
				case isW(c, "rPr"):
					r, _, err := readRPr(t, s.th)
					st.r = r
					return err
				case isW(c, "tblPr"):
					_, b, err := readTblPr(t)
					st.tbl = b
					return err
				}
				return t.skip()
			})
			if err != nil {
				return err
			}
			if _, dup := s.byID[st.id]; !dup && st.id != "" {
				s.byID[st.id] = st
			}
			if isDefault {
				switch st.typ {
				case "paragraph":
					if s.defaultPara == "" {
						s.defaultPara = st.id
					}
				case "table":
					if s.defaultTable == "" {
						s.defaultTable = st.id
					}
				}
			}
			return nil
		}
		return t.skip()
	})
}

// readPPr reads a w:pPr (start already read). It returns the properties
// and the pStyle; a w:sectPr child goes to sect (skipped when nil).
func readPPr(t *tokReader, sect func() error) (pProps, string, error) {
	var p pProps
	pStyle := ""
	err := t.children(func(se xmlStart) error {
		if !isWNS(se.Name.Space) {
			return t.skip()
		}
		switch se.Name.Local {
		case "pStyle":
			pStyle, _ = attr(se, "val")
		case "jc":
			if v, ok := attr(se, "val"); ok {
				switch v {
				case "start":
					v = "left"
				case "end":
					v = "right"
				}
				p.align = some(v)
			}
		case "ind":
			if v, ok := twipsAttr(se, "left"); ok {
				p.indLeft = some(v)
			} else if v, ok := twipsAttr(se, "start"); ok {
				p.indLeft = some(v)
			}
			if v, ok := twipsAttr(se, "right"); ok {
				p.indRight = some(v)
			} else if v, ok := twipsAttr(se, "end"); ok {
				p.indRight = some(v)
			}
			f, fok := twipsAttr(se, "firstLine")
			h, hok := twipsAttr(se, "hanging")
			if hok {
				p.indHang, p.indFirst = some(h), some(0)
			} else if fok {
				p.indFirst, p.indHang = some(f), some(0)
			}
		case "spacing":
			if v, ok := twipsAttr(se, "before"); ok {
				p.before = some(v)
			}
			if v, ok := twipsAttr(se, "after"); ok {
				p.after = some(v)
			}
			if v, ok := twipsAttr(se, "line"); ok {
				p.line = some(v)
				rule, ok := attr(se, "lineRule")
				if !ok || rule == "" {
					rule = "auto"
				}
				p.lineRule = some(rule)
			} else if rule, ok := attr(se, "lineRule"); ok {
				p.lineRule = some(rule)
			}
		case "pBdr":
			return t.children(func(b xmlStart) error {
				switch {
				case isW(b, "top"):
					p.borderTop = some(visibleBorder(b))
				case isW(b, "bottom"):
					p.borderBottom = some(visibleBorder(b))
				}
				return t.skip()
			})
		case "sectPr":
			if sect != nil {
				return sect()
			}
		}
		return t.skip()
	})
	return p, pStyle, err
}

// readRPr reads a w:rPr (start already read): the properties and rStyle.
func readRPr(t *tokReader, th *theme) (rProps, string, error) {
	var r rProps
	rStyle := ""
	err := t.children(func(se xmlStart) error {
		if !isWNS(se.Name.Space) {
			return t.skip()
		}
		switch se.Name.Local {
		case "rStyle":
			rStyle, _ = attr(se, "val")
		case "rFonts":
			if v, ok := attr(se, "hAnsiTheme"); ok {
				r.hAnsi = some(th.font(v))
			} else if v, ok := attr(se, "hAnsi"); ok {
				r.hAnsi = some(v)
			}
			if v, ok := attr(se, "asciiTheme"); ok {
				r.ascii = some(th.font(v))
			} else if v, ok := attr(se, "ascii"); ok {
				r.ascii = some(v)
			}
		case "b":
			r.bold = some(onOff(se))
		case "i":
			r.italic = some(onOff(se))
		case "caps":
			r.caps = some(onOff(se))
		case "u":
			v, ok := attr(se, "val")
			r.underline = some(ok && v != "none" && v != "")
		case "color":
			if v, ok := attr(se, "val"); ok {
				r.color = some(v)
			}
		case "sz":
			if v, ok := attr(se, "val"); ok {
				if f, ok := parseMeasure(v, 2); ok && f > 0 {
					r.size = some(f / 2)
				}
			}
		case "vertAlign":
			v, _ := attr(se, "val")
			r.superscript = some(v == "superscript")
		}
		return t.skip()
	})
	return r, rStyle, err
}

// readTblPr reads a w:tblPr: the tblStyle and the tblBorders sides.
func readTblPr(t *tokReader) (string, borders, error) {
	b := borders{}
	tblStyle := ""
	err := t.children(func(se xmlStart) error {
		switch {
		case isW(se, "tblStyle"):
			tblStyle, _ = attr(se, "val")
		case isW(se, "tblBorders"):
			return readBorders(t, b)
		}
		return t.skip()
	})
	return tblStyle, b, err
}

// readBorders reads the sides of tblBorders or tcBorders into b.
func readBorders(t *tokReader, b borders) error {
	return t.children(func(se xmlStart) error {
		if isWNS(se.Name.Space) {
			side := se.Name.Local
			switch side {
			case "start":
				side = "left"
			case "end":
				side = "right"
			}
			b[side] = visibleBorder(se)
		}
		return t.skip()
	})
}

// theme holds the latin typefaces of the theme's font scheme.
type theme struct{ major, minor string }

// font maps a theme font name (minorHAnsi, majorAscii, ...) to a typeface.
func (th *theme) font(name string) string {
	if th == nil {
		return ""
	}
	switch {
	case strings.HasPrefix(name, "major"):
		return th.major
	case strings.HasPrefix(name, "minor"):
		return th.minor
	}
	return ""
}

// read parses theme1.xml for a:majorFont/a:latin and a:minorFont/a:latin.
func (th *theme) read(t *tokReader) error {
	cur := ""
	return t.walk(func(se xmlStart) error {
		switch se.Name.Local {
		case "majorFont", "minorFont":
			cur = se.Name.Local
		case "latin":
			for _, a := range se.Attr {
				if a.Name.Local == "typeface" {
					if cur == "majorFont" && th.major == "" {
						th.major = a.Value
					} else if cur == "minorFont" && th.minor == "" {
						th.minor = a.Value
					}
				}
			}
		}
		return nil
	})
}
