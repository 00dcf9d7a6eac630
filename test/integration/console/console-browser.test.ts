import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS } from './support/check-page-with-axe.ts';
import { collectSlackUpdates } from './support/collect-slack-updates.ts';
import { findSeriousViolations } from './support/find-serious-violations.ts';
import { openOnPhone } from './support/open-on-phone.ts';
import { seedEscalation } from './support/seed-escalation.ts';
import { seedLadderRun } from './support/seed-ladder-run.ts';
import { signInWithProvider } from './support/sign-in-with-provider.ts';
import { DESKTOP, PHONE, useConsoleInBrowser } from './support/use-console-in-browser.ts';
import { watchConsolePage } from './support/watch-console-page.ts';

describe('staff console in headless Chromium', () => {
  const { h, browser } = useConsoleInBrowser({
    staff: [{ email: 'fiona@acme.example', roles: ['finance'], name: 'Fiona Finance' }],
  });
  let proposalIds: string[];
  let debtorIds: string[];

  beforeAll(async () => {
    const run = await seedLadderRun(h.slack.email, { count: 15, prefix: 'LAD' });
    expect(run.lines).toBe(15);
    debtorIds = run.debtorIds;
    const proposals = await h.slack.db.prisma.proposal.findMany({
      where: { action: 'escalate', status: 'proposed' },
    });
    proposalIds = proposals.map((p) => p.id);
    expect(proposalIds).toHaveLength(15);
    // The Slack worker posts an approval request per letter, as it does today.
    const round = await h.slack.runtime.runOnce();
    expect(round.dispatched.approvals).toBe(15);
  }, 120_000);

  it('signs in through the identity provider and approves the 15 letters of a ladder run with one click; Slack shows it', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-GB' });
    const { page, problems } = await watchConsolePage(context);
    await signInWithProvider(page, { baseUrl: h.baseUrl, login: 'fiona@acme.example' });
    expect(new URL(page.url()).pathname).toBe('/console');
    expect(await page.textContent('h1')).toContain('15 open proposals');
    expect(await page.textContent('.account')).toContain('Fiona Finance');
    const session = (await context.cookies()).find((cookie) => cookie.name === 'console_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(await page.locator('article.item').count()).toBe(15);
    expect(await page.textContent('.group h2')).toContain('Tweede herinnering: 15 letters');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'console-inbox-desktop-en.png'), fullPage: false });

    const { phone, page: onPhone, width } = await openOnPhone(browser, context);
    await onPhone.goto(`${h.baseUrl}/console`);
    expect(await onPhone.getAttribute('html', 'lang')).toBe('nl');
    expect(await onPhone.textContent('h1')).toContain('15 open voorstellen');
    // Nothing wider than the phone: the page does not scroll sideways.
    expect(await onPhone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
    await onPhone.screenshot({ path: path.join(SCREENSHOTS, 'console-inbox-phone-nl.png'), fullPage: false });
    await phone.close();

    const csrf = await page.getAttribute('form.bulk input[name="csrf"]', 'value');
    await page.getByRole('button', { name: 'Approve all 15 letters' }).click();
    await page.waitForSelector('.notice.ok');
    expect(await page.textContent('.notice.ok')).toBe('15 proposals approved and carried out.');
    expect(await page.textContent('h1')).toContain('0 open proposals');
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'console-inbox-approved-desktop-en.png'),
      fullPage: false,
    });

    const prisma = h.slack.db.prisma;
    const after = await prisma.proposal.findMany({ where: { id: { in: proposalIds } } });
    expect(after.map((p) => p.status)).toEqual(Array(15).fill('executed'));
    expect(new Set(after.map((p) => p.decidedBy))).toEqual(new Set(['console:fiona@acme.example']));
    const approvals = await prisma.auditEvent.count({
      where: { type: 'proposal.approved', entityId: { in: proposalIds } },
    });
    expect(approvals).toBe(15);

    // A second decision (the same form again, e.g. a double click or a back button) changes nothing.
    const again = await context.request.post(`${h.baseUrl}/console/proposals/approve-all`, {
      form: Object.fromEntries([['csrf', csrf!], ...proposalIds.slice(0, 1).map((id) => ['id', id])]),
    });
    expect(again.status()).toBe(200);
    expect(await again.text()).toContain('This proposal was already decided; nothing changed.');
    expect(
      await prisma.auditEvent.count({ where: { type: 'proposal.approved', entityId: { in: proposalIds } } }),
    ).toBe(15);

    // The Slack worker's next round updates every approval message: buttons gone, decided in the console.
    const updates = await collectSlackUpdates(h.slack);
    expect(updates.length).toBeGreaterThanOrEqual(15);
    const text = JSON.stringify(updates);
    expect(text).toContain('console:fiona@acme.example');
    expect(text).not.toContain('proposal_approve');
    // The same round delivers what the executions owe the debtors: each second reminder queued, once.
    const letters = await prisma.emailOutbox.findMany({ where: { debtorId: { in: debtorIds } } });
    expect(letters).toHaveLength(15);
    expect(new Set(letters.map((letter) => letter.debtorId)).size).toBe(15);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('rejects one letter of a group with its own button; the others stay open', async () => {
    const keep = await seedEscalation(h.slack.db, 'ONE-1');
    const drop = await seedEscalation(h.slack.db, 'ONE-2');
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-GB' });
    const { page, problems } = await watchConsolePage(context);
    await signInWithProvider(page, { baseUrl: h.baseUrl, login: 'fiona@acme.example' });
    expect(await page.textContent('h1')).toContain('2 open proposals');
    await page.getByRole('button', { name: 'Reject: ONE-2 BV' }).click();
    await page.waitForSelector('.notice.ok');
    expect(await page.textContent('.notice.ok')).toBe('Rejected.');
    expect(await page.textContent('h1')).toContain('1 open proposal');
    const prisma = h.slack.db.prisma;
    expect((await prisma.proposal.findUniqueOrThrow({ where: { id: drop } })).status).toBe('rejected');
    expect((await prisma.proposal.findUniqueOrThrow({ where: { id: keep } })).status).toBe('proposed');
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('switches language with the toggle and has no serious or critical accessibility violations (axe-core)', async () => {
    await seedEscalation(h.slack.db, 'AXE-1');
    // bypassCSP only so that axe-core can be injected: the console itself allows no script.
    const context = await browser.newContext({ viewport: PHONE, locale: 'en-GB', bypassCSP: true });
    const { page } = await watchConsolePage(context);
    await signInWithProvider(page, { baseUrl: h.baseUrl, login: 'fiona@acme.example' });
    await page.getByRole('link', { name: 'Nederlands' }).click();
    await page.waitForURL(/lang=nl/);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.textContent('h1')).toContain('open voorstel');
    // The choice is remembered: the inbox without ?lang stays Dutch.
    await page.goto(`${h.baseUrl}/console`);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    for (const path of [
      '/console',
      '/console/sign-in',
      `/console/debtors/${debtorIds[0]}`,
      '/console/health',
    ]) {
      await page.goto(`${h.baseUrl}${path}`);
      expect(await findSeriousViolations(page), path).toEqual([]);
    }
    await context.close();
  }, 60_000);

  it('adds a contact on the debtor page: a mistake comes back beside its field, the fix is saved and on the timeline; axe clean', async () => {
    const debtorId = debtorIds[2]!;
    // bypassCSP only so that axe-core can be injected: the console itself allows no script.
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-GB', bypassCSP: true });
    const { page, problems } = await watchConsolePage(context);
    await signInWithProvider(page, { baseUrl: h.baseUrl, login: 'fiona@acme.example' });
    await page.goto(`${h.baseUrl}/console/debtors/${debtorId}`);
    await page.getByText('Add a contact').click();
    const form = page.locator('form[action$="/contacts"]');
    await form.getByLabel('Name').fill('Marta Jansen');
    await form.getByLabel('E-mail address').fill('Marta@LAD-03.example');
    await form.getByLabel('Phone').fill('call me');
    await form.getByLabel('Role').selectOption('accounts_payable');
    await form.getByLabel('Preferred language').selectOption('nl');
    await form.getByRole('button', { name: 'Add contact' }).click();
    // The form comes back open, with what was typed and the error beside the phone field.
    await page.waitForSelector('.field-error');
    expect(await page.textContent('#c-new-phone-error')).toBe(
      'Enter a phone number with digits, spaces, +, - or brackets, such as +31 20 123 4567.',
    );
    expect(await page.getAttribute('#c-new-phone', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#c-new-email')).toBe('Marta@LAD-03.example');
    expect(await findSeriousViolations(page), 'the form with an error').toEqual([]);

    await page.fill('#c-new-phone', '+31 6 1234 5678');
    await page.locator('form[action$="/contacts"]').getByRole('button', { name: 'Add contact' }).click();
    await page.waitForSelector('.notice.ok');
    expect(await page.textContent('.notice.ok')).toBe(
      'Contact added. Mail from this address speaks for the debtor from now on.',
    );
    const added = page.locator('.contacts li', { hasText: 'marta@lad-03.example' });
    expect(await added.textContent()).toContain('Marta Jansen');
    expect(await added.textContent()).toContain('+31 6 1234 5678 · Accounts payable · Dutch');
    expect(
      await page.locator('.timeline .event.audit', { hasText: 'contact.added' }).textContent(),
    ).toContain('E-mail address: – → marta@lad-03.example');
    // Every contact's form open: the whole page, forms included, is checked.
    await page.evaluate(`document.querySelectorAll('details').forEach((d) => { d.open = true; })`);
    expect(await findSeriousViolations(page), 'the debtor page with its contact forms').toEqual([]);
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'console-debtor-contacts-desktop-en.png'),
      fullPage: true,
    });
    const where = {
      debtorId,
      email: 'marta@lad-03.example',
      phone: '+31 6 1234 5678',
      role: 'accounts_payable',
    };
    expect(await h.slack.db.prisma.contact.count({ where: { ...where, language: 'nl', active: true } })).toBe(
      1,
    );
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('opens a debtor from the inbox link, reads the original mail, pauses dunning; the health page; at phone and desktop size', async () => {
    const prisma = h.slack.db.prisma;
    const debtorId = debtorIds[1]!;
    const invoice = await prisma.invoice.findFirstOrThrow({ where: { debtorId } });
    await prisma.message.create({
      data: {
        channel: 'email',
        direction: 'inbound',
        externalId: '<browser-1@lad.example>',
        debtorId,
        invoiceId: invoice.id,
        fromAddress: 'ap@lad-02.example',
        subject: `Re: ${invoice.number}`,
        rawText: `Goedemiddag,\n\nWe betalen ${invoice.number} volgende week. <script>document.title='pwned'</script>\n\nMet vriendelijke groet,\nLAD 2`,
        status: 'processed',
        receivedAt: new Date(Date.now() - 3_600_000),
      },
    });
    await prisma.payment.create({
      data: { debtorId, invoiceId: invoice.id, amountCents: 10_000, receivedAt: new Date(), source: 'bank' },
    });
    const escalation = await seedEscalation(h.slack.db, 'LINK-1');
    const linked = await prisma.proposal.findUniqueOrThrow({ where: { id: escalation } });

    const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-GB' });
    const { page, problems } = await watchConsolePage(context);
    await signInWithProvider(page, { baseUrl: h.baseUrl, login: 'fiona@acme.example' });
    await page.getByRole('link', { name: 'LINK-1 BV' }).click();
    await page.waitForURL(`${h.baseUrl}/console/debtors/${linked.debtorId}`);
    expect(await page.textContent('h1')).toContain('LINK-1 BV');

    await page.getByRole('link', { name: 'Debtors' }).click();
    await page.fill('input[name="q"]', 'ap@lad-02.example');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'LAD Debtor 2 BV' }).click();
    await page.waitForURL(`${h.baseUrl}/console/debtors/${debtorId}`);
    expect(await page.locator('.timeline .event.inbound .text').first().textContent()).toContain(
      "<script>document.title='pwned'</script>",
    );
    expect(await page.title()).not.toBe('pwned');
    await page.fill('input[name="days"]', '14');
    await page.getByRole('button', { name: 'Pause dunning' }).click();
    await page.waitForSelector('.notice.ok');
    expect(await page.textContent('.notice.ok')).toMatch(/^Dunning paused until .+ for 1 invoice\.$/);
    expect(await page.locator('.timeline .event.pause').count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'console-debtor-desktop-en.png'), fullPage: true });
    await page.locator('.event.inbound').getByRole('link', { name: 'Show the original message' }).click();
    await page.waitForURL(/\/messages\//);
    expect(await page.textContent('pre.original')).toContain("<script>document.title='pwned'</script>");
    await page.goto(`${h.baseUrl}/console/health`);
    expect(await page.textContent('h1')).toBe('Health of this installation');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'console-health-desktop-en.png'), fullPage: true });
    expect(await prisma.dunningPause.count({ where: { invoiceId: invoice.id } })).toBe(1);

    const { phone, page: onPhone, width } = await openOnPhone(browser, context);
    for (const [where, shot] of [
      [`/console/debtors/${debtorId}`, 'console-debtor-phone-nl.png'],
      ['/console/health', 'console-health-phone-nl.png'],
    ] as const) {
      await onPhone.goto(`${h.baseUrl}${where}`);
      expect(await onPhone.getAttribute('html', 'lang')).toBe('nl');
      expect(await onPhone.evaluate('document.documentElement.scrollWidth'), where).toBeLessThanOrEqual(
        width,
      );
      await onPhone.screenshot({ path: path.join(SCREENSHOTS, shot), fullPage: false });
    }
    expect(await onPhone.textContent('h1')).toBe('Status van de installatie');
    await phone.close();
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});
