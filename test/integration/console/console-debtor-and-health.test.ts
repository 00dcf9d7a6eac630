import { beforeAll, describe, expect, it } from 'vitest';
import { runDunning } from '../../../bot/dunning/run-dunning.ts';
import { nextBusinessDayOnOrAfter } from '../../../domain/calendar/next-business-day.ts';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { seedDebtor } from '../slack/support/seed-debtor.ts';
import { useConsoleHarness } from './support/use-console-harness.ts';

const DAY = 86_400_000;
const MAIL = [
  'Dear Acme,',
  '',
  'We will not pay INV-DEB-1 before the goods are here. <script>alert("pwned")</script>',
  '<b>Bold</b> & <img src=x onerror=alert(2)>',
  '',
  'Regards, Karel',
].join('\n');

describe('console debtor page and health page', () => {
  const { h, fiona: finance } = useConsoleHarness();
  let debtorId: string;
  let mailId: string;
  const today = amsterdamDate(new Date());

  beforeAll(async () => {
    const prisma = h.slack.db.prisma;
    const seeded = await seedDebtor(h.slack.db, {
      reference: 'DEB-1',
      name: 'Karel & Zonen <BV>',
      invoices: [
        { number: 'INV-DEB-1', cents: 123_456, dueDate: addDays(today, -40) },
        { number: 'INV-DEB-2', cents: 20_000, dueDate: addDays(today, -10) },
      ],
    });
    debtorId = seeded.debtorId;
    // The ladder's first reminder went out 20 days ago: the second is due (and needs approval) unless paused.
    await prisma.dunningState.create({
      data: {
        invoiceId: seeded.invoiceIds[0]!,
        step: 0,
        stepCode: 'reminder_1',
        lastStepAt: new Date(Date.now() - 20 * DAY),
      },
    });
    const mail = await prisma.message.create({
      data: {
        channel: 'email',
        direction: 'inbound',
        externalId: '<karel-1@zonen.example>',
        debtorId,
        invoiceId: seeded.invoiceIds[0]!,
        fromAddress: 'karel@zonen.example',
        toAddress: 'debiteuren@acme.example',
        subject: 'Re: INV-DEB-1 <urgent>',
        rawText: MAIL,
        status: 'processed',
        receivedAt: new Date(Date.now() - 2 * DAY),
      },
    });
    mailId = mail.id;
    await prisma.payment.create({
      data: {
        debtorId,
        invoiceId: seeded.invoiceIds[1]!,
        amountCents: 5_000,
        receivedAt: new Date(Date.now() - DAY),
        source: 'bank',
        reference: 'part payment',
      },
    });
  }, 60_000);

  it('finds the debtor by name, e-mail address and invoice number', async () => {
    for (const query of ['karel', 'AP@DEB-1.example', 'inv-deb-2', 'DEB-1']) {
      const found = await finance.client.get(`/console/debtors?q=${encodeURIComponent(query)}`);
      expect(found.status, query).toBe(200);
      expect(found.html, query).toContain(`href="/console/debtors/${debtorId}"`);
      expect(found.html, query).toContain('Karel &amp; Zonen &lt;BV&gt;');
    }
    const none = await finance.client.get('/console/debtors?q=%3Cscript%3Enobody');
    expect(none.html).toContain('No debtor found for “&lt;script&gt;nobody”.');
    expect(none.html).not.toContain('<script>');
  });

  it('shows the timeline with the mail as escaped text, the open invoices and the payment', async () => {
    const page = await finance.client.get(`/console/debtors/${debtorId}`);
    expect(page.status).toBe(200);
    expect(page.html).not.toContain('<script');
    expect(page.html).not.toContain('<img');
    expect(page.html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    expect(page.html).toContain('Re: INV-DEB-1 &lt;urgent&gt;');
    expect(page.html).toContain(`href="/console/debtors/${debtorId}/messages/${mailId}"`);
    expect(page.html).toContain('INV-DEB-1');
    expect(page.html).toContain('€1,234.56');
    expect(page.html).toContain('2 open invoices, €1,434.56 open');
    expect(page.html).toContain('Payment received: €50.00 (bank) for INV-DEB-2');
    expect(page.html).toContain('ap@deb-1.example');
    expect(page.html).toContain(`action="/console/debtors/${debtorId}/pause"`);
    expect(page.headers.get('content-security-policy')).not.toContain('script-src');

    const original = await finance.client.get(`/console/debtors/${debtorId}/messages/${mailId}`);
    expect(original.status).toBe(200);
    expect(original.html).not.toContain('<script');
    expect(original.html).not.toContain('<b>Bold</b>');
    expect(original.html).toContain(
      '<pre class="original" tabindex="0">Dear Acme,\n\nWe will not pay INV-DEB-1 before the goods are here. &lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;\n&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;img src=x onerror=alert(2)&gt;',
    );
    expect(original.html).toContain('karel@zonen.example');
  });

  it('refuses a message of another debtor and an unknown debtor with a 404', async () => {
    const other = await seedDebtor(h.slack.db, {
      reference: 'DEB-OTHER',
      name: 'Other BV',
      invoices: [],
    });
    expect((await finance.client.get(`/console/debtors/${other.debtorId}/messages/${mailId}`)).status).toBe(
      404,
    );
    expect((await finance.client.get('/console/debtors/00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    );
    // The debtor page's forms: an unknown debtor is a 404 whatever the form says.
    for (const form of ['pause', 'act']) {
      const posted = await finance.client.post(
        `/console/debtors/00000000-0000-4000-8000-000000000000/${form}`,
        {
          csrf: finance.csrf,
          days: '3',
          do: 'resend_invoice',
        },
      );
      expect(posted.status).toBe(404);
    }
  });

  it('pauses dunning for N days: recorded with its audit, shown on the timeline, and the ladder holds', async () => {
    const prisma = h.slack.db.prisma;
    const invalid = await finance.client.post(`/console/debtors/${debtorId}/pause`, {
      csrf: finance.csrf,
      days: '0',
    });
    expect(invalid.location).toBe(`/console/debtors/${debtorId}?notice=invalid_pause`);
    expect(await prisma.dunningPause.count({ where: { invoice: { debtorId } } })).toBe(0);

    const paused = await finance.client.post(`/console/debtors/${debtorId}/pause`, {
      csrf: finance.csrf,
      days: '10',
      reason: 'Waiting for the <goods>',
    });
    const until = addDays(today, 10);
    expect(paused.status).toBe(303);
    expect(paused.location).toBe(`/console/debtors/${debtorId}?paused=2&until=${until}`);
    const rows = await prisma.dunningPause.findMany({ where: { invoice: { debtorId } } });
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.createdBy).toBe('console:fiona@acme.example');
      expect(row.until.toISOString().slice(0, 10)).toBe(until);
      expect(row.reason).toBe('Waiting for the <goods>');
    }
    const audit = await prisma.auditEvent.findMany({
      where: { type: 'dunning.paused', entityId: { in: rows.map((r) => r.invoiceId) } },
    });
    expect(audit).toHaveLength(2);
    expect(new Set(audit.map((a) => a.actor))).toEqual(new Set(['console:fiona@acme.example']));

    const page = await finance.client.get(paused.location!);
    expect(page.html).toContain('Dunning paused until');
    expect(page.html).toContain('for INV-DEB-1 by console:fiona@acme.example');
    expect(page.html).toContain('Waiting for the &lt;goods&gt;');
    expect(page.html).toMatch(
      /<p class="notice ok" role="status">Dunning paused until [^<]+ for 2 invoices\.<\/p>/,
    );

    // Said means done: the ladder's own run holds the invoice whose second reminder was due.
    const runAt = new Date(`${nextBusinessDayOnOrAfter(today)}T12:00:00.000Z`);
    const report = await runDunning({
      deps: { ...h.slack.email, now: () => runAt },
      sender: null,
      dryRun: true,
    });
    const lines = report.lines.filter((line) => line.invoices.includes('INV-DEB-1'));
    expect(lines).toEqual([
      expect.objectContaining({ outcome: `held: paused until ${until}: Waiting for the <goods>` }),
    ]);
  });

  it('says so when nothing is open to pause', async () => {
    const settled = await seedDebtor(h.slack.db, { reference: 'DEB-PAID', name: 'Paid BV', invoices: [] });
    const answer = await finance.client.post(`/console/debtors/${settled.debtorId}/pause`, {
      csrf: finance.csrf,
      days: '7',
    });
    expect(answer.location).toBe(`/console/debtors/${settled.debtorId}?notice=nothing_to_pause`);
    const page = await finance.client.get(answer.location!);
    expect(page.html).toContain('There is no open invoice to pause.');
  });

  it('health: what is set up without secrets, the schedule, and a failed outbox item with its error', async () => {
    const prisma = h.slack.db.prisma;
    const message = await prisma.message.create({
      data: {
        channel: 'email',
        direction: 'outbound',
        externalId: 'outbound:health-test',
        debtorId,
        subject: 'Herinnering',
        rawText: 'Herinnering',
        status: 'failed',
        kind: 'reminder_1',
      },
    });
    const dead = await prisma.emailOutbox.create({
      data: {
        idempotencyKey: 'health-test',
        messageId: message.id,
        debtorId,
        template: 'reminder_1',
        payload: {},
        status: 'failed',
        attempts: 8,
        deadAt: new Date(),
        lastError: '550 5.1.1 <ap@deb-1.example>: mailbox unavailable',
      },
    });
    await prisma.scheduledRun.create({
      data: {
        job: 'dunning',
        day: new Date(`${addDays(today, -1)}T00:00:00.000Z`),
        status: 'failed',
        attempts: 3,
        runner: 'test',
        startedAt: new Date(Date.now() - DAY),
        finishedAt: new Date(Date.now() - DAY + 1000),
        lastError: 'database went away\nstack…',
      },
    });
    const page = await finance.client.get('/console/health');
    expect(page.status).toBe(200);
    expect(page.html).toContain('Outgoing mail (SMTP)');
    expect(page.html).toContain(`${h.smtp.host}:${h.smtp.port}`);
    expect(page.html).toContain('console@acme.example');
    expect(page.html).toMatch(/Slack<\/td><td><span class="tag warn">not set up<\/span>/);
    expect(page.html).not.toContain('reply-token-secret');
    expect(page.html).not.toContain(h.oidc.clientSecret);
    expect(page.html).toMatch(/<strong>dunning<\/strong>/);
    expect(page.html).toContain('database went away');
    expect(page.html).not.toContain('stack…');
    expect(page.html).toMatch(
      /<td>email_outbox<\/td><td class="num">\d+<\/td><td class="num"><span class="tag warn">1<\/span><\/td>/,
    );
    expect(page.html).toContain(`<code>${dead.id}</code>`);
    expect(page.html).toContain('550 5.1.1 &lt;ap@deb-1.example&gt;: mailbox unavailable');
  });
});
