import { gzipSync } from 'fflate'
import { pack as tarPack } from 'tar-stream'
import { encodeText } from '../text/encoding'

/** What goes into a generated Helm chart archive. */
export interface ChartFixture {
  /** The top folder inside the .tgz (what `helm package` names after Chart.yaml `name`). */
  readonly folder: string
  readonly chartYaml?: string
  readonly valuesYaml?: string
  /** Extra files, by path inside the top folder. */
  readonly files?: Readonly<Record<string, string>>
}

/** Builds a .tgz the way `helm package` lays one out: a single top folder with Chart.yaml. */
export async function makeChartTgz(fixture: ChartFixture): Promise<Uint8Array> {
  const archive = tarPack()
  const entries: [string, string][] = []
  if (fixture.chartYaml !== undefined) entries.push(['Chart.yaml', fixture.chartYaml])
  if (fixture.valuesYaml !== undefined) entries.push(['values.yaml', fixture.valuesYaml])
  entries.push(...Object.entries(fixture.files ?? {}))
  const chunks: Uint8Array[] = []
  const done = new Promise<void>((resolve, reject) => {
    archive.on('data', (chunk: unknown) => {
      if (chunk instanceof Uint8Array) chunks.push(chunk)
    })
    archive.on('end', () => { resolve() })
    archive.on('error', reject)
  })
  for (const [path, text] of entries) {
    archive.entry({ name: `${fixture.folder}/${path}`, mtime: new Date(0), mode: 0o644 }, encodeText(text))
  }
  archive.finalize()
  await done
  const tar = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    tar.set(chunk, offset)
    offset += chunk.length
  }
  return gzipSync(tar, { mtime: 0 })
}

/** A Chart.yaml text for a fixture chart. */
export function chartYaml(name: string, version: string, appVersion?: string): string {
  return `apiVersion: v2\nname: ${name}\nversion: ${version}\n${appVersion ? `appVersion: "${appVersion}"\n` : ''}`
}
