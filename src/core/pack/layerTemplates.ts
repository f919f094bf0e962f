import type { OsPackCloud } from '../schema/packJsonSchema'

// Texts of the CNI, CSI and OS templates. The OS packs are the documentation's examples
// (add-custom-packs.md, pack-format.md section 5) rewritten as valid JSON; `group: ""` is left out,
// as a blank field is a finding of its own.

const OS_EXAMPLES: Readonly<Record<OsPackCloud, Record<string, unknown>>> = {
  aws: {
    name: 'golden-centos-aws', displayName: 'CentOS', version: '7.7.1908', eol: '2024-06-30', layer: 'os', cloudTypes: ['aws'], kubeManifests: [],
    annotations: { cloudRegion: 'us-east-1', imageId: 'ami-071f6fc516c53fca1', imageOwner: '421085264799', osName: 'centos', os_spectro_version: '0', sshUsername: 'centos', skipK8sInstall: 'false' },
  },
  azure: {
    name: 'golden-centos-azure', displayName: 'CentOS', version: '7.7.1908', eol: '2024-06-30', layer: 'os', cloudTypes: ['azure'], kubeManifests: [],
    annotations: { imageOffer: 'CentOS', imagePublisher: 'OpenLogic', imageSKU: '7.7', osName: 'centos', os_spectro_version: '0', sshUsername: 'centos', skipK8sInstall: 'true' },
  },
  vsphere: {
    name: 'golden-centos-vsphere', displayName: 'CentOS', version: '7.7.1908', eol: '2024-06-30', layer: 'os', cloudTypes: ['vsphere'], kubeManifests: [],
    annotations: { folder: 'spectro-templates', imageId: '/Datacenter/vm/spectro-templates/base-images/centos-7-vanilla-with-vm-tools', osName: 'centos', os_spectro_version: '0', sshPassword: 'password', sshUsername: 'root', skipK8sInstall: 'false' },
  },
}

const OS_FILL_IN: Readonly<Record<OsPackCloud, string>> = {
  aws: '- `imageId`: the AMI id of your image, in `cloudRegion`, owned by the account `imageOwner`.',
  azure: '- `imagePublisher`, `imageOffer` and `imageSKU`: the Azure Marketplace image of your OS.',
  vsphere: '- `imageId`: the inventory path of your VM template (or an OVA URL), in the vCenter `folder`.',
}

/** An OS pack for one cloud, from the documentation's example, with a README naming what to change. */
export function osTemplateFiles(cloud: OsPackCloud): Record<string, string> {
  const packJson = OS_EXAMPLES[cloud]
  return {
    'pack.json': `${JSON.stringify(packJson, null, 2)}\n`,
    'values.yaml': '# OS packs need a values.yaml, which may stay empty.\n',
    'README.md': [
      `# CentOS for ${cloud === 'aws' ? 'AWS' : cloud === 'azure' ? 'Azure' : 'vSphere'}`,
      '',
      "This OS pack is the Palette documentation's example. It points Palette at a prepared machine image through the annotations in `pack.json`.",
      '',
      '## What to fill in',
      '',
      '- `name`, `displayName`, `version` and `eol`: your image\'s.',
      OS_FILL_IN[cloud],
      '- `osName` and `sshUsername`: the OS and the user Palette connects as.',
      '- `skipK8sInstall`: `"true"` when Kubernetes is already installed in the image, else `"false"`.',
      '',
    ].join('\n'),
  }
}

const CNI_MANIFEST = [
  '# Replace this DaemonSet with your CNI plugin\'s manifests (or upload its Helm chart instead).',
  'apiVersion: apps/v1',
  'kind: DaemonSet',
  'metadata:',
  '  name: my-cni-node',
  '  namespace: kube-system',
  'spec:',
  '  selector:',
  '    matchLabels:',
  '      app.kubernetes.io/name: my-cni-node',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app.kubernetes.io/name: my-cni-node',
  '    spec:',
  '      hostNetwork: true',
  '      tolerations:',
  '        - operator: Exists',
  '      containers:',
  '        - name: cni',
  '          image: "{{ .Values.image }}"',
  '          env:',
  '            - name: POD_CIDR',
  '              value: "{{ .Values.podCidr }}"',
  '',
].join('\n')

const CSI_MANIFEST = [
  '# Replace this StorageClass with your CSI driver\'s manifests (or upload its Helm chart instead).',
  'apiVersion: storage.k8s.io/v1',
  'kind: StorageClass',
  'metadata:',
  '  name: "{{ .Values.storageClassName }}"',
  '  annotations:',
  '    storageclass.kubernetes.io/is-default-class: "{{ .Values.isDefaultClass }}"',
  'provisioner: "{{ .Values.provisioner }}"',
  'reclaimPolicy: Delete',
  'volumeBindingMode: WaitForFirstConsumer',
  '',
].join('\n')

function layerReadme(title: string, body: string, fillIn: readonly string[]): string {
  return [`# ${title}`, '', body, '', '## What to fill in', '', ...fillIn.map((line) => `- ${line}`), '', '## Usage', '', 'Add the pack to a cluster profile in Palette and review its values.', ''].join('\n')
}

/** A CNI (network) layer pack: one manifest reading its settings from `manifests.my-cni`. */
export function cniTemplateFiles(): Record<string, string> {
  const packJson = { name: 'my-cni', displayName: 'My CNI', version: '1.0.0', layer: 'cni', cloudTypes: ['all'], kubeManifests: ['manifests/my-cni.yaml'] }
  return {
    'pack.json': `${JSON.stringify(packJson, null, 2)}\n`,
    'values.yaml': [
      '# Values of the my-cni pack. Users can override them in their cluster profile.',
      '',
      'pack:',
      '  # CNI plugins run in kube-system.',
      '  namespace: "kube-system"',
      '  content:',
      '    images:',
      '      - image: "docker.io/library/busybox:1.36"',
      '',
      'manifests:',
      '  my-cni:',
      '    image: "docker.io/library/busybox:1.36"',
      '    # Must match the pod CIDR of the cluster profile\'s Kubernetes layer.',
      '    podCidr: "192.168.0.0/16"',
      '',
    ].join('\n'),
    'manifests/my-cni.yaml': CNI_MANIFEST,
    'README.md': layerReadme('My CNI', 'A network (CNI) layer pack: it installs the pod network of the cluster.', [
      '`name`, `displayName` and `version` in pack.json.',
      '`manifests/my-cni.yaml`: your CNI plugin\'s manifests, or remove it and upload the plugin\'s Helm chart.',
      '`pack.content.images` in values.yaml: every image the plugin pulls.',
      'A logo (Generate a logo, or upload one).',
    ]),
  }
}

/** A CSI (storage) layer pack: a StorageClass whose settings come from `manifests.my-csi`. */
export function csiTemplateFiles(): Record<string, string> {
  const packJson = { name: 'my-csi', displayName: 'My CSI', version: '1.0.0', layer: 'csi', cloudTypes: ['all'], kubeManifests: ['manifests/my-csi.yaml'] }
  return {
    'pack.json': `${JSON.stringify(packJson, null, 2)}\n`,
    'values.yaml': [
      '# Values of the my-csi pack. Users can override them in their cluster profile.',
      '',
      'pack:',
      '  namespace: "kube-system"',
      '  content:',
      '    images:',
      '      - image: "registry.k8s.io/sig-storage/csi-provisioner:v5.0.1"',
      '',
      'manifests:',
      '  my-csi:',
      '    storageClassName: "standard"',
      '    isDefaultClass: "true"',
      '    provisioner: "csi.example.com"',
      '',
    ].join('\n'),
    'manifests/my-csi.yaml': CSI_MANIFEST,
    'README.md': layerReadme('My CSI', 'A storage (CSI) layer pack: it gives the cluster its default StorageClass.', [
      '`name`, `displayName` and `version` in pack.json.',
      '`manifests/my-csi.yaml`: your CSI driver\'s manifests, or remove it and upload the driver\'s Helm chart.',
      '`provisioner` in values.yaml: the name your CSI driver registers.',
      '`pack.content.images`: every image the driver pulls.',
      'A logo (Generate a logo, or upload one).',
    ]),
  }
}
