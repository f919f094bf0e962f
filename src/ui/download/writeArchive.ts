import { zipSync } from 'fflate'
import { archiveBaseName } from '../../core/archive/archiveBaseName'
import { writePackTarGz } from '../../core/archive/writePackTarGz'
import { writePackZip } from '../../core/archive/writePackZip'
import { createPack } from '../../core/pack/pack'
import type { ArchiveJob, EditedPackJob, PackFiles } from './archiveProtocol'

/** An archive written for a job, with the base name its file gets (no extension). */
export interface WrittenArchive {
  readonly bytes: Uint8Array
  readonly baseName: string
}

const packOf = (files: PackFiles) => createPack(files.folderName, files.files)

/** Names made unique by a counter: two drafts of the same pack version both get into the bundle. */
function uniqueName(taken: Set<string>, base: string, extension: string): string {
  let name = base + extension
  for (let count = 2; taken.has(name); count += 1) name = `${base} (${count})${extension}`
  taken.add(name)
  return name
}

/**
 * Writes the archive a job asks for (an edited-pack job is resolved against the worker's held files
 * first). Pure (no DOM), so it runs in the archive worker and in unit tests alike; the worker keeps
 * the page responsive while a 20 MB pack is compressed.
 */
export async function writeArchive(job: Exclude<ArchiveJob, EditedPackJob>): Promise<WrittenArchive> {
  switch (job.kind) {
    case 'pack': {
      const pack = packOf(job.pack)
      const bytes = job.format === 'zip' ? await writePackZip(pack) : await writePackTarGz(pack)
      return { bytes, baseName: archiveBaseName(pack) }
    }
    case 'bundle': {
      const entries: Record<string, Uint8Array> = {}
      const taken = new Set<string>()
      for (const member of job.members) {
        if (member.kind === 'pack') {
          const pack = packOf(member.pack)
          entries[uniqueName(taken, archiveBaseName(pack), '.zip')] = await writePackZip(pack)
        } else {
          const folder = uniqueName(taken, member.folder, '')
          for (const [path, bytes] of member.files) entries[`${folder}/${path}`] = bytes
        }
      }
      // The members are archives, compressed already: store them as they are.
      return { bytes: zipSync(entries, { level: 0 }), baseName: 'pack-builder-drafts' }
    }
    case 'raw-zip': {
      const entries: Record<string, Uint8Array> = {}
      for (const [path, bytes] of job.files) entries[path] = bytes
      return { bytes: zipSync(entries), baseName: 'raw-files' }
    }
  }
}
