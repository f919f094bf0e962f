// Adapted from Helm v3.17.1 pkg/chartutil/values.go (Copyright The Helm Authors, Apache-2.0).

package main

import (
	"errors"
	"strings"

	"github.com/ghodss/yaml"
)

// Values is Helm's chartutil.Values: templates may call its methods (`.Values.AsMap`, `.Values.YAML`).
type Values map[string]interface{}

// YAML encodes the Values into a YAML string.
func (v Values) YAML() (string, error) {
	b, err := yaml.Marshal(v)
	return string(b), err
}

// AsMap is a utility function for converting Values to a map[string]interface{}.
func (v Values) AsMap() map[string]interface{} {
	if len(v) == 0 {
		return map[string]interface{}{}
	}
	return v
}

var errNoTable = errors.New("no table")

// Table gets a table (YAML subsection) from a Values object; `name` is a dotted path.
func (v Values) Table(name string) (Values, error) {
	table := v
	var err error
	for _, n := range strings.Split(name, ".") {
		if table, err = tableLookup(table, n); err != nil {
			break
		}
	}
	return table, err
}

func tableLookup(v Values, simple string) (Values, error) {
	v2, ok := v[simple]
	if !ok {
		return v, errNoTable
	}
	if vv, ok := v2.(map[string]interface{}); ok {
		return vv, nil
	}
	if vv, ok := v2.(Values); ok {
		return vv, nil
	}
	return Values{}, errNoTable
}
