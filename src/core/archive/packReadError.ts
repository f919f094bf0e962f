/**
 * The only error a pack reader throws: an archive or entry that cannot become a pack.
 * The message names the file and the problem in plain words, ready to show to a user.
 */
export class PackReadError extends Error {
  /** The archive, or the entry inside it, that the problem is about. */
  readonly file: string
  /** The problem without the file name, for callers that name the file themselves. */
  readonly problem: string

  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`)
    this.name = 'PackReadError'
    this.file = file
    this.problem = problem
  }
}

/** Wraps any library failure into a PackReadError; a PackReadError passes through unchanged. */
export function asPackReadError(error: unknown, file: string, what: string): PackReadError {
  if (error instanceof PackReadError) return error
  const detail = error instanceof Error ? error.message : String(error)
  return new PackReadError(file, `${what} (${detail})`)
}
