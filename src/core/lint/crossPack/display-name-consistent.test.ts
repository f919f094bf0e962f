import { describe, expect, it } from 'vitest'
import { makePack } from '../../testing/packFixtures'
import { checkDisplayNameConsistency } from './display-name-consistent'

const pack = (name: string, version: string, displayName: string) =>
  makePack({ 'pack.json': { name, version, displayName, layer: 'addon' } })
const located = (findings: ReturnType<typeof checkDisplayNameConsistency>) =>
  findings.map((list) => list.map(({ ruleId, severity, file, line, pointer }) => ({ ruleId, severity, file, line, pointer })))

describe('pack-json/display-name-consistent', () => {
  it.each([
    ['one version', [pack('a', '1.0.0', 'A')]],
    ['versions with the same display name', [pack('a', '1.0.0', 'A'), pack('a', '1.1.0', 'A')]],
    ['different packs with different names', [pack('a', '1.0.0', 'A'), pack('b', '1.0.0', 'B')]],
  ])('says nothing about %s', (_label, packs) => {
    expect(checkDisplayNameConsistency(packs).flat()).toEqual([])
  })

  it('warns on the version whose display name differs from the others', () => {
    const finding = { ruleId: 'pack-json/display-name-consistent', severity: 'warning', file: 'pack.json', line: 4, pointer: '/displayName' }
    expect(located(checkDisplayNameConsistency([pack('kf', '1.0.0', 'Kubeflow'), pack('kf', '1.1.0', 'KubeFlow'), pack('kf', '1.2.0', 'Kubeflow')]))).toEqual([[], [finding], []])
  })

  it('ignores packs without a readable pack.json', () => {
    expect(checkDisplayNameConsistency([makePack({ 'pack.json': '{' }), pack('a', '1.0.0', 'A')]).flat()).toEqual([])
  })
})

describe('pack-json/display-name-consistent with two versions', () => {
  it('keeps the earlier version as the reference', () => {
    const [older, newer] = checkDisplayNameConsistency([pack('a', '1.10.0', 'Later'), pack('a', '1.9.0', 'First')])
    expect(newer).toEqual([])
    expect(older?.map((finding) => finding.ruleId)).toEqual(['pack-json/display-name-consistent'])
  })
})
