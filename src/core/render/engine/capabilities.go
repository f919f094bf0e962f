// Adapted from Helm v3.17.1 pkg/chartutil/capabilities.go (Copyright The Helm Authors, Apache-2.0).

package main

import (
	"strconv"

	"github.com/Masterminds/semver"
)

// Capabilities is .Capabilities, typed as in Helm so methods such as `.APIVersions.Has` work.
type Capabilities struct {
	KubeVersion KubeVersion
	APIVersions VersionSet
	HelmVersion BuildInfo
}

// KubeVersion is the Kubernetes version.
type KubeVersion struct {
	Version string
	Major   string
	Minor   string
}

// String implements fmt.Stringer.
func (kv *KubeVersion) String() string { return kv.Version }

// GitVersion returns the Kubernetes version string (deprecated in Helm, still used by charts).
func (kv *KubeVersion) GitVersion() string { return kv.Version }

// BuildInfo is .Capabilities.HelmVersion; we present the Helm release we follow.
type BuildInfo struct {
	Version      string `json:"version,omitempty"`
	GitCommit    string `json:"git_commit,omitempty"`
	GitTreeState string `json:"git_tree_state,omitempty"`
	GoVersion    string `json:"go_version,omitempty"`
}

// VersionSet is a set of Kubernetes API versions.
type VersionSet []string

// Has returns true if the version string is in the set.
func (v VersionSet) Has(apiVersion string) bool {
	for _, x := range v {
		if x == apiVersion {
			return true
		}
	}
	return false
}

// parseKubeVersion parses a Kubernetes version as Helm's ParseKubeVersion does.
func parseKubeVersion(version string) (*KubeVersion, error) {
	sv, err := semver.NewVersion(version)
	if err != nil {
		return nil, err
	}
	return &KubeVersion{
		Version: "v" + sv.String(),
		Major:   strconv.FormatUint(sv.Major(), 10),
		Minor:   strconv.FormatUint(sv.Minor(), 10),
	}, nil
}

// newCapabilities is Helm's default set (defaultAPIVersions) plus the caller's extra API versions.
func newCapabilities(kubeVersion string, extra []string) (*Capabilities, error) {
	kv, err := parseKubeVersion(kubeVersion)
	if err != nil {
		return nil, err
	}
	versions := append(VersionSet{}, defaultAPIVersions...)
	versions = append(versions, extra...)
	return &Capabilities{KubeVersion: *kv, APIVersions: versions, HelmVersion: helmBuildInfo}, nil
}
