import { formatBytes } from './archiveLimits'
import type { ArchiveLimits } from './archiveLimits'
import { quoteEntryName } from './entryPath'
import { PackReadError } from './packReadError'

/** Counts entries and bytes while an archive is read, and stops the read as soon as a limit is passed. */
export class EntryBudget {
  private entries = 0
  private totalBytes = 0

  private readonly archive: string
  private readonly limits: ArchiveLimits

  constructor(archive: string, limits: ArchiveLimits) {
    this.archive = archive
    this.limits = limits
  }

  /** Counts one more entry (file or folder). */
  countEntry(): void {
    this.entries += 1
    if (this.entries > this.limits.maxEntries) {
      throw new PackReadError(this.archive, `has more than ${this.limits.maxEntries} entries, the most a pack may have`)
    }
  }

  /** Throws when an entry's size (declared or counted so far) is over the per-file or total cap. */
  check(raw: string, bytes: number): void {
    if (bytes > this.limits.maxFileBytes) {
      throw new PackReadError(this.archive, `entry ${quoteEntryName(raw)} is larger than ${formatBytes(this.limits.maxFileBytes)}, the most one pack file may hold`)
    }
    if (this.totalBytes + bytes > this.limits.maxTotalBytes) {
      throw new PackReadError(this.archive, `unpacks to more than ${formatBytes(this.limits.maxTotalBytes)}, the most a pack may hold`)
    }
  }

  /** Adds a fully read file to the total. */
  addFile(raw: string, bytes: number): void {
    this.check(raw, bytes)
    this.totalBytes += bytes
  }
}
