import { describe, expect, it } from 'vitest'
import { addManifestValues } from './addManifestValues'

const BODY = 'replicas: 1\nport: 80'

describe('addManifestValues', () => {
  it('adds the entry after the last manifest, keeping comments and the rest', () => {
    const text = '# top\npack:\n  namespace: a\nmanifests:\n  # the web app\n  web:\n    a: 1 # one\n  # dangling\nother: 1\n'
    expect(addManifestValues(text, 'db', BODY)).toBe(
      '# top\npack:\n  namespace: a\nmanifests:\n  # the web app\n  web:\n    a: 1 # one\n  db:\n    replicas: 1\n    port: 80\n  # dangling\nother: 1\n',
    )
  })

  it('follows the indentation the file uses', () => {
    expect(addManifestValues('manifests:\n    web:\n        a: 1\n', 'db', 'x: 1')).toBe('manifests:\n    web:\n        a: 1\n    db:\n      x: 1\n')
  })

  it('creates manifests: when missing, and handles files without a final newline', () => {
    expect(addManifestValues('pack:\n  namespace: a', 'db', 'x: 1')).toBe('pack:\n  namespace: a\nmanifests:\n  db:\n    x: 1\n')
    expect(addManifestValues('', 'db', 'x: 1')).toBe('manifests:\n  db:\n    x: 1\n')
    expect(addManifestValues('manifests:\n  web:\n    a: 1', 'db', 'x: 1')).toBe('manifests:\n  web:\n    a: 1\n  db:\n    x: 1\n')
  })

  it('fills an empty manifests: or manifests: {}', () => {
    expect(addManifestValues('manifests:\nother: 1\n', 'db', 'x: 1')).toBe('manifests:\n  db:\n    x: 1\nother: 1\n')
    expect(addManifestValues('manifests: {} # none yet\nother: 1\n', 'db', 'x: 1')).toBe('manifests: # none yet\n  db:\n    x: 1\nother: 1\n')
  })

  it('leaves an existing key alone and refuses broken or odd files', () => {
    const text = 'manifests:\n  db:\n    x: 2\n'
    expect(addManifestValues(text, 'db', 'x: 1')).toBe(text)
    expect(() => addManifestValues('manifests: [\n', 'db', 'x: 1')).toThrow(/not valid YAML/)
    expect(() => addManifestValues('- a\n', 'db', 'x: 1')).toThrow(/not a mapping/)
    expect(() => addManifestValues('manifests: {web: {}}\n', 'db', 'x: 1')).toThrow(/block mapping/)
  })
})
