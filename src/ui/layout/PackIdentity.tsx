import { useMemo } from 'react'
import { dataUrl } from '../browser/dataUrl'
import { packSummary } from '../state/packIdentity'
import { useAppState, usePackStore } from '../state/usePackStore'
import { createPack } from '../../core/pack/pack'
import { filesOf } from '../files/fileList'
import { useLogoUpload } from '../files/useLogoUpload'

/** The pack's logo, display name, version and layer, as pack.json says now. */
export function PackIdentity() {
  const store = usePackStore()
  // Only pack.json and the logo matter here: typing in another file does not re-render the header.
  const packJson = useAppState((state) => state.pack.files.get('pack.json'))
  const summary = useMemo(() => packSummary(createPack('', packJson === undefined ? [] : [['pack.json', packJson]])), [packJson])
  const logo = useAppState((state) => state.pack.files.get('logo.png'))
  const logoUrl = useMemo(() => (logo === undefined ? undefined : dataUrl(logo, 'image/png')), [logo])
  // A logo image dropped on the header's logo becomes logo.png (converted to PNG after asking).
  const upload = useLogoUpload()
  return (
    <div className="identity">
      <button type="button" className="identity__logo-button" title="Open the logo" aria-label={logoUrl === undefined ? 'Add a logo' : 'Change the logo'} onClick={() => { store.selectFile('logo.png') }}
        onDragOver={(event) => { if (event.dataTransfer.types.includes('Files')) event.preventDefault() }}
        onDrop={(event) => {
          const [file] = filesOf(event.dataTransfer.files)
          if (file === undefined || !/\.(png|svg|jpe?g)$/i.test(file.name)) return
          event.preventDefault()
          event.stopPropagation()
          void upload.accept(file).then(() => { store.selectFile('logo.png') })
        }}
      >
        {logoUrl === undefined ? <span className="identity__logo identity__logo--empty" aria-hidden="true">+</span> : <img className="identity__logo" src={logoUrl} alt="" />}
      </button>
      <div>
        <p className="identity__name">{summary.displayName || summary.name || 'Untitled pack'}</p>
        <p className="identity__meta">
          {summary.name && <span>{summary.name}</span>}
          {summary.version && <span className="pill">v{summary.version.replace(/^v/, '')}</span>}
          {summary.layer && <span className="pill pill--layer">{summary.layer}</span>}
        </p>
      </div>
      {upload.dialog}
    </div>
  )
}
