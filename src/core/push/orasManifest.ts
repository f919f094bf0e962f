/** The media types and empty config ORAS v1.0.0 uses for a file pushed without options (spec 4.2, R17). */
export const OCI_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json'
export const ORAS_CONFIG_MEDIA_TYPE = 'application/vnd.unknown.config.v1+json'
export const ORAS_LAYER_MEDIA_TYPE = 'application/vnd.oci.image.layer.v1.tar'
/** ORAS 1.0.0's config blob is the two bytes `{}`. */
const ORAS_EMPTY_CONFIG = new Uint8Array([0x7b, 0x7d])

/** An OCI content digest (`sha256:<hex>`) of some bytes. */
export async function ociDigest(bytes: Uint8Array): Promise<string> {
  // A copy: digest wants bytes backed by a plain ArrayBuffer, which a view of shared memory is not.
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)))
  return `sha256:${[...hash].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`
}

/** What `oras push <ref> <file>` (v1.0.0) sends for one pack archive. */
export interface OrasPush {
  /** The manifest bytes exactly as ORAS 1.0.0 serialises them (Go's encoding/json, compact). */
  readonly manifest: string
  readonly manifestDigest: string
  readonly layerDigest: string
  readonly layerSize: number
}

/**
 * The image manifest ORAS v1.0.0 pushes for `<name>-<version>.tar.gz` (spec section 4.2, R17): the
 * empty `{}` config of type application/vnd.unknown.config.v1+json, one layer of type
 * application/vnd.oci.image.layer.v1.tar titled with the file name, and the creation time. Palette
 * is documented against this exact shape, so other registry clients can push the same artifact.
 */
export async function orasPushManifest(archive: Uint8Array, fileName: string, created: Date): Promise<OrasPush> {
  const layerDigest = await ociDigest(archive)
  // Field order and compact output follow Go's json.Marshal of ocispec.Manifest, as ORAS 1.0.0 writes it.
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST_MEDIA_TYPE,
    config: { mediaType: ORAS_CONFIG_MEDIA_TYPE, digest: await ociDigest(ORAS_EMPTY_CONFIG), size: ORAS_EMPTY_CONFIG.length },
    layers: [{ mediaType: ORAS_LAYER_MEDIA_TYPE, digest: layerDigest, size: archive.length, annotations: { 'org.opencontainers.image.title': fileName } }],
    annotations: { 'org.opencontainers.image.created': created.toISOString().replace(/\.\d{3}Z$/, 'Z') },
  })
  return { manifest, manifestDigest: await ociDigest(new TextEncoder().encode(manifest)), layerDigest, layerSize: archive.length }
}
