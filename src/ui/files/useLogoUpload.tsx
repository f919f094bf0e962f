import { useState } from 'react'
import type { ReactNode } from 'react'
import { inspectLogo } from '../../core/logo/inspectLogo'
import { LOGO_PNG, setFile } from '../../core/pack/pack'
import type { LogoInspection } from '../../core'
import { readFileBytes } from '../browser/readFileBytes'
import { usePackStore } from '../state/usePackStore'
import { convertToPng } from './convertToPng'
import { ConfirmDialog } from './Dialog'
import { CONVERTIBLE_FORMATS, FORMAT_NAMES, logoSizeText } from './logoAdvice'

interface PendingConversion {
  readonly fileName: string
  readonly bytes: Uint8Array
  readonly logo: LogoInspection
}

/** The logo upload flow, shared by the logo panel and the file tree. */
export interface LogoUpload {
  /** Stores a PNG as is; asks before converting any other image; refuses what is not an image. */
  readonly accept: (file: File | undefined) => Promise<void>
  readonly status: string
  readonly problem: string
  /** The conversion question, when one is open; render it somewhere in the component. */
  readonly dialog: ReactNode
}

/** Uploads a logo: PNG stored as is, JPEG/WebP/GIF/SVG converted in the browser only after the user agrees. */
export function useLogoUpload(onStored?: () => void): LogoUpload {
  const store = usePackStore()
  const [pending, setPending] = useState<PendingConversion>()
  const [status, setStatus] = useState('')
  const [problem, setProblem] = useState('')

  const storeLogo = (png: Uint8Array, message: string) => {
    store.updatePack((pack) => setFile(pack, LOGO_PNG, png))
    setStatus(message)
    onStored?.()
  }
  const accept = async (file: File | undefined) => {
    setProblem('')
    setStatus('')
    if (file === undefined) return
    const bytes = await readFileBytes(file)
    const logo = inspectLogo(bytes)
    if (logo.format === 'png') storeLogo(bytes, `${file.name} is now logo.png.`)
    else if (CONVERTIBLE_FORMATS[logo.format] !== undefined) setPending({ fileName: file.name, bytes, logo })
    else setProblem(`${file.name} is not an image the builder can read. Use a PNG (or a JPEG, WebP, GIF or SVG to convert).`)
  }
  const convert = async ({ fileName, bytes, logo }: PendingConversion) => {
    try {
      storeLogo(await convertToPng(bytes, logo.format), `${fileName} was converted to PNG and is now logo.png.`)
    } catch (error) {
      setProblem(`${fileName} could not be converted: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  const dialog = pending === undefined ? null : (
    <ConfirmDialog
      title="Convert the logo to PNG?"
      confirmLabel="Convert to PNG"
      onConfirm={() => { void convert(pending) }}
      onClose={() => { setPending(undefined) }}
    >
      <p>
        {pending.fileName} is a {FORMAT_NAMES[pending.logo.format]} image ({logoSizeText(pending.logo)}). Palette needs the logo as a PNG file named logo.png.
      </p>
      <p>
        The builder will convert it to PNG here in your browser (nothing is uploaded) and store the result as logo.png, replacing the current logo.
        {pending.logo.format === 'gif' ? ' Only the first frame of an animation is kept.' : ''}
        {pending.logo.format === 'svg' ? ' The drawing is turned into pixels (at least 256 px on its longer side).' : ''}
      </p>
    </ConfirmDialog>
  )
  return { accept, status, problem, dialog }
}
