/** A Kubernetes minor release, such as 1.30. */
export interface KubeVersion {
  readonly major: number
  readonly minor: number
}

/**
 * The newest Kubernetes release the kubernetes-models 5.1.0 schemas cover (they include
 * resource.k8s.io/v1 and PodCertificateProjection, new in 1.34, and nothing of 1.35).
 */
export const DEFAULT_KUBE_VERSION = '1.34'

/** Reads `1.30`, `v1.30` or `v1.30.2`; undefined for anything else. */
export function parseKubeVersion(text: string): KubeVersion | undefined {
  const match = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+].*)?$/.exec(text.trim())
  if (!match) return undefined
  return { major: Number(match[1]), minor: Number(match[2]) }
}

/** Negative when a is older than b, 0 when equal, positive when newer. */
export function compareKubeVersions(a: KubeVersion, b: KubeVersion): number {
  return a.major - b.major || a.minor - b.minor
}

export function formatKubeVersion(version: KubeVersion): string {
  return `${version.major}.${version.minor}`
}
