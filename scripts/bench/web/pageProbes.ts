// Runs in the page before its own scripts (addInitScript): records long tasks, the moment an element
// first matches a selector, and when the Problems panel stops being busy after a key press.
// The ready moment is also logged to the console (READY_MESSAGE), so the bench can wait for it without
// Playwright's waitForFunction: that injects a ~330 KB script into the page, which would run on the
// page's main thread in the middle of a start-up still under way and be timed as the page's own work.
export interface PageProbes {
  readonly longTasks: { start: number; duration: number }[]
  readyAt: number | undefined
  keyAt: number
  readonly problemsUpdated: number[]
}

declare global {
  interface Window {
    __bench: PageProbes
  }
}

export const READY_MESSAGE = 'bench:ready'

export function installPageProbes(readySelector: string, readyMessage: string): void {
  const probes: PageProbes = { longTasks: [], readyAt: undefined, keyAt: 0, problemsUpdated: [] }
  window.__bench = probes
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probes.longTasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
  addEventListener('keydown', (event) => { probes.keyAt = event.timeStamp }, true)
  const isReady = () => {
    const element = document.querySelector(readySelector)
    return element !== null && !(element instanceof HTMLInputElement && element.disabled)
  }
  new MutationObserver((records) => {
    if (probes.readyAt === undefined && isReady()) {
      probes.readyAt = performance.now()
      console.debug(readyMessage)
    }
    for (const record of records) {
      if (record.type === 'attributes' && record.attributeName === 'aria-busy' && record.target instanceof Element
        && record.target.getAttribute('aria-busy') === 'false' && probes.keyAt > 0) {
        probes.problemsUpdated.push(performance.now() - probes.keyAt)
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy', 'disabled'] })
}
