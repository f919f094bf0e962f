import { describe, expect, it } from 'vitest'
import { applyFix } from '../lint/fixes/applyFix'
import { readTextFile } from '../pack/pack'
import type { RenderedDocument } from '../render/renderTypes'
import { makePack } from '../testing/packFixtures'
import { compareImages } from './compareImages'
import { withImageFixes } from './imageFixes'

const DEPLOYMENT = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/example/web:2.0.0\n        - name: proxy\n          image: ghcr.io/example/proxy:1.1\n'
const documents: RenderedDocument[] = [{ source: 'chart', owner: 'charts/web-1.0.0.tgz', template: 'web/templates/deploy.yaml', index: 0, text: DEPLOYMENT }]
const VALUES = 'pack:\n  content:\n    images:\n      # the proxy\n      - image: ghcr.io/example/proxy:1.0\n'

function imageFindings() {
  const pack = makePack({ 'values.yaml': VALUES })
  const { rows, findings } = compareImages(pack, documents)
  return { pack, findings: withImageFixes(findings, rows) }
}

describe('the image findings of rendered output', () => {
  it('offer to add a rendered image that is not listed, and to replace a drifted entry', () => {
    const { findings } = imageFindings()
    expect(findings.map((finding) => [finding.ruleId, finding.fixes])).toEqual([
      ['rendered/image-drift', [{ ruleId: 'rendered/image-drift', fixId: 'replace-image', title: 'Replace listed ghcr.io/example/proxy:1.0 with ghcr.io/example/proxy:1.1', safe: false, args: { listed: 'ghcr.io/example/proxy:1.0', image: 'ghcr.io/example/proxy:1.1' } }]],
      ['rendered/image-not-listed', [{ ruleId: 'rendered/image-not-listed', fixId: 'add-image', title: 'Add ghcr.io/example/web:2.0.0 to pack.content.images', safe: false, args: { image: 'ghcr.io/example/web:2.0.0' } }]],
    ])
  })

  it('apply through applyFix, editing only values.yaml and keeping its comments, and clear their findings', () => {
    const { pack, findings } = imageFindings()
    let fixed = pack
    for (const finding of findings) for (const fix of finding.fixes ?? []) fixed = applyFix(fixed, fix)
    expect(readTextFile(fixed, 'values.yaml')).toBe('pack:\n  content:\n    images:\n      # the proxy\n      - image: ghcr.io/example/proxy:1.1\n      - image: ghcr.io/example/web:2.0.0\n')
    expect(compareImages(fixed, documents).findings).toEqual([])
  })

  it('do nothing once stale: the image already listed, the drifted entry gone', () => {
    const { pack, findings } = imageFindings()
    const fixes = findings.flatMap((finding) => finding.fixes ?? [])
    const once = fixes.reduce((current, fix) => applyFix(current, fix), pack)
    expect(fixes.reduce((current, fix) => applyFix(current, fix), once)).toBe(once)
  })
})
