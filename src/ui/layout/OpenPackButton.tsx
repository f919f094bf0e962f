import { useRef } from 'react'
import { filesOf } from '../files/fileList'
import { MenuButton } from './MenuButton'
import { sourcesOfPickedFiles } from '../open/openSource'
import type { PackOpener } from '../open/usePackOpener'

/** "Open ▾": a pack archive (.zip, .tar.gz, or a chart .tgz) or a pack folder (or a folder of packs). */
export function OpenPackButton({ opener }: { readonly opener: PackOpener }) {
  const archiveInput = useRef<HTMLInputElement>(null)
  const folderInput = useRef<HTMLInputElement>(null)
  const onPicked = (input: HTMLInputElement) => {
    const files = filesOf(input.files)
    input.value = ''
    if (files.length > 0) void opener.open(sourcesOfPickedFiles(files))
  }
  return (
    <>
      <MenuButton
        label="Open"
        menuLabel="Open"
        entries={[
          { label: 'Pack archive (.zip, .tar.gz)…', onSelect: () => archiveInput.current?.click() },
          { label: 'Pack folder…', onSelect: () => folderInput.current?.click() },
        ]}
      />
      <input
        ref={archiveInput}
        type="file"
        multiple
        accept=".zip,.tar.gz,.tgz,application/zip,application/gzip"
        aria-label="Pack archive to open"
        hidden
        onChange={(event) => { onPicked(event.target) }}
      />
      <input
        ref={folderInput}
        type="file"
        // React 19 passes unknown lowercase attributes through; the value must be a string.
        {...{ webkitdirectory: '' }}
        aria-label="Pack folder to open"
        hidden
        onChange={(event) => { onPicked(event.target) }}
      />
    </>
  )
}
