import { parseArgs } from 'node:util'
import { CliUsageError, USAGE } from './usage'
import type { CliIo, CommandArgs } from './usage'

/** Entry point of `pack-builder`; returns the exit code (0 ok, 1 a pack has errors, 2 unreadable input or bad usage). */
export async function main(args: readonly string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = args
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.out(USAGE)
      return command === undefined ? 2 : 0
    }
    // Commands load on demand, so `--help` and usage errors answer without loading the core.
    if (command === 'validate') return await (await import('./validateCommand')).runValidate(parseCommand(rest), io)
    if (command === 'build') return await (await import('./buildCommand')).runBuild(parseCommand(rest), io)
    if (command === 'render') return await (await import('./renderCommand')).runRender(parseCommand(rest), io)
    throw new CliUsageError(`unknown command '${command}'`)
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.err(`pack-builder: ${error.message}\n\n${USAGE}`)
      return 2
    }
    // Anything else is a bug in the CLI; say so in one line instead of a stack trace.
    io.err(`pack-builder: unexpected failure: ${error instanceof Error ? error.message : String(error)}`)
    return 2
  }
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
}

function parseCommand(args: readonly string[]): CommandArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        mode: { type: 'string', default: 'import' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean', default: false },
        'oci-manifest': { type: 'string' },
        'kube-version': { type: 'string' },
        set: { type: 'string', multiple: true, default: [] },
        timeout: { type: 'string' },
        'no-render': { type: 'boolean', default: false },
        fix: { type: 'boolean', default: false },
      },
    })
    return {
      positionals,
      mode: values.mode,
      format: values.format,
      output: values.output,
      force: values.force,
      ociManifest: values['oci-manifest'],
      kubeVersion: values['kube-version'],
      set: values.set,
      timeout: values.timeout,
      noRender: values['no-render'],
      fix: values.fix,
    }
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error))
  }
}
