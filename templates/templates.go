// Package templates holds the built-in scaffolds: one YAML file per
// layout and rule set, with comments in Vietnamese on each key, that a
// clerk copies and fills in. They are embedded in the binary.
package templates

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strings"
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
