import { TextFileEditor } from '../editors/TextFileEditor'
import { ChartPanel } from '../files/ChartPanel'
import { LogoPanel } from '../files/LogoPanel'
import { PackJsonForm } from '../form/PackJsonForm'
import { useAppState } from '../state/usePackStore'

/** The selected file's view: the pack.json form, a chart or logo panel, or the text editor. */
export function FileView() {
  const path = useAppState((state) => state.selectedPath)
  if (path === '') return <p className="empty-view">Pick a file in the file tree.</p>
  if (path === 'pack.json') return <PackJsonForm />
  if (path === 'logo.png') return <LogoPanel />
  if (path.endsWith('.tgz')) return <ChartPanel key={path} path={path} />
  return <TextFileEditor key={path} path={path} />
}
