import { describe, expect, it } from 'vitest'
import { addContentImage, removeContentImage } from './contentImagesEdit'

const CHARTS = 'charts:\n  app:\n    # kept as written\n    image:   {repository: x}\n'

describe('pack.content.images edits', () => {
  it('adds to a block list, keeping comments and every byte outside pack:', () => {
    const text = `# top\npack:\n  # where\n  namespace: app\n  content:\n    images:\n      - image: a:1\n${CHARTS}`
    expect(addContentImage(text, 'b:2')).toBe(`# top\npack:\n  # where\n  namespace: app\n  content:\n    images:\n      - image: a:1\n      - image: b:2\n${CHARTS}`)
  })

  it('turns an empty flow list into a block list, and creates the list or the section when missing', () => {
    expect(addContentImage(`pack:\n  content:\n    images: []\n${CHARTS}`, 'b:2')).toBe(`pack:\n  content:\n    images:\n      - image: b:2\n${CHARTS}`)
    expect(addContentImage(`pack:\n  namespace: app\n${CHARTS}`, 'b:2')).toBe(`pack:\n  namespace: app\n  content:\n    images:\n      - image: b:2\n${CHARTS}`)
    expect(addContentImage(CHARTS, 'b:2')).toBe(`pack:\n  content:\n    images:\n      - image: b:2\n\n${CHARTS}`)
  })

  it('removes an image and leaves other entries', () => {
    const text = `pack:\n  content:\n    images:\n      - image: a:1\n      - image: b:2\n${CHARTS}`
    expect(removeContentImage(text, 'a:1')).toBe(`pack:\n  content:\n    images:\n      - image: b:2\n${CHARTS}`)
  })

  it('refuses broken YAML', () => {
    expect(() => addContentImage('pack: [\n', 'a')).toThrow(/values\.yaml is not valid YAML/)
  })
})
