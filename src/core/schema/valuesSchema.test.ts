import Ajv from 'ajv'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { VALUES_SCHEMA } from './valuesSchema'
import type { JsonSchema } from './valuesSchema'

const validate = new Ajv({ strict: false, allErrors: true }).compile(VALUES_SCHEMA)

function errorsOf(yamlText: string): string[] {
  validate(parse(yamlText))
  return (validate.errors ?? []).map((error) => error.instancePath)
}

function everyProperty(schema: JsonSchema, path = ''): [string, JsonSchema][] {
  const own = Object.entries(schema.properties ?? {}).flatMap(([key, child]) => [[`${path}.${key}`, child] as [string, JsonSchema], ...everyProperty(child, `${path}.${key}`)])
  const items = schema.items ? everyProperty(schema.items, `${path}[]`) : []
  return [...own, ...items]
}

describe('VALUES_SCHEMA', () => {
  it('gives every property a title and a description for hover text', () => {
    const missing = everyProperty(VALUES_SCHEMA).filter(([, child]) => !child.title || !child.description).map(([path]) => path)
    expect(missing).toEqual([])
  })

  it.each([
    ['a complete pack section', 'pack:\n  namespace: "my-app"\n  spectrocloud.com/install-priority: "-10"\n  releaseNameOverride:\n    app: rel\n  content:\n    images:\n      - image: ghcr.io/a/b:1\n    charts:\n      - repo: https://x\n        name: app\n        version: 1.2.3\ncharts:\n  app:\n    replicas: 1\nreadinessCheck: {}\n'],
    ['an empty file', ''],
    ['a file without pack', 'charts:\n  app: {}\n'],
    ['additionalNamespaces as a string', 'pack:\n  additionalNamespaces: "extra"\n'],
    ['additionalNamespaces as a list', 'pack:\n  additionalNamespaces: [one, two]\n'],
  ])('accepts %s', (_name, text) => {
    expect(errorsOf(text)).toEqual([])
  })

  it.each([
    ['an invalid namespace', 'pack:\n  namespace: My_App\n', '/pack/namespace'],
    ['a namespace longer than 63', `pack:\n  namespace: ${'a'.repeat(64)}\n`, '/pack/namespace'],
    ['an unquoted install priority', 'pack:\n  spectrocloud.com/install-priority: 30\n', '/pack/spectrocloud.com~1install-priority'],
    ['a non-integer install priority', 'pack:\n  spectrocloud.com/install-priority: "high"\n', '/pack/spectrocloud.com~1install-priority'],
    ['an image entry without image', 'pack:\n  content:\n    images:\n      - name: x\n', '/pack/content/images/0'],
    ['an empty image', 'pack:\n  content:\n    images:\n      - image: ""\n', '/pack/content/images/0/image'],
    ['a non-string label value', 'pack:\n  namespaceLabels:\n    ns: 3\n', '/pack/namespaceLabels/ns'],
    ['charts as a list', 'charts:\n  - a\n', '/charts'],
  ])('rejects %s', (_name, text, pointer) => {
    expect(errorsOf(text)).toContain(pointer)
  })
})
