import { describe, expect, it } from 'vitest'
import type { Finding } from '../lint/types'
import { combineFindings } from './combineFindings'

function imageFinding(ruleId: string, image: string, file = 'values.yaml'): Finding {
  return { ruleId, severity: 'warning', file, message: `${ruleId} ${image}`, fixes: [{ ruleId, fixId: 'add-image', title: `Add ${image}`, safe: false, args: { image } }] }
}

const other: Finding = { ruleId: 'pack-json/name-required', severity: 'error', file: 'pack.json', message: 'name is required' }

describe('combineFindings', () => {
  it('drops lint\'s guess for an image the render check reports deployed and unlisted', () => {
    const lint = [other, imageFinding('pack-values/chart-image-unlisted', 'docker.io/library/nginx:1.27'), imageFinding('pack-values/chart-image-unlisted', 'quay.io/x/sidecar:2')]
    const rendered = [imageFinding('rendered/image-not-listed', 'docker.io/library/nginx:1.27', 'charts/web-1.0.0.tgz')]
    expect(combineFindings(lint, rendered).map((finding) => finding.message)).toEqual([
      'name is required',
      'pack-values/chart-image-unlisted quay.io/x/sidecar:2',
      'rendered/image-not-listed docker.io/library/nginx:1.27',
    ])
  })

  it('keeps every lint finding when nothing was rendered', () => {
    const lint = [other, imageFinding('pack-values/chart-image-unlisted', 'docker.io/library/nginx:1.27')]
    expect(combineFindings(lint, [])).toEqual(lint)
  })
})
