import { describe, expect, it } from 'vitest'
import { SetValueError, applySetValues } from './setValues'

describe('applySetValues (--set)', () => {
  it('sets scalars at dotted paths, read as YAML scalars, creating mappings on the way', () => {
    expect(applySetValues({ charts: { app: { keep: 1 } } }, ['charts.app.replicas=3', 'charts.app.debug=true', 'charts.app.name=web', 'charts.db.port=5432', 'charts.app.keep=null'])).toEqual({
      charts: { app: { keep: null, replicas: 3, debug: true, name: 'web' }, db: { port: 5432 } },
    })
  })

  it('does not change the values it was given', () => {
    const values = { a: { b: 1 } }
    applySetValues(values, ['a.b=2'])
    expect(values).toEqual({ a: { b: 1 } })
  })

  it.each([['novalue'], ['=3'], ['a..b=1']])('refuses %s', (assignment) => {
    expect(() => applySetValues({}, [assignment])).toThrow(SetValueError)
  })
})
