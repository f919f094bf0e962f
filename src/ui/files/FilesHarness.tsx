// TEMPORARY: a stand-in app shell so the files work can be run and e2e-tested before the real shell
// (App, FileView, Problems panel) is merged. The lead deletes this file and its use in main.tsx.
import { useState } from 'react'
import { createPack, encodeText, starterPackFiles } from '../../core'
import { createPackStore } from '../state/packStore'
import { PackStoreContext, useAppState, usePackStore } from '../state/usePackStore'
import { TextFileEditor } from '../editors/TextFileEditor'
import { ChartPanel } from './ChartPanel'
import { FileTree } from './FileTree'
import { LogoPanel } from './LogoPanel'

function FileViewStandIn() {
  const path = useAppState((state) => state.selectedPath)
  if (path === 'logo.png') return <LogoPanel />
  if (path.endsWith('.tgz')) return <ChartPanel path={path} />
  return <TextFileEditor path={path} />
}

// Same start as the real app's welcome page, so the e2e specs run unchanged against both.
function StartStandIn() {
  const store = usePackStore()
  const files = Object.entries(starterPackFiles('manifest')).map(([path, text]) => [path, encodeText(text)] as const)
  return <button type="button" onClick={() => { store.replacePack(createPack('', files)) }}>New manifest add-on pack</button>
}

function Layout() {
  const hasFiles = useAppState((state) => state.pack.files.size > 0)
  if (!hasFiles) return <StartStandIn />
  return (
    <div style={{ display: 'flex', gap: '1rem', height: '80vh' }}>
      <aside style={{ width: '22rem', flex: 'none' }}><FileTree /></aside>
      <main style={{ flex: 1, minWidth: 0 }}><FileViewStandIn /></main>
    </div>
  )
}

/** The stand-in shell: file tree on the left, the selected file on the right. */
export function FilesHarness() {
  const [store] = useState(() => createPackStore({ pack: createPack('', []), selectedPath: 'pack.json', reveal: undefined, lintMode: 'author' }))
  return (
    <PackStoreContext value={store}>
      <h1>Pack Builder</h1>
      <Layout />
    </PackStoreContext>
  )
}
