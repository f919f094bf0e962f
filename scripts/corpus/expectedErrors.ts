import { readFile } from 'node:fs/promises'

/** One error the corpus is known to have, checked by hand to be a real defect. */
export interface ExpectedError {
  readonly ruleId: string
  readonly file: string
  /** Why this is a real defect and not a rule that is too strict. */
  readonly why: string
}

/** Pack directory name -> its expected import-mode errors. */
export type ExpectedErrors = Readonly<Record<string, readonly ExpectedError[]>>

/** Reads and checks the expected-results file. */
export async function readExpectedErrors(path: string): Promise<ExpectedErrors> {
  const parsed: unknown = JSON.parse(await readFile(path, 'utf8'))
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${path}: expected an object`)
  const result: Record<string, ExpectedError[]> = {}
  for (const [pack, list] of Object.entries(parsed)) {
    if (pack.startsWith('$')) continue
    if (!Array.isArray(list)) throw new Error(`${path}: ${pack} must list errors`)
    result[pack] = list.map((item: unknown, index) => {
      const ruleId: unknown = typeof item === 'object' && item !== null ? Reflect.get(item, 'ruleId') : undefined
      const file: unknown = typeof item === 'object' && item !== null ? Reflect.get(item, 'file') : undefined
      const why: unknown = typeof item === 'object' && item !== null ? Reflect.get(item, 'why') : undefined
      if (typeof ruleId !== 'string' || typeof file !== 'string' || typeof why !== 'string' || why.length < 10) {
        throw new Error(`${path}: ${pack}[${index}] needs ruleId, file and a real 'why'`)
      }
      return { ruleId, file, why }
    })
  }
  return result
}

/** A key that identifies one kind of error in one file of one pack. */
export function errorKey(pack: string, ruleId: string, file: string): string {
  return `${pack} ${ruleId} ${file}`
}
