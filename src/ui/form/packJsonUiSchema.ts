import type { UiSchema } from '@rjsf/utils'

const READ_ONLY_LIST = {
  'ui:readonly': true,
  'ui:options': { addable: false, removable: false, orderable: false },
}

/** How the pack.json form looks: field order, widgets, stable labels and help (spec section 2). */
export function packJsonUiSchema(options: { readonly showAddonType: boolean }): UiSchema {
  return {
    'ui:order': ['name', 'displayName', 'version', 'layer', 'addonType', 'addonSubType', 'cloudTypes', 'group', 'eol', 'annotations', 'constraints', 'kubeManifests', 'charts', '*'],
    'ui:submitButtonOptions': { norender: true },
    name: { 'ui:title': 'Name', 'ui:emptyValue': '', 'ui:placeholder': 'hello-app' },
    displayName: { 'ui:title': 'Display name', 'ui:emptyValue': '', 'ui:placeholder': 'Hello App' },
    version: { 'ui:title': 'Version', 'ui:emptyValue': '', 'ui:placeholder': '1.0.0' },
    layer: { 'ui:title': 'Layer', 'ui:widget': 'select' },
    addonType: options.showAddonType
      ? { 'ui:title': 'Add-on type', 'ui:widget': 'select', 'ui:placeholder': 'Choose an add-on type' }
      : { 'ui:widget': 'hidden' },
    addonSubType: options.showAddonType ? {} : { 'ui:widget': 'hidden' },
    cloudTypes: { 'ui:title': 'Cloud types', 'ui:widget': 'checkboxes', 'ui:options': { inline: true } },
    group: { 'ui:placeholder': 'LTS' },
    eol: { 'ui:title': 'End of life', 'ui:widget': 'date' },
    annotations: { 'ui:title': 'Annotations', 'ui:options': { addLabel: 'Add annotation' } },
    // Item titles replace rjsf's "<list title>-<n>"; addLabel names each list's Add button.
    constraints: {
      dependencies: {
        'ui:options': { addLabel: 'Add dependency' },
        items: { 'ui:title': 'Dependency', 'ui:order': ['packName', 'layer', 'type', 'minVersion', 'maxVersion'] },
      },
      resources: {
        'ui:options': { addLabel: 'Add resource' },
        items: {
          'ui:title': 'Resource',
          'ui:order': ['type', 'minLimit', 'components'],
          components: {
            'ui:options': { addLabel: 'Add component' },
            items: { 'ui:title': 'Component', 'ui:order': ['scheduleType', 'resourceRequestParamRef', 'replicaCountParamRef'] },
          },
        },
      },
    },
    kubeManifests: { ...READ_ONLY_LIST, items: { 'ui:title': 'Manifest' }, 'ui:help': 'Follows the files under manifests/ (add or remove them in the file tree).' },
    charts: { ...READ_ONLY_LIST, items: { 'ui:title': 'Chart' }, 'ui:help': 'Follows the .tgz files under charts/ (upload them in the file tree).' },
  }
}
