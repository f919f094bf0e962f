import type { FastGunzip } from '../archive/gunzipCapped'
import { inspectChart } from '../chart/inspectChart'
import type { ChartInspection } from '../chart/chartInfo'
import { inspectLogo } from '../logo/inspectLogo'
import { parseJsonView } from '../pack/jsonView'
import { LOGO_PNG, PACK_JSON, VALUES_YAML } from '../pack/pack'
import type { Pack } from '../pack/pack'
import { parseYamlFileView, parseYamlView } from '../pack/yamlView'
import type { LintContext, LintMode } from './types'
import { isPlainObject } from '../data/isPlainObject'
import { decodeText } from '../text/encoding'

const chartCache = new WeakMap<Uint8Array, Promise<ChartInspection>>()

/** Inspects a chart once per distinct bytes, so editing values.yaml never re-reads the charts. */
function inspectChartOnce(bytes: Uint8Array, gunzip: FastGunzip | undefined): Promise<ChartInspection> {
  let pending = chartCache.get(bytes)
  if (!pending) {
    pending = inspectChart(bytes, gunzip ? { gunzip } : {})
    chartCache.set(bytes, pending)
  }
  return pending
}

/** What the host lends the views: a faster gunzip for the charts (the CLI: Node's zlib). */
export interface LintContextOptions {
  readonly gunzip?: FastGunzip
}

/** Builds the read-only views every rule shares. Charts are read asynchronously, once per bytes. */
export async function createLintContext(pack: Pack, mode: LintMode, options: LintContextOptions = {}): Promise<LintContext> {
  const chartPaths = [...pack.files.keys()].filter((path) => path.toLowerCase().endsWith('.tgz'))
  const inspections = await Promise.all(
    chartPaths.map(async (path) => [path, await inspectChartOnce(pack.files.get(path) ?? new Uint8Array(), options.gunzip)] as const),
  )
  // Several rules read the same manifest as text: each file is decoded once per context.
  const texts = new Map<string, string>()
  const packJsonBytes = pack.files.get(PACK_JSON)
  const packJson = packJsonBytes ? parseJsonView(packJsonBytes) : undefined
  const top = packJson?.value
  const valuesBytes = pack.files.get(VALUES_YAML)
  const logoBytes = pack.files.get(LOGO_PNG)
  return {
    pack,
    mode,
    packJson,
    packJsonObject: isPlainObject(top) ? top : undefined,
    values: valuesBytes ? parseYamlView(valuesBytes) : undefined,
    charts: new Map(inspections),
    logo: logoBytes ? inspectLogo(logoBytes) : undefined,
    text(path) {
      const cached = texts.get(path)
      if (cached !== undefined) return cached
      const bytes = pack.files.get(path)
      if (!bytes) return undefined
      const text = decodeText(bytes)
      texts.set(path, text)
      return text
    },
    yaml(path) {
      const bytes = pack.files.get(path)
      return bytes ? parseYamlView(bytes) : undefined
    },
    yamlFile(path) {
      const bytes = pack.files.get(path)
      return bytes ? parseYamlFileView(bytes) : undefined
    },
  }
}

