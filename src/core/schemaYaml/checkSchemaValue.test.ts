import { describe, expect, it } from 'vitest'
import { checkSchemaValue } from './checkSchemaValue'
import { parseSchemaTemplate } from './parseSchemaTemplate'

function check(template: string, value: unknown): boolean {
  const parsed = parseSchemaTemplate(template).template
  if (!parsed) throw new Error(`bad template in test: ${template}`)
  return checkSchemaValue(parsed, value) === undefined
}

describe('checkSchemaValue', () => {
  it.each([
    ['{{ required }}', 'x', true],
    ['{{ required }}', '', false],
    ['{{ required }}', null, false],
    ['{{ format "${string}" }}', undefined, true],
    ['{{ format "${number}" }}', 8080, true],
    ['{{ format "${number}" }}', '8080', true],
    ['{{ format "${number}" }}', 'eighty', false],
    ['{{ format "${number:[5000-5005]}" }}', 5005, true],
    ['{{ format "${number:[5000-5005]}" }}', 5006, false],
    ['{{ format "${boolean}" }}', false, true],
    ['{{ format "${boolean}" }}', 'yes', false],
    ['{{ format "${list:[a,b]}" }}', 'b', true],
    ['{{ format "${list:[a,b]}" }}', 'c', false],
    ['{{ format "${ipv4}" }}', '10.0.0.1', true],
    ['{{ format "${ipv4}" }}', '10.0.0.256', false],
    ['{{ format "${version}" }}', '1.2.3', true],
    ['{{ format "${version}" }}', '1.2', false],
    ['{{ format "${string:/^[a-z]+$/}" }}', 'abc', true],
    ['{{ format "${string:/^[a-z]+$/}" }}', 'ABC', false],
    ['{{ format "${ipv4} - ${ipv4}" }}', '10.0.0.1 - 10.0.0.9', true],
    ['{{ format "${ipv4} - ${ipv4}" }}', '10.0.0.1-10.0.0.9', false],
    ['{{ format "${string}" }}', { a: 1 }, false],
    ['{{ required | format "${number}" }}', '{{ .spectro.var.port }}', true],
  ])('%s with %j passes: %s', (template, value, passes) => {
    expect(check(template, value)).toBe(passes)
  })
})
