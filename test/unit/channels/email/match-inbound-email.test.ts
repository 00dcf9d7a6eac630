import { describe, expect, it } from 'vitest';
import { createReplyAddress } from '../../../../channels/email/create-reply-address.ts';
import type { EmailMatchLookup, OutboundRef } from '../../../../channels/email/email-match-lookup.ts';
import { matchInboundEmail } from '../../../../channels/email/match-inbound-email.ts';
import type { InboundEmail } from '../../../../nlp/mail/parse-inbound-email.ts';

const SECRET = 'unit-test-secret-with-at-least-32-characters';
const OUTBOUND: OutboundRef = {
  id: '11111111-1111-4111-8111-111111111111',
  debtorId: 'debtor-thread',
  invoiceId: 'invoice-thread',
  threadId: '<reminder@us.example>',
  toAddress: 'jan@klant.nl',
};

/** A fake of the lookup port over fixed data. */
function fakeLookup(overrides: Partial<EmailMatchLookup> = {}): EmailMatchLookup {
  return {
    outboundByMessageIds: async (ids) => (ids.includes('<reminder@us.example>') ? OUTBOUND : null),
    outboundById: async (id) => (id === OUTBOUND.id ? OUTBOUND : null),
    invoicesByNumbers: async (numbers) =>
      numbers.includes('INV-2026-0042')
        ? [{ id: 'invoice-42', debtorId: 'debtor-number', number: 'INV-2026-0042' }]
        : [],
    debtorsByContactAddress: async (address) => (address === 'jan@klant.nl' ? ['debtor-contact'] : []),
    debtorsByContactDomain: async (domain) => (domain === 'klant.nl' ? ['debtor-domain'] : []),
    ...overrides,
  };
}

function email(fields: Partial<InboundEmail>): InboundEmail {
  return {
    messageId: '<in@klant.nl>',
    inReplyTo: null,
    references: [],
    from: 'jan@klant.nl',
    recipients: ['debiteuren@us.example'],
    subject: 'Vraag',
    date: null,
    headers: {},
    text: 'Hallo',
    html: undefined,
    attachments: [],
    quotedMessageIds: [],
    failedRecipients: [],
    delayedRecipients: [],
    replyText: '',
    traceFields: [],
    ...fields,
  };
}

const match = (fields: Partial<InboundEmail>, lookup = fakeLookup(), authservIds: readonly string[] = []) =>
  matchInboundEmail({ email: email(fields), lookup, replyTokenSecret: SECRET, authservIds });

describe('matchInboundEmail, in order of trust', () => {
  it('1. our own thread wins over everything else', async () => {
    const result = await match({ inReplyTo: '<reminder@us.example>', subject: 'factuur INV-2026-0042' });
    expect(result).toMatchObject({
      by: 'thread',
      debtorId: 'debtor-thread',
      threadId: '<reminder@us.example>',
    });
  });

  it('2. a valid reply token when the headers were lost', async () => {
    const to = createReplyAddress({
      from: 'debiteuren@us.example',
      secret: SECRET,
      outboundMessageId: OUTBOUND.id,
    });
    expect(await match({ recipients: [to], subject: 'factuur INV-2026-0042' })).toMatchObject({
      by: 'reply_token',
      debtorId: 'debtor-thread',
    });
    const forged = to.replace(/\+r[a-z2-7]{4}/, '+raaaa');
    expect((await match({ recipients: [forged] })).by).toBe('contact');
  });

  it('3. an invoice number, 4. the sender, 5. the sender domain', async () => {
    expect(await match({ subject: 'factuur INV-2026-0042' })).toMatchObject({
      by: 'invoice_number',
      debtorId: 'debtor-number',
      invoiceId: 'invoice-42',
    });
    expect(await match({})).toMatchObject({ by: 'contact', debtorId: 'debtor-contact', invoiceId: null });
    expect(await match({ from: 'piet@klant.nl' })).toMatchObject({ by: 'domain', debtorId: 'debtor-domain' });
  });

  it('a bounce is matched through the Message-ID its report quotes', async () => {
    const result = await match({
      from: 'mailer-daemon@mx.example',
      quotedMessageIds: ['<reminder@us.example>'],
    });
    expect(result).toMatchObject({ by: 'thread', debtorId: 'debtor-thread' });
    expect(result.outbound?.toAddress).toBe('jan@klant.nl');
  });

  it('never guesses: ambiguous numbers, shared addresses and public domains leave the mail for a person', async () => {
    const ambiguous = fakeLookup({
      invoicesByNumbers: async () => [
        { id: 'a', debtorId: 'one', number: 'INV-2026-0042' },
        { id: 'b', debtorId: 'two', number: 'INV-2026-0042' },
      ],
      debtorsByContactAddress: async () => ['one', 'two'],
    });
    const result = await match({ subject: 'factuur INV-2026-0042' }, ambiguous);
    expect(result.debtorId).toBeNull();
    expect(result.note).toMatch(/2 debtors/);
    let askedDomain = false;
    const publicDomain = fakeLookup({
      debtorsByContactAddress: async () => [],
      debtorsByContactDomain: async () => {
        askedDomain = true;
        return ['someone'];
      },
    });
    expect((await match({ from: 'jan@gmail.com' }, publicDomain)).debtorId).toBeNull();
    expect(askedDomain).toBe(false);
  });

  it('says whether the sender may act: thread and token from anyone, a contact of THAT debtor, nothing else', async () => {
    const stranger = 'attacker@evil.example';
    expect((await match({ from: stranger, inReplyTo: '<reminder@us.example>' })).senderAuthority).toBe(
      'thread',
    );
    const to = createReplyAddress({
      from: 'debiteuren@us.example',
      secret: SECRET,
      outboundMessageId: OUTBOUND.id,
    });
    expect((await match({ from: stranger, recipients: [to] })).senderAuthority).toBe('reply_token');
    // Quoting an invoice number finds the debtor (so the mail is on its timeline) but proves nothing.
    const quoted = await match({ from: stranger, subject: 'factuur INV-2026-0042' });
    expect(quoted).toMatchObject({
      by: 'invoice_number',
      debtorId: 'debtor-number',
      senderAuthority: 'unverified',
    });
    expect(quoted.note).toMatch(/not a contact/);
    // A contact of ANOTHER debtor quoting this debtor's number is no contact of this one.
    expect((await match({ subject: 'factuur INV-2026-0042' })).senderAuthority).toBe('unverified');
    const own = fakeLookup({
      debtorsByContactAddress: async (address) => (address === 'jan@klant.nl' ? ['debtor-number'] : []),
    });
    expect((await match({ subject: 'factuur INV-2026-0042' }, own)).senderAuthority).toBe('contact');
    expect((await match({})).senderAuthority).toBe('contact');
    expect(await match({ from: 'piet@klant.nl' })).toMatchObject({
      by: 'domain',
      senderAuthority: 'unverified',
    });
    expect((await match({ from: stranger })).senderAuthority).toBe('unverified');
  });
});

describe("matchInboundEmail with our receiving server's verdict (MAIL_AUTHSERV_ID)", () => {
  const failedAtOurs = [
    { name: 'received' as const, value: 'from mail.klant.nl by mx.us.example (Postfix) with ESMTPS id 1' },
    {
      name: 'authentication-results' as const,
      value: 'mx.us.example; dmarc=fail (p=reject dis=none) header.from=klant.nl',
    },
  ];

  it('keeps the match but makes a forged contact, thread or reply token unverified, saying why', async () => {
    const contact = await match({ traceFields: failedAtOurs }, fakeLookup(), ['mx.us.example']);
    expect(contact).toMatchObject({
      by: 'contact',
      debtorId: 'debtor-contact',
      senderAuthority: 'unverified',
      authenticationFailure: 'From failed DMARC at mx.us.example',
    });
    expect(contact.note).toContain('From failed DMARC at mx.us.example');
    const thread = await match(
      { traceFields: failedAtOurs, inReplyTo: '<reminder@us.example>' },
      fakeLookup(),
      ['mx.us.example'],
    );
    expect(thread).toMatchObject({ by: 'thread', debtorId: 'debtor-thread', senderAuthority: 'unverified' });
  });

  it('reads nothing without the setting, or from another server', async () => {
    expect(await match({ traceFields: failedAtOurs })).toMatchObject({
      senderAuthority: 'contact',
      authenticationFailure: null,
    });
    expect(await match({ traceFields: failedAtOurs }, fakeLookup(), ['mx.other.example'])).toMatchObject({
      senderAuthority: 'contact',
      authenticationFailure: null,
    });
  });
});
