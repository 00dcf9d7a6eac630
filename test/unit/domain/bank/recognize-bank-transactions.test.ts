import { describe, expect, it } from 'vitest';
import type { BankTransactionIdentity } from '../../../../domain/bank/identify-bank-transaction.ts';
import {
  type EarlierBankEntry,
  recognizeBankTransactions,
} from '../../../../domain/bank/recognize-bank-transactions.ts';

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
const kinds = (identities: BankTransactionIdentity[], stored: EarlierBankEntry[]) =>
  recognizeBankTransactions({ identities, earlier: stored }).map((r) =>
    r.kind === 'new' ? 'new' : r.kind === 'same' ? `same ${r.by} ${r.earlier.id}` : `likely ${r.earlier.id}`,
  );

describe('recognizeBankTransactions', () => {
  it.each([
    [
      'the bank reference',
      identity({ referenceKey: 'R' }),
      [earlier('a', { referenceKey: 'R', contentKey: 'X' })],
      'same bank_reference a',
    ],
    [
      'the end-to-end id across formats',
      identity({ referenceKey: 'R2', endToEndKey: 'E' }),
      [earlier('a', { format: 'mt940', referenceKey: 'R', endToEndKey: 'E' })],
      'same end_to_end_id a',
    ],
    ['content without references', identity({}), [earlier('a', {})], 'likely a'],
    ['content, one side with a reference', identity({ referenceKey: 'R' }), [earlier('a', {})], 'likely a'],
    [
      'content, different bank references: not proof, a person looks',
      identity({ referenceKey: 'R2' }),
      [earlier('a', { referenceKey: 'R' })],
      'likely a',
    ],
    [
      'content, different end-to-end ids: two transfers',
      identity({ endToEndKey: 'E2' }),
      [earlier('a', { format: 'mt940', endToEndKey: 'E' })],
      'new',
    ],
    ['other content', identity({ contentKey: 'D' }), [earlier('a', {})], 'new'],
    ['nothing earlier', identity({ referenceKey: 'R' }), [], 'new'],
  ])('%s', (_, entry, stored, expected) => {
    expect(kinds([entry], stored)).toEqual([expected]);
  });

  it('lets each earlier entry answer for one entry only: of two equal transfers after one, one is new', () => {
    expect(
      kinds(
        [identity({ endToEndKey: 'E' }), identity({ endToEndKey: 'E' })],
        [earlier('a', { endToEndKey: 'E' })],
      ),
    ).toEqual(['same end_to_end_id a', 'new']);
    expect(kinds([identity({}), identity({})], [earlier('a', {})])).toEqual(['likely a', 'new']);
  });

  it('matches references before content, whatever the order in the statement', () => {
    // The day-end statement lists the second, equal transfer (R2) before the one the intraday report had (R1).
    expect(
      kinds(
        [identity({ referenceKey: 'R2' }), identity({ referenceKey: 'R1' })],
        [earlier('a', { referenceKey: 'R1' })],
      ),
    ).toEqual(['new', 'same bank_reference a']);
  });
});
