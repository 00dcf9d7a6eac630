import { describe, expect, it } from 'vitest';
import type { BankTransactionIdentity } from '../../../../domain/bank/identify-bank-transaction.ts';
import {
  type EarlierBankEntry,
  recognizeBankTransaction,
} from '../../../../domain/bank/recognize-bank-transaction.ts';

const identity = (over: Partial<BankTransactionIdentity>): BankTransactionIdentity => ({
  format: 'camt053',
  referenceKey: null,
  endToEndKey: null,
  contentKey: 'C',
  ...over,
});
const earlier = (id: string, over: Partial<BankTransactionIdentity>): EarlierBankEntry => ({
  id,
  statementId: `S-${id}`,
  sourceFile: `${id}.xml`,
  ...identity(over),
});
const none = new Set<string>();

describe('recognizeBankTransaction', () => {
  it.each([
    [
      'the bank reference',
      identity({ referenceKey: 'R' }),
      [earlier('a', { referenceKey: 'R', contentKey: 'X' })],
      'same',
      'bank_reference',
    ],
    [
      'the end-to-end id across formats',
      identity({ referenceKey: 'R2', endToEndKey: 'E' }),
      [earlier('a', { format: 'mt940', referenceKey: 'R', endToEndKey: 'E' })],
      'same',
      'end_to_end_id',
    ],
    ['content without references', identity({}), [earlier('a', {})], 'likely', undefined],
    [
      'content, one side with a reference',
      identity({ referenceKey: 'R' }),
      [earlier('a', {})],
      'likely',
      undefined,
    ],
    [
      'content, different references across formats',
      identity({ format: 'mt940', referenceKey: 'R2' }),
      [earlier('a', { referenceKey: 'R' })],
      'likely',
      undefined,
    ],
    [
      'content, different references in one format: two transfers',
      identity({ referenceKey: 'R2' }),
      [earlier('a', { referenceKey: 'R' })],
      'new',
      undefined,
    ],
    [
      'content, different end-to-end ids: two transfers',
      identity({ endToEndKey: 'E2' }),
      [earlier('a', { format: 'mt940', endToEndKey: 'E' })],
      'new',
      undefined,
    ],
    ['other content', identity({ contentKey: 'D' }), [earlier('a', {})], 'new', undefined],
  ])('%s', (_, entry, stored, kind, by) => {
    const result = recognizeBankTransaction({ identity: entry, earlier: stored, claimed: none });
    expect(result.kind).toBe(kind);
    if (result.kind === 'same') expect(result.by).toBe(by);
  });

  it('lets each earlier entry answer for one entry only: of two equal transfers after one, one is new', () => {
    const stored = [earlier('a', { endToEndKey: 'E' })];
    const claimed = new Set<string>();
    const first = recognizeBankTransaction({
      identity: identity({ endToEndKey: 'E' }),
      earlier: stored,
      claimed,
    });
    expect(first).toMatchObject({ kind: 'same', earlier: { id: 'a' } });
    claimed.add('a');
    expect(
      recognizeBankTransaction({ identity: identity({ endToEndKey: 'E' }), earlier: stored, claimed }),
    ).toEqual({ kind: 'new' });
  });
});
