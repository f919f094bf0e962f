import { describe, expect, it } from 'vitest'
import { ecrHost, pushCommands, shellWord } from './pushCommands'
import type { PushTarget } from './pushCommands'

const PACK = { name: 'hello-app', version: '1.2.3' }
const EMPTY: PushTarget = { kind: 'oci-basic', host: '', basePath: '', awsAccountId: '', awsRegion: '', username: '', packFolder: '', insecure: false, overwrite: false }

describe('pushCommands', () => {
  it('pushes to a basic-auth OCI registry under spectro-packs/archive, with the empty base push first', () => {
    const commands = pushCommands(PACK, { ...EMPTY, kind: 'oci-basic', host: 'https://harbor.example.com/', basePath: '/spectro-oci-registry/' })
    expect(commands.map((step) => step.command)).toEqual([
      'oras login harbor.example.com',
      'oras push harbor.example.com/spectro-oci-registry/spectro-packs/archive',
      'oras push harbor.example.com/spectro-oci-registry/spectro-packs/archive/hello-app:1.2.3 hello-app-1.2.3.tar.gz',
    ])
  })

  it('creates both ECR repositories, logs in through the pipe and pushes', () => {
    const commands = pushCommands(PACK, { ...EMPTY, kind: 'ecr', basePath: 'packs', awsAccountId: '123456789012', awsRegion: 'us-east-1' })
    expect(commands.map((step) => step.command)).toEqual([
      'aws ecr create-repository --repository-name packs/spectro-packs/archive --region us-east-1',
      'aws ecr create-repository --repository-name packs/spectro-packs/archive/hello-app --region us-east-1',
      'aws ecr get-login-password --region us-east-1 | oras login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com',
      'oras push 123456789012.dkr.ecr.us-east-1.amazonaws.com/packs/spectro-packs/archive/hello-app:1.2.3 hello-app-1.2.3.tar.gz',
    ])
  })

  it('leaves out an empty base content path instead of writing a double slash', () => {
    const commands = pushCommands(PACK, { ...EMPTY, kind: 'oci-basic', host: 'registry.local:5000' })
    expect(commands[2]?.command).toBe('oras push registry.local:5000/spectro-packs/archive/hello-app:1.2.3 hello-app-1.2.3.tar.gz')
  })

  it('logs in to a legacy registry without a scheme and pushes the pack folder', () => {
    const commands = pushCommands(PACK, { ...EMPTY, kind: 'spectro', host: 'https://packs.example.com:443', username: 'admin' })
    expect(commands.map((step) => step.command)).toEqual([
      'spectro registry login --username admin --password "$SPECTRO_PASSWORD" packs.example.com:443',
      'spectro pack push hello-app-1.2.3 --registry-server packs.example.com:443',
    ])
  })

  it('adds --insecure to the legacy login and --force with a message to replace a version', () => {
    const commands = pushCommands(PACK, { ...EMPTY, kind: 'spectro', host: 'packs.local', packFolder: 'my-folder', insecure: true, overwrite: true })
    expect(commands.map((step) => step.command)).toEqual([
      'spectro registry login --insecure packs.local',
      "spectro pack push my-folder --registry-server packs.local --force --message 'Update hello-app 1.2.3'",
    ])
  })

  it('builds the ECR host from account and region', () => {
    expect(ecrHost(' 1 ', 'eu-west-1')).toBe('1.dkr.ecr.eu-west-1.amazonaws.com')
  })

  it('quotes typed values so they stay one shell word', () => {
    const [login] = pushCommands(PACK, { ...EMPTY, kind: 'spectro', host: 'https://evil.example.com/; rm -rf / #' })
    expect(login?.command).toBe("spectro registry login 'evil.example.com/; rm -rf / #'")
    const commands = pushCommands(PACK, { ...EMPTY, kind: 'oci-basic', host: 'harbor.example.com', basePath: "my project's" })
    expect(commands[1]?.command).toBe("oras push 'harbor.example.com/my project'\\''s/spectro-packs/archive'")
    expect(shellWord('<registry-host>/spectro-packs/archive')).toBe('<registry-host>/spectro-packs/archive')
  })
})
