import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react'
import type { DraftListing } from '../state/draftRepository'
import { describeStorageError } from '../state/draftStatus'
import type { DraftWorkspace } from '../state/draftWorkspace'

/** Provides the app's one DraftWorkspace. */
export const DraftWorkspaceContext = createContext<DraftWorkspace | null>(null)

/** The app's drafts workspace; throws when used outside the provider (a programming error). */
export function useDraftWorkspace(): DraftWorkspace {
  const workspace = useContext(DraftWorkspaceContext)
  if (!workspace) throw new Error('useDraftWorkspace needs a DraftWorkspaceContext provider')
  return workspace
}

/** The stored drafts, re-read whenever they may have changed (here or in another tab). */
export type DraftListState = { readonly loading: true } | { readonly loading: false; readonly drafts: readonly DraftListing[]; readonly problem: string | undefined }

export function useDraftList(): DraftListState {
  const workspace = useDraftWorkspace()
  const version = useSyncExternalStore(workspace.subscribeList, workspace.listVersion)
  const [state, setState] = useState<DraftListState>({ loading: true })
  useEffect(() => {
    let current = true
    workspace.repository.list().then(
      (drafts) => { if (current) setState({ loading: false, drafts, problem: undefined }) },
      (error: unknown) => { if (current) setState({ loading: false, drafts: [], problem: describeStorageError(error) }) },
    )
    return () => { current = false }
  }, [workspace, version])
  return state
}
