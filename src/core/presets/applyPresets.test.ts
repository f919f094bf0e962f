import { describe, expect, it } from 'vitest'
import { VALID_PRESETS } from '../testing/presetsFixtures'
import { applyPresetsToValues, listPresets } from './applyPresets'

const VALUES = '# the app\nmanifests:\n  hello-app:\n    replicas: 3 # default\n    image: nginx\n'

describe('listPresets', () => {
  it('lists each preset with its group:name id and display name', () => {
    expect(listPresets(VALID_PRESETS)).toEqual([
      { id: 'Replicas:one', group: 'Replicas', name: 'one', displayName: 'One replica' },
      { id: 'Replicas:two', group: 'Replicas', name: 'two', displayName: 'Two replicas' },
    ])
  })

  it('gives nothing for a file that does not parse or has no list', () => {
    expect(listPresets('presets: [')).toEqual([])
    expect(listPresets('other: 1\n')).toEqual([])
  })
})

describe('applyPresetsToValues', () => {
  it('removes the preset paths, then merges its add fragment, keeping the rest and its comments', () => {
    expect(applyPresetsToValues(VALUES, VALID_PRESETS, ['Replicas:one'])).toBe('# the app\nmanifests:\n  hello-app:\n    image: nginx\n    replicas: 1\n')
  })

  it('merges maps key by key and replaces other values', () => {
    const presets = 'presets:\n  - name: big\n    group: Size\n    remove: []\n    add: |\n      manifests:\n        hello-app:\n          replicas: 5\n          extra: {a: 1}\n'
    expect(applyPresetsToValues(VALUES, presets, ['Size:big'])).toBe('# the app\nmanifests:\n  hello-app:\n    replicas: 5\n    image: nginx\n    extra:\n      a: 1\n')
  })

  it('returns the text unchanged when nothing is chosen, the preset is unknown, or a file does not parse', () => {
    expect(applyPresetsToValues(VALUES, VALID_PRESETS, [])).toBe(VALUES)
    expect(applyPresetsToValues(VALUES, VALID_PRESETS, ['Replicas:none'])).toBe(VALUES)
    expect(applyPresetsToValues(VALUES, 'presets: [', ['Replicas:one'])).toBe(VALUES)
    expect(applyPresetsToValues('a: [', VALID_PRESETS, ['Replicas:one'])).toBe('a: [')
  })
})
