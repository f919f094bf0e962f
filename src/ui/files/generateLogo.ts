import { logoMark } from '../../core/logo/logoMark'

const SIZE = 256

/**
 * A 256x256 PNG of the pack's initials on a colour chosen from its name, drawn on a canvas in the
 * page. Deterministic for a name (the same browser draws the same pixels).
 */
export async function generateLogo(name: string): Promise<Uint8Array> {
  const mark = logoMark(name)
  const canvas = document.createElement('canvas')
  canvas.width = SIZE
  canvas.height = SIZE
  const context = canvas.getContext('2d')
  if (context === null) throw new Error('this browser cannot draw on a canvas')
  context.fillStyle = mark.background
  context.beginPath()
  context.roundRect(0, 0, SIZE, SIZE, 40)
  context.fill()
  context.fillStyle = '#ffffff'
  context.font = `600 ${String(mark.initials.length > 1 ? 108 : 140)}px system-ui, sans-serif`
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  context.fillText(mark.initials, SIZE / 2, SIZE / 2 + 6)
  const blob = await new Promise<Blob | null>((resolve) => { canvas.toBlob(resolve, 'image/png') })
  if (blob === null) throw new Error('the canvas could not be saved as PNG')
  return new Uint8Array(await blob.arrayBuffer())
}
