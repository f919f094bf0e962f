import { describe, it } from 'vitest'
import { VALID_ADDON_PACK, VALID_PACK_JSON, lintWithRule, withFiles } from '../../../testing/packFixtures'
import { contentImages } from './content-images'
import { expectFindings } from '../../../testing/expectFindings'

const lint = (values: string, layer = 'addon') =>
  lintWithRule(contentImages, withFiles(VALID_ADDON_PACK, { 'values.yaml': values, 'pack.json': { ...VALID_PACK_JSON, layer } }))

describe('pack-values/content-images', () => {
  it.each([
    ['the valid pack', VALID_ADDON_PACK['values.yaml'] as string, 'addon'],
    ['an os pack without images', 'pack: {}\n', 'os'],
    ['a k8s pack without images', '', 'k8s'],
    ['a quoted reference', 'pack:\n  content:\n    images:\n      - image: "quay.io/a/b:1"\n', 'cni'],
  ])('accepts %s', async (_name, values, layer) => {
    expectFindings(await lint(values, layer), [])
  })

  it.each([
    ['no content on an add-on', 'pack:\n  namespace: a\n', 'addon', 'warning', 1, '/pack'],
    ['no images on a csi pack', 'pack:\n  content:\n    charts: []\n', 'csi', 'warning', 2, '/pack/content'],
    ['an empty list on a cni pack', 'pack:\n  content:\n    images: []\n', 'cni', 'warning', 2, '/pack/content'],
    ['a misspelled key', 'pack:\n  content:\n    images:\n      - image: a:1\n      - iamge: b:1\n', 'addon', 'error', 5, '/pack/content/images/1'],
    ['an empty reference', 'pack:\n  content:\n    images:\n      - image: ""\n', 'addon', 'error', 4, '/pack/content/images/0'],
    ['a bare string', 'pack:\n  content:\n    images:\n      - a:1\n', 'addon', 'error', 4, '/pack/content/images/0'],
    ['a mapping instead of a list', 'pack:\n  content:\n    images:\n      image: a:1\n', 'addon', 'error', 3, '/pack/content/images'],
  ] as const)('reports %s', async (_name, values, layer, severity, line, pointer) => {
    expectFindings(await lint(values, layer), [{ ruleId: 'pack-values/content-images', severity, file: 'values.yaml', line, pointer }])
  })
})
