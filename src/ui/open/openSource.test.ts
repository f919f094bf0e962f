import { describe, expect, it } from 'vitest'
import { sourceName, sourcesOfPickedFiles } from './openSource'

function picked(name: string, relativePath: string): File {
  const file = new File(['x'], name)
  Object.defineProperty(file, 'webkitRelativePath', { value: relativePath })
  return file
}

describe('sourcesOfPickedFiles', () => {
  it('groups a directory input by its top folder and keeps plain files on their own', () => {
    const sources = sourcesOfPickedFiles([picked('pack.json', 'hello/pack.json'), picked('a.yaml', 'hello/manifests/a.yaml'), picked('x.zip', '')])
    expect(sources.map(sourceName)).toEqual(['hello/', 'x.zip'])
    const [folder] = sources
    expect(folder?.kind === 'folder' ? folder.files.map((file) => file.path) : []).toEqual(['hello/pack.json', 'hello/manifests/a.yaml'])
  })
})
