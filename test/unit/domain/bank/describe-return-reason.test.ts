import { describe, expect, it } from 'vitest';
import { describeReturnReason } from '../../../../domain/bank/describe-return-reason.ts';

describe('describeReturnReason', () => {
  it('names a SEPA reason code in words, and an unknown one as it came', () => {
    expect(describeReturnReason(' md06 ')).toBe('MD06, refund requested by the debtor');
    expect(describeReturnReason('AM04')).toBe('AM04, insufficient funds');
    expect(describeReturnReason('ZZ99')).toBe('ZZ99');
  });
});
