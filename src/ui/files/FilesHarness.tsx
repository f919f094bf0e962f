// TEMPORARY: a stand-in app shell so the files work can be run and e2e-tested before the real shell
// (App, FileView, Problems panel) is merged. The lead deletes this file and its use in main.tsx.
import { useState } from 'react'
import { createPack, encodeText } from '../../core'
import { createPackStore } from '../state/packStore'
import { PackStoreContext, useAppState } from '../state/usePackStore'
import { TextFileEditor } from '../editors/TextFileEditor'
import { ChartPanel } from './ChartPanel'
import { FileTree } from './FileTree'
import { LogoPanel } from './LogoPanel'

const PACK_JSON = `{
  "name": "demo",
  "displayName": "Demo",
  "version": "1.0.0",
  "layer": "addon",
  "addonType": "app services",
  "cloudTypes": ["all"],
  "kubeManifests": ["manifests/web.yaml"]
}
`
const VALUES = `# Values of the demo pack
pack:
  namespace: demo
manifests:
  web: # the web front end
    replicas: 2
`

function FileViewStandIn() {
  const path = useAppState((state) => state.selectedPath)
  if (path === 'logo.png') return <LogoPanel />
  if (path.endsWith('.tgz')) return <ChartPanel path={path} />
  return <TextFileEditor path={path} />
}

/** The stand-in shell: file tree on the left, the selected file on the right. */
export function FilesHarness() {
  const [store] = useState(() => createPackStore({
    pack: createPack('demo', [
      ['pack.json', encodeText(PACK_JSON)],
      ['values.yaml', encodeText(VALUES)],
      ['manifests/web.yaml', encodeText('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n')],
    ]),
    selectedPath: 'values.yaml',
    reveal: undefined,
    lintMode: 'author',
  }))
  return (
    <PackStoreContext value={store}>
      <h1>Pack Builder</h1>
      <div style={{ display: 'flex', gap: '1rem', height: '80vh' }}>
        <FileTree />
        <main style={{ flex: 1, minWidth: 0 }}><FileViewStandIn /></main>
      </div>
    </PackStoreContext>
  )
}
