import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import type { Pack } from '../../src/core'
import { bytesEqual } from '../../src/core'

/** Lists every regular file below a directory as relative POSIX paths. */
export async function listFiles(root: string): Promise<string[]> {
  const found: string[] = []
  const walk = async (directory: string): Promise<void> => {
    for (const entry of await readdir(directory, { withFileTypes: true })) {
      const full = join(directory, entry.name)
      if (entry.isDirectory()) await walk(full)
      else found.push(relative(root, full).split(sep).join('/'))
    }
  }
  await walk(root)
  return found.sort()
}

/** True when a command-line tool is on the PATH. */
export function hasTool(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/**
 * Writes an archive, extracts it with the system's own tool (tar or unzip), and compares the
 * extracted files with the pack's files. Returns the differences (empty when identical).
 */
export async function extractWithSystemTool(pack: Pack, archive: Uint8Array, kind: 'zip' | 'tar.gz', topFolder: string): Promise<string[]> {
  const workDir = await mkdtemp(join(tmpdir(), 'pack-builder-corpus-'))
  try {
    const archivePath = join(workDir, `archive.${kind}`)
    await writeFile(archivePath, archive)
    const outDir = join(workDir, 'out')
    execFileSync('mkdir', ['-p', outDir])
    if (kind === 'tar.gz') execFileSync('tar', ['xzf', archivePath, '-C', outDir], { stdio: 'pipe' })
    else execFileSync('unzip', ['-q', archivePath, '-d', outDir], { stdio: 'pipe' })
    const tops = await readdir(outDir)
    if (tops.length !== 1 || tops[0] !== topFolder) return [`${kind}: expected one top folder ${topFolder}, found ${tops.join(', ')}`]
    const extractedRoot = join(outDir, topFolder)
    const extracted = await listFiles(extractedRoot)
    const expected = [...pack.files.keys()].sort()
    const problems: string[] = []
    if (extracted.join('\n') !== expected.join('\n')) problems.push(`${kind}: file list differs`)
    for (const path of expected) {
      const original = pack.files.get(path)
      if (!original || !extracted.includes(path)) continue
      const bytes = new Uint8Array(await readFile(join(extractedRoot, path)))
      if (!bytesEqual(original, bytes)) problems.push(`${kind}: ${path} differs after extraction`)
    }
    return problems
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}
