import { describe, expect, it } from 'vitest'
import { manifestNameOf, manifestNameProblem, manifestPath } from './manifestName'

describe('manifestNameProblem', () => {
  const files = ['pack.json', 'manifests/web.yaml', 'manifests/sub/db.yml']

  it.each(['app', 'my-app', 'a1', 'x'])('accepts %s', (name) => {
    expect(manifestNameProblem(name, files)).toBeUndefined()
  })

  it.each(['', ' ', 'My-App', '-app', 'app-', 'a_b', 'a.b', 'a/b', 'x'.repeat(64)])('rejects %j', (name) => {
    expect(manifestNameProblem(name, files)).toBeDefined()
  })

  it('says to leave out the extension', () => {
    expect(manifestNameProblem('renamed.yaml', files)).toMatch(/Leave out "\.yaml"/)
  })

  it('rejects a name another manifest has, in any folder', () => {
    expect(manifestNameProblem('web', files)).toMatch(/already exists/)
    expect(manifestNameProblem('db', files)).toMatch(/already exists/)
  })

  it('lets a renamed manifest keep its own name', () => {
    expect(manifestNameProblem('web', files, 'manifests/web.yaml')).toBeUndefined()
  })
})

describe('manifest paths', () => {
  it('round-trips a name through its path', () => {
    expect(manifestPath('web')).toBe('manifests/web.yaml')
    expect(manifestNameOf('manifests/sub/db.yml')).toBe('db')
  })
})
