import { describe, expect, it } from 'vitest'
import type { ChartInfo } from './chartInfo'
import { checkImagesAgainstCharts, listedContentImages } from './checkImages'

const chart: ChartInfo = { folder: 'app', name: 'app', version: '1.0.0', dependencies: [], valuesYaml: 'image:\n  repository: org/app\n  tag: "1.0"\nsidecar:\n  image: busybox:1.36\n' }

describe('checkImagesAgainstCharts', () => {
  it('lists chart images the pack lacks and listed images no chart names, comparing full references', () => {
    expect(checkImagesAgainstCharts(['docker.io/org/app:1.0', 'old/thing:0.1'], [chart])).toEqual({
      missing: [{ image: 'docker.io/library/busybox:1.36', sources: ['values: sidecar.image'] }],
      unnamed: ['old/thing:0.1'],
    })
    expect(checkImagesAgainstCharts(['org/app:1.0', 'busybox:1.36'], [chart])).toEqual({ missing: [], unnamed: [] })
  })

  it('reads the listed images from values.yaml, and none from broken or odd values', () => {
    expect(listedContentImages('pack:\n  content:\n    images:\n      - image: a:1\n      - other: x\n      - image: 3\n')).toEqual(['a:1'])
    expect(listedContentImages('pack: [\n')).toEqual([])
    expect(listedContentImages('pack:\n  content:\n    images: nope\n')).toEqual([])
  })
})
