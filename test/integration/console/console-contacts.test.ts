import { beforeAll, describe, expect, it } from 'vitest';
import { createEmailSink } from '../../../bot/inbound/create-email-sink.ts';
import { deliverActionNotices } from '../../../bot/notices/deliver-action-notices.ts';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { buildEml } from '../../support/build-eml.ts';
import { seedDebtor } from '../slack/support/seed-debtor.ts';
import { useConsoleHarness } from './support/use-console-harness.ts';

const CONTACT = {
  name: 'Priya Shah',
  email: 'Priya.Shah@Contact-1.example',
  phone: '+31 20 123 4567',
  role: 'accounts_payable',
  language: 'en',
  receivesReminders: 'yes',
};

describe('console contacts: add, change, deactivate; mail and sender authority follow them', () => {
  const { h, fiona } = useConsoleHarness();
  let debtorId: string;
  let uid = 0;
  const today = amsterdamDate(new Date());

  /** A mail through the real inbound path (parse, match on the contact table, the pipeline), as IMAP hands it over. */
  const receive = async (from: string, body: string) => {
    const messageId = `<contacts-${++uid}@test.example>`;
    const sink = createEmailSink({ deps: h.slack.email, sender: null });
    const status = await sink.ingest({
      mailbox: 'INBOX',
      uidValidity: 1n,
      uid,
      raw: Buffer.from(buildEml({ from, subject: 'Invoice INV-CON-1', body, messageId })),
    });
    const prisma = h.slack.db.prisma;
    const message = await prisma.message.findFirstOrThrow({ where: { externalId: messageId } });
    const proposal = await prisma.proposal.findFirst({ where: { messageId: message.id } });
    return { status, message, proposal };
  };
  const debtorPage = () => fiona.client.get(`/console/debtors/${debtorId}`);
  const contactId = async (email: string) =>
    (await h.slack.db.prisma.contact.findFirstOrThrow({ where: { debtorId, email } })).id;

  beforeAll(async () => {
    ({ debtorId } = await seedDebtor(h.slack.db, {
      reference: 'CONTACT-1',
      name: 'Contact Test BV',
      invoices: [{ number: 'INV-CON-1', cents: 40_000, dueDate: addDays(today, -20) }],
    }));
  }, 60_000);

  it('an unknown sender triggers nothing; once added as a contact, their next mail speaks for the debtor', async () => {
    const words = 'Hello,\n\nCould you send invoice INV-CON-1 again? We cannot find it.\n\nPriya';
    const before = await receive('Priya Shah <priya.shah@contact-1.example>', words);
    expect(before.message.debtorId).toBe(debtorId);
    expect(before.message.headers).toMatchObject({ 'x-collections-sender-authority': 'unverified' });
    expect(before.proposal).toMatchObject({ action: 'human_review' });
    expect(before.proposal!.params).toMatchObject({ reviewReason: 'sender_unverified' });
    expect(await h.slack.db.prisma.dunningPause.count({ where: { invoice: { debtorId } } })).toBe(0);

    const added = await fiona.client.post(`/console/debtors/${debtorId}/contacts`, {
      csrf: fiona.csrf,
      ...CONTACT,
    });
    expect(added.status).toBe(303);
    expect(added.location).toBe(`/console/debtors/${debtorId}?contact=added#h-contacts`);
    const stored = await h.slack.db.prisma.contact.findFirstOrThrow({
      where: { debtorId, email: 'priya.shah@contact-1.example' },
    });
    expect(stored).toMatchObject({
      name: 'Priya Shah',
      phone: '+31 20 123 4567',
      role: 'accounts_payable',
      language: 'en',
      receivesReminders: true,
      active: true,
    });

    // Other words: the same text twice is held as a possible duplicate.
    const after = await receive(
      'Priya Shah <priya.shah@contact-1.example>',
      'Good morning,\n\nPlease send invoice INV-CON-1 once more, we still cannot find it.\n\nPriya',
    );
    expect(after.message.headers).toMatchObject({ 'x-collections-sender-authority': 'contact' });
    expect(after.proposal?.action).toBe(
      (before.proposal!.params as { suggestedAction: string }).suggestedAction,
    );
    expect(after.proposal!.params).not.toMatchObject({ reviewReason: 'sender_unverified' });

    const page = await fiona.client.get(added.location!);
    expect(page.html).toContain('Contact added. Mail from this address speaks for the debtor from now on.');
    expect(page.html).toContain('<code>contact.added</code> by console:fiona@acme.example');
    expect(page.html).toContain('E-mail address: – → priya.shah@contact-1.example');
    expect(page.html).toContain('Accounts payable');
  });

  it('a changed address takes effect for the next message, audited before -> after and on the timeline', async () => {
    const prisma = h.slack.db.prisma;
    // Only Priya takes reminders: the seeded address is kept out of them.
    const seeded = await contactId('ap@contact-1.example');
    const off = await fiona.client.post(`/console/debtors/${debtorId}/contacts/${seeded}`, {
      csrf: fiona.csrf,
      do: 'save',
      name: '',
      email: 'ap@contact-1.example',
      phone: '',
      role: '',
      language: '',
    });
    expect(off.location).toBe(`/console/debtors/${debtorId}?contact=changed#h-contacts`);
    const priya = await contactId('priya.shah@contact-1.example');
    const changed = await fiona.client.post(`/console/debtors/${debtorId}/contacts/${priya}`, {
      csrf: fiona.csrf,
      do: 'save',
      ...CONTACT,
      email: 'crediteuren@contact-1.example',
      language: 'nl',
    });
    expect(changed.location).toBe(`/console/debtors/${debtorId}?contact=changed#h-contacts`);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { type: 'contact.changed', entityId: priya },
    });
    expect(audit.actor).toBe('console:fiona@acme.example');
    expect(audit.data).toMatchObject({
      debtorId,
      before: { email: 'priya.shah@contact-1.example' },
      after: { email: 'crediteuren@contact-1.example' },
    });

    // The next mail: the invoice resent from the debtor page goes to the address as it is now.
    const acted = await fiona.client.post(`/console/debtors/${debtorId}/act`, {
      csrf: fiona.csrf,
      do: 'resend_invoice',
    });
    expect(acted.status).toBe(303);
    await deliverActionNotices({ db: h.slack.db, email: h.slack.email, log: () => undefined });
    const sent = await prisma.message.findFirstOrThrow({
      where: { debtorId, direction: 'outbound', channel: 'email' },
      orderBy: { createdAt: 'desc' },
    });
    expect(sent.toAddress).toBe('crediteuren@contact-1.example');
    // In the language the contact prefers (the debtor's is English).
    expect(sent.subject).toBe('Factuur INV-CON-1');

    const page = await debtorPage();
    expect(page.html).toContain(
      'E-mail address: priya.shah@contact-1.example → crediteuren@contact-1.example',
    );
    expect(page.html).toContain('Reminders go to this person: yes → no');
    expect(page.html).toContain('Preferred language: English → Dutch');
  });

  it('refuses a form with mistakes: 422, the errors beside their fields, what was typed kept, nothing saved', async () => {
    const prisma = h.slack.db.prisma;
    const count = await prisma.contact.count({ where: { debtorId } });
    const audits = await prisma.auditEvent.count({ where: { type: { startsWith: 'contact.' } } });
    const wrong = await fiona.client.post(`/console/debtors/${debtorId}/contacts`, {
      csrf: fiona.csrf,
      name: 'Kees <b>Groen</b>',
      email: 'not-an-address',
      phone: 'call me',
      role: 'boss',
      language: 'en',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.html).toContain('Not saved. Correct what is marked below.');
    expect(wrong.html).toContain('Enter an e-mail address, such as ap@example.com.');
    expect(wrong.html).toContain('Enter a phone number with digits, spaces, +, - or brackets');
    expect(wrong.html).toContain('Choose a role from the list.');
    expect(wrong.html).not.toContain('Choose a language from the list.');
    expect(wrong.html).toContain('value="Kees &lt;b&gt;Groen&lt;/b&gt;"');
    expect(wrong.html).toContain('aria-describedby="c-new-email-error"');
    expect(wrong.html).not.toContain('<b>Groen</b>');

    const taken = await fiona.client.post(`/console/debtors/${debtorId}/contacts?lang=nl`, {
      csrf: fiona.csrf,
      email: 'CREDITEUREN@contact-1.example',
    });
    expect(taken.status).toBe(422);
    expect(taken.html).toContain('Dit adres hoort al bij een contactpersoon van deze debiteur.');
    // A change with a mistake comes back in that contact's own form, open.
    const id = await contactId('crediteuren@contact-1.example');
    const wrongChange = await fiona.client.post(`/console/debtors/${debtorId}/contacts/${id}?lang=en`, {
      csrf: fiona.csrf,
      do: 'save',
      email: 'crediteuren(at)contact-1.example',
    });
    expect(wrongChange.status).toBe(422);
    expect(wrongChange.html).toContain(
      `<p class="field-error" id="c-${id}-email-error">Enter an e-mail address`,
    );
    expect(wrongChange.html).toContain('value="crediteuren(at)contact-1.example"');
    expect((await prisma.contact.findUniqueOrThrow({ where: { id } })).email).toBe(
      'crediteuren@contact-1.example',
    );
    expect(await prisma.contact.count({ where: { debtorId } })).toBe(count);
    expect(await prisma.auditEvent.count({ where: { type: { startsWith: 'contact.' } } })).toBe(audits);
    await fiona.client.get(`/console/debtors/${debtorId}?lang=en`);
  });

  it('deactivates instead of deleting: no mail goes to it, its mail is unverified again, and it can come back', async () => {
    const prisma = h.slack.db.prisma;
    const id = await contactId('crediteuren@contact-1.example');
    const off = await fiona.client.post(`/console/debtors/${debtorId}/contacts/${id}`, {
      csrf: fiona.csrf,
      do: 'deactivate',
    });
    expect(off.location).toBe(`/console/debtors/${debtorId}?contact=deactivated#h-contacts`);
    expect(await prisma.contact.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: false });
    // Nobody active takes reminders now: the payment link finds no address, nothing goes to the old one.
    await fiona.client.post(`/console/debtors/${debtorId}/act`, {
      csrf: fiona.csrf,
      do: 'send_payment_link',
    });
    const report = await deliverActionNotices({ db: h.slack.db, email: h.slack.email, log: () => undefined });
    expect(report.queued).toBe(0);
    expect(
      await prisma.message.count({
        where: { debtorId, direction: 'outbound', toAddress: 'crediteuren@contact-1.example' },
      }),
    ).toBe(1);

    const unverified = await receive('crediteuren@contact-1.example', 'We will pay INV-CON-1 next Friday.');
    expect(unverified.message.headers).toMatchObject({ 'x-collections-sender-authority': 'unverified' });
    expect(unverified.proposal).toMatchObject({ action: 'human_review' });
    expect(unverified.proposal!.params).toMatchObject({ reviewReason: 'sender_unverified' });

    const page = await debtorPage();
    expect(page.html).toContain('<code>contact.deactivated</code>');
    expect(page.html).toContain('Active: yes → no');
    expect(page.html).toContain('>Reactivate</button>');

    const back = await fiona.client.post(`/console/debtors/${debtorId}/contacts/${id}`, {
      csrf: fiona.csrf,
      do: 'reactivate',
    });
    expect(back.location).toBe(`/console/debtors/${debtorId}?contact=reactivated#h-contacts`);
    const verified = await receive(
      'crediteuren@contact-1.example',
      'Payment for INV-CON-1 goes out on Friday.',
    );
    expect(verified.message.headers).toMatchObject({ 'x-collections-sender-authority': 'contact' });
    expect(verified.proposal?.params).not.toMatchObject({ reviewReason: 'sender_unverified' });
  });

  it('shows sales the contacts without a form; a POST without the CSRF token changes nothing', async () => {
    const sam = (await h.signInAs('sam@acme.example', ['sales'], 'Sam Sales')).client;
    const page = await sam.get(`/console/debtors/${debtorId}`);
    expect(page.html).toContain('crediteuren@contact-1.example');
    expect(page.html).toContain('Only finance and admin change contacts.');
    expect(page.html).not.toContain(`/console/debtors/${debtorId}/contacts`);

    const forged = await fiona.client.post(`/console/debtors/${debtorId}/contacts`, {
      email: 'forged@contact-1.example',
    });
    expect(forged.status).toBe(403);
    expect(await h.slack.db.prisma.contact.count({ where: { email: 'forged@contact-1.example' } })).toBe(0);
  });
});
