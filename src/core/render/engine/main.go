// Command engine renders Helm charts in WebAssembly for Pack Builder. It sets one function on the
// JavaScript global object: packBuilderRender(requestJSON) -> responseJSON (see request.go).
package main

import (
	"encoding/json"
	"fmt"
	"syscall/js"

	"github.com/ghodss/yaml"
)

func main() {
	js.Global().Set("packBuilderRender", js.FuncOf(func(_ js.Value, args []js.Value) interface{} {
		if len(args) != 1 || args[0].Type() != js.TypeString {
			return encode(renderResponse{Error: &renderError{Kind: "chart", Message: "packBuilderRender takes one JSON string"}})
		}
		return encode(handle(args[0].String()))
	}))
	// Keep the Go runtime alive so the function stays callable.
	select {}
}

func encode(response renderResponse) string {
	data, err := json.Marshal(response)
	if err != nil {
		return fmt.Sprintf(`{"error":{"kind":"chart","message":%q}}`, err.Error())
	}
	return string(data)
}

func chartError(message string) renderResponse {
	return renderResponse{Error: &renderError{Kind: "chart", Message: message, HelmMessage: message}}
}

// handle renders one request: Helm's ToRenderValues (values already coalesced) and Engine.Render.
func handle(requestJSON string) renderResponse {
	var request renderRequest
	if err := json.Unmarshal([]byte(requestJSON), &request); err != nil {
		return chartError("the render request is not valid: " + err.Error())
	}
	if err := loadMetadata(&request.Chart, nil); err != nil {
		return chartError(err.Error())
	}
	caps, err := newCapabilities(request.KubeVersion, request.APIVersions)
	if err != nil {
		return chartError(fmt.Sprintf("invalid kube version %q: %s", request.KubeVersion, err))
	}
	values := Values(request.Values)
	if values == nil {
		values = Values{}
	}
	top := Values{
		"Chart":        request.Chart.metadata,
		"Capabilities": caps,
		"Release": map[string]interface{}{
			"Name":      request.Release.Name,
			"Namespace": request.Release.Namespace,
			"IsUpgrade": request.Release.IsUpgrade,
			"IsInstall": !request.Release.IsUpgrade,
			"Revision":  request.Release.Revision,
			"Service":   "Helm",
		},
		"Values": values,
	}
	rendered, err := render(allTemplates(&request.Chart, top, request.Scope), request.StrictRender, newSampleSource())
	if err != nil {
		return renderResponse{Error: toRenderError(err)}
	}
	return renderResponse{Rendered: rendered}
}

// loadMetadata decodes every Chart.yaml as Helm's loader does (sigs.k8s.io/yaml = ghodss/yaml),
// then applies the name the parent gave (an alias).
func loadMetadata(c *chartNode, parent *chartNode) error {
	c.parent = parent
	c.metadata = new(Metadata)
	if err := yaml.Unmarshal([]byte(c.ChartYaml), c.metadata); err != nil {
		return fmt.Errorf("cannot load Chart.yaml of %s: %s", c.Name, err)
	}
	if c.metadata.APIVersion == "" {
		c.metadata.APIVersion = "v1"
	}
	if c.Name == "" {
		c.Name = c.metadata.Name
	}
	c.metadata.Name = c.Name
	for _, child := range c.Dependencies {
		if err := loadMetadata(child, c); err != nil {
			return err
		}
	}
	return nil
}
