import { TextFileEditor } from '../editors/TextFileEditor'
import { PackJsonForm } from './lazyBuilder'
import { lazyPanel } from './lazyPanel'
import { useAppState } from '../state/usePackStore'

// Charts (tar, YAML, images) and the logo load when such a file is opened.
const ChartPanel = lazyPanel('the chart', () => import('../files/ChartPanel').then((module) => module.ChartPanel), { loadErrorsOnly: true })
const LogoPanel = lazyPanel('the logo', () => import('../files/LogoPanel').then((module) => module.LogoPanel), { loadErrorsOnly: true })

/** The selected file's view: the pack.json form, a chart or logo panel, or the text editor. */
export function FileView() {
  const path = useAppState((state) => state.selectedPath)
  if (path === '') return <p className="empty-view">Pick a file in the file tree.</p>
  if (path === 'pack.json') return <PackJsonForm />
  if (path === 'logo.png') return <LogoPanel />
  if (path.endsWith('.tgz')) return <ChartPanel key={path} path={path} />
  return <TextFileEditor key={path} path={path} />
}
