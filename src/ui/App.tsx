import { useRef, useState } from 'react'
import { DownloadActions } from './download/DownloadActions'
import { DraftWarning } from './layout/DraftWarning'
import { FileTree } from './files/FileTree'
import { useChartDrop } from './files/useChartDrop'
import { FileView } from './layout/FileView'
import { NewPackMenu } from './layout/NewPackMenu'
import { OpenPackButton } from './layout/OpenPackButton'
import type { OpenFailure } from './layout/OpenPackButton'
import { PackIdentity } from './layout/PackIdentity'
import { UndoRedo } from './layout/UndoRedo'
import { Welcome } from './layout/Welcome'
import { ProblemsPanel } from './problems/ProblemsPanel'
import { PushPanel } from './push/PushPanel'
import { useAppState } from './state/usePackStore'
import './styles/theme.css'
import './App.css'

/** The builder: header with identity and actions, file tree, the selected file, and the problems. */
export function App() {
  const hasFiles = useAppState((state) => state.pack.files.size > 0)
  const [openFailure, setOpenFailure] = useState<OpenFailure>()
  const pushDialog = useRef<HTMLDialogElement>(null)
  const [dropStatus, setDropStatus] = useState<string>()
  const chartDrop = useChartDrop(setDropStatus)
  const className = ['app', hasFiles ? '' : 'app--welcome', chartDrop.dragging ? 'app--dragging' : ''].filter(Boolean).join(' ')

  return (
    <div className={className} {...(hasFiles ? chartDrop.handlers : {})}>
      {chartDrop.bumpDialog}
      <header className="app__header">
        <h1 className="app__brand">Pack Builder</h1>
        {hasFiles && <PackIdentity />}
        <DraftWarning />
        <nav className="app__actions" aria-label="Pack actions">
          <UndoRedo />
          <NewPackMenu />
          <OpenPackButton onFailure={setOpenFailure} />
          {hasFiles && <button type="button" className="button" onClick={() => pushDialog.current?.showModal()}>Push instructions</button>}
          {hasFiles && <DownloadActions />}
        </nav>
      </header>
      {(openFailure !== undefined || dropStatus !== undefined) && (
        <div className="app__banner">
          {openFailure && (
            <div className="banner banner--error" role="alert">
              <p>
                <strong>Could not open {openFailure.archive}</strong>
                {openFailure.file !== undefined && <> (in {openFailure.file})</>}: {openFailure.message}
              </p>
              <button type="button" className="button button--small" onClick={() => { setOpenFailure(undefined) }}>Dismiss</button>
            </div>
          )}
          {dropStatus !== undefined && (
            <div className="banner" role="status">
              <p>{dropStatus}</p>
              <button type="button" className="button button--small" onClick={() => { setDropStatus(undefined) }}>Dismiss</button>
            </div>
          )}
        </div>
      )}
      {hasFiles ? (
        <>
          <aside className="app__files"><FileTree /></aside>
          <main className="app__main"><FileView /></main>
          <div className="app__problems"><ProblemsPanel /></div>
        </>
      ) : (
        <main className="app__main"><Welcome /></main>
      )}
      <dialog ref={pushDialog} className="dialog" aria-labelledby="push-title">
        <header className="dialog__header">
          <h2 id="push-title">Push the pack to a registry</h2>
          <button type="button" className="button button--ghost" onClick={() => pushDialog.current?.close()}>Close</button>
        </header>
        <PushPanel />
      </dialog>
    </div>
  )
}
