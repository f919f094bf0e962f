import type { ImageFormat } from '../../core'
import { CONVERTIBLE_FORMATS, conversionSize } from './logoAdvice'

async function loadSvg(blob: Blob): Promise<{ image: HTMLImageElement; release: () => void }> {
  const url = URL.createObjectURL(blob)
  const image = new Image()
  image.src = url
  try {
    await image.decode()
  } catch (error) {
    URL.revokeObjectURL(url)
    throw error
  }
  return { image, release: () => { URL.revokeObjectURL(url) } }
}

/**
 * Converts a JPEG, WebP, GIF (first frame) or SVG image to PNG bytes, in the browser. Throws when the
 * browser cannot decode the image.
 */
export async function convertToPng(bytes: Uint8Array, format: ImageFormat): Promise<Uint8Array> {
  const mime = CONVERTIBLE_FORMATS[format]
  if (mime === undefined) throw new Error(`A ${format} image cannot be converted.`)
  const blob = new Blob([new Uint8Array(bytes)], { type: mime })
  const source = format === 'svg' ? await loadSvg(blob) : undefined
  const bitmap = source === undefined ? await createImageBitmap(blob) : undefined
  try {
    const image = source?.image ?? bitmap
    if (image === undefined) throw new Error('The image could not be decoded.')
    const natural = source !== undefined ? { width: source.image.naturalWidth, height: source.image.naturalHeight } : { width: image.width, height: image.height }
    const size = conversionSize(format, natural.width, natural.height)
    const canvas = document.createElement('canvas')
    canvas.width = size.width
    canvas.height = size.height
    const context = canvas.getContext('2d')
    if (context === null) throw new Error('The browser gave no canvas to draw on.')
    context.drawImage(image, 0, 0, size.width, size.height)
    const png = await new Promise<Blob | null>((resolve) => { canvas.toBlob(resolve, 'image/png') })
    if (png === null) throw new Error('The browser could not encode a PNG.')
    return new Uint8Array(await png.arrayBuffer())
  } finally {
    source?.release()
    bitmap?.close()
  }
}
