import { forwardRef } from 'react'
import { filesOf } from '../files/fileList'

/** A hidden picker for chart archives (.tgz), several at once. */
export const ChartFileInput = forwardRef<HTMLInputElement, { readonly label: string; readonly onPick: (files: File[]) => void }>(function ChartFileInput({ label, onPick }, ref) {
  return (
    <input
      ref={ref}
      type="file"
      accept=".tgz,application/gzip,application/x-gzip"
      multiple
      hidden
      aria-label={label}
      onChange={(event) => {
        onPick(filesOf(event.target.files))
        event.target.value = ''
      }}
    />
  )
})
