// A port of Helm v3.17.1 pkg/chartutil/dependencies.go (Apache-2.0), as `helm template` runs it
// (ProcessDependenciesWithMerge): subchart aliases, `condition`/`tags` (disabled subcharts are
// dropped) and `import-values`.
import { satisfies, valid } from 'semver'
import type { ChartRequirement, ChartTree } from './chartTree'
import { coalesceTables, coalesceValues, mergeValues } from './coalesce'
import { copyHelmValue, isHelmMap } from './helmYaml'
import type { HelmMap, HelmValue } from './helmYaml'

/**
 * Helm's IsCompatibleRange (Masterminds semver): `,` joins constraints like a space does, and a
 * partial version may carry a prerelease (`>=1.19-0` means `>=1.19.0-0`).
 */
export function isCompatibleRange(constraint: string, version: string): boolean {
  if (valid(version) === null) return false
  const normalized = constraint
    .split(',')
    .join(' ')
    .replace(/(^|[^\d.])(\d+)\.(\d+)(-[0-9A-Za-z.-]+)/g, '$1$2.$3.0$4')
  try {
    return satisfies(version, normalized, { includePrerelease: false })
  } catch {
    return false
  }
}

/** The chart as Helm renders it for these user values: disabled subcharts removed, aliases and imports applied. */
export function processDependencies(chart: ChartTree, userValues: HelmMap): ChartTree {
  return processImportValuesRecursively(processDependencyEnabled(chart, userValues, ''))
}

function withAlias(charts: readonly ChartTree[], requirement: ChartRequirement): ChartTree | undefined {
  const found = charts.find((chart) => chart.name === requirement.name && isCompatibleRange(requirement.version, chart.version))
  if (found === undefined) return undefined
  return requirement.alias !== undefined ? { ...found, name: requirement.alias } : found
}

function processDependencyEnabled(chart: ChartTree, values: HelmMap, path: string): ChartTree {
  if (chart.requirements.length === 0) return chart
  // Subcharts no requirement names stay as they are; declared ones come once per requirement (aliases).
  const undeclared = chart.dependencies.filter(
    (existing) => !chart.requirements.some((requirement) => requirement.name === existing.name && isCompatibleRange(requirement.version, existing.version)),
  )
  const declared = chart.requirements.flatMap((requirement) => withAlias(chart.dependencies, requirement) ?? [])
  const requirements = chart.requirements.map((requirement) => ({ ...requirement, name: requirement.alias ?? requirement.name }))
  const aliased: ChartTree = { ...chart, dependencies: [...undeclared, ...declared], requirements }
  const chartValues = coalesceValues(aliased, values)
  const disabled = new Set(requirements.filter((requirement) => !isEnabled(requirement, chartValues, path)).map((requirement) => requirement.name))
  const kept = aliased.dependencies.filter((dependency) => !disabled.has(dependency.name))
  return {
    ...aliased,
    requirements: requirements.filter((requirement) => !disabled.has(requirement.name)),
    dependencies: kept.map((dependency) => processDependencyEnabled(dependency, chartValues, `${path}${dependency.name}.`)),
  }
}

/** Tags first, then the first condition path that holds a boolean wins. */
function isEnabled(requirement: ChartRequirement, values: HelmMap, path: string): boolean {
  let enabled = true
  const tags = values.tags
  if (isHelmMap(tags)) {
    const states = requirement.tags.map((tag) => tags[tag]).filter((state): state is boolean => typeof state === 'boolean')
    enabled = states.includes(true) || !states.includes(false)
  }
  for (const condition of (requirement.condition ?? '').trim().split(',')) {
    if (condition.length === 0) continue
    const value = pathValue(values, `${path}${condition}`)
    if (typeof value === 'boolean') return value
  }
  return enabled
}

/** Helm's Values.PathValue: a dotted path to a value that is not itself a table. */
function pathValue(values: HelmMap, path: string): HelmValue | undefined {
  const keys = path.split('.')
  const last = keys.pop()
  if (last === undefined) return undefined
  let table: HelmValue | undefined = values
  for (const key of keys) {
    if (!isHelmMap(table)) return undefined
    table = table[key]
  }
  if (!isHelmMap(table) || !Object.hasOwn(table, last)) return undefined
  const value = table[last]
  return isHelmMap(value) ? undefined : value
}

function processImportValuesRecursively(chart: ChartTree): ChartTree {
  const dependencies = chart.dependencies.map(processImportValuesRecursively)
  return processImportValues({ ...chart, dependencies })
}

function tableAt(values: HelmMap, path: string): HelmMap | undefined {
  let table: HelmValue | undefined = values
  for (const key of path.split('.')) {
    if (!isHelmMap(table)) return undefined
    table = table[key]
  }
  return isHelmMap(table) ? table : undefined
}

function pathToMap(path: string, data: HelmMap): HelmMap {
  if (path === '.') return data
  return path.split('.').reduceRight<HelmMap>((inner, key) => ({ [key]: inner }), data)
}

/** With merge (as `helm template` runs it): the chart's values become its merged tree plus the imports. */
function processImportValues(chart: ChartTree): ChartTree {
  if (chart.requirements.length === 0) return chart
  const chartValues = mergeValues(chart, {})
  let imported: HelmMap = {}
  for (const requirement of chart.requirements) {
    for (const importValue of requirement.importValues) {
      let table: HelmMap | undefined
      let parent = '.'
      if (isHelmMap(importValue) && typeof importValue.child === 'string' && typeof importValue.parent === 'string') {
        table = tableAt(chartValues, `${requirement.name}.${importValue.child}`)
        parent = importValue.parent
      } else if (typeof importValue === 'string') {
        table = tableAt(chartValues, `${requirement.name}.exports.${importValue}`)
      }
      if (table !== undefined) imported = mergeTables(imported, pathToMap(parent, copyHelmValue(table)))
    }
  }
  return { ...chart, values: mergeTables(copyHelmValue(chartValues), imported) }
}

function mergeTables(dst: HelmMap, src: HelmMap): HelmMap {
  return coalesceTables(dst, src, true)
}
