import type { PushTarget } from './pushCommands'

/** What is wrong with a typed push field, by field; a field that is empty or fine has no entry. */
export type PushTargetProblems = Partial<Record<'host' | 'basePath' | 'awsAccountId' | 'awsRegion', string>>

const HOST = /^(https?:\/\/)?[A-Za-z0-9.-]+(:\d+)?\/?$/
// OCI repository path components: lower-case, digits, separated by '.', '_', '__', '-' or '/'.
const REPOSITORY_PATH = /^\/?[a-z0-9]+((\.|_|__|-+|\/)[a-z0-9]+)*\/?$/
const AWS_ACCOUNT = /^\d{12}$/
const AWS_REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d+$/

/** Checks the registry fields the user typed, so mistakes show before a command is copied. */
export function pushTargetProblems(target: PushTarget): PushTargetProblems {
  const problems: PushTargetProblems = {}
  const check = (field: keyof PushTargetProblems, pattern: RegExp, message: string) => {
    const value = target[field].trim()
    if (value !== '' && !pattern.test(value)) problems[field] = message
  }
  if (target.kind !== 'ecr') check('host', HOST, 'A host name, with a port if needed: harbor.example.com or harbor.example.com:8443.')
  if (target.kind !== 'spectro') check('basePath', REPOSITORY_PATH, "Lower-case letters and digits, joined by '.', '_', '-' or '/'.")
  if (target.kind === 'ecr') {
    check('awsAccountId', AWS_ACCOUNT, 'An AWS account id is 12 digits.')
    check('awsRegion', AWS_REGION, 'An AWS region looks like us-east-1 or eu-west-2.')
  }
  return problems
}
