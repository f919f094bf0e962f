import { describe, expect, it } from 'vitest'
import type { Finding } from '../lint/types'
import type { EngineError } from './engineApi'
import { engineErrorFinding } from './engineFindings'

const chartPlace = { file: 'charts/app-1.0.0.tgz' }
const manifestPlace = { file: 'manifests/app.yaml', manifestTemplate: 'manifest/templates/app.yaml' }

const cases: Array<[string, EngineError, { file: string; manifestTemplate?: string }, Finding]> = [
  [
    'a required value, in a chart',
    {
      kind: 'input',
      template: 'app/templates/secret.yaml',
      line: 4,
      column: 12,
      message: 'auth.password is required',
      helmMessage: 'execution error at (app/templates/secret.yaml:4:12): auth.password is required',
      raw: 'template: app/templates/secret.yaml:4:12: executing "app/templates/secret.yaml" at <required "auth.password is required" .Values.auth.password>: error calling required: HELM_ERR_STARTauth.password is requiredHELM_ERR_END',
    },
    chartPlace,
    {
      ruleId: 'render/input-needed',
      severity: 'warning',
      file: 'charts/app-1.0.0.tgz',
      message: 'app/templates/secret.yaml:4:12: auth.password is required (value auth.password)',
      hint: 'Set the value under this chart in values.yaml, or expose it to users in presets or schema.yaml.',
    },
  ],
  [
    'a nil pointer on a missing parent value',
    {
      kind: 'exec',
      template: 'app/templates/deploy.yaml',
      line: 9,
      column: 20,
      message: 'executing "app/templates/deploy.yaml" at <.Values.image.tag>: nil pointer evaluating interface {}.tag',
      helmMessage: 'template: app/templates/deploy.yaml:9:20: executing "app/templates/deploy.yaml" at <.Values.image.tag>: nil pointer evaluating interface {}.tag',
    },
    chartPlace,
    {
      ruleId: 'render/input-needed',
      severity: 'warning',
      file: 'charts/app-1.0.0.tgz',
      message: 'app/templates/deploy.yaml:9:20: the template reads .Values.image.tag, but .Values.image is not set',
      hint: 'Set image in values.yaml (a mapping holding tag).',
    },
  ],
  [
    'a parse error in a manifest, placed at its line',
    { kind: 'parse', template: 'manifest/templates/app.yaml', line: 3, message: 'unexpected "}" in operand', helmMessage: 'parse error at (manifest/templates/app.yaml:3): unexpected "}" in operand' },
    manifestPlace,
    { ruleId: 'render/template-error', severity: 'error', file: 'manifests/app.yaml', line: 3, message: 'the template does not parse: unexpected "}" in operand' },
  ],
  [
    'an execution error in a chart partial',
    { kind: 'exec', template: 'app/templates/_helpers.tpl', line: 2, column: 3, message: 'error calling index: index out of range: 1', helmMessage: 'x' },
    chartPlace,
    { ruleId: 'render/template-error', severity: 'error', file: 'charts/app-1.0.0.tgz', message: 'app/templates/_helpers.tpl:2:3: error calling index: index out of range: 1' },
  ],
  [
    'a timeout',
    { kind: 'timeout', message: 'rendering took longer than 60 s and was stopped', helmMessage: 'rendering took longer than 60 s and was stopped' },
    chartPlace,
    {
      ruleId: 'render/timeout',
      severity: 'error',
      file: 'charts/app-1.0.0.tgz',
      message: 'rendering took longer than 60 s and was stopped',
      hint: 'Look for a template that loops without end (`range`, `until`) or includes itself.',
    },
  ],
  [
    'a chart the engine cannot take',
    { kind: 'chart', message: 'cannot load Chart.yaml of app: error converting YAML to JSON', helmMessage: 'x' },
    chartPlace,
    { ruleId: 'render/chart-unrenderable', severity: 'error', file: 'charts/app-1.0.0.tgz', message: 'cannot load Chart.yaml of app: error converting YAML to JSON' },
  ],
]

describe('engineErrorFinding (render/template-error, render/input-needed, render/timeout, render/chart-unrenderable)', () => {
  it.each(cases)('%s', (_name, error, place, expected) => {
    expect(engineErrorFinding(error, place)).toEqual(expected)
  })
})
