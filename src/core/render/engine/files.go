// Adapted from Helm v3.17.1 pkg/engine/files.go (Copyright The Helm Authors, Apache-2.0).

package main

import (
	"encoding/base64"
	"path"
	"strings"

	"github.com/gobwas/glob"
)

// files is .Files: the chart's files that are not templates, values or subcharts.
type files map[string][]byte

func newFiles(from []chartFile) files {
	f := make(map[string][]byte)
	for _, file := range from {
		f[file.Name] = file.Data
	}
	return f
}

// GetBytes gets a file by path; a missing file is empty.
func (f files) GetBytes(name string) []byte {
	if v, ok := f[name]; ok {
		return v
	}
	return []byte{}
}

// Get returns a file's text.
func (f files) Get(name string) string {
	return string(f.GetBytes(name))
}

// Glob returns the files matching a glob pattern (`**` crosses folders).
func (f files) Glob(pattern string) files {
	g, err := glob.Compile(pattern, '/')
	if err != nil {
		g, _ = glob.Compile("**")
	}
	nf := newFiles(nil)
	for name, contents := range f {
		if g.Match(name) {
			nf[name] = contents
		}
	}
	return nf
}

// AsConfig flattens the files to a YAML map for a ConfigMap's data, keyed by base name.
func (f files) AsConfig() string {
	if f == nil {
		return ""
	}
	m := make(map[string]string)
	for k, v := range f {
		m[path.Base(k)] = string(v)
	}
	return toYAML(m)
}

// AsSecrets is AsConfig with base64-encoded contents, for a Secret's data.
func (f files) AsSecrets() string {
	if f == nil {
		return ""
	}
	m := make(map[string]string)
	for k, v := range f {
		m[path.Base(k)] = base64.StdEncoding.EncodeToString(v)
	}
	return toYAML(m)
}

// Lines returns each line of a named file (split by "\n").
func (f files) Lines(path string) []string {
	if f == nil || f[path] == nil {
		return []string{}
	}
	s := string(f[path])
	if s[len(s)-1] == '\n' {
		s = s[:len(s)-1]
	}
	return strings.Split(s, "\n")
}
