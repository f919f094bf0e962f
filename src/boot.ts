// The page's entry: a few hundred bytes, so what it starts begins as soon as the page has parsed. A
// tab that reopens a draft requests the builder's chunk (its parts and the pack.json form) beside the
// app's own, and opens the drafts database, rather than after the app has been evaluated. main.tsx
// starts the app.
import { openDraftsDatabaseEarly } from './ui/state/draftsDatabase'
import { draftToReopen } from './ui/state/openDraftKeys'

// Start-up phases as User Timing marks (DevTools' Performance panel and `npm run bench:web` show them).
performance.mark('pack-builder:entry')

if (draftToReopen() !== undefined) {
  // Only the download starts here; a failure shows later, in the panels that need the code.
  void import('./ui/layout/builderParts').catch(() => undefined)
  // The draft's database opens while the app's code loads; the draft repository takes the connection.
  openDraftsDatabaseEarly()
}

import('./main').catch((error: unknown) => {
  // Without the app's code there is nothing to render: say so rather than leave a blank page.
  const root = document.getElementById('root')
  if (root === null) return
  const message = document.createElement('p')
  message.setAttribute('role', 'alert')
  message.textContent = `Pack Builder could not be loaded (${error instanceof Error ? error.message : String(error)}). Check the connection and reload; after the first visit the app also works offline.`
  root.replaceChildren(message)
})
