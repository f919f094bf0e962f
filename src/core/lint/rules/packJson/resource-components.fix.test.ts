import { describe, expect, it } from 'vitest'
import { expectFixed, runFix } from '../../../testing/fixFixtures'
import { VALID_ADDON_PACK, withFiles } from '../../../testing/packFixtures'
import { resourceComponentsRule } from './resource-components'

const packJson = (second: string) => [
  '{',
  '  "name": "hello-app",',
  '  "kubeManifests": ["manifests/hello-app.yaml"],',
  '  "constraints": {',
  '    "resources": [',
  '      { "type": "cpu", "minLimit": 2000, "components": [',
  '        { "resourceRequestParamRef": "manifests.hello-app.replicas", "scheduleType": "all" },',
  `        { "scheduleType": "${second}" }`,
  '      ] }',
  '    ]',
  '  }',
  '}',
  '',
].join('\n')

describe('pack-json/resource-components fixes', () => {
  it('changes scheduleType "control-plane" to "master" in that component only', async () => {
    const run = await runFix(resourceComponentsRule, withFiles(VALID_ADDON_PACK, { 'pack.json': packJson('control-plane') }), 'use-master')
    expect(run.finding).toEqual({
      ruleId: 'pack-json/resource-components',
      severity: 'warning',
      file: 'pack.json',
      line: 8,
      column: 11,
      pointer: '/constraints/resources/0/components/1/scheduleType',
      message: '"control-plane" is the newer docs\' spelling; Spectro\'s own validator only knows "master".',
      hint: 'Write "master".',
      fixes: [{ ruleId: 'pack-json/resource-components', fixId: 'use-master', title: 'Change scheduleType to "master"', safe: true, args: { resource: 0, component: 1 } }],
    })
    expectFixed(run, { 'pack.json': packJson('master') })
  })
})
