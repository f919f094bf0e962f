import type { Ref } from 'react'
import { filesOf } from './fileList'

/** The image types a logo may be uploaded as; anything but PNG is converted after the user agrees. */
const LOGO_TYPES = 'image/png,image/jpeg,image/webp,image/gif,image/svg+xml'

/** A hidden file picker for logo images; a visible button opens it through `ref`. */
export function LogoFileInput({ ref, label, onPick }: { readonly ref: Ref<HTMLInputElement>; readonly label: string; readonly onPick: (file: File | undefined) => void }) {
  return (
    <input
      ref={ref}
      type="file"
      accept={LOGO_TYPES}
      hidden
      aria-label={label}
      onChange={(event) => {
        const picked = filesOf(event.target.files)[0]
        // Cleared so that picking the same file again still fires a change.
        event.target.value = ''
        onPick(picked)
      }}
    />
  )
}
