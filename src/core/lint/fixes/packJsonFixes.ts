// Fix functions of the pack.json rules. Each re-reads pack.json and does nothing when the problem is gone.
import { isPlainObject } from '../../data/isPlainObject'
import type { FixFunction } from '../types'
import { indexArg, stringArg } from './fixArguments'
import { appendToList, editPackJson, renameTopLevelKey, setValue } from './packJsonFixEdits'

/** `KubeManifests` -> `kubeManifests`; merged into an existing `kubeManifests` (no duplicates) when both exist. */
export const renameKubeManifestsKey: FixFunction = (pack, args) =>
  editPackJson(pack, ({ text, object }) => {
    const key = stringArg(args, 'key')
    if (key === undefined || key === 'kubeManifests' || key.toLowerCase() !== 'kubemanifests' || !Object.hasOwn(object, key)) return undefined
    if (!Object.hasOwn(object, 'kubeManifests')) return renameTopLevelKey(text, key, 'kubeManifests')
    const target = object['kubeManifests']
    const misspelled = object[key]
    let list: readonly unknown[] | undefined = Array.isArray(target) ? target : undefined
    let next = text
    for (const entry of Array.isArray(misspelled) ? misspelled : []) {
      if (typeof entry !== 'string' || list?.includes(entry)) continue
      next = appendToList(next, 'kubeManifests', list, entry)
      list = [...(list ?? []), entry]
    }
    return setValue(next, [key], undefined)
  })

/** `"v1.2.3"` -> `"1.2.3"`, only while the version is still the one the finding saw. */
export const dropVersionPrefix: FixFunction = (pack, args) =>
  editPackJson(pack, ({ text, object }) => {
    const version = object['version']
    if (typeof version !== 'string' || version !== stringArg(args, 'version') || !/^[vV]/.test(version)) return undefined
    return setValue(text, ['version'], version.slice(1))
  })

/** Removes `group` or `eol` while it holds a blank string. */
export const removeBlankField: FixFunction = (pack, args) =>
  editPackJson(pack, ({ text, object }) => {
    const field = stringArg(args, 'field')
    if (field !== 'group' && field !== 'eol') return undefined
    const value = object[field]
    return typeof value === 'string' && value.trim() === '' ? setValue(text, [field], undefined) : undefined
  })

/** `cloudTypes: ["all", "aws"]` -> `["all"]`. */
export const keepOnlyAllClouds: FixFunction = (pack) =>
  editPackJson(pack, ({ text, object }) => {
    const clouds = object['cloudTypes']
    return Array.isArray(clouds) && clouds.includes('all') && clouds.length > 1 ? setValue(text, ['cloudTypes'], ['all']) : undefined
  })

/** `cloudTypes: ["all", "aws"]` -> `["aws"]`. */
export const dropAllCloud: FixFunction = (pack) =>
  editPackJson(pack, ({ text, object }) => {
    const clouds = object['cloudTypes']
    if (!Array.isArray(clouds) || !clouds.includes('all') || clouds.length < 2) return undefined
    return setValue(text, ['cloudTypes'], clouds.filter((cloud) => cloud !== 'all'))
  })

/** A resource component's `scheduleType: "control-plane"` -> `"master"`. */
export const useMasterScheduleType: FixFunction = (pack, args) =>
  editPackJson(pack, ({ text, object }) => {
    const resource = indexArg(args, 'resource')
    const component = indexArg(args, 'component')
    if (resource === undefined || component === undefined) return undefined
    const constraints = object['constraints']
    const resources = isPlainObject(constraints) ? constraints['resources'] : undefined
    const entry: unknown = Array.isArray(resources) ? resources[resource] : undefined
    const components = isPlainObject(entry) ? entry['components'] : undefined
    const target: unknown = Array.isArray(components) ? components[component] : undefined
    if (!isPlainObject(target) || target['scheduleType'] !== 'control-plane') return undefined
    return setValue(text, ['constraints', 'resources', resource, 'components', component, 'scheduleType'], 'master')
  })

/** Adds a manifest or chart file that exists in the pack to pack.json's `kubeManifests` or `charts`. */
export const listFileInPackJson: FixFunction = (pack, args) =>
  editPackJson(pack, ({ text, object }) => {
    const path = stringArg(args, 'path')
    const key = stringArg(args, 'key')
    if (path === undefined || (key !== 'kubeManifests' && key !== 'charts') || !pack.files.has(path)) return undefined
    const list = object[key]
    if (list !== undefined && !Array.isArray(list)) return undefined
    const listed = (list ?? []).some((entry) => typeof entry === 'string' && entry.replace(/^(\.\/)+/, '') === path)
    return listed ? undefined : appendToList(text, key, list, path)
  })
