import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { lintPack } from '../lint/lintPack'
import { decodeText } from '../text/encoding'
import { readTextFile, setFile } from '../pack/pack'
import { TINY_PNG } from '../testing/packFixtures'
import type { ChartInfo } from './chartInfo'
import { chartDisplayName, chartPack, chartVersionChoices, namespaceFromName } from './chartPack'
import { guessAddonType } from './guessAddonType'
import { makeChartTgz, chartYaml } from '../testing/chartFixtures'
import { inspectChart } from './inspectChart'

const VALUES = '# Default values for web.\nreplicaCount: 1   # how many\n\nimage:\n  repository: nginx\n  tag: "1.27"\n\n# a list\nitems:\n- a\n- b\n'

async function readChart(folder: string, chartYamlText: string, valuesYaml: string | undefined, files: Record<string, string> = {}): Promise<{ fileName: string; bytes: Uint8Array; chart: ChartInfo }> {
  const bytes = await makeChartTgz({ folder, chartYaml: chartYamlText, ...(valuesYaml !== undefined ? { valuesYaml } : {}), files })
  const inspection = await inspectChart(bytes)
  if (!inspection.ok) throw new Error(inspection.problem)
  return { fileName: `${folder}-1.0.0.tgz`, bytes, chart: inspection.chart }
}

/** The lines under `charts.<folder>:` with the nesting indent taken off: what the chart shipped. */
function chartBlock(values: string, folder: string): string {
  const lines = values.split('\n')
  const start = lines.indexOf(`  ${folder}:`)
  const body: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (line !== '' && !line.startsWith('    ')) break
    body.push(line.slice(4))
  }
  return `${body.join('\n').trimEnd()}\n`
}

describe('chartPack', () => {
  it('fills pack.json, values.yaml (defaults byte for byte, images) and README from the chart', async () => {
    const web = await readChart('web', `${chartYaml('Web_Server', '1.0.0', 'v2.3.4')}keywords: [ingress]\nhome: https://web.example.com\n`, VALUES)
    const { pack, notes } = chartPack([web], { version: '2.3.4', addonType: 'ingress', images: ['docker.io/library/nginx:1.27'] })
    expect(notes).toEqual([])
    expect(JSON.parse(readTextFile(pack, 'pack.json') ?? '')).toEqual({
      name: 'web-server', displayName: 'Web Server', version: '2.3.4', layer: 'addon', addonType: 'ingress', cloudTypes: ['all'], charts: ['charts/web-1.0.0.tgz'], annotations: { source: 'community' },
    })
    const values = readTextFile(pack, 'values.yaml') ?? ''
    expect(chartBlock(values, 'web')).toBe(VALUES)
    expect(parse(values)).toMatchObject({ pack: { namespace: 'web-server', content: { images: [{ image: 'docker.io/library/nginx:1.27' }] } }, charts: { web: { replicaCount: 1 } } })
    expect(pack.files.get('charts/web-1.0.0.tgz')).toBe(web.bytes)
    expect(readTextFile(pack, 'README.md')).toContain('https://web.example.com')
  })

  it('puts each chart under its own folder, subchart defaults under their key, and uses the chart README', async () => {
    const api = await readChart('api', chartYaml('api', '1.0.0'), 'port: 80\n', {
      'README.md': '# API chart\n',
      'charts/redis/Chart.yaml': chartYaml('redis', '18.0.0'),
      'charts/redis/values.yaml': 'auth:\n  enabled: true\n',
    })
    const worker = await readChart('worker', chartYaml('worker', '1.0.0'), 'queues: 2\n')
    const { pack } = chartPack([api, worker], { version: '1.0.0', addonType: 'app services', images: [] })
    const values = readTextFile(pack, 'values.yaml') ?? ''
    expect(parse(values)).toMatchObject({ pack: { content: { images: [] } }, charts: { api: { port: 80, redis: { auth: { enabled: true } } }, worker: { queues: 2 } } })
    expect(chartBlock(values, 'api').startsWith('port: 80\n')).toBe(true)
    expect(readTextFile(pack, 'README.md')).toBe('# API chart\n')
    expect(JSON.parse(readTextFile(pack, 'pack.json') ?? '')).toMatchObject({ charts: ['charts/api-1.0.0.tgz', 'charts/worker-1.0.0.tgz'] })
  })

  it('has zero errors in author mode once a logo is added', async () => {
    const web = await readChart('web', chartYaml('web', '1.0.0', '2.0.0'), VALUES)
    const { pack } = chartPack([web], { version: '2.0.0', addonType: 'ingress', images: ['docker.io/library/nginx:1.27'] })
    const withLogo = setFile(pack, 'logo.png', TINY_PNG)
    const errors = (await lintPack(withLogo, { mode: 'author' })).filter((finding) => finding.severity === 'error')
    expect(errors).toEqual([])
    expect((await lintPack(pack, { mode: 'author' })).map((finding) => finding.ruleId)).toContain('files/logo-missing')
  })

  it('starts charts.<folder> empty with a note when the chart values are not a mapping', async () => {
    const odd = await readChart('odd', chartYaml('odd', '1.0.0'), '- a\n- b\n')
    const { pack, notes } = chartPack([odd], { version: '1.0.0', addonType: 'app services', images: [] })
    expect(notes).toEqual(["The default values of odd were not copied (the chart's values.yaml is not a mapping); charts.odd starts empty."])
    expect(parse(readTextFile(pack, 'values.yaml') ?? '')).toMatchObject({ charts: { odd: {} } })
    expect(decodeText(pack.files.get('pack.json') ?? new Uint8Array())).toContain('"odd"')
  })
})

describe('chart pack helpers', () => {
  const base: ChartInfo = { folder: 'x', name: 'kube-state-metrics', version: 'v5.1.0', appVersion: 'v2.10.0', dependencies: [] }

  it('offers the app version first, without a leading v, then the chart version', () => {
    expect(chartVersionChoices(base)).toEqual([{ label: 'the app version (appVersion)', version: '2.10.0' }, { label: 'the chart version', version: '5.1.0' }])
    expect(chartVersionChoices({ ...base, appVersion: '5.1.0' })).toEqual([{ label: 'the app version (appVersion)', version: '5.1.0' }])
  })

  it.each([['Kube_State.Metrics', 'kube-state-metrics'], ['--', 'default'], ['a'.repeat(70), 'a'.repeat(63)]])('makes namespace %s -> %s', (name, namespace) => {
    expect(namespaceFromName(name)).toBe(namespace)
  })

  it('takes the display name from annotations, else title case', () => {
    expect(chartDisplayName(base)).toBe('Kube State Metrics')
    expect(chartDisplayName({ ...base, annotations: { 'catalog.cattle.io/display-name': 'KSM' } })).toBe('KSM')
  })

  it.each([
    [{ keywords: ['prometheus', 'ingress'] }, 'monitoring', 'keyword "prometheus"'],
    [{ annotations: { 'artifacthub.io/category': 'security' }, keywords: ['metrics'] }, 'security', 'annotation artifacthub.io/category: security'],
    [{ name: 'oauth2-proxy' }, 'authentication', 'chart name "oauth2-proxy"'],
    [{ name: 'thing', keywords: ['widgets'] }, 'app services', 'no keyword matched, so the general type'],
  ])('guesses the addonType from %j', (extra, addonType, reason) => {
    expect(guessAddonType({ ...base, name: 'thing', ...extra })).toEqual({ addonType, reason })
  })
})
