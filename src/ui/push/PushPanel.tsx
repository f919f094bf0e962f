import { useId } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { pushCommands } from '../../core/push/pushCommands'
import { pushTargetProblems } from '../../core/push/pushTargetProblems'
import type { PushTarget, RegistryKind } from '../../core'
import { packSummary } from '../state/packIdentity'
import { useAppState } from '../state/usePackStore'
import { CopyButton } from './CopyButton'
import './PushPanel.css'

const KINDS: readonly { readonly kind: RegistryKind; readonly label: string }[] = [
  { kind: 'oci-basic', label: 'OCI registry with basic auth (Harbor, …)' },
  { kind: 'ecr', label: 'AWS ECR (OCI)' },
  { kind: 'spectro', label: 'Legacy Spectro registry (spectro CLI)' },
]

const DEFAULTS: PushTarget = { kind: 'oci-basic', host: '', basePath: '', awsAccountId: '', awsRegion: 'us-east-1', username: '', packFolder: '', insecure: false, overwrite: false }

function TextField({ label, placeholder, registration, problem }: { readonly label: string; readonly placeholder: string; readonly registration: ReturnType<ReturnType<typeof useForm<PushTarget>>['register']>; readonly problem?: string | undefined }) {
  const id = useId()
  const problemId = `${id}-problem`
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" placeholder={placeholder} spellCheck={false} autoComplete="off" aria-invalid={problem !== undefined} aria-describedby={problem === undefined ? undefined : problemId} {...registration} />
      {problem !== undefined && <p id={problemId} className="field__problem">{problem}</p>}
    </div>
  )
}

/** Copy-ready push instructions for the pack, filled with its name and version (spec section 4). */
export function PushPanel() {
  const pack = useAppState((state) => state.pack)
  const summary = packSummary(pack)
  const { register, control } = useForm<PushTarget>({ defaultValues: DEFAULTS })
  const target = { ...DEFAULTS, ...useWatch({ control }) }
  const identity = { name: summary.name || '<name>', version: summary.version || '<version>' }
  const problems = pushTargetProblems(target)
  // Empty fields show as <placeholders>, so the commands read right before they are filled in.
  // A Harbor project is required (it is the base content path); an ECR prefix may be empty.
  const commands = pushCommands(identity, target.kind === 'ecr'
    ? { ...target, awsAccountId: target.awsAccountId.trim() || '<account-id>', awsRegion: target.awsRegion.trim() || '<region>' }
    : { ...target, host: target.host.trim() || '<registry-host>', basePath: target.kind === 'oci-basic' ? target.basePath.trim() || '<project>' : target.basePath })
  return (
    <form className="push" aria-label="Push instructions" onSubmit={(event) => { event.preventDefault() }}>
      <fieldset className="push__kinds">
        <legend>Registry type</legend>
        {KINDS.map(({ kind, label }) => (
          <label key={kind}><input type="radio" value={kind} {...register('kind')} /> {label}</label>
        ))}
      </fieldset>
      <div className="push__fields">
        {target.kind !== 'ecr' && <TextField label="Registry host" placeholder="harbor.example.com" registration={register('host')} problem={problems.host} />}
        {target.kind === 'oci-basic' && <TextField label="Base content path (Harbor project)" placeholder="spectro-oci-registry" registration={register('basePath')} problem={problems.basePath} />}
        {target.kind === 'ecr' && (
          <>
            <TextField label="AWS account id" placeholder="123456789012" registration={register('awsAccountId')} problem={problems.awsAccountId} />
            <TextField label="AWS region" placeholder="us-east-1" registration={register('awsRegion')} problem={problems.awsRegion} />
            <TextField label="Repository prefix (base content path)" placeholder="spectro-oci-registry" registration={register('basePath')} problem={problems.basePath} />
          </>
        )}
        {target.kind === 'spectro' && (
          <>
            <TextField label="User name" placeholder="admin" registration={register('username')} />
            <TextField label="Pack folder (the unzipped download)" placeholder={`${identity.name}-${identity.version}`} registration={register('packFolder')} />
            <label className="push__check"><input type="checkbox" {...register('insecure')} /> Self-signed certificate (log in with --insecure)</label>
            <label className="push__check"><input type="checkbox" {...register('overwrite')} /> Replace this version if it exists (--force)</label>
          </>
        )}
      </div>
      {target.kind !== 'spectro' && (
        <p className="push__note">Download the .tar.gz first. Palette documents <strong>ORAS v1.0.0</strong> for pushing packs; newer ORAS versions write a different manifest.</p>
      )}
      <ol className="push__steps">
        {commands.map((step) => (
          <li key={step.command}>
            <span className="push__title">{step.title}</span>
            <div className="push__command">
              <code>{step.command}</code>
              <CopyButton text={step.command} label={`Copy: ${step.title}`} />
            </div>
          </li>
        ))}
      </ol>
    </form>
  )
}
