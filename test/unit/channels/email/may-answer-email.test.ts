import { describe, expect, it } from 'vitest';
import { mayAnswerEmail } from '../../../../channels/email/may-answer-email.ts';

const own = ['debiteuren@us.example'];
const ok = (fields: Partial<Parameters<typeof mayAnswerEmail>[0]>) =>
  mayAnswerEmail({ kind: 'reply', from: 'jan@klant.nl', headers: {}, ownAddresses: own, ...fields });

describe('mayAnswerEmail (loop prevention)', () => {
  it('answers a person', () => {
    expect(ok({})).toBe(true);
    expect(ok({ headers: { 'auto-submitted': 'no' } })).toBe(true);
  });

  it('never answers automatic mail, lists, system senders or ourselves', () => {
    expect(ok({ kind: 'auto_reply' })).toBe(false);
    expect(ok({ kind: 'bounce' })).toBe(false);
    expect(ok({ headers: { 'auto-submitted': 'auto-replied' } })).toBe(false);
    expect(ok({ headers: { precedence: 'bulk' } })).toBe(false);
    expect(ok({ headers: { 'list-id': '<list.klant.nl>' } })).toBe(false);
    expect(ok({ headers: { 'return-path': '<>' } })).toBe(false);
    expect(ok({ from: 'MAILER-DAEMON@mx.klant.nl' })).toBe(false);
    expect(ok({ from: 'noreply@klant.nl' })).toBe(false);
    expect(ok({ from: 'debiteuren+rabc@us.example' })).toBe(false);
    expect(ok({ from: null })).toBe(false);
  });
});
