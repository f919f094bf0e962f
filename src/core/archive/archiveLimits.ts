/** Caps that keep a hostile archive from exhausting memory. Sizes are uncompressed bytes. */
export interface ArchiveLimits {
  /** Sum of all file sizes. */
  readonly maxTotalBytes: number
  /** Size of one file. */
  readonly maxFileBytes: number
  /** Number of entries, folders included. */
  readonly maxEntries: number
  /**
   * Uncompressed / compressed. Checked for entries over {@link RATIO_CHECK_MIN_BYTES}
   * and for the whole archive once it has produced that much.
   */
  readonly maxCompressionRatio: number
}

const MIB = 1024 * 1024

/** Below this many uncompressed bytes the compression ratio is not checked: small text compresses well. */
const RATIO_CHECK_MIN_BYTES = MIB

/** Limits that fit any real pack (the largest corpus pack is a few tens of MiB). */
export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxTotalBytes: 256 * MIB,
  maxFileBytes: 64 * MIB,
  maxEntries: 10_000,
  maxCompressionRatio: 200,
}

/** The default limits with some of them overridden. */
export function resolveArchiveLimits(overrides: Partial<ArchiveLimits> = {}): ArchiveLimits {
  return { ...DEFAULT_ARCHIVE_LIMITS, ...overrides }
}

/** The most a compressed stream of `compressedBytes` may expand to under the ratio cap. */
export function ratioCap(compressedBytes: number, limits: ArchiveLimits): number {
  return Math.max(RATIO_CHECK_MIN_BYTES, compressedBytes * limits.maxCompressionRatio)
}

/** Formats a byte count for a message: `64 MiB`, `1.5 KiB`, `12 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= MIB) return `${round(bytes / MIB)} MiB`
  if (bytes >= 1024) return `${round(bytes / 1024)} KiB`
  return `${bytes} bytes`
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1)
}
