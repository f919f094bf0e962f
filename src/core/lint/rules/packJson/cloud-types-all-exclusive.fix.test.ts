import { describe, expect, it } from 'vitest'
import { expectFixed, runFix } from '../../../testing/fixFixtures'
import { VALID_ADDON_PACK, withFiles } from '../../../testing/packFixtures'
import { cloudTypesAllExclusiveRule } from './cloud-types-all-exclusive'

const packJson = (clouds: string) => `{\n  "name": "hello-app",\n  "cloudTypes": ${clouds},\n  "kubeManifests": ["manifests/hello-app.yaml"]\n}\n`
const files = withFiles(VALID_ADDON_PACK, { 'pack.json': packJson('["aws", "all", "azure"]') })

describe('pack-json/cloud-types-all-exclusive fixes', () => {
  it.each([
    ['keep-all', '[\n    "all"\n  ]'],
    ['drop-all', '[\n    "aws",\n    "azure"\n  ]'],
  ])('%s', async (fixId, clouds) => {
    const run = await runFix(cloudTypesAllExclusiveRule, files, fixId)
    expect(run.finding).toEqual({
      ruleId: 'pack-json/cloud-types-all-exclusive',
      severity: 'warning',
      file: 'pack.json',
      line: 3,
      column: 25,
      pointer: '/cloudTypes/1',
      message: 'cloudTypes lists "all" together with "aws", "azure"; "all" already covers every cloud.',
      hint: 'Keep only "all", or remove it and list the clouds the pack supports.',
      fixes: [
        { ruleId: 'pack-json/cloud-types-all-exclusive', fixId: 'keep-all', title: 'Keep only "all" in cloudTypes', safe: true, args: {} },
        { ruleId: 'pack-json/cloud-types-all-exclusive', fixId: 'drop-all', title: 'Remove "all" and keep "aws", "azure"', safe: false, args: {} },
      ],
    })
    expectFixed(run, { 'pack.json': packJson(clouds) })
  })
})
