import { describe, expect, it } from 'vitest'
import { parseJsonView } from './jsonView'
import { parseYamlView } from './yamlView'
import { encodeText } from '../text/encoding'

describe('parseJsonView', () => {
  it('maps a JSON pointer to the line of its key', () => {
    const view = parseJsonView(encodeText('{\n  "name": "a",\n  "cloudTypes": [\n    "all",\n    "aws"\n  ]\n}\n'))
    expect(view.errors).toEqual([])
    expect(view.locate('/name')).toEqual({ line: 2, column: 3 })
    expect(view.locate('/cloudTypes/1')).toEqual({ line: 5, column: 5 })
    expect(view.locate('/missing')).toEqual({ line: 1, column: 1 })
  })

  it('reports a trailing comma with its line', () => {
    const view = parseJsonView(encodeText('{\n  "a": "b",\n}\n'))
    expect(view.value).toBeUndefined()
    expect(view.errors[0]?.position.line).toBe(3)
  })
})

describe('parseYamlView', () => {
  it('maps a JSON pointer to the line of a YAML key', () => {
    const view = parseYamlView(encodeText('pack:\n  namespace: x\n  content:\n    images:\n      - image: a\n'))
    expect(view.locate('/pack/namespace')).toEqual({ line: 2, column: 3 })
    expect(view.locate('/pack/content/images/0')).toEqual({ line: 5, column: 9 })
  })

  it('reports a syntax error with its line', () => {
    const view = parseYamlView(encodeText('a: 1\nb: [\n'))
    expect(view.value).toBeUndefined()
    expect(view.errors[0]?.position.line).toBeGreaterThanOrEqual(2)
  })
})
