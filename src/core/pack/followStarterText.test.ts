import { describe, expect, it } from 'vitest'
import { decodeText, encodeText } from '../text/encoding'
import { followDisplayName, followStarterText } from './followStarterText'
import { createPack, readTextFile } from './pack'
import { starterPackFiles } from './starterPack'

function starterPack(name?: string) {
  return createPack('', Object.entries(starterPackFiles('manifest', name === undefined ? {} : { name })).map(([path, text]) => [path, encodeText(text)] as const))
}

describe('followDisplayName', () => {
  it.each([
    ['follows a rename while it is the starter one', { name: 'my-app', displayName: 'My App' }, { name: 'nginx-ingress', displayName: 'My App' }, 'Nginx Ingress'],
    ['stays when the user typed their own', { name: 'my-app', displayName: 'Custom' }, { name: 'nginx', displayName: 'Custom' }, 'Custom'],
    ['stays when it changes in the same edit', { name: 'my-app', displayName: 'My App' }, { name: 'nginx', displayName: 'Other' }, 'Other'],
    ['stays when the name did not change', { name: 'my-app', displayName: 'My App' }, { name: 'my-app', displayName: 'My App' }, 'My App'],
    ['stays when a name is not text', { name: 3, displayName: 'My App' }, { name: 'nginx', displayName: 'My App' }, 'My App'],
  ])('%s', (_label, before, after, expected) => {
    expect(followDisplayName(before, after)).toBe(expected)
  })
})

describe('followStarterText', () => {
  it('rewrites the starter values comment, pack.namespace and README title', () => {
    const original = starterPack()
    const renamed = followStarterText(original, { name: 'my-app', displayName: 'My App' }, { name: 'nginx', displayName: 'Nginx' })
    const values = readTextFile(renamed, 'values.yaml') ?? ''
    expect(values.split('\n').slice(0, 4)).toEqual([
      '# Values of the nginx pack. Users can override them in their cluster profile.',
      '',
      'pack:',
      '  # Namespace Palette installs the pack into; it is created when missing.',
    ])
    expect(values).toContain('\n  namespace: "nginx"\n')
    expect(readTextFile(renamed, 'README.md')?.split('\n')[0]).toBe('# Nginx')
    // Everything else stays byte for byte.
    expect(values.replace('nginx pack.', 'my-app pack.').replace('"nginx"', '"my-app"')).toBe(readTextFile(starterPack(), 'values.yaml'))
    expect(renamed.files.get('manifests/my-app.yaml')).toBe(original.files.get('manifests/my-app.yaml'))
  })

  it('leaves text the user edited alone', () => {
    const pack = createPack('', [
      ['values.yaml', encodeText('# My own comment\npack:\n  namespace: "kube-system"\nother:\n  namespace: "my-app"\n')],
      ['README.md', encodeText('# My App and friends\n')],
    ])
    const renamed = followStarterText(pack, { name: 'my-app', displayName: 'My App' }, { name: 'nginx', displayName: 'Nginx' })
    expect(renamed).toBe(pack)
    expect(decodeText(renamed.files.get('values.yaml') ?? new Uint8Array())).toContain('other:\n  namespace: "my-app"')
  })

  it('does nothing when neither field changed or the new one is empty', () => {
    const pack = starterPack()
    expect(followStarterText(pack, { name: 'my-app', displayName: 'My App' }, { name: 'my-app', displayName: 'My App' })).toBe(pack)
    expect(followStarterText(pack, { name: 'my-app', displayName: 'My App' }, { name: '', displayName: '' })).toBe(pack)
  })
})
