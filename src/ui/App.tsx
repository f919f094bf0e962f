import { useRef, useState } from 'react'
import { ChangesView, DownloadActions, ErrorCountRecorder, FileTree, FileView, PackIdentity, ProblemsPanel, PushPanel, UndoRedo } from './layout/lazyBuilder'
import { DraftSwitcher } from './drafts/DraftSwitcher'
import { ReadOnlyBanner } from './drafts/ReadOnlyBanner'
import { DraftWarning } from './layout/DraftWarning'
import { lazyPanel } from './layout/lazyPanel'
import { NewPackMenu } from './layout/NewPackMenu'
import { OpenPackButton } from './layout/OpenPackButton'
import { UpdatePrompt } from './layout/UpdatePrompt'
import { useFocusNewDraft } from './layout/useFocusNewDraft'
import { Welcome } from './layout/Welcome'
import { ChoosePacksDialog } from './open/ChoosePacksDialog'
import { OpenedChartReview } from './open/OpenedChartReview'
import { usePackOpener, usePageDrop } from './open/usePackOpener'
import { RenderedViewButton } from './render/RenderedViewButton'
import type { MainView } from './state/appState'
import { useAppState } from './state/usePackStore'
import './styles/theme.css'
import './App.css'

// The Rendered view brings Monaco and the render worker: it loads when first opened, never with the page.
const RenderedView = lazyPanel('the Rendered view', () => import('./render/RenderedView').then((module) => module.RenderedView), { loadErrorsOnly: true })

function MainArea({ view }: { readonly view: MainView }) {
  if (view === 'changes') return <ChangesView />
  if (view === 'rendered') return <RenderedView />
  return <FileView />
}

/** The builder: header with identity and actions, file tree, the selected file, and the problems. */
export function App() {
  // The start page shows while no draft is open; a draft always has its files.
  const hasFiles = useAppState((state) => state.draftId !== undefined)
  const readOnly = useAppState((state) => state.readOnly !== undefined)
  const mainView = useAppState((state) => state.mainView)
  const pushDialog = useRef<HTMLDialogElement>(null)
  const builderMain = useRef<HTMLElement>(null)
  useFocusNewDraft(builderMain)
  // The push panel renders only while its dialog is open: closed, it has nothing to re-render per keystroke.
  const [pushOpen, setPushOpen] = useState(false)
  const opener = usePackOpener()
  const pageDrop = usePageDrop(opener)
  const className = ['app', hasFiles ? '' : 'app--welcome', pageDrop.dragging ? 'app--dragging' : ''].filter(Boolean).join(' ')

  return (
    <div className={className} {...pageDrop.handlers}>
      <header className="app__header">
        <h1 className={hasFiles ? 'app__brand app__brand--compact' : 'app__brand'}><span className="app__brand-text">Pack Builder</span></h1>
        {hasFiles && <PackIdentity />}
        <DraftWarning />
        <nav className="app__actions" aria-label="Pack actions">
          {hasFiles && <UndoRedo />}
          <DraftSwitcher />
          <NewPackMenu />
          <OpenPackButton opener={opener} />
          {hasFiles && <button type="button" className="button" onClick={() => { setPushOpen(true); pushDialog.current?.showModal() }}>Push instructions</button>}
          {hasFiles && <DownloadActions />}
        </nav>
      </header>
      <div className="app__banner">
        <UpdatePrompt />
        <ReadOnlyBanner />
        {opener.busy && <div className="banner" role="status"><p>Reading…</p></div>}
        {opener.failures.map((failure) => (
          <div key={failure.archive} className="banner banner--error" role="alert">
            <p>
              <strong>Could not open {failure.archive}</strong>
              {failure.file !== undefined && <> (in {failure.file})</>}: {failure.message}
            </p>
            <button type="button" className="button button--small" onClick={opener.dismiss}>Dismiss</button>
          </div>
        ))}
        {opener.status !== undefined && (
          <div className="banner" role="status">
            <p>{opener.status}</p>
            <button type="button" className="button button--small" onClick={opener.dismiss}>Dismiss</button>
          </div>
        )}
      </div>
      {opener.choice && <ChoosePacksDialog choice={opener.choice} onChoose={opener.choose} onClose={opener.dismiss} />}
      {!opener.choice && <OpenedChartReview opener={opener} />}
      {hasFiles ? (
        <>
          <ErrorCountRecorder />
          {/* While another tab edits this draft, nothing here takes input (the banner says why). */}
          <aside className="app__files" inert={readOnly}><FileTree /><RenderedViewButton /></aside>
          <main ref={builderMain} tabIndex={-1} className="app__main" inert={readOnly && mainView === 'file'}><MainArea view={mainView} /></main>
          <div className="app__problems" inert={readOnly}><ProblemsPanel /></div>
        </>
      ) : (
        <main className="app__main"><Welcome /></main>
      )}
      <dialog ref={pushDialog} className="dialog" aria-labelledby="push-title" onClose={() => { setPushOpen(false) }}>
        <header className="dialog__header">
          <h2 id="push-title">Push the pack to a registry</h2>
          <button type="button" className="button button--ghost" onClick={() => pushDialog.current?.close()}>Close</button>
        </header>
        {pushOpen && <PushPanel />}
      </dialog>
    </div>
  )
}
