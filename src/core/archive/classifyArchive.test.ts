import { describe, expect, it } from 'vitest'
import { decodeText, encodeText } from '../text/encoding'
import { makeTarGz, makeZip } from '../testing/archiveFixtures'
import { chartYaml, makeChartTgz } from '../testing/chartFixtures'
import { classifyArchive, classifyFolder } from './classifyArchive'
import type { OpenedSource } from './classifyArchive'
import { checkListing } from './packFromEntries'
import { PackReadError } from './packReadError'

function summary(opened: OpenedSource) {
  if (opened.kind === 'helm-chart') return { chart: `${opened.chart.name}@${opened.chart.version}`, fileName: opened.fileName }
  return {
    packs: opened.packs.map((pack) => ({ folder: pack.folderName, files: [...pack.files.keys()] })),
    ignored: opened.ignored,
  }
}

describe('classifyArchive', () => {
  it('reads a single pack under one top folder', async () => {
    const zip = await makeZip([{ name: 'hello-1.0.0/pack.json', content: '{}' }, { name: 'hello-1.0.0/values.yaml', content: 'a: 1\n' }])
    expect(summary(await classifyArchive(zip, 'hello.zip'))).toEqual({ packs: [{ folder: 'hello-1.0.0', files: ['pack.json', 'values.yaml'] }], ignored: [] })
  })

  it('reads a pack whose files sit at the archive root, named after the archive', async () => {
    const tgz = await makeTarGz([{ name: 'pack.json', content: '{}' }, { name: '.DS_Store', content: 'x' }])
    expect(summary(await classifyArchive(tgz, 'flat-pack.tar.gz'))).toEqual({ packs: [{ folder: 'flat-pack', files: ['.DS_Store', 'pack.json'] }], ignored: [] })
  })

  it('splits an archive with several pack folders into packs, ignoring files outside them', async () => {
    const zip = await makeZip([
      { name: 'README.md', content: '# packs' },
      { name: 'alpha/pack.json', content: '{"name":"alpha"}' },
      { name: 'alpha/values.yaml', content: '' },
      { name: 'beta/pack.json', content: '{"name":"beta"}' },
      { name: 'beta/manifests/x.yaml', content: 'kind: Pod\n' },
    ])
    const opened = await classifyArchive(zip, 'two.zip')
    expect(summary(opened)).toEqual({
      packs: [{ folder: 'alpha', files: ['pack.json', 'values.yaml'] }, { folder: 'beta', files: ['manifests/x.yaml', 'pack.json'] }],
      ignored: ['README.md'],
    })
    if (opened.kind !== 'packs') throw new Error('expected packs')
    expect(decodeText(opened.packs[1]?.files.get('pack.json') ?? new Uint8Array())).toBe('{"name":"beta"}')
  })

  it('looks through a wrapping folder for several packs', async () => {
    const tgz = await makeTarGz([{ name: 'repo/packs/a/pack.json', content: '{}' }, { name: 'repo/packs/b/pack.json', content: '{}' }])
    expect(summary(await classifyArchive(tgz, 'repo.tgz'))).toEqual({ packs: [{ folder: 'a', files: ['pack.json'] }, { folder: 'b', files: ['pack.json'] }], ignored: [] })
  })

  it("leaves a macOS zip's __MACOSX/ folder out of the pack", async () => {
    const zip = await makeZip([{ name: 'hello/pack.json', content: '{}' }, { name: '__MACOSX/hello/._pack.json', content: 'x' }])
    expect(summary(await classifyArchive(zip, 'hello.zip'))).toEqual({ packs: [{ folder: 'hello', files: ['pack.json'] }], ignored: ['__MACOSX/hello/._pack.json'] })
  })

  it('keeps junk inside the pack folder, for the linter to report', async () => {
    const zip = await makeZip([{ name: 'hello/pack.json', content: '{}' }, { name: 'hello/.DS_Store', content: 'x' }])
    expect(summary(await classifyArchive(zip, 'hello.zip'))).toEqual({ packs: [{ folder: 'hello', files: ['.DS_Store', 'pack.json'] }], ignored: [] })
  })

  it('recognises a packaged Helm chart', async () => {
    const tgz = await makeChartTgz({ folder: 'nginx', chartYaml: chartYaml('nginx', '1.2.3'), valuesYaml: 'replicas: 1\n', files: { 'templates/d.yaml': 'kind: Deployment\n' } })
    const opened = await classifyArchive(tgz, 'nginx-1.2.3.tgz')
    expect(summary(opened)).toEqual({ chart: 'nginx@1.2.3', fileName: 'nginx-1.2.3.tgz' })
    if (opened.kind !== 'helm-chart') throw new Error('expected a chart')
    expect(opened.bytes).toBe(tgz)
    expect(opened.chart.valuesYaml).toBe('replicas: 1\n')
  })

  it('names a chart uploaded under another extension after Chart.yaml', async () => {
    const tgz = await makeChartTgz({ folder: 'redis', chartYaml: chartYaml('redis', '7.0.0') })
    expect(summary(await classifyArchive(tgz, 'download.tar.gz'))).toEqual({ chart: 'redis@7.0.0', fileName: 'redis-7.0.0.tgz' })
  })

  it('says what is wrong with a broken chart', async () => {
    const tgz = await makeChartTgz({ folder: 'broken', chartYaml: 'name: broken\n' })
    await expect(classifyArchive(tgz, 'broken.tgz')).rejects.toThrow(new PackReadError('broken.tgz', "looks like a Helm chart, but Chart.yaml in 'broken' has no version"))
  })

  it('treats a pack that carries a Chart.yaml as a pack', async () => {
    const tgz = await makeTarGz([{ name: 'p/pack.json', content: '{}' }, { name: 'p/Chart.yaml', content: chartYaml('p', '1.0.0') }])
    expect(summary(await classifyArchive(tgz, 'p.tgz'))).toEqual({ packs: [{ folder: 'p', files: ['Chart.yaml', 'pack.json'] }], ignored: [] })
  })

  it.each([
    [new Uint8Array(), 'x.zip', 'is empty'],
    [encodeText('hello'), 'notes.zip', 'is neither a .zip nor a .tar.gz archive'],
  ])('refuses %s', async (bytes, name, problem) => {
    await expect(classifyArchive(bytes, name)).rejects.toThrow(new PackReadError(name, problem))
  })

  it('refuses a pack folder holding the same path twice', async () => {
    const tgz = await makeTarGz([{ name: 'a/pack.json', content: '{}' }, { name: 'b/pack.json', content: '{}' }, { name: 'b/pack.json', content: '{}' }])
    await expect(classifyArchive(tgz, 'dup.tgz')).rejects.toThrow(new PackReadError('dup.tgz', "holds 'pack.json' more than once"))
  })
})

describe('classifyFolder', () => {
  const entry = (path: string, text = '') => ({ path, bytes: encodeText(text) })

  it('reads a picked folder as its pack', () => {
    expect(summary(classifyFolder('hello', [entry('hello/pack.json', '{}'), entry('hello/manifests/a.yaml')]))).toEqual({
      packs: [{ folder: 'hello', files: ['manifests/a.yaml', 'pack.json'] }],
      ignored: [],
    })
  })

  it('reads a folder of packs as several packs', () => {
    expect(summary(classifyFolder('packs', [entry('packs/a/pack.json'), entry('packs/b/pack.json'), entry('packs/.DS_Store')]))).toEqual({
      packs: [{ folder: 'a', files: ['pack.json'] }, { folder: 'b', files: ['pack.json'] }],
      ignored: ['packs/.DS_Store'],
    })
  })

  it.each([
    [[entry('hello/../etc/passwd')], "entry 'hello/../etc/passwd' escapes the pack folder"],
    [[entry('/abs/pack.json')], "entry '/abs/pack.json' is an absolute path"],
    [[], 'holds no files'],
  ])('refuses hostile or empty input %#', (entries, problem) => {
    expect(() => classifyFolder('hello', entries)).toThrow(new PackReadError('hello', problem))
  })

  it('applies the archive limits', () => {
    expect(() => classifyFolder('big', [entry('big/pack.json', '{}'), entry('big/values.yaml', 'x'.repeat(100))], { maxFileBytes: 10 }))
      .toThrow(new PackReadError('big', "entry 'big/values.yaml' is larger than 10 bytes, the most one pack file may hold"))
  })
})

describe('checkListing', () => {
  it('refuses a folder over the limits from its listing alone', () => {
    const listing = [{ path: 'big/pack.json', size: 2 }, { path: 'big/a', size: 1 }, { path: 'big/b', size: 1 }]
    expect(() => { checkListing('big', listing, { maxEntries: 2 }) }).toThrow(new PackReadError('big', 'has more than 2 entries, the most a pack may have'))
    expect(() => { checkListing('big', [{ path: 'big/disk.img', size: 2 ** 40 }]) }).toThrow(new PackReadError('big', "entry 'big/disk.img' is larger than 64 MiB, the most one pack file may hold"))
    expect(() => { checkListing('big', listing) }).not.toThrow()
  })
})
