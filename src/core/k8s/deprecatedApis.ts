import { compareKubeVersions, formatKubeVersion, parseKubeVersion } from './kubeVersion'
import type { KubeVersion } from './kubeVersion'
import type { DocumentProblem } from './renderedFinding'

export const DEPRECATED_API_RULE_ID = 'rendered/deprecated-api'

interface ApiChange {
  readonly apiVersion: string
  readonly kinds: readonly string[]
  /** The release that deprecated it, when it was announced before the removal release. */
  readonly deprecatedIn?: string
  readonly removedIn: string
  /** The apiVersion to move to; undefined when the API is gone without a replacement. */
  readonly replacement?: string
}

// From the Kubernetes deprecated API migration guide:
// https://kubernetes.io/docs/reference/using-api/deprecation-guide/
const WORKLOADS = ['Deployment', 'DaemonSet', 'ReplicaSet', 'StatefulSet']
const API_CHANGES: readonly ApiChange[] = [
  { apiVersion: 'extensions/v1beta1', kinds: [...WORKLOADS, 'NetworkPolicy'], deprecatedIn: '1.8', removedIn: '1.16', replacement: 'apps/v1 (networking.k8s.io/v1 for NetworkPolicy)' },
  { apiVersion: 'apps/v1beta1', kinds: [...WORKLOADS, 'ControllerRevision'], deprecatedIn: '1.9', removedIn: '1.16', replacement: 'apps/v1' },
  { apiVersion: 'apps/v1beta2', kinds: [...WORKLOADS, 'ControllerRevision'], deprecatedIn: '1.9', removedIn: '1.16', replacement: 'apps/v1' },
  { apiVersion: 'extensions/v1beta1', kinds: ['PodSecurityPolicy'], removedIn: '1.16', replacement: 'policy/v1beta1' },
  { apiVersion: 'admissionregistration.k8s.io/v1beta1', kinds: ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], deprecatedIn: '1.16', removedIn: '1.22', replacement: 'admissionregistration.k8s.io/v1' },
  { apiVersion: 'apiextensions.k8s.io/v1beta1', kinds: ['CustomResourceDefinition'], deprecatedIn: '1.16', removedIn: '1.22', replacement: 'apiextensions.k8s.io/v1' },
  { apiVersion: 'apiregistration.k8s.io/v1beta1', kinds: ['APIService'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'apiregistration.k8s.io/v1' },
  { apiVersion: 'authentication.k8s.io/v1beta1', kinds: ['TokenReview'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'authentication.k8s.io/v1' },
  { apiVersion: 'authorization.k8s.io/v1beta1', kinds: ['SubjectAccessReview', 'LocalSubjectAccessReview', 'SelfSubjectAccessReview'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'authorization.k8s.io/v1' },
  { apiVersion: 'certificates.k8s.io/v1beta1', kinds: ['CertificateSigningRequest'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'certificates.k8s.io/v1' },
  { apiVersion: 'coordination.k8s.io/v1beta1', kinds: ['Lease'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'coordination.k8s.io/v1' },
  { apiVersion: 'extensions/v1beta1', kinds: ['Ingress'], deprecatedIn: '1.14', removedIn: '1.22', replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'networking.k8s.io/v1beta1', kinds: ['Ingress', 'IngressClass'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'rbac.authorization.k8s.io/v1beta1', kinds: ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], deprecatedIn: '1.17', removedIn: '1.22', replacement: 'rbac.authorization.k8s.io/v1' },
  { apiVersion: 'scheduling.k8s.io/v1beta1', kinds: ['PriorityClass'], deprecatedIn: '1.14', removedIn: '1.22', replacement: 'scheduling.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'storage.k8s.io/v1' },
  { apiVersion: 'batch/v1beta1', kinds: ['CronJob'], deprecatedIn: '1.21', removedIn: '1.25', replacement: 'batch/v1' },
  { apiVersion: 'discovery.k8s.io/v1beta1', kinds: ['EndpointSlice'], deprecatedIn: '1.21', removedIn: '1.25', replacement: 'discovery.k8s.io/v1' },
  { apiVersion: 'events.k8s.io/v1beta1', kinds: ['Event'], deprecatedIn: '1.19', removedIn: '1.25', replacement: 'events.k8s.io/v1' },
  { apiVersion: 'autoscaling/v2beta1', kinds: ['HorizontalPodAutoscaler'], deprecatedIn: '1.22', removedIn: '1.25', replacement: 'autoscaling/v2' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodDisruptionBudget'], deprecatedIn: '1.21', removedIn: '1.25', replacement: 'policy/v1' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodSecurityPolicy'], deprecatedIn: '1.21', removedIn: '1.25' },
  { apiVersion: 'node.k8s.io/v1beta1', kinds: ['RuntimeClass'], deprecatedIn: '1.20', removedIn: '1.25', replacement: 'node.k8s.io/v1' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1', kinds: ['FlowSchema', 'PriorityLevelConfiguration'], deprecatedIn: '1.23', removedIn: '1.26', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  { apiVersion: 'autoscaling/v2beta2', kinds: ['HorizontalPodAutoscaler'], deprecatedIn: '1.23', removedIn: '1.26', replacement: 'autoscaling/v2' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIStorageCapacity'], deprecatedIn: '1.24', removedIn: '1.27', replacement: 'storage.k8s.io/v1' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', kinds: ['FlowSchema', 'PriorityLevelConfiguration'], deprecatedIn: '1.26', removedIn: '1.29', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', kinds: ['FlowSchema', 'PriorityLevelConfiguration'], deprecatedIn: '1.29', removedIn: '1.32', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
]

function findChange(apiVersion: string, kind: string): ApiChange | undefined {
  return API_CHANGES.find((change) => change.apiVersion === apiVersion && change.kinds.includes(kind))
}

/** True when the API is in the removal table (removed by some release, whichever is chosen). */
export function isKnownRemovedApi(apiVersion: string, kind: string): boolean {
  return findChange(apiVersion, kind) !== undefined
}

/**
 * An API removed in the chosen release is an error (the cluster refuses the object); one deprecated
 * but still served is a warning naming the release that removes it.
 */
export function checkDeprecatedApi(apiVersion: string, kind: string, kubeVersion: KubeVersion): DocumentProblem[] {
  const change = findChange(apiVersion, kind)
  if (change === undefined) return []
  const removedIn = parseKubeVersion(change.removedIn)
  const deprecatedIn = change.deprecatedIn === undefined ? undefined : parseKubeVersion(change.deprecatedIn)
  const target = formatKubeVersion(kubeVersion)
  const hint = change.replacement !== undefined
    ? `Use ${change.replacement}; charts usually pick it with \`.Capabilities.APIVersions.Has\` or a newer chart version.`
    : `${kind} has no replacement in Kubernetes; remove it (for PodSecurityPolicy, use Pod Security Admission).`
  if (removedIn !== undefined && compareKubeVersions(kubeVersion, removedIn) >= 0) {
    return [{ ruleId: DEPRECATED_API_RULE_ID, severity: 'error', path: ['apiVersion'], message: `${kind} ${apiVersion} was removed in Kubernetes ${change.removedIn}; a ${target} cluster refuses it.`, hint }]
  }
  if (deprecatedIn !== undefined && compareKubeVersions(kubeVersion, deprecatedIn) >= 0) {
    return [{ ruleId: DEPRECATED_API_RULE_ID, severity: 'warning', path: ['apiVersion'], message: `${kind} ${apiVersion} is deprecated since Kubernetes ${change.deprecatedIn} and removed in ${change.removedIn}.`, hint }]
  }
  return []
}
