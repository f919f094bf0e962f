import { describe, expect, it } from 'vitest'
import { makeTarGz, makeZip } from '../testing/archiveFixtures'
import { encodeText } from '../text/encoding'
import { detectArchiveFormat, folderNameOf, readPackArchive } from './readPackArchive'

const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes)

describe('readPackArchive', () => {
  it('reads a .tar.gz with one top folder, strips it and names the pack after it', async () => {
    const tgz = await makeTarGz([
      { name: 'hello-universe-pack/', type: 'directory' },
      { name: 'hello-universe-pack/values.yaml', content: 'pack: {}\n' },
      { name: 'hello-universe-pack/manifests/', type: 'directory' },
      { name: 'hello-universe-pack/manifests/hello.yaml', content: 'kind: Pod\n' },
      { name: 'hello-universe-pack/pack.json', content: '{"name":"hello"}' },
    ])
    const pack = await readPackArchive(tgz, 'hello-1.0.0.tar.gz')
    expect(pack.folderName).toBe('hello-universe-pack')
    expect([...pack.files.keys()]).toEqual(['manifests/hello.yaml', 'pack.json', 'values.yaml'])
    expect(text(pack.files.get('pack.json'))).toBe('{"name":"hello"}')
  })

  it('reads a flat .zip and names the pack after the file', async () => {
    const zip = await makeZip([{ name: 'pack.json', content: '{}' }, { name: 'manifests/a.yaml', content: 'a: 1\n' }])
    const pack = await readPackArchive(zip, 'downloads/my-pack.zip')
    expect(pack.folderName).toBe('my-pack')
    expect([...pack.files.keys()]).toEqual(['manifests/a.yaml', 'pack.json'])
  })

  it('normalises ./ prefixes written by `tar -czf x.tgz .`', async () => {
    const tgz = await makeTarGz([{ name: './', type: 'directory' }, { name: './pack.json', content: '{}' }, { name: './values.yaml', content: '' }])
    const pack = await readPackArchive(tgz, 'flat.tgz')
    expect(pack.folderName).toBe('flat')
    expect([...pack.files.keys()]).toEqual(['pack.json', 'values.yaml'])
  })

  it('reads long paths stored with the ustar prefix or pax headers', async () => {
    const deep = `p/${'a'.repeat(90)}/${'b'.repeat(90)}/values.yaml`
    const wide = `p/${'c'.repeat(150)}.yaml`
    const pack = await readPackArchive(await makeTarGz([{ name: deep, content: '1' }, { name: wide, content: '2' }, { name: 'p/ünïcødé.yaml', content: '3' }]), 'p.tgz')
    expect([...pack.files.keys()]).toEqual([deep.slice(2), wide.slice(2), 'ünïcødé.yaml'])
  })

  it('keeps bytes exactly, including invalid UTF-8 and a BOM', async () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x00, 0x0d, 0x0a])
    const pack = await readPackArchive(await makeZip([{ name: 'x/bin', content: bytes }]), 'x.zip')
    expect(pack.files.get('bin')).toEqual(bytes)
  })

  it('detects the format by magic bytes, not by the extension', async () => {
    const zip = await makeZip([{ name: 'p/pack.json', content: '{}' }])
    const pack = await readPackArchive(zip, 'misnamed.tar.gz')
    expect([...pack.files.keys()]).toEqual(['pack.json'])
  })
})

describe('detectArchiveFormat', () => {
  it.each([
    [[0x50, 0x4b, 0x03, 0x04], 'zip'],
    [[0x50, 0x4b, 0x05, 0x06], 'zip'],
    [[0x1f, 0x8b, 0x08], 'tar.gz'],
    [[0x50, 0x4b], undefined],
    [[...encodeText('{"name":1}')], undefined],
    [[], undefined],
  ])('%j is %s', (bytes, format) => {
    expect(detectArchiveFormat(Uint8Array.from(bytes))).toBe(format)
  })
})

describe('folderNameOf', () => {
  it.each([
    ['wordpress-6.4.3.tar.gz', 'wordpress-6.4.3'],
    ['C:\\Users\\me\\pack.ZIP', 'pack'],
    ['dir/chart.tgz', 'chart'],
    ['.zip', 'pack'],
  ])('%s gives %s', (fileName, folder) => {
    expect(folderNameOf(fileName)).toBe(folder)
  })
})
