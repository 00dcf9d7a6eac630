import { describe, expect, it } from 'vitest';
import { sanitizeClientActivity } from '../../../../channels/directline/sanitize-client-activity.ts';

const conversation = {
  id: 'conv-1',
  invoiceId: '11111111-1111-4111-8111-111111111111',
  debtorId: '22222222-2222-4222-8222-222222222222',
  userId: 'dl_debtor',
  locale: 'nl-NL',
  lastSeq: 3,
};
const limits = { maxTextLength: 20, allowedEvents: ['webchat/join'] };
const now = new Date('2026-11-23T12:00:00Z');
const sanitize = (raw: unknown) => sanitizeClientActivity({ raw, conversation, botId: 'bot', limits, now });

describe('client activities', () => {
  it('keeps type, text, locale and clientActivityID; the sender comes from the token', () => {
    const result = sanitize({
      type: 'message',
      text: '<b>hoi</b>',
      locale: 'nl-NL',
      id: 'forged-id',
      from: { id: 'finance', role: 'bot' },
      timestamp: '1999-01-01T00:00:00Z',
      channelData: { clientActivityID: 'c1', admin: true },
      attachments: [{ contentUrl: 'http://evil' }],
      value: { approve: true },
    });
    expect(result).toEqual({
      ok: true,
      activity: {
        type: 'message',
        text: '<b>hoi</b>',
        textFormat: 'plain',
        locale: 'nl-NL',
        timestamp: now.toISOString(),
        channelId: 'directline',
        conversation: { id: 'conv-1' },
        from: { id: 'dl_debtor', role: 'user' },
        recipient: { id: 'bot', role: 'bot' },
        channelData: { clientActivityID: 'c1' },
      },
    });
  });

  it('refuses other types, unknown events, empty and too long messages', () => {
    expect(sanitize({ type: 'typing' }).ok).toBe(false);
    expect(sanitize({ type: 'event', name: 'approve' }).ok).toBe(false);
    expect(sanitize({ type: 'event', name: 'webchat/join' }).ok).toBe(true);
    expect(sanitize({ type: 'message', text: ' ' }).ok).toBe(false);
    expect(sanitize({ type: 'message', text: 'x'.repeat(21) })).toMatchObject({ ok: false });
    expect(sanitize({ type: 'message', text: 'x'.repeat(20) }).ok).toBe(true);
    expect(sanitize('not an object').ok).toBe(false);
    expect(sanitize({ type: 'message', text: 42 }).ok).toBe(false);
  });
});
