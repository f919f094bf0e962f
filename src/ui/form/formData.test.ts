import { describe, expect, it } from 'vitest'
import type { RJSFSchema } from '@rjsf/utils'
import { mergeFormData, withFollowingFields } from './formData'

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

describe('withFollowingFields', () => {
  it('drops addonType and addonSubType when the layer leaves addon', () => {
    const current = { name: 'a', layer: 'addon', addonType: 'ingress', addonSubType: 'x' }
    expect(withFollowingFields(current, { ...current, layer: 'k8s' })).toEqual({ name: 'a', layer: 'k8s' })
  })

  it('keeps addonType on the addon layer, and on a pack that never was addon', () => {
    const addon = { layer: 'addon', addonType: 'ingress' }
    expect(withFollowingFields(addon, { ...addon, addonType: 'logging' })).toEqual({ layer: 'addon', addonType: 'logging' })
    const odd = { layer: 'k8s', addonType: 'ingress' }
    expect(withFollowingFields(odd, { ...odd, version: '1.0.1' })).toEqual({ layer: 'k8s', addonType: 'ingress', version: '1.0.1' })
  })

  it('lets a starter display name follow a rename', () => {
    expect(withFollowingFields({ name: 'my-app', displayName: 'My App' }, { name: 'web-proxy', displayName: 'My App' })).toEqual({ name: 'web-proxy', displayName: 'Web Proxy' })
    expect(withFollowingFields({ name: 'my-app', displayName: 'Mine' }, { name: 'web-proxy', displayName: 'Mine' })).toEqual({ name: 'web-proxy', displayName: 'Mine' })
  })
})
