import { useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { filesOf } from './fileList'
import { useFindingList } from '../lint/useFindings'
import { useAppState, usePackStore } from '../state/usePackStore'
import { useChangedPaths, usePackPaths } from '../state/usePackShape'
import { useChartDrop } from './useChartDrop'
import { useLogoUpload } from './useLogoUpload'
import { LogoFileInput } from './LogoFileInput'
import { countProblemsByFile, groupPackFiles, OPTIONAL_FILE_PATHS, worstSeverity } from './fileGroups'
import type { FileEntry, ProblemCount } from './fileGroups'
import type { FileTreeDialog } from './FileTreeDialogs'
import { lazyPanel } from '../layout/lazyPanel'

// The dialogs and the file edits behind them (YAML and pack.json editing) load on first use, not with the tree.
const FileTreeDialogs = lazyPanel('the dialog', () => import('./FileTreeDialogs').then((module) => module.FileTreeDialogs), { quiet: true, loadErrorsOnly: true })
import './files.css'

/** Spoken and shown summary of a file's problems, e.g. "2 errors, 1 warning". */
function problemSummary(count: ProblemCount | undefined): string {
  if (count === undefined) return ''
  const parts = [[count.error, 'error'], [count.warning, 'warning'], [count.info, 'note']] as const
  return parts.filter(([n]) => n > 0).map(([n, word]) => `${n} ${word}${n === 1 ? '' : 's'}`).join(', ')
}

// pack.json, values.yaml and logo.png are required: they can be replaced, never deleted here.
const isDeletable = (path: string) => !['pack.json', 'values.yaml', 'logo.png'].includes(path)

/** The pack's files, grouped, with problem counts and actions to add, rename, delete and upload. */
export function FileTree() {
  const store = usePackStore()
  // Paths and changed files keep their identity while the user types: the tree does not re-render per keystroke.
  const paths = usePackPaths()
  const files = useMemo(() => new Set(paths), [paths])
  const selectedPath = useAppState((state) => state.selectedPath)
  // Files that differ from how the draft started (the Changes view lists them, removed ones included).
  const changed = useChangedPaths()
  const findings = useFindingList()
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const [focusedKey, setFocusedKey] = useState<string | undefined>()
  const [dialog, setDialog] = useState<FileTreeDialog | undefined>()
  const [status, setStatus] = useState('')
  const { dragging, handlers: dropHandlers, upload: uploadPicked, bumpDialog } = useChartDrop(setStatus)
  const treeRef = useRef<HTMLUListElement>(null)
  const chartInput = useRef<HTMLInputElement>(null)
  const logoInput = useRef<HTMLInputElement>(null)
  const logoUpload = useLogoUpload(() => { store.selectFile('logo.png') })
  const addOptional = async (path: string) => {
    const { addOptionalFile } = await import('./packActions')
    store.updatePack((pack) => addOptionalFile(pack, path))
    store.selectFile(path)
  }

  const nodes = useMemo(() => groupPackFiles(paths), [paths])
  const counts = useMemo(() => countProblemsByFile(findings), [findings])
  const visibleKeys = nodes.flatMap((node) => node.kind === 'file'
    ? [node.entry.path]
    : [`folder:${node.id}`, ...(collapsed.has(node.id) ? [] : node.entries.map((entry) => entry.path))])
  // Roving tabindex: one item is reachable with Tab, even when the selection is hidden in a closed folder.
  const activeKey = [focusedKey, selectedPath].find((key) => key !== undefined && visibleKeys.includes(key)) ?? visibleKeys[0] ?? ''

  const focusKey = (key: string | undefined) => {
    if (key === undefined) return
    setFocusedKey(key)
    treeRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus()
  }
  const toggleFolder = (id: string, open?: boolean) => {
    setCollapsed((current) => {
      const next = new Set(current)
      if (open ?? next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  }
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const index = visibleKeys.indexOf(activeKey)
    const key = visibleKeys[index]
    const folderId = key?.startsWith('folder:') === true ? key.slice('folder:'.length) : undefined
    switch (event.key) {
      case 'ArrowDown': focusKey(visibleKeys[Math.min(index + 1, visibleKeys.length - 1)]); break
      case 'ArrowUp': focusKey(visibleKeys[Math.max(index - 1, 0)]); break
      case 'Home': focusKey(visibleKeys[0]); break
      case 'End': focusKey(visibleKeys.at(-1)); break
      case 'ArrowRight': if (folderId !== undefined) toggleFolder(folderId, true); break
      case 'ArrowLeft': if (folderId !== undefined) toggleFolder(folderId, false); break
      case 'Enter':
      case ' ':
        if (folderId !== undefined) toggleFolder(folderId)
        else if (key !== undefined) store.selectFile(key)
        break
      default: return
    }
    event.preventDefault()
  }
  // A flat tree (aria-level) rather than nested groups: each item holds only its own text, so its
  // name comes from what it shows, with the extra words for screen readers visually hidden.
  const renderFile = (entry: FileEntry, level: 1 | 2) => {
    const count = counts.get(entry.path)
    const severity = worstSeverity(count)
    const summary = problemSummary(count)
    const change = changed.get(entry.path)
    return (
      <li
        key={entry.path}
        role="treeitem"
        data-key={entry.path}
        aria-selected={entry.path === selectedPath}
        aria-level={level}
        tabIndex={entry.path === activeKey ? 0 : -1}
        className={`file-tree__file${level === 2 ? ' file-tree__file--nested' : ''}${entry.missing ? ' file-tree__file--missing' : ''}`}
        onClick={() => { setFocusedKey(entry.path); store.selectFile(entry.path) }}
      >
        <span className="visually-hidden">{[entry.label, entry.missing ? 'missing' : '', change ?? '', summary].filter(Boolean).join(', ')}</span>
        <MiddleEllipsis text={entry.label} title={entry.path} />
        {entry.missing && <span className="file-tree__note" aria-hidden="true">missing</span>}
        {change !== undefined && <span className={`file-tree__change file-tree__change--${change}`} title={`${change} since the draft started`} aria-hidden="true">{change === 'added' ? 'A' : 'M'}</span>}
        {severity !== undefined && <span className={`file-tree__badge file-tree__badge--${severity}`} title={summary} aria-hidden="true">{(count?.error ?? 0) + (count?.warning ?? 0) + (count?.info ?? 0)}</span>}
      </li>
    )
  }

  const selectedIsManifest = selectedPath.startsWith('manifests/') && files.has(selectedPath)
  const missingOptional = OPTIONAL_FILE_PATHS.filter((path) => !files.has(path))
  return (
    <nav
      aria-label="Pack files"
      className={`file-tree${dragging ? ' file-tree--dragging' : ''}`}
      {...dropHandlers}
    >
      <div role="toolbar" aria-label="Add files" className="file-tree__toolbar">
        <button type="button" className="button" onClick={() => { setDialog({ kind: 'add-manifest' }) }}>Add manifest</button>
        <button type="button" className="button" onClick={() => chartInput.current?.click()}>Upload chart…</button>
        <button type="button" className="button" onClick={() => logoInput.current?.click()}>Upload logo…</button>
        {missingOptional.map((path) => (
          <button key={path} type="button" className="button" onClick={() => { void addOptional(path) }}>Add {path}</button>
        ))}
        <input
          ref={chartInput}
          type="file"
          accept=".tgz,application/gzip,application/x-gzip,application/x-compressed-tar"
          multiple
          hidden
          aria-label="Chart archive (.tgz)"
          onChange={(event) => {
            const picked = filesOf(event.target.files)
            event.target.value = ''
            uploadPicked(picked)
          }}
        />
        <LogoFileInput ref={logoInput} label="Pick a logo for the pack" onPick={(file) => { void logoUpload.accept(file) }} />
        {bumpDialog}
      </div>
      <ul ref={treeRef} role="tree" aria-label="Pack files" className="file-tree__tree" onKeyDown={onKeyDown}>
        {nodes.flatMap((node) => {
          if (node.kind === 'file') return [renderFile(node.entry, 1)]
          const key = `folder:${node.id}`
          const open = !collapsed.has(node.id)
          const folder = (
            <li
              key={key}
              role="treeitem"
              data-key={key}
              aria-level={1}
              aria-expanded={open}
              tabIndex={key === activeKey ? 0 : -1}
              className="file-tree__folder"
              onClick={() => { setFocusedKey(key); toggleFolder(node.id) }}
            >
              <span className="file-tree__folder-label">
                <span aria-hidden="true">{open ? '▾' : '▸'}</span> {node.label}<span className="visually-hidden"> ({node.entries.length})</span>
                {open && node.entries.length === 0 && <span className="file-tree__empty">none yet</span>}
              </span>
            </li>
          )
          return [folder, ...(open ? node.entries.map((entry) => renderFile(entry, 2)) : [])]
        })}
      </ul>
      <div role="toolbar" aria-label="Selected file" className="file-tree__toolbar">
        {selectedIsManifest && <button type="button" className="button" onClick={() => { setDialog({ kind: 'rename-manifest', path: selectedPath }) }}>Rename manifest…</button>}
        {files.has(selectedPath) && isDeletable(selectedPath) && <button type="button" className="button" onClick={() => { setDialog({ kind: 'delete', path: selectedPath }) }}>Delete {selectedPath}…</button>}
      </div>
      <p role="status" className="file-tree__status">{[status, logoUpload.status].filter(Boolean).join(' ')}</p>
      {logoUpload.problem !== '' && <p role="alert" className="field-problem">{logoUpload.problem}</p>}
      {logoUpload.dialog}
      <p className="file-tree__hint">Drop a chart .tgz here to add it.</p>
      {dialog !== undefined && <FileTreeDialogs dialog={dialog} store={store} onNote={setStatus} onClose={() => { setDialog(undefined) }} />}
    </nav>
  )
}

// Characters kept at the end of a long name, so `…-operator-crds.yaml` still shows what the file is.
const KEPT_TAIL = 12

/** A name that, when too long, is cut in the middle (CSS ellipsis on its head); the full path is its title. Screen readers get the whole name from the item's hidden text. */
function MiddleEllipsis({ text, title }: { readonly text: string; readonly title: string }) {
  const cut = Math.max(0, text.length - KEPT_TAIL)
  return (
    <span className="file-tree__label" title={title} aria-hidden="true">
      <span className="file-tree__label-head">{text.slice(0, cut)}</span>
      <span className="file-tree__label-tail">{text.slice(cut)}</span>
    </span>
  )
}
