// Package templates holds the built-in scaffolds: one YAML file per
// layout and rule set, with comments in Vietnamese on each key, that a
// clerk copies and fills in. They are embedded in the binary.
package templates

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/vanthu/vanthu/docgen"
)

//go:embed nha-nuoc/*.yaml dang/*.yaml
var files embed.FS

// Template is one scaffold.
type Template struct {
	TheThuc string // rule set, e.g. "nha-nuoc"
	Name    string // e.g. "cong-van"
	Data    []byte // the YAML text
}

// List returns every scaffold, ordered by rule set and name.
func List() []Template {
	var out []Template
	fs.WalkDir(files, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".yaml" {
			return err
		}
		data, err := files.ReadFile(p)
		if err != nil {
			return err
		}
		out = append(out, Template{TheThuc: path.Dir(p), Name: strings.TrimSuffix(path.Base(p), ".yaml"), Data: data})
		return nil
	})
	sort.Slice(out, func(i, j int) bool {
		if out[i].TheThuc != out[j].TheThuc {
			return out[i].TheThuc < out[j].TheThuc
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// Get returns the scaffold of a rule set by name, or false.
func Get(theThuc, name string) (Template, bool) {
	for _, t := range List() {
		if t.TheThuc == theThuc && t.Name == name {
			return t, true
		}
	}
	return Template{}, false
}

// ForKind returns the scaffold for one kind of a rule set ("nha-nuoc" or
// "dang"): the kind's own scaffold when there is one, else the scaffold
// of its layout with loai and the kind's abbreviation in ky_hieu filled
// in. Every kind of Kinds has one.
func ForKind(theThuc, slug string) (Template, error) {
	if theThuc == "" {
		theThuc = "nha-nuoc"
	}
	kinds := docgen.Kinds(theThuc)
	if kinds == nil {
		return Template{}, fmt.Errorf("templates: unknown rule set %q", theThuc)
	}
	var kind *docgen.Kind
	for i := range kinds {
		if kinds[i].Slug == slug {
			kind = &kinds[i]
		}
	}
	if kind == nil {
		return Template{}, fmt.Errorf("templates: %q is not a kind of %s (see: vanthu kinds --the-thuc %s)", slug, theThuc, theThuc)
	}
	if t, ok := Get(theThuc, slug); ok {
		return t, nil
	}
	base := "van-ban-co-ten-loai"
	if kind.Abbr == "" {
		base = "cong-van" // thư công: no kind abbreviation, as a công văn
	}
	t, ok := Get(theThuc, base)
	if !ok {
		return Template{}, fmt.Errorf("templates: no %s scaffold for %s", base, theThuc)
	}
	var out []string
	for _, line := range strings.Split(string(t.Data), "\n") {
		switch {
		case strings.HasPrefix(line, "loai: "):
			line = "loai: " + slug
		case strings.HasPrefix(line, "ky_hieu: ") && kind.Abbr != "":
			rest := strings.TrimPrefix(line, "ky_hieu: ")
			if i := strings.IndexAny(rest, "-/"); i >= 0 {
				line = "ky_hieu: " + kind.Abbr + rest[i:]
			}
		case strings.HasPrefix(line, "# ") && len(out) == 0:
			line = "# " + kind.Name + " — " + strings.TrimPrefix(line, "# ")
		}
		out = append(out, line)
	}
	return Template{TheThuc: theThuc, Name: slug, Data: []byte(strings.Join(out, "\n"))}, nil
}
