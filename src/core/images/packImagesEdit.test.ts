import { describe, expect, it } from 'vitest'
import { readTextFile } from '../pack/pack'
import { makePack } from '../testing/packFixtures'
import { ValuesEditError } from '../values/valuesEdit'
import { addImageToPackValues, replaceImageInPackValues } from './packImagesEdit'

const edit = (values: string, change: (pack: ReturnType<typeof makePack>) => ReturnType<typeof makePack>) =>
  readTextFile(change(makePack({ 'values.yaml': values, 'pack.json': '{}' })), 'values.yaml')

const LISTED = `# Pack values
pack:
  namespace: web # where it goes
  content:
    images:
      # the app
      - image: nginx:1.25
      - image: "busybox:1.36" # init
charts:
  web: {}
`

describe('addImageToPackValues', () => {
  it('appends to the list, keeping comments and indentation', () => {
    expect(edit(LISTED, (pack) => addImageToPackValues(pack, 'quay.io/a/b:1'))).toBe(LISTED.replace('# init\n', '# init\n      - image: quay.io/a/b:1\n'))
  })

  it('does not add an image already listed in another spelling', () => {
    expect(edit(LISTED, (pack) => addImageToPackValues(pack, 'docker.io/library/nginx:1.25'))).toBe(LISTED)
  })

  it.each([
    ['no content', 'pack:\n  namespace: web # keep\n', 'pack:\n  namespace: web # keep\n  content:\n    images:\n      - image: nginx:1.25\n'],
    ['an empty flow list', 'pack:\n  content:\n    images: []\n', 'pack:\n  content:\n    images:\n      - image: nginx:1.25\n'],
    ['an empty file', '', 'pack:\n  content:\n    images:\n      - image: nginx:1.25\n'],
  ])('creates the list from %s', (_name, values, expected) => {
    expect(edit(values, (pack) => addImageToPackValues(pack, 'nginx:1.25'))).toBe(expected)
  })

  it('refuses a non-reference and broken YAML', () => {
    expect(() => edit(LISTED, (pack) => addImageToPackValues(pack, 'Not An Image'))).toThrow(ValuesEditError)
    expect(() => edit('a: [\n', (pack) => addImageToPackValues(pack, 'nginx'))).toThrow(ValuesEditError)
  })
})

describe('replaceImageInPackValues', () => {
  it('replaces the entry naming the image in any spelling, keeping its quoting and the rest', () => {
    expect(edit(LISTED, (pack) => replaceImageInPackValues(pack, 'docker.io/library/busybox:1.36', 'busybox:1.37'))).toBe(LISTED.replace('"busybox:1.36"', '"busybox:1.37"'))
    expect(edit(LISTED, (pack) => replaceImageInPackValues(pack, 'nginx:1.25', 'nginx:1.27'))).toBe(LISTED.replace('nginx:1.25', 'nginx:1.27'))
  })

  it('refuses an image that is not listed', () => {
    expect(() => edit(LISTED, (pack) => replaceImageInPackValues(pack, 'redis:7', 'redis:8'))).toThrow('`pack.content.images` does not list redis:7')
  })
})
