import { describe, expect, it } from 'vitest'
import type { PushTarget } from './pushCommands'
import { pushTargetProblems } from './pushTargetProblems'

const EMPTY: PushTarget = { kind: 'oci-basic', host: '', basePath: '', awsAccountId: '', awsRegion: '', username: '', packFolder: '', insecure: false, overwrite: false }

describe('pushTargetProblems', () => {
  it('accepts empty fields and well-formed values', () => {
    expect(pushTargetProblems(EMPTY)).toEqual({})
    expect(pushTargetProblems({ ...EMPTY, host: 'https://harbor.example.com:8443/', basePath: 'spectro-oci-registry' })).toEqual({})
    expect(pushTargetProblems({ ...EMPTY, kind: 'ecr', awsAccountId: '123456789012', awsRegion: 'eu-west-1', basePath: 'packs/prod' })).toEqual({})
  })

  it('names each malformed field', () => {
    expect(Object.keys(pushTargetProblems({ ...EMPTY, host: 'evil.example.com/; rm -rf /', basePath: 'My Project' }))).toEqual(['host', 'basePath'])
    expect(Object.keys(pushTargetProblems({ ...EMPTY, kind: 'ecr', awsAccountId: '12345', awsRegion: 'eu west 1' }))).toEqual(['awsAccountId', 'awsRegion'])
  })
})
