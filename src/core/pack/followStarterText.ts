import { readTextFile, README_MD, setTextFile, VALUES_YAML } from './pack'
import type { Pack } from './pack'
import { starterDisplayName, starterNamespaceLine, starterValuesHeader } from './starterPack'

/** The pack.json fields starter text is made from. */
export interface StarterIdentity {
  readonly name: unknown
  readonly displayName: unknown
}

/**
 * The display name after a rename: while it is still what the old name produced (`my-app` ->
 * `My App`), it follows the new name; once the user has typed their own, it stays.
 */
export function followDisplayName(before: StarterIdentity, after: StarterIdentity): unknown {
  const { name: oldName } = before
  const { name: newName } = after
  if (typeof oldName !== 'string' || typeof newName !== 'string' || oldName === newName) return after.displayName
  if (after.displayName !== before.displayName || before.displayName !== starterDisplayName(oldName)) return after.displayName
  return starterDisplayName(newName)
}

/**
 * Rewrites the starter text made from the pack's name and display name (values.yaml's first comment
 * and `pack.namespace`, README.md's title) when it still reads exactly as the starter wrote it for the
 * old ones. Text the user has edited is left alone; the files are otherwise kept byte for byte.
 */
export function followStarterText(pack: Pack, before: StarterIdentity, after: StarterIdentity): Pack {
  let result = pack
  if (typeof before.name === 'string' && typeof after.name === 'string' && before.name !== after.name && after.name !== '') {
    const from = before.name
    const to = after.name
    let topLevelKey = ''
    result = replaceLines(result, VALUES_YAML, (line, index) => {
      if (index === 0 && line === starterValuesHeader(from)) return starterValuesHeader(to)
      if (/^[^\s#]/.test(line)) topLevelKey = line
      // Only the namespace directly under `pack:`; the same line under another key is someone else's.
      return topLevelKey === 'pack:' && line === starterNamespaceLine(from) ? starterNamespaceLine(to) : line
    })
  }
  if (typeof before.displayName === 'string' && typeof after.displayName === 'string' && before.displayName !== after.displayName && after.displayName !== '') {
    const from = `# ${before.displayName}`
    const to = `# ${after.displayName}`
    result = replaceLines(result, README_MD, (line, index) => (index === 0 && line === from ? to : line))
  }
  return result
}

function replaceLines(pack: Pack, path: string, replace: (line: string, index: number) => string): Pack {
  const text = readTextFile(pack, path)
  if (text === undefined) return pack
  const lines = text.split('\n')
  const next = lines.map(replace)
  return next.every((line, index) => line === lines[index]) ? pack : setTextFile(pack, path, next.join('\n'))
}
