import { useMemo, useRef, useState } from 'react'
import type { DragEvent } from 'react'
import { inspectLogo, LOGO_PNG, setFile } from '../../core'
import type { LogoInspection } from '../../core'
import { readFileBytes } from '../browser/readFileBytes'
import { useAppState, usePackStore } from '../state/usePackStore'
import { convertToPng } from './convertToPng'
import { ConfirmDialog } from './Dialog'
import { filesOf } from './fileList'
import { CONVERTIBLE_FORMATS, formatBytes, FORMAT_NAMES, logoWarnings } from './logoAdvice'
import { dataUrl } from './dataUrl'
import './files.css'

interface PendingConversion {
  readonly fileName: string
  readonly bytes: Uint8Array
  readonly logo: LogoInspection
}

const sizeText = (logo: LogoInspection) =>
  `${logo.width !== undefined && logo.height !== undefined ? `${logo.width}×${logo.height} px, ` : ''}${formatBytes(logo.byteLength)}`

/** The pack's logo: preview, size, upload (picker or drop) and conversion to PNG after the user agrees. */
export function LogoPanel() {
  const store = usePackStore()
  const bytes = useAppState((state) => state.pack.files.get(LOGO_PNG))
  const logo = useMemo(() => (bytes === undefined ? undefined : inspectLogo(bytes)), [bytes])
  const previewUrl = useMemo(() => (bytes === undefined ? undefined : dataUrl(bytes, 'image/png')), [bytes])
  const [pending, setPending] = useState<PendingConversion>()
  const [status, setStatus] = useState('')
  const [problem, setProblem] = useState('')
  const [dragging, setDragging] = useState(false)
  const input = useRef<HTMLInputElement>(null)

  const storeLogo = (png: Uint8Array, message: string) => {
    store.updatePack((pack) => setFile(pack, LOGO_PNG, png))
    setStatus(message)
  }
  const accept = async (file: File | undefined) => {
    setProblem('')
    setStatus('')
    if (file === undefined) return
    const fileBytes = await readFileBytes(file)
    const uploaded = inspectLogo(fileBytes)
    if (uploaded.format === 'png') storeLogo(fileBytes, `${file.name} is now logo.png.`)
    else if (CONVERTIBLE_FORMATS[uploaded.format] !== undefined) setPending({ fileName: file.name, bytes: fileBytes, logo: uploaded })
    else setProblem(`${file.name} is not an image the builder can read. Use a PNG (or a JPEG, WebP, GIF or SVG to convert).`)
  }
  const convert = async ({ fileName, bytes: original, logo: uploaded }: PendingConversion) => {
    try {
      const png = await convertToPng(original, uploaded.format)
      storeLogo(png, `${fileName} was converted to PNG and is now logo.png.`)
    } catch (error) {
      setProblem(`${fileName} could not be converted: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    event.stopPropagation()
    setDragging(false)
    void accept(filesOf(event.dataTransfer.files)[0])
  }

  return (
    <section className="panel logo-panel" aria-label="Logo">
      <h2>logo.png</h2>
      {logo === undefined ? <p>The pack has no logo yet. Palette needs a <code>logo.png</code>.</p> : (
        <>
          {previewUrl !== undefined && <img className="logo-panel__preview" src={previewUrl} alt="The pack's logo" />}
          <p>
            {FORMAT_NAMES[logo.format]} image, <span data-testid="logo-size">{sizeText(logo)}</span>
          </p>
          {logo.format !== 'png' && <p className="panel__problem">logo.png is not a real PNG ({FORMAT_NAMES[logo.format]}). Upload it again to convert it.</p>}
          {logo.problem !== undefined && <p className="panel__problem">{logo.problem}</p>}
          {logoWarnings(logo).map((warning) => <p key={warning} className="panel__warning">{warning}</p>)}
        </>
      )}
      <div
        className={`logo-panel__drop${dragging ? ' logo-panel__drop--dragging' : ''}`}
        onDragOver={(event) => { event.preventDefault(); setDragging(true) }}
        onDragLeave={() => { setDragging(false) }}
        onDrop={onDrop}
      >
        <p>Drop an image here, or</p>
        <button type="button" onClick={() => input.current?.click()}>Choose a logo image…</button>
        <input
          ref={input}
          type="file"
          accept="image/png,image/jpeg,image/webp,image/gif,image/svg+xml"
          hidden
          aria-label="Logo image"
          onChange={(event) => {
            const file = filesOf(event.target.files)[0]
            event.target.value = ''
            void accept(file)
          }}
        />
      </div>
      <p role="status">{status}</p>
      {problem !== '' && <p className="panel__problem" role="alert">{problem}</p>}
      {pending !== undefined && (
        <ConfirmDialog
          title="Convert the logo to PNG?"
          confirmLabel="Convert to PNG"
          onConfirm={() => { void convert(pending) }}
          onClose={() => { setPending(undefined) }}
        >
          <p>
            {pending.fileName} is a {FORMAT_NAMES[pending.logo.format]} image ({sizeText(pending.logo)}). Palette needs the logo as a PNG file named logo.png.
          </p>
          <p>
            The builder will convert it to PNG here in your browser (nothing is uploaded) and store the result as logo.png, replacing the current logo.
            {pending.logo.format === 'gif' ? ' Only the first frame of an animation is kept.' : ''}
            {pending.logo.format === 'svg' ? ' The drawing is turned into pixels (at least 256 px on its longer side).' : ''}
            {pending.logo.format === 'jpeg' ? ' JPEG has no transparency, so the background stays as it is.' : ''}
          </p>
        </ConfirmDialog>
      )}
    </section>
  )
}
