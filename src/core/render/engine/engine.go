// Adapted from Helm v3.17.1 pkg/engine/engine.go (Copyright The Helm Authors, Apache-2.0).
// Kept close to the original so that template ordering, partials, `missingkey=zero`, the
// "<no value>" replacement, include/tpl recursion and error texts behave as `helm template`.

package main

import (
	"errors"
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"
	"text/template"
)

// renderable is an object that can be rendered.
type renderable struct {
	tpl      string
	vals     Values
	basePath string
}

const warnStartDelim = "HELM_ERR_START"
const warnEndDelim = "HELM_ERR_END"
const recursionMaxNums = 1000

var warnRegex = regexp.MustCompile(warnStartDelim + `((?s).*)` + warnEndDelim)

func warnWrap(warn string) string {
	return warnStartDelim + warn + warnEndDelim
}

// 'include' needs to be defined in the scope of a 'tpl' template as
// well as regular file-loaded templates.
func includeFun(t *template.Template, includedNames map[string]int) func(string, interface{}) (string, error) {
	return func(name string, data interface{}) (string, error) {
		var buf strings.Builder
		if v, ok := includedNames[name]; ok {
			if v > recursionMaxNums {
				return "", fmt.Errorf("rendering template has a nested reference name: %s: unable to execute template", name)
			}
			includedNames[name]++
		} else {
			includedNames[name] = 1
		}
		err := t.ExecuteTemplate(&buf, name, data)
		includedNames[name]--
		return buf.String(), err
	}
}

// As does 'tpl', so that nested calls to 'tpl' see the templates
// defined by their enclosing contexts.
func tplFun(parent *template.Template, includedNames map[string]int, strict bool) func(string, interface{}) (string, error) {
	return func(tpl string, vals interface{}) (string, error) {
		t, err := parent.Clone()
		if err != nil {
			return "", fmt.Errorf("cannot clone template: %w", err)
		}
		// Re-inject the missingkey option, see text/template issue https://github.com/golang/go/issues/43022
		if strict {
			t.Option("missingkey=error")
		} else {
			t.Option("missingkey=zero")
		}
		// Re-inject 'include' so that it can close over our clone of t;
		// this lets any 'define's inside tpl be 'include'd.
		t.Funcs(template.FuncMap{
			"include": includeFun(t, includedNames),
			"tpl":     tplFun(t, includedNames, strict),
		})
		t, err = t.New(parent.Name()).Parse(tpl)
		if err != nil {
			return "", fmt.Errorf("cannot parse template %q: %w", tpl, err)
		}
		var buf strings.Builder
		if err := t.Execute(&buf, vals); err != nil {
			return "", fmt.Errorf("error during tpl function execution for %q: %w", tpl, err)
		}
		// See comment in render explaining the <no value> hack.
		return strings.ReplaceAll(buf.String(), "<no value>", ""), nil
	}
}

// initFunMap creates the FuncMap and adds context-specific functions.
func initFunMap(t *template.Template, strict bool, seed *sampleSource) {
	funcMap := funcMap(seed)
	includedNames := make(map[string]int)

	funcMap["include"] = includeFun(t, includedNames)
	funcMap["tpl"] = tplFun(t, includedNames, strict)
	funcMap["required"] = func(warn string, val interface{}) (interface{}, error) {
		if val == nil {
			return val, errors.New(warnWrap(warn))
		} else if _, ok := val.(string); ok {
			if val == "" {
				return val, errors.New(warnWrap(warn))
			}
		}
		return val, nil
	}
	funcMap["fail"] = func(msg string) (string, error) {
		return "", errors.New(warnWrap(msg))
	}
	// `helm template` has no cluster: lookup finds nothing, and DNS lookups are off.
	funcMap["lookup"] = func(string, string, string, string) (map[string]interface{}, error) {
		return map[string]interface{}{}, nil
	}
	funcMap["getHostByName"] = func(_ string) string { return "" }
	t.Funcs(funcMap)
}

// render parses every template, then executes every one that is not a partial.
func render(tpls map[string]renderable, strict bool, seed *sampleSource) (rendered map[string]string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("rendering template failed: %v", r)
		}
	}()
	t := template.New("gotpl")
	if strict {
		t.Option("missingkey=error")
	} else {
		t.Option("missingkey=zero")
	}
	initFunMap(t, strict, seed)

	// Parse in a predictable order that favors higher-level templates over deeply nested ones.
	keys := sortTemplates(tpls)
	for _, filename := range keys {
		r := tpls[filename]
		if _, err := t.New(filename).Parse(r.tpl); err != nil {
			return map[string]string{}, &locatedError{kind: "parse", template: filename, cause: err}
		}
	}

	rendered = make(map[string]string, len(keys))
	for _, filename := range keys {
		// Partials are only included from other templates.
		if strings.HasPrefix(path.Base(filename), "_") {
			continue
		}
		vals := tpls[filename].vals
		vals["Template"] = Values{"Name": filename, "BasePath": tpls[filename].basePath}
		var buf strings.Builder
		if err := t.ExecuteTemplate(&buf, filename, vals); err != nil {
			return map[string]string{}, &locatedError{kind: "exec", template: filename, cause: err}
		}
		// Go emits "<no value>" even with missingkey=zero; Helm removes it.
		rendered[filename] = strings.ReplaceAll(buf.String(), "<no value>", "")
	}
	return rendered, nil
}

func sortTemplates(tpls map[string]renderable) []string {
	keys := make([]string, 0, len(tpls))
	for key := range tpls {
		keys = append(keys, key)
	}
	sort.Sort(sort.Reverse(byPathLen(keys)))
	return keys
}

type byPathLen []string

func (p byPathLen) Len() int      { return len(p) }
func (p byPathLen) Swap(i, j int) { p[j], p[i] = p[i], p[j] }
func (p byPathLen) Less(i, j int) bool {
	a, b := p[i], p[j]
	ca, cb := strings.Count(a, "/"), strings.Count(b, "/")
	if ca == cb {
		return strings.Compare(a, b) == -1
	}
	return ca < cb
}

// allTemplates returns all templates for a chart and its dependencies, with scoped values.
func allTemplates(c *chartNode, vals Values, scope map[string]interface{}) map[string]renderable {
	templates := make(map[string]renderable)
	recAllTpls(c, templates, vals, scope)
	return templates
}

// recAllTpls recurses through the templates in a chart, scoping .Values to each subchart.
func recAllTpls(c *chartNode, templates map[string]renderable, vals Values, scope map[string]interface{}) map[string]interface{} {
	subCharts := make(map[string]interface{})
	chartMetaData := struct {
		Metadata
		IsRoot bool
	}{*c.metadata, c.parent == nil}

	next := map[string]interface{}{
		"Chart":        chartMetaData,
		"Files":        newFiles(c.Files),
		"Release":      vals["Release"],
		"Capabilities": vals["Capabilities"],
		"Values":       make(Values),
		"Subcharts":    subCharts,
	}
	for key, value := range scope {
		next[key] = value
	}
	if c.parent == nil {
		next["Values"] = vals["Values"]
	} else if vs, err := vals.Table("Values." + c.Name); err == nil {
		next["Values"] = vs
	}

	for _, child := range c.Dependencies {
		subCharts[child.Name] = recAllTpls(child, templates, next, scope)
	}

	newParentID := c.fullPath()
	for _, t := range c.Templates {
		if !isTemplateValid(c, t.Name) {
			continue
		}
		templates[path.Join(newParentID, t.Name)] = renderable{
			tpl:      string(t.Data),
			vals:     next,
			basePath: path.Join(newParentID, "templates"),
		}
	}
	return next
}

// fullPath is Helm's ChartFullPath: parent/charts/child.
func (c *chartNode) fullPath() string {
	if c.parent == nil {
		return c.Name
	}
	return c.parent.fullPath() + "/charts/" + c.Name
}

// isTemplateValid: a library chart contributes only its partials.
func isTemplateValid(c *chartNode, templateName string) bool {
	if strings.EqualFold(c.metadata.Type, "library") {
		return strings.HasPrefix(path.Base(templateName), "_")
	}
	return true
}
