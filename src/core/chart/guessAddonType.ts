import type { ChartInfo } from './chartInfo'

/** An addonType guessed from a chart, with the word that led to it (shown to the user as a guess). */
export interface AddonTypeGuess {
  readonly addonType: string
  /** Why: `keyword "prometheus"`, `annotation artifacthub.io/category: security`, or no match. */
  readonly reason: string
}

// Keywords and categories as charts really spell them, mapped to the 13 addonType values of the spec
// (pack-format.md 2.2.3). Order matters: the first type whose words match wins.
const TYPE_WORDS: readonly (readonly [string, readonly string[]])[] = [
  ['servicemesh', ['service-mesh', 'servicemesh', 'istio', 'linkerd', 'mesh', 'envoy']],
  ['ingress', ['ingress', 'ingress-controller', 'gateway', 'gateway-api', 'traefik']],
  ['load balancer', ['load-balancer', 'loadbalancer', 'load balancer', 'metallb', 'kube-vip']],
  ['logging', ['logging', 'logs', 'log', 'fluentd', 'fluent-bit', 'fluentbit', 'loki', 'logstash']],
  ['monitoring', ['monitoring', 'monitoring-logging', 'metrics', 'prometheus', 'grafana', 'observability', 'alerting', 'tracing', 'apm', 'opentelemetry']],
  ['authentication', ['authentication', 'auth', 'oauth', 'oauth2', 'oidc', 'sso', 'identity', 'keycloak', 'dex', 'ldap']],
  ['security', ['security', 'policy', 'vulnerability', 'scanner', 'falco', 'kyverno', 'opa', 'gatekeeper', 'secrets', 'vault', 'cert-manager', 'certificates', 'tls']],
  ['registry', ['registry', 'container-registry', 'harbor', 'oci']],
  ['storage', ['storage', 'csi', 'volume', 'backup', 'velero', 'database', 'minio', 's3']],
  ['network', ['network', 'networking', 'cni', 'dns', 'external-dns', 'coredns']],
  ['ai', ['ai', 'ai-machine-learning', 'ml', 'machine-learning', 'llm', 'gpu', 'nvidia', 'inference']],
]

/** Guesses the addonType from Chart.yaml keywords and the Artifact Hub category; `app services` when nothing matches. */
export function guessAddonType(chart: ChartInfo): AddonTypeGuess {
  const category = chart.annotations?.['artifacthub.io/category']
  const words: (readonly [string, string])[] = [
    ...(category !== undefined ? [[category.toLowerCase(), `annotation artifacthub.io/category: ${category}`] as const] : []),
    ...(chart.keywords ?? []).map((keyword) => [keyword.toLowerCase(), `keyword "${keyword}"`] as const),
    [chart.name.toLowerCase(), `chart name "${chart.name}"`],
  ]
  for (const [word, reason] of words) {
    const match = TYPE_WORDS.find(([, typeWords]) => typeWords.includes(word) || typeWords.some((typeWord) => typeWord.length > 3 && word.split(/[-_ ]/).includes(typeWord)))
    if (match !== undefined) return { addonType: match[0], reason }
  }
  return { addonType: 'app services', reason: 'no keyword matched, so the general type' }
}
