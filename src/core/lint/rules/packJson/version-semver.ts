import { valid } from 'semver'
import type { FindingDraft, LintContext, Rule } from '../../types'
import { PACK_JSON_FILE, pointerTo } from './packJsonSupport'

/** R13: recommend semantic versions (x.y.z, optional pre-release); Palette itself takes any string. */
export const versionSemverRule: Rule = {
  id: 'pack-json/version-semver',
  severity: 'warning',
  description: 'version is a semantic version such as 1.2.3.',
  spec: 'R13',
  *check(context: LintContext): Iterable<FindingDraft> {
    const version = context.packJsonObject?.['version']
    if (typeof version !== 'string' || version.trim() === '') return
    // A leading v is pack-json/version-prefix's business; judge the rest.
    const bare = version.replace(/^[vV]/, '')
    // semver.valid() quietly accepts "=1.2.3" and padding; a pack version must be the bare form.
    // Calendar versions such as 23.07.1 have leading zeros that SemVer forbids, yet they sort fine.
    if (valid(bare) === bare || valid(bare.replace(/(^|\.)0+(?=\d)/g, '$1')) !== null) return
    yield {
      file: PACK_JSON_FILE,
      pointer: pointerTo('version'),
      message: `The version "${version}" is not a semantic version (x.y.z).`,
      hint: 'Palette accepts it, but versions sort and compare best as x.y.z, for example "1.5.0".',
    }
  },
}
