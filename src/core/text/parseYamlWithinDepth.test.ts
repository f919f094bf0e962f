import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { listedContentImages } from '../chart/checkImages'
import { addImageToPackValues } from '../images/packImagesEdit'
import { createPack } from '../pack/pack'
import { encodeText } from './encoding'
import { listPresets } from '../presets/applyPresets'
import { addContentImage } from '../values/contentImagesEdit'
import { addManifestValues } from '../values/addManifestValues'
import { schemaFromDefaultValues } from '../values/chartValuesSchema'
import { removeValuesKey, setChartDefaultValues, valuesHasKey } from '../values/valuesEdit'
import { parseDocumentWithinDepth, parseWithinDepth } from './parseYamlWithinDepth'

// A values.yaml whose second line nests 20,000 lists deep: yaml's composer recursed per level and
// overflowed the stack ("Maximum call stack size exceeded") in every edit below.
const DEEP = `pack:\n  x: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`
const TOO_DEEP = 'line 2: it nests lists and objects more than 256 levels deep, the most a pack file may nest; it is not read any further'

describe('parseDocumentWithinDepth and parseWithinDepth', () => {
  it('read a file within the cap as yaml does', () => {
    const text = 'a:\n  b: [1, 2]\n'
    expect(parseDocumentWithinDepth(text).toJS()).toEqual(parseDocument(text).toJS())
    expect(parseWithinDepth(text)).toEqual({ a: { b: [1, 2] } })
  })

  it('give a file past the cap one YAML error at its line, or throw it, instead of overflowing the stack', () => {
    const document = parseDocumentWithinDepth(DEEP)
    expect(document.errors.map((error) => error.message)).toEqual([TOO_DEEP])
    expect(document.contents).toBeNull()
    expect(() => parseWithinDepth(DEEP)).toThrow(TOO_DEEP)
  })
})

describe('edits and checks of a values.yaml nested past the cap', () => {
  it.each([
    ['valuesHasKey', () => valuesHasKey(DEEP, ['pack', 'x']), false],
    ['listedContentImages', () => listedContentImages(DEEP), []],
    ['schemaFromDefaultValues', () => schemaFromDefaultValues(DEEP), { type: ['object', 'null'] }],
    ['listPresets', () => listPresets(DEEP), []],
  ])('%s reads it as unreadable YAML', (_name, run, expected) => {
    expect(run()).toEqual(expected)
  })

  it.each([
    ['addManifestValues', () => addManifestValues(DEEP, 'app', 'a: 1'), 'values.yaml is not valid YAML'],
    ['removeValuesKey', () => removeValuesKey(DEEP, ['pack', 'x']), `values.yaml is not valid YAML: ${TOO_DEEP}`],
    ['addContentImage', () => addContentImage(DEEP, 'nginx:1.27'), `values.yaml is not valid YAML: ${TOO_DEEP}`],
    ['setChartDefaultValues (the chart\'s values)', () => setChartDefaultValues('charts: {}\n', 'app', DEEP), `the chart's values.yaml is not valid YAML: ${TOO_DEEP}`],
    ['addImageToPackValues', () => addImageToPackValues(createPack('p', [['values.yaml', encodeText(DEEP)]]), 'nginx:1.27'), `values.yaml is not valid YAML: ${TOO_DEEP}`],
  ])('%s refuses it with the YAML error', (_name, run, message) => {
    expect(run).toThrow(message)
  })
})
