import { isMap, isScalar } from 'yaml'
import { formatYamlKey, ValuesEditError, valuesHasKey } from './valuesEdit'
import { parseDocumentWithinDepth } from '../text/parseYamlWithinDepth'

const indentLines = (body: string, indent: string) => body.split('\n').map((line) => (line === '' ? line : `${indent}${line}`)).join('\n')
const withNewline = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`)

/**
 * Adds `manifests.<name>` holding `body` (YAML text of a mapping) to values.yaml, by inserting text, so
 * every other line and comment stays as written. Unchanged when the key exists; a `ValuesEditError`
 * when values.yaml is broken or `manifests` is not a mapping.
 */
export function addManifestValues(text: string, name: string, body: string): string {
  const document = parseDocumentWithinDepth(text)
  if (document.errors.length > 0) throw new ValuesEditError('values.yaml is not valid YAML')
  if (valuesHasKey(text, ['manifests', name])) return text
  const entry = (indent: string) => `${indent}${formatYamlKey(name)}:\n${indentLines(body, `${indent}  `)}\n`
  const root = document.contents
  if (root === null || (isScalar(root) && root.value === null)) return `${withNewline(text)}manifests:\n${entry('  ')}`
  if (!isMap(root)) throw new ValuesEditError('values.yaml is not a mapping')
  const pair = root.items.find((item) => isScalar(item.key) && item.key.value === 'manifests')
  if (pair === undefined) return `${withNewline(text)}manifests:\n${entry('  ')}`
  const value = pair.value
  const keyEnd = isScalar(pair.key) ? pair.key.range[1] : undefined
  if (keyEnd === undefined) throw new ValuesEditError('manifests could not be located in values.yaml')
  if ((value === null || (isScalar(value) && value.value === null)) || (isMap(value) && value.flow === true && value.items.length === 0)) {
    // `manifests:` with nothing (or `{}`) after it: the entry goes on the next lines.
    const valueRange = isMap(value) ? value.range : undefined
    const before = valueRange ? text.slice(0, valueRange[0]).replace(/[ \t]+$/, '') : text.slice(0, keyEnd + 1)
    const rest = valueRange ? text.slice(valueRange[1]) : text.slice(keyEnd + 1)
    const lineEnd = rest.indexOf('\n')
    const head = `${before}${lineEnd === -1 ? rest : rest.slice(0, lineEnd)}\n`
    return `${head}${entry('  ')}${lineEnd === -1 ? '' : rest.slice(lineEnd + 1)}`
  }
  const first = isMap(value) && value.flow !== true ? value.items[0] : undefined
  const firstKeyStart = first !== undefined && isScalar(first.key) ? first.key.range[0] : undefined
  const end = isMap(value) ? value.range[1] : undefined
  if (firstKeyStart === undefined || end === undefined) throw new ValuesEditError('manifests in values.yaml is not a block mapping')
  const indent = ' '.repeat(firstKeyStart - (text.lastIndexOf('\n', firstKeyStart - 1) + 1))
  const at = end
  return `${withNewline(text.slice(0, at))}${entry(indent)}${text.slice(at)}`
}
