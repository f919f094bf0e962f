/** Entry point of `pack-builder`; returns the exit code. */
export function main(args: readonly string[]): Promise<number> {
  console.log(`pack-builder ${args.join(' ')}`)
  return Promise.resolve(0)
}
