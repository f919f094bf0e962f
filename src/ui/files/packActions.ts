import { readTextFile, removeFile, renameFile, setFile, setTextFile, VALUES_YAML } from '../../core/pack/pack'
import { syncPackJsonFileLists } from '../../core/pack/packJsonEdit'
import { starterManifest, STARTER_MANIFEST_VALUES } from '../../core/pack/starterPack'
import { addManifestValues } from '../../core/values/addManifestValues'
import { removeValuesKey, renameValuesKey, setChartDefaultValues, ValuesEditError } from '../../core/values/valuesEdit'
import type { Pack } from '../../core'
import type { PackStore } from '../state/packStore'
import { manifestNameOf, manifestPath } from './manifestName'

/** Starter texts for the optional files the tree can add. */
const OPTIONAL_FILE_STARTERS: Readonly<Record<string, string>> = {
  'README.md': '# My pack\n\nWhat this pack installs, and how to configure it.\n',
  'presets.yaml': 'presets: []\n',
  'schema.yaml': '# Checks and UI hints for values, keyed by dotted path, for example:\n# pack.namespace:\n#   schema: \'{{ required | format "${string}" }}\'\n',
}

/** A pack after an action, with a note for the user when values.yaml could not follow. */
export interface PackEdit {
  readonly pack: Pack
  readonly note?: string
}

/** Changes values.yaml's text, when the pack has one; a broken or clashing values.yaml is left alone. */
function updateValues(pack: Pack, edit: (text: string) => string): PackEdit {
  const text = readTextFile(pack, VALUES_YAML)
  if (text === undefined) return { pack }
  try {
    return { pack: setTextFile(pack, VALUES_YAML, edit(text)) }
  } catch (error) {
    if (error instanceof ValuesEditError) return { pack, note: `values.yaml was left as it is: ${error.message}.` }
    throw error
  }
}

/** Applies an action to the store's pack and returns its note, if any. */
export function applyPackEdit(store: PackStore, action: (pack: Pack) => PackEdit): string | undefined {
  let note: string | undefined
  store.updatePack((pack) => {
    const edit = action(pack)
    note = edit.note
    return edit.pack
  })
  return note
}

/** Adds `manifests/<name>.yaml` with a starter Deployment, lists it in pack.json and gives it its values. */
export function addManifest(pack: Pack, name: string): PackEdit {
  const added = syncPackJsonFileLists(setTextFile(pack, manifestPath(name), starterManifest(name)))
  return updateValues(added, (text) => addManifestValues(text, name, STARTER_MANIFEST_VALUES))
}

/** Renames a manifest file; pack.json's list and values.yaml's `manifests.<name>` key follow. */
export function renameManifest(pack: Pack, from: string, newName: string): PackEdit {
  const folder = from.slice(0, from.lastIndexOf('/') + 1)
  const to = `${folder}${newName}.yaml`
  const renamed = syncPackJsonFileLists(renameFile(pack, from, to))
  return updateValues(renamed, (text) => renameValuesKey(text, ['manifests'], manifestNameOf(from), newName))
}

/** Adds (or replaces) a chart archive under charts/ and lists it in pack.json. */
export function addChart(pack: Pack, fileName: string, bytes: Uint8Array): Pack {
  return syncPackJsonFileLists(setFile(pack, `charts/${fileName}`, bytes))
}

/** Removes a file; pack.json's manifest and chart lists follow. */
export function deletePackFile(pack: Pack, path: string): Pack {
  return syncPackJsonFileLists(removeFile(pack, path))
}

/** Removes a chart archive and, when asked, its `charts.<folder>` values. */
export function removeChart(pack: Pack, path: string, valuesFolder?: string): PackEdit {
  const removed = deletePackFile(pack, path)
  return valuesFolder === undefined ? { pack: removed } : updateValues(removed, (text) => removeValuesKey(text, ['charts', valuesFolder]))
}

/** Adds an optional file (README.md, presets.yaml, schema.yaml) with its starter text. */
export function addOptionalFile(pack: Pack, path: string): Pack {
  if (pack.files.has(path)) return pack
  return setTextFile(pack, path, OPTIONAL_FILE_STARTERS[path] ?? '')
}

/** Puts a chart's own default values under `charts.<folder>` in values.yaml; replaces them only when asked. */
export function putChartDefaultValues(pack: Pack, folder: string, chartValuesYaml: string, overwrite: boolean): PackEdit {
  return updateValues(pack, (text) => setChartDefaultValues(text, folder, chartValuesYaml, { overwrite }))
}

/** Deletes a manifest (pack.json's list follows) and, when asked, its `manifests.<name>` values. */
export function deleteManifest(pack: Pack, path: string, removeValues: boolean): PackEdit {
  const removed = deletePackFile(pack, path)
  return removeValues ? updateValues(removed, (text) => removeValuesKey(text, ['manifests', manifestNameOf(path)])) : { pack: removed }
}
