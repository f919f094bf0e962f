import { describe, expect, it } from 'vitest'
import type { RJSFSchema } from '@rjsf/utils'
import { mergeFormData } from './formData'

const SCHEMA: RJSFSchema = { type: 'object', properties: { name: { type: 'string' }, eol: { type: 'string' }, annotations: { type: 'object' }, kubeManifests: { type: 'array' } } }

describe('mergeFormData', () => {
  it('takes schema fields from the form and keeps unknown keys and file lists from the file', () => {
    const current = { name: 'a', commit_msg: 'keep me', kubeManifests: ['manifests/a.yaml'], eol: '2030-01-01' }
    const form = { name: 'b', commit_msg: 'changed by form', kubeManifests: [] }
    expect(mergeFormData(current, form, SCHEMA)).toEqual({ name: 'b', commit_msg: 'keep me', kubeManifests: ['manifests/a.yaml'] })
  })

  it('does not add empty objects the form created on its own, but keeps ones the file had', () => {
    expect(mergeFormData({ name: 'a' }, { name: 'a', annotations: {} }, SCHEMA)).toEqual({ name: 'a' })
    expect(mergeFormData({ name: 'a', annotations: {} }, { name: 'a', annotations: {} }, SCHEMA)).toEqual({ name: 'a', annotations: {} })
  })
})
