/**
 * Runs `callback` in a task of its own, as soon as the event loop gets to it: a keystroke's handler
 * hands its follow-up work (store update, draft write) to separate tasks, so no single task holds the
 * main thread for all of it. A promise callback would still run inside the current task, and
 * setTimeout(0) is clamped to 4 ms once nested; a message on a fresh channel is neither.
 */
export function runInNextTask(callback: () => void): void {
  const { port1, port2 } = new MessageChannel()
  port1.onmessage = () => {
    // Closed so that nothing keeps the channel (or, in Node, the process) alive.
    port1.close()
    callback()
  }
  port2.postMessage(undefined)
}

/** Resolves in a task of its own (see runInNextTask). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => { runInNextTask(resolve) })
}
