import { describe, expect, it } from 'vitest'
import { logoInitials, logoMark } from './logoMark'

describe('logoMark', () => {
  it.each([
    ['Kube Prometheus Stack', 'KP'],
    ['nginx', 'NG'],
    ['cert-manager', 'CM'],
    ['x', 'X'],
    ['--', '?'],
    ['élan vital', 'ÉV'],
  ])('takes the initials of %j as %s', (name, initials) => {
    expect(logoInitials(name)).toBe(initials)
  })

  it('gives one name always the same colour, and different names different colours', () => {
    expect(logoMark('Cert Manager')).toEqual(logoMark(' cert manager '))
    expect(logoMark('cert-manager').background).toMatch(/^hsl\(\d{1,3} 60% (3\d|4[0-3])%\)$/)
    const colours = new Set(['nginx', 'redis', 'vault', 'argo-cd', 'kyverno'].map((name) => logoMark(name).background))
    expect(colours.size).toBe(5)
  })
})
