import { makeTarGz } from './archiveFixtures'

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
export function makeChartTgz(fixture: ChartFixture): Promise<Uint8Array> {
  const entries: [string, string][] = []
  if (fixture.chartYaml !== undefined) entries.push(['Chart.yaml', fixture.chartYaml])
  if (fixture.valuesYaml !== undefined) entries.push(['values.yaml', fixture.valuesYaml])
  entries.push(...Object.entries(fixture.files ?? {}))
  return makeTarGz(entries.map(([path, content]) => ({ name: `${fixture.folder}/${path}`, content })))
}

/** A Chart.yaml text for a fixture chart. */
export function chartYaml(name: string, version: string, appVersion?: string): string {
  return `apiVersion: v2\nname: ${name}\nversion: ${version}\n${appVersion ? `appVersion: "${appVersion}"\n` : ''}`
}
