import { describe, expect, it } from 'vitest'
import type { ChartInfo } from '../chart/chartInfo'
import { VALUES_SCHEMA } from '../schema/valuesSchema'
import { commentDescription, schemaFromDefaultValues, valuesEditorSchema } from './chartValuesSchema'

function chart(extra: Partial<ChartInfo>): ChartInfo {
  return { folder: 'web', name: 'web', version: '1.0.0', dependencies: [], ...extra }
}

const DEFAULTS = [
  '# Default values for web.',
  '',
  '# -- How many pods to run',
  'replicaCount: 1',
  'image:',
  '  # The image repository.',
  '  # Any registry works.',
  '  repository: nginx',
  '  ## @param image.tag Tag of the image (defaults to the appVersion)',
  '  tag: ""',
  '  pullSecrets: []',
  'enabled: true',
  'resources: ~',
  'ports:',
  '  - name: http',
  '    port: 80',
  '',
].join('\n')

describe('schemaFromDefaultValues', () => {
  it('gives each key its type, its default and the comment above it, and keeps every object open', () => {
    expect(schemaFromDefaultValues(DEFAULTS)).toEqual({
      type: ['object', 'null'],
      properties: {
        replicaCount: { type: 'number', default: 1, description: 'How many pods to run' },
        image: {
          type: 'object',
          properties: {
            repository: { type: 'string', default: 'nginx', description: 'The image repository.\nAny registry works.' },
            tag: { type: 'string', default: '', description: 'Tag of the image (defaults to the appVersion)' },
            pullSecrets: { type: 'array' },
          },
        },
        enabled: { type: 'boolean', default: true },
        resources: {},
        ports: { type: 'array', items: { type: 'object', properties: { name: { type: 'string', default: 'http' }, port: { type: 'number', default: 80 } } } },
      },
    })
  })

  it('gives broken or non-mapping defaults an open schema', () => {
    expect(schemaFromDefaultValues('a: [\n')).toEqual({ type: ['object', 'null'] })
    expect(schemaFromDefaultValues('- a\n')).toEqual({ type: ['object', 'null'] })
    expect(schemaFromDefaultValues(undefined)).toEqual({ type: ['object', 'null'] })
  })

  it('stops at a fixed depth on deeply nested defaults', () => {
    const deep = `${Array.from({ length: 60 }, (_, index) => `${'  '.repeat(index)}k${String(index)}:`).join('\n')} 1\n`
    expect(JSON.stringify(schemaFromDefaultValues(deep)).split('"properties"').length - 1).toBeLessThanOrEqual(33)
  })
})

describe('commentDescription', () => {
  it.each([
    [' top\n\n -- Replicas', 'Replicas'],
    ['# @section Global parameters\n# @param global.imageRegistry Global registry', 'Global registry'],
    [' \n', undefined],
    [undefined, undefined],
  ])('reads %j as %j', (comment, description) => {
    expect(commentDescription(comment)).toBe(description)
  })
})

describe('valuesEditorSchema', () => {
  it('puts each chart under charts.<folder> and keeps the pack: keys', () => {
    const schema = valuesEditorSchema(VALUES_SCHEMA, [chart({ valuesYaml: 'replicaCount: 1\n' }), chart({ folder: 'db', name: 'postgresql', version: '13.0.0', valuesYaml: 'auth: {}\n' })])
    const properties = schema.properties as Record<string, { properties?: Record<string, unknown>; type?: unknown }>
    expect(properties.pack).toEqual(VALUES_SCHEMA.properties?.pack)
    expect(properties.charts?.type).toEqual(['object', 'null'])
    expect(properties.charts?.properties).toEqual({
      web: { description: 'Values of the chart web 1.0.0 (folder `web`), as Helm gets them.', type: ['object', 'null'], properties: { replicaCount: { type: 'number', default: 1 } } },
      db: { description: 'Values of the chart postgresql 13.0.0 (folder `db`), as Helm gets them.', type: ['object', 'null'], properties: { auth: { type: 'object', properties: {} } } },
    })
  })

  it("uses the chart's values.schema.json, its own references pointed at where it is embedded", () => {
    const own = { $schema: 'http://json-schema.org/draft-07/schema#', $id: 'https://example.com/x', type: 'object', description: 'Web values', properties: { port: { $ref: '#/definitions/port' }, url: { $ref: 'https://example.com/url.json' } }, definitions: { port: { type: 'integer' } } }
    const schema = valuesEditorSchema(VALUES_SCHEMA, [chart({ folder: 'we/b~', valuesSchemaJson: JSON.stringify(own), valuesYaml: 'ignored: 1\n' })])
    expect((schema.properties as { charts: { properties: Record<string, unknown> } }).charts.properties['we/b~']).toEqual({
      description: 'Web values',
      type: 'object',
      properties: { port: { $ref: '#/properties/charts/properties/we~1b~0/definitions/port' }, url: { $ref: 'https://example.com/url.json' } },
      definitions: { port: { type: 'integer' } },
    })
  })

  it("puts a subchart's defaults under its alias, the parent's overrides first", () => {
    const parent = chart({
      valuesYaml: 'db:\n  # -- Parent says\n  port: 5433\n',
      dependencies: [{ name: 'postgresql', version: '13.x', alias: 'db' }],
      subcharts: [{ name: 'postgresql', valuesYaml: '# -- Sub says\nport: 5432\n# -- Database user\nuser: app\n' }],
    })
    const web = (valuesEditorSchema(VALUES_SCHEMA, [parent]).properties as { charts: { properties: { web: { properties: { db: { properties: unknown } } } } } }).charts.properties.web
    expect(web.properties.db.properties).toEqual({ port: { type: 'number', default: 5433, description: 'Parent says' }, user: { type: 'string', default: 'app', description: 'Database user' } })
  })

  it('returns the base schema when the pack has no chart', () => {
    expect(valuesEditorSchema(VALUES_SCHEMA, [])).toBe(VALUES_SCHEMA)
  })
})
