import { useMemo, useRef, useState } from 'react'
import type { DragEvent } from 'react'
import { inspectLogo } from '../../core/logo/inspectLogo'
import { LOGO_PNG, setFile } from '../../core/pack/pack'
import { packJsonIdentity } from '../../core/pack/packJsonIdentity'
import { useAppState, usePackStore } from '../state/usePackStore'
import { generateLogo } from './generateLogo'
import { dataUrl } from '../browser/dataUrl'
import { filesOf } from './fileList'
import { FORMAT_NAMES, logoSizeText, logoWarnings } from './logoAdvice'
import { useLogoUpload } from './useLogoUpload'
import { LogoFileInput } from './LogoFileInput'
import './files.css'

/** The pack's logo: preview, size, upload (picker or drop) and conversion to PNG after the user agrees. */
export function LogoPanel() {
  const bytes = useAppState((state) => state.pack.files.get(LOGO_PNG))
  const logo = useMemo(() => (bytes === undefined ? undefined : inspectLogo(bytes)), [bytes])
  const previewUrl = useMemo(() => (bytes === undefined ? undefined : dataUrl(bytes, 'image/png')), [bytes])
  const upload = useLogoUpload()
  const store = usePackStore()
  const [generated, setGenerated] = useState('')
  const generate = async () => {
    const identity = packJsonIdentity(store.currentPack())
    const name = identity.displayName ?? identity.name ?? 'Pack'
    try {
      const png = await generateLogo(name)
      store.updatePack((pack) => setFile(pack, LOGO_PNG, png))
      setGenerated(`Generated a 256x256 logo from “${name}”. Upload an image any time to replace it.`)
    } catch (error) {
      setGenerated(`No logo was generated: ${error instanceof Error ? error.message : String(error)}.`)
    }
  }
  const [dragging, setDragging] = useState(false)
  const input = useRef<HTMLInputElement>(null)

  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    event.stopPropagation()
    setDragging(false)
    void upload.accept(filesOf(event.dataTransfer.files)[0])
  }

  return (
    <section className="panel logo-panel" aria-label="Logo">
      <h2>logo.png</h2>
      {logo === undefined ? <p>The pack has no logo yet. Palette needs a <code>logo.png</code>.</p> : (
        <>
          {previewUrl !== undefined && <img className="logo-panel__preview" src={previewUrl} alt="The pack's logo" />}
          <p>
            {FORMAT_NAMES[logo.format]} image, <span data-testid="logo-size">{logoSizeText(logo)}</span>
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
        <button type="button" className="button" onClick={() => input.current?.click()}>Choose a logo image…</button>
        <button type="button" className="button" onClick={() => { void generate() }}>Generate a logo</button>
        <LogoFileInput ref={input} label="Logo image" onPick={(file) => { void upload.accept(file) }} />
      </div>
      <p role="status">{upload.status || generated}</p>
      {upload.problem !== '' && <p className="panel__problem" role="alert">{upload.problem}</p>}
      {upload.dialog}
    </section>
  )
}
