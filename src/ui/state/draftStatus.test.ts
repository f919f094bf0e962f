import { describe, expect, it } from 'vitest'
import { describeStorageError } from './draftStatus'

describe('describeStorageError', () => {
  it('says plainly that storage is full on a quota error', () => {
    expect(describeStorageError(new DOMException('Quota exceeded.', 'QuotaExceededError')))
      .toBe('The browser\'s storage for this site is full (quota exceeded). Delete drafts you no longer need, or download this one.')
  })

  it('names a closed database, and passes other messages on', () => {
    expect(describeStorageError(new DOMException('The database connection is closing.', 'InvalidStateError'))).toBe('The drafts database was closed by the browser (site data cleared?).')
    expect(describeStorageError(new Error('The user denied permission to access the database.'))).toBe('The user denied permission to access the database.')
    expect(describeStorageError('odd')).toBe('odd')
  })
})
