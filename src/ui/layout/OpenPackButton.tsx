import { useRef } from 'react'
import { inspectChart, PackReadError, readPackArchive } from '../../core'
import { useChartPackStart } from '../chartPack/useChartPackStart'
import { readFileBytes } from '../browser/readFileBytes'
import { usePackStore } from '../state/usePackStore'

/** Why an archive could not be opened: the archive's name, the file inside it (if any) and the problem. */
export interface OpenFailure {
  readonly archive: string
  readonly file: string | undefined
  readonly message: string
}

/** "Open pack…": reads a .zip or .tar.gz with the core reader and replaces the draft. */
export function OpenPackButton({ onFailure }: { readonly onFailure: (failure: OpenFailure | undefined) => void }) {
  const store = usePackStore()
  const inputRef = useRef<HTMLInputElement>(null)
  const fromChart = useChartPackStart()
  const open = async (file: File) => {
    try {
      const bytes = await readFileBytes(file)
      // A Helm chart where a pack was expected: offer to make a pack from it instead.
      if ((await inspectChart(bytes)).ok) {
        onFailure(undefined)
        await fromChart.start([file])
        return
      }
      const pack = await readPackArchive(bytes, file.name)
      store.replacePack(pack, 'import')
      onFailure(undefined)
    } catch (error) {
      onFailure(error instanceof PackReadError
        ? { archive: file.name, file: error.file === file.name ? undefined : error.file, message: error.problem }
        : { archive: file.name, file: undefined, message: error instanceof Error ? error.message : String(error) })
    }
  }
  return (
    <>
      <button type="button" className="button" onClick={() => inputRef.current?.click()}>Open pack…</button>
      <input
        ref={inputRef}
        type="file"
        accept=".zip,.tar.gz,.tgz,application/zip,application/gzip"
        aria-label="Pack archive to open"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void open(file)
        }}
      />
      {fromChart.dialog}
    </>
  )
}
