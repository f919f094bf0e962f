package main

// The JSON contract with src/core/render/wasmRenderer.ts. TypeScript un-tars the charts, coalesces
// the values (as Helm's chartutil does) and drops disabled subcharts; this program only renders.

// renderRequest is one `helm template` of one chart.
type renderRequest struct {
	Chart        chartNode              `json:"chart"`
	Values       map[string]interface{} `json:"values"`
	Release      releaseOptions         `json:"release"`
	KubeVersion  string                 `json:"kubeVersion"`
	APIVersions  []string               `json:"apiVersions"`
	StrictRender bool                   `json:"strict"`
	// Scope holds extra top-level objects beside .Values, such as the `.Spectro` some manifests use.
	Scope map[string]interface{} `json:"scope"`
}

// chartNode is a chart with its subcharts, already loaded the way Helm's loader sorts files.
type chartNode struct {
	// Name is the chart's name after any alias from its parent's dependencies.
	Name string `json:"name"`
	// ChartYaml is the raw Chart.yaml text; it is decoded here as Helm does, so .Chart is typed.
	ChartYaml    string       `json:"chartYaml"`
	Templates    []chartFile  `json:"templates"`
	Files        []chartFile  `json:"files"`
	Dependencies []*chartNode `json:"dependencies"`

	parent   *chartNode
	metadata *Metadata
}

// chartFile's Data arrives base64-encoded, which encoding/json decodes into []byte.
type chartFile struct {
	Name string `json:"name"`
	Data []byte `json:"data"`
}

type releaseOptions struct {
	Name      string `json:"name"`
	Namespace string `json:"namespace"`
	Revision  int    `json:"revision"`
	IsUpgrade bool   `json:"isUpgrade"`
}

// renderResponse holds the rendered templates by name, or the first error, as Helm stops at it.
type renderResponse struct {
	Rendered map[string]string `json:"rendered"`
	Error    *renderError      `json:"error,omitempty"`
}

// renderError is an error with its place. Kind is "parse", "exec", "input" (required/fail) or "chart".
type renderError struct {
	Kind     string `json:"kind"`
	Template string `json:"template,omitempty"`
	Line     int    `json:"line,omitempty"`
	Column   int    `json:"column,omitempty"`
	Message  string `json:"message"`
	// HelmMessage is the error as `helm template` prints it.
	HelmMessage string `json:"helmMessage"`
	// Raw is Go's full error text, with every template place and the `at <...>` action.
	Raw string `json:"raw,omitempty"`
}
