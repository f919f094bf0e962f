import { VALUES_YAML } from '../../../pack/pack'
import { packLayer, packSection, valuesObject } from '../../../values/packContents'
import { addPackNamespace } from '../../fixes/valuesFixes'
import type { FindingDraft, FixOffer, LintContext, Rule } from '../../types'

/** The pack's name as a Kubernetes namespace (a DNS-1123 label), or undefined when nothing is left of it. */
function namespaceFromName(name: unknown): string | undefined {
  if (typeof name !== 'string') return undefined
  const label = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').slice(0, 63).replace(/^-+|-+$/g, '')
  return label === '' ? undefined : label
}

/** R18: an add-on layer names its target namespace in `pack.namespace`. */
export const namespaceRequired: Rule = {
  id: 'pack-values/namespace-required',
  severity: 'error',
  description: 'Add-on packs must set `pack.namespace`.',
  spec: 'R18',
  *check(context: LintContext): Iterable<FindingDraft> {
    if (packLayer(context) !== 'addon') return
    const values = valuesObject(context)
    if (!values && context.values?.errors.length) return
    const namespace = packSection(context)?.namespace
    if (namespace !== undefined && namespace !== null && namespace !== '') return
    const suggestion = context.values?.errors.length === 0 ? namespaceFromName(context.packJsonObject?.name) : undefined
    // Not safe: the namespace is a real choice; the pack's name is only the usual one.
    const fixes: FixOffer[] = suggestion === undefined ? [] : [{ fixId: 'add-namespace', title: `Set pack.namespace to "${suggestion}"`, safe: false, args: { namespace: suggestion } }]
    yield {
      file: VALUES_YAML,
      pointer: namespace === undefined ? (packSection(context) ? '/pack' : '') : '/pack/namespace',
      ...(context.mode === 'import' ? { severity: 'warning' as const } : {}),
      message: 'This add-on pack does not set `pack.namespace`, so Palette does not know which namespace to install into.',
      hint: 'Add `namespace: "<name>"` under `pack:` in values.yaml.',
      ...(fixes.length > 0 ? { fixes } : {}),
    }
  },
  fixes: { 'add-namespace': addPackNamespace },
}
