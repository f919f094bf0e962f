import { describe, expect, it } from 'vitest'
import { testRenderEngine } from '../testing/renderEngine'
import { DEFAULT_MACRO_SAMPLES, findMacros, replaceMacros } from './paletteMacros'

const engine = testRenderEngine()

describe('Palette macros', () => {
  it('finds each macro action once, leaving other template actions alone', () => {
    expect(findMacros('a: {{ .spectro.system.cluster.name }}\nb: {{.spectro.system.cluster.name}}\nc: {{ .Values.x }}\nd: {{ .spectro.system.cluster.name }}')).toEqual([
      '{{ .spectro.system.cluster.name }}',
      '{{.spectro.system.cluster.name}}',
    ])
  })

  it('replaces plain paths and pipelines with the samples; a macro with no sample becomes empty', async () => {
    const text = [
      'name: {{ .spectro.system.cluster.name }}',
      'minor: {{ .spectro.system.kubernetes.version | substr 0 4 }}',
      'account: "{{.spectro.pack.karpenter.awsAccountNumber}}"',
      'kept: "{{ .Values.clusterPrefix | default \\"spectro1\\" }}"',
    ].join('\n')
    expect(await replaceMacros(text, DEFAULT_MACRO_SAMPLES, engine)).toBe(['name: sample-cluster', 'minor: 1.30', 'account: ""', 'kept: "{{ .Values.clusterPrefix | default \\"spectro1\\" }}"'].join('\n'))
  })

  it('uses the caller samples instead of the defaults', async () => {
    expect(await replaceMacros('k: {{ .spectro.var.token }}', { var: { token: 'abc' } }, engine)).toBe('k: abc')
  })
})
