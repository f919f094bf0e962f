import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, lintWithRule, withFiles } from '../../../testing/packFixtures'
import type { FindingLocation } from '../../../testing/packFixtures'
import type { LintMode } from '../../types'
import { osPackRule } from './os-pack'
import { expectFindings } from '../../../testing/expectFindings'

const RULE = 'pack-json/os-pack'
const found = (severity: FindingLocation['severity'], location: { line?: number; pointer?: string }): FindingLocation => ({ ruleId: RULE, severity, file: 'pack.json', ...location })
const MODES: readonly LintMode[] = ['author', 'import']

const AZURE_ANNOTATIONS = { imageOffer: 'CentOS', imagePublisher: 'OpenLogic', imageSKU: '7.7', osName: 'centos', os_spectro_version: '0', sshUsername: 'centos', skipK8sInstall: 'true' }
// Lines: 2 name, 3 displayName, 4 version, 5 layer, 6 cloudTypes, 7 first cloud, 8/9 "]" or second cloud, then annotations.
const osPack = (cloudTypes: unknown[], annotations?: unknown) =>
  withFiles(VALID_ADDON_PACK, {
    'pack.json': { name: 'golden-centos', displayName: 'CentOS', version: '7.7.1908', layer: 'os', cloudTypes, ...(annotations === undefined ? {} : { annotations }), kubeManifests: [] },
    'values.yaml': '',
  })

describe(RULE, () => {
  it.each<[string, ReturnType<typeof osPack>]>([
    ['the docs Azure pack', osPack(['azure'], AZURE_ANNOTATIONS)],
    ['an AWS pack with the required keys', osPack(['aws'], { imageId: 'ami-1', osName: 'ubuntu', sshUsername: 'ubuntu', skipK8sInstall: 'false' })],
    ['an add-on pack', VALID_ADDON_PACK],
    ['an OS pack without cloudTypes (pack-json/cloud-types)', osPack([], AZURE_ANNOTATIONS)],
  ])('accepts %s', async (_label, files) => {
    for (const mode of MODES) expectFindings(await lintWithRule(osPackRule, files, mode), [])
  })

  it.each<[string, ReturnType<typeof osPack>, LintMode, FindingLocation[]]>([
    ['two clouds (author)', osPack(['aws', 'azure'], AZURE_ANNOTATIONS), 'author', [found('error', { pointer: '/cloudTypes', line: 6 })]],
    ['two clouds (import)', osPack(['aws', 'azure'], AZURE_ANNOTATIONS), 'import', [found('warning', { pointer: '/cloudTypes', line: 6 })]],
    ['a cloud without a known set', osPack(['maas'], {}), 'author', [found('warning', { pointer: '/cloudTypes/0', line: 7 })]],
    [
      'vSphere without imageId (author)',
      osPack(['vsphere'], { osName: 'ubuntu', sshUsername: 'ubuntu', skipK8sInstall: 'false' }),
      'author',
      [found('error', { pointer: '/annotations', line: 9 })],
    ],
    [
      // annotations opens on line 9: imageId on 10, osName on 11.
      'AWS with an empty osName (author)',
      osPack(['aws'], { imageId: 'ami-1', osName: '', sshUsername: 'ubuntu', skipK8sInstall: 'false' }),
      'author',
      [found('error', { pointer: '/annotations/osName', line: 11 })],
    ],
    [
      'AWS without annotations (import)',
      osPack(['aws']),
      'import',
      ['imageId', 'osName', 'sshUsername', 'skipK8sInstall'].map(() => found('warning', { pointer: '', line: 1 })),
    ],
    ['skipK8sInstall "yes" (author)', osPack(['azure'], { ...AZURE_ANNOTATIONS, skipK8sInstall: 'yes' }), 'author', [found('error', { pointer: '/annotations/skipK8sInstall', line: 16 })]],
    ['skipK8sInstall true (import)', osPack(['azure'], { ...AZURE_ANNOTATIONS, skipK8sInstall: true }), 'import', [found('warning', { pointer: '/annotations/skipK8sInstall', line: 16 })]],
  ])('reports %s', async (_label, files, mode, expected) => {
    expectFindings(await lintWithRule(osPackRule, files, mode), expected)
  })
})
