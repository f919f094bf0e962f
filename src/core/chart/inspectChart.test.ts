import { describe, expect, it } from 'vitest'
import { gzipSync } from 'fflate'
import { makeTarGz } from '../testing/archiveFixtures'
import { chartYaml, makeChartTgz } from '../testing/chartFixtures'
import { encodeText } from '../text/encoding'
import { inspectChart } from './inspectChart'

describe('inspectChart', () => {
  it('reads the top folder, Chart.yaml and values.yaml', async () => {
    const tgz = await makeChartTgz({
      folder: 'wordpress',
      chartYaml: [
        'apiVersion: v2',
        'name: wordpress',
        'version: 19.4.3',
        'appVersion: "6.4.3"',
        'description: Web publishing platform',
        'dependencies:',
        '  - name: mariadb',
        '    version: 14.x.x',
        '    repository: oci://registry-1.docker.io/bitnamicharts',
        '  - name: common',
        '    version: 2.x.x',
        '  - not-a-dependency',
        '',
      ].join('\n'),
      valuesYaml: 'replicaCount: 1\n',
      files: { 'templates/deployment.yaml': 'kind: Deployment\n', 'charts/mariadb/Chart.yaml': chartYaml('mariadb', '14.1.4') },
    })
    expect(await inspectChart(tgz)).toEqual({
      ok: true,
      chart: {
        folder: 'wordpress',
        name: 'wordpress',
        version: '19.4.3',
        appVersion: '6.4.3',
        description: 'Web publishing platform',
        dependencies: [
          { name: 'mariadb', version: '14.x.x', repository: 'oci://registry-1.docker.io/bitnamicharts' },
          { name: 'common', version: '2.x.x' },
        ],
        valuesYaml: 'replicaCount: 1\n',
      },
    })
  })

  it('reads keywords, annotations, home, sources, README, .Chart.AppVersion use and subcharts (unpacked and packaged)', async () => {
    const packagedSub = await makeChartTgz({ folder: 'redis', chartYaml: chartYaml('redis', '18.0.0', '7.2.0'), valuesYaml: 'image:\n  repository: bitnami/redis\n' })
    const tgz = await makeChartTgz({
      folder: 'app',
      chartYaml: [
        'name: app', 'version: 1.0.0', 'home: https://app.example.com', 'sources: [https://github.com/org/app]', 'keywords: [monitoring, 3]',
        'annotations:', '  artifacthub.io/images: "- image: org/app:1.0"', '  count: 3', 'dependencies:', '  - name: postgresql', '    alias: db', '',
      ].join('\n'),
      valuesYaml: 'a: 1\n',
      files: {
        'README.md': '# App\n',
        'templates/deployment.yaml': 'image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"\n',
        'charts/postgresql/Chart.yaml': chartYaml('postgresql', '13.0.0', '16.1.0'),
        'charts/postgresql/values.yaml': 'image:\n  tag: ""\n',
        'charts/postgresql/templates/sts.yaml': 'image: "org/pg:{{ .Values.image.tag | default (printf "v%s" .Chart.AppVersion) }}"\n',
        'charts/nothing/Chart.yaml': chartYaml('nothing', '1.0.0'),
      },
    })
    const withNested = await makeTarGz([{ name: 'app/Chart.yaml', content: 'name: app\nversion: 1.0.0\n' }, { name: 'app/charts/redis-18.0.0.tgz', content: packagedSub }])
    expect(await inspectChart(tgz)).toEqual({
      ok: true,
      chart: {
        folder: 'app', name: 'app', version: '1.0.0', home: 'https://app.example.com', sources: ['https://github.com/org/app'], keywords: ['monitoring', '3'],
        annotations: { 'artifacthub.io/images': '- image: org/app:1.0' },
        dependencies: [{ name: 'postgresql', version: '', alias: 'db' }],
        valuesYaml: 'a: 1\n', readme: '# App\n', templatesUseAppVersion: true, templateValueKeys: ['image'],
        subcharts: [{ name: 'postgresql', valuesYaml: 'image:\n  tag: ""\n', appVersion: '16.1.0', templatesUseAppVersion: true, appVersionTagPrefix: 'v' }],
      },
    })
    expect(await inspectChart(withNested)).toMatchObject({ ok: true, chart: { subcharts: [{ name: 'redis', appVersion: '7.2.0', valuesYaml: 'image:\n  repository: bitnami/redis\n' }] } })
  })

  it('keys the chart by its folder, not its name (ambassador ships ingress-ambassador/)', async () => {
    const result = await inspectChart(await makeChartTgz({ folder: 'ingress-ambassador', chartYaml: chartYaml('ambassador', '6.6.0') }))
    expect(result).toMatchObject({ ok: true, chart: { folder: 'ingress-ambassador', name: 'ambassador' } })
    expect(result.ok && result.chart.valuesYaml).toBe(undefined)
  })

  it('reads a chart tarred from inside its folder (./Chart.yaml), keyed by its name', async () => {
    const tgz = await makeTarGz([{ name: './', type: 'directory' }, { name: './Chart.yaml', content: chartYaml('consul', '1.3.0') }, { name: './values.yaml', content: 'a: 1\n' }])
    expect(await inspectChart(tgz)).toMatchObject({ ok: true, chart: { folder: 'consul', name: 'consul', version: '1.3.0', valuesYaml: 'a: 1\n' } })
  })

  it('reads an unquoted number version as text', async () => {
    const result = await inspectChart(await makeChartTgz({ folder: 'x', chartYaml: 'name: x\nversion: 1.5\n' }))
    expect(result).toMatchObject({ ok: true, chart: { version: '1.5' } })
  })

  it.each([
    ['not gzip', () => Promise.resolve(encodeText('apiVersion: v2')), /not gzip-compressed/],
    ['gzip but not tar', () => Promise.resolve(gzipSync(encodeText('hello '.repeat(200)))), /not a valid tar archive/],
    ['truncated', async () => (await makeChartTgz({ folder: 'x', chartYaml: chartYaml('x', '1.0.0') })).subarray(0, 40), /cut off/],
    ['no Chart.yaml', async () => makeChartTgz({ folder: 'x', valuesYaml: 'a: 1\n' }), /no Chart\.yaml in its top folder 'x'/],
    ['several top folders', async () => makeTarGz([{ name: 'a/Chart.yaml', content: chartYaml('a', '1.0.0') }, { name: 'b/Chart.yaml', content: chartYaml('b', '1.0.0') }]), /several top folders \(a, b\)/],
    ['loose files and no Chart.yaml', async () => makeTarGz([{ name: 'values.yaml', content: 'a: 1' }]), /outside a top folder/],
    ['no name', async () => makeChartTgz({ folder: 'x', chartYaml: 'version: 1.0.0\n' }), /Chart\.yaml in 'x' has no name/],
    ['no version', async () => makeChartTgz({ folder: 'x', chartYaml: 'name: x\n' }), /Chart\.yaml in 'x' has no version/],
    ['a list for Chart.yaml', async () => makeChartTgz({ folder: 'x', chartYaml: '- a\n- b\n' }), /has no name/],
    ['invalid YAML', async () => makeChartTgz({ folder: 'x', chartYaml: 'name: [x\n' }), /Chart\.yaml in 'x' is not valid YAML/],
    ['a symlink', async () => makeTarGz([{ name: 'x/Chart.yaml', content: chartYaml('x', '1.0.0') }, { name: 'x/l', type: 'symlink', linkname: '/etc' }]), /is a symbolic link/],
    ['an empty file', () => Promise.resolve(new Uint8Array()), /not gzip-compressed/],
  ])('explains %s', async (_label, build, problem) => {
    const result = await inspectChart(await build())
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.problem).toMatch(problem)
  })
})
