import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { ociDigest, orasPushManifest } from './orasManifest'

describe('orasPushManifest', () => {
  it('digests the empty config as the spec records it', async () => {
    expect(await ociDigest(new TextEncoder().encode('{}'))).toBe('sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a')
  })

  it('writes the ORAS 1.0.0 manifest for a pack archive, compact and in Go field order', async () => {
    const archive = new TextEncoder().encode('pretend this is a tar.gz')
    const push = await orasPushManifest(archive, 'hello-app-1.0.0.tar.gz', new Date('2026-11-24T13:05:37.123Z'))
    const sha = createHash('sha256').update(archive).digest('hex')
    expect(push.manifest).toBe(
      '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",' +
        '"config":{"mediaType":"application/vnd.unknown.config.v1+json","digest":"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a","size":2},' +
        `"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar","digest":"sha256:${sha}","size":${archive.length},` +
        '"annotations":{"org.opencontainers.image.title":"hello-app-1.0.0.tar.gz"}}],' +
        '"annotations":{"org.opencontainers.image.created":"2026-11-24T13:05:37Z"}}',
    )
    expect(push.layerDigest).toBe(`sha256:${sha}`)
    expect(push.manifestDigest).toBe(`sha256:${createHash('sha256').update(push.manifest).digest('hex')}`)
  })
})
