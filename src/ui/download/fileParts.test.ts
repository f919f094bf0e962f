import { describe, expect, it } from 'vitest'
import type { FilePart } from './archiveProtocol'
import { SLICE_BYTES, filePartsOf, postFileParts } from './fileParts'

/** Puts parts back together as the archive worker does. */
function assemble(parts: readonly FilePart[]): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>()
  for (const part of parts) {
    const bytes = files.get(part.path) ?? new Uint8Array(part.total)
    bytes.set(part.bytes, part.offset)
    files.set(part.path, bytes)
  }
  return files
}

/** Byte-for-byte equality without a deep-equality diff over megabytes. */
function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a !== undefined && a.length === b.length && a.every((byte, index) => byte === b[index])
}

describe('filePartsOf', () => {
  it('cuts a file into slices with buffers of their own that put back together give the same bytes', () => {
    const bytes = Uint8Array.from({ length: 10 }, (_, index) => index)
    const parts = [...filePartsOf('charts/a.tgz', bytes, 4)]
    expect(parts.map((part) => [part.offset, part.bytes.length, part.total])).toEqual([[0, 4, 10], [4, 4, 10], [8, 2, 10]])
    // Each slice is a copy: transferring it detaches nothing the pack holds.
    expect(parts.every((part) => part.bytes.buffer !== bytes.buffer && part.bytes.byteLength === part.bytes.buffer.byteLength)).toBe(true)
    expect(assemble(parts).get('charts/a.tgz')).toEqual(bytes)
  })

  it('sends an empty file as one empty part', () => {
    expect([...filePartsOf('empty.yaml', new Uint8Array(0))]).toEqual([{ kind: 'file-part', path: 'empty.yaml', total: 0, offset: 0, bytes: new Uint8Array(0) }])
  })
})

describe('postFileParts', () => {
  it('posts every slice transferred and gives the thread back between slices', async () => {
    const big = new Uint8Array(2 * SLICE_BYTES + 3)
    for (let index = 0; index < big.length; index++) big[index] = index % 251
    const small = Uint8Array.of(1, 2, 3)
    const posted: { part: FilePart; transfer: Transferable[]; timersRun: number }[] = []
    let timersRun = 0
    const ticking = setInterval(() => { timersRun += 1 }, 0)
    await postFileParts({ postMessage: (part, transfer) => { posted.push({ part, transfer, timersRun }) } }, [['charts/big.tgz', big], ['values.yaml', small]])
    clearInterval(ticking)
    expect(posted.map(({ part }) => [part.path, part.offset])).toEqual([['charts/big.tgz', 0], ['charts/big.tgz', SLICE_BYTES], ['charts/big.tgz', 2 * SLICE_BYTES], ['values.yaml', 0]])
    expect(posted.every(({ part, transfer }) => transfer.length === 1 && transfer[0] === part.bytes.buffer)).toBe(true)
    // A macrotask ran between the first and the second slice: no task copies more than one slice.
    expect((posted[1]?.timersRun ?? 0) > (posted[0]?.timersRun ?? 0)).toBe(true)
    const files = assemble(posted.map(({ part }) => part))
    expect(sameBytes(files.get('charts/big.tgz'), big)).toBe(true)
    expect(sameBytes(files.get('values.yaml'), small)).toBe(true)
  })
})
