import { DEFAULT_ARCHIVE_LIMITS } from '../archive/archiveLimits'
import { readTarGzEntries } from '../archive/readTarGz'
import { decodeText } from '../text/encoding'
import { parseAllDocumentsWithinDepth } from '../text/yamlNestingDepth'

/** One CRD document a chart ships in a `crds/` folder (its own or an unpacked subchart's). */
export interface ChartCrd {
  /** The file inside the chart archive, such as `mychart/crds/widgets.yaml`. */
  readonly path: string
  readonly value: unknown
}

// Helm installs every YAML file under crds/ (not templated) before the templates, subcharts' too.
const CRD_FILE = /(^|\/)crds\/(?:[^/]+\/)*[^/]+\.(ya?ml|json)$/i
const cache = new WeakMap<Uint8Array, Promise<ChartCrd[]>>()

/** The CRD documents under `crds/` in a chart archive; none when the archive cannot be read (reported elsewhere). */
export function readChartCrds(bytes: Uint8Array): Promise<ChartCrd[]> {
  let pending = cache.get(bytes)
  if (pending === undefined) {
    pending = readCrds(bytes)
    cache.set(bytes, pending)
  }
  return pending
}

async function readCrds(bytes: Uint8Array): Promise<ChartCrd[]> {
  let entries
  try {
    entries = await readTarGzEntries(bytes, 'chart', DEFAULT_ARCHIVE_LIMITS)
  } catch {
    return []
  }
  const crds: ChartCrd[] = []
  for (const entry of entries) {
    if (!CRD_FILE.test(entry.path) || /(^|\/)templates\//.test(entry.path)) continue
    // A file nested past the cap gives no CRDs: toJS recurses per level and would overflow the stack.
    const parsed = parseAllDocumentsWithinDepth(decodeText(entry.bytes), {})
    if (parsed.tooDeep !== undefined) continue
    for (const document of parsed.documents) {
      if (document.errors.length > 0) continue
      const value: unknown = document.toJS({ maxAliasCount: 1000 })
      if (value !== null && value !== undefined) crds.push({ path: entry.path, value })
    }
  }
  return crds
}
