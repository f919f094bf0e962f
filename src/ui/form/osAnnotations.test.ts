import { describe, expect, it } from 'vitest'
import { OS_ANNOTATION_SETS } from '../../core'
import { withOsAnnotations } from './osAnnotations'

describe('withOsAnnotations', () => {
  it("adds every key of the cloud's set, keeps existing values and other keys, and targets that cloud only", () => {
    const next = withOsAnnotations({ name: 'os', cloudTypes: ['all'], annotations: { osName: 'ubuntu', custom: 'x' } }, 'azure')
    expect(next.cloudTypes).toEqual(['azure'])
    const annotations = next.annotations as Record<string, string>
    expect(annotations.osName).toBe('ubuntu')
    expect(annotations.custom).toBe('x')
    for (const spec of OS_ANNOTATION_SETS.azure) expect(annotations).toHaveProperty(spec.key)
    expect(next.name).toBe('os')
  })

  it('starts keys with their safe default, or empty', () => {
    const annotations = withOsAnnotations({}, 'aws').annotations as Record<string, string>
    for (const spec of OS_ANNOTATION_SETS.aws) expect(annotations[spec.key]).toBe(spec.default ?? '')
  })
})

describe('withOsAnnotations when switching clouds', () => {
  it("drops another cloud's empty keys and keeps what the user typed", () => {
    const aws = withOsAnnotations({}, 'aws')
    const typed = { ...aws, annotations: { ...(aws.annotations as Record<string, string>), imageOwner: '421085264799' } }
    const annotations = withOsAnnotations(typed, 'azure').annotations as Record<string, string>
    expect(annotations).not.toHaveProperty('imageId')
    expect(annotations).not.toHaveProperty('cloudRegion')
    expect(annotations.imageOwner).toBe('421085264799')
    for (const spec of OS_ANNOTATION_SETS.azure) expect(annotations).toHaveProperty(spec.key)
  })
})
