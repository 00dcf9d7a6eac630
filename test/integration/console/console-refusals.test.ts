import { describe, expect, it } from 'vitest';
import type { OidcProvider } from '../../support/start-oidc-provider.ts';
import { ConsoleClient } from './support/console-client.ts';
import { seedEscalation } from './support/seed-escalation.ts';
import { signInWithProvider } from './support/sign-in-with-provider.ts';
import { useConsoleInBrowser } from './support/use-console-in-browser.ts';

const MINUTE = 60_000;

describe('console refusals', () => {
  const { h, browser } = useConsoleInBrowser({
    env: { CONSOLE_IDLE_MINUTES: '30', CONSOLE_LINK_MINUTES: '15' },
    staff: [
      { email: 'fiona@acme.example', roles: ['finance'], name: 'Fiona Finance' },
      { email: 'otto@acme.example', roles: ['finance'], name: 'Otto' },
    ],
  });

  /** Signs in through the provider in a fresh browser; returns the page it ends on and whether a session exists. */
  const tryProvider = async (login: string) => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signInWithProvider(page, { baseUrl: h.baseUrl, login });
    const text = (await page.textContent('main')) ?? '';
    const session = (await context.cookies()).some((cookie) => cookie.name === 'console_session');
    const inbox = await context.request.get(`${h.baseUrl}/console`, { maxRedirects: 0 });
    await context.close();
    return {
      url: page.url(),
      text,
      session,
      inboxStatus: inbox.status(),
      inboxLocation: inbox.headers().location,
    };
  };

  /** tryProvider with the provider tampering with its answer for this one sign-in. */
  const tryTampered = async (tampering: OidcProvider['tampering'], login: string) => {
    h.oidc.tampering = tampering;
    try {
      return await tryProvider(login);
    } finally {
      h.oidc.tampering = 'none';
    }
  };

  it('refuses a forged ID token (signed with a key that is not the provider’s)', async () => {
    const result = await tryTampered('forge', 'fiona@acme.example');
    expect(result.text).toContain('Sign-in failed: the identity provider’s answer did not hold up.');
    expect(result.session).toBe(false);
    expect(result.inboxStatus).toBe(303);
    expect(result.inboxLocation).toBe('/console/sign-in');
    expect(h.logs.join('\n')).toMatch(/sign-in with the identity provider refused/);
  }, 60_000);

  it('refuses a genuine ID token meant for another client (wrong audience)', async () => {
    const result = await tryTampered('wrong_audience', 'fiona@acme.example');
    expect(result.text).toContain('Sign-in failed');
    expect(result.session).toBe(false);
    expect(result.inboxStatus).toBe(303);
  }, 60_000);

  it('refuses an identity the provider vouches for that is not staff, with a clear page and an audit event', async () => {
    const result = await tryProvider('mallory@elsewhere.example');
    expect(result.text).toContain('mallory@elsewhere.example has no access to the collections console.');
    expect(result.session).toBe(false);
    const refusal = await h.slack.db.prisma.auditEvent.findFirst({
      where: { type: 'staff.sign_in_refused', entityId: 'mallory@elsewhere.example' },
    });
    expect(refusal?.data).toEqual({ via: 'oidc', why: 'not_staff' });
    // And a genuine token for real staff does get in (the refusals above are not the provider failing).
    const fiona = await tryProvider('fiona@acme.example');
    expect(fiona.session).toBe(true);
    expect(fiona.inboxStatus).toBe(200);
  }, 60_000);

  it('ends a session after the idle timeout: the cookie is refused, even if the clock goes back', async () => {
    const proposalId = await seedEscalation(h.slack.db, 'IDLE-1');
    const client = new ConsoleClient(h.baseUrl);
    const { csrf } = await client.signInWithLink(h.smtp, 'fiona@acme.example');
    const cookie = client.cookies.get('console_session')!;
    h.clock.offsetMs = 31 * MINUTE;
    try {
      // A decision posted with the timed-out session does nothing but send the browser to sign in.
      const posted = await client.post(`/console/proposals/${proposalId}/approve`, { csrf });
      expect(posted.status).toBe(303);
      expect(posted.location).toBe('/console/sign-in?notice=expired');
      const proposal = await h.slack.db.prisma.proposal.findUniqueOrThrow({ where: { id: proposalId } });
      expect(proposal.status).toBe('proposed');
      client.cookies.set('console_session', cookie);
      const expired = await client.get('/console');
      expect(expired.status).toBe(303);
      // The session row was deleted by the POST: the same cookie is now simply unknown.
      expect(expired.location).toBe('/console/sign-in');
      const page = await client.get('/console/sign-in?notice=expired');
      expect(page.html).toContain('Your session has ended. Please sign in again.');
    } finally {
      h.clock.offsetMs = 0;
    }
    const again = new ConsoleClient(h.baseUrl);
    again.cookies.set('console_session', cookie);
    expect((await again.get('/console')).location).toBe('/console/sign-in');
  });

  it('refuses an expired sign-in link and a replayed one', async () => {
    const first = new ConsoleClient(h.baseUrl);
    const { link } = await first.signInWithLink(h.smtp, 'fiona@acme.example');
    const replay = await new ConsoleClient(h.baseUrl).useLink(link);
    expect(replay.status).toBe(403);
    expect(replay.html).toContain('This sign-in link was used before');

    const late = new ConsoleClient(h.baseUrl);
    const page = await late.get('/console/sign-in');
    const before = h.smtp.mails.length;
    await late.post('/console/sign-in/link', {
      form: ConsoleClient.hidden(page.html, 'form'),
      email: 'fiona@acme.example',
    });
    const [mail] = (await h.smtp.waitFor(before + 1)).slice(before);
    const unused = /https?:\/\/\S+\/console\/sign-in\/link\/[\w-]+/.exec(mail!.parsed.text ?? '')![0];
    h.clock.offsetMs = 16 * MINUTE;
    try {
      const used = await late.useLink(unused);
      expect(used.status).toBe(403);
      expect(late.cookies.has('console_session')).toBe(false);
    } finally {
      h.clock.offsetMs = 0;
    }
  });

  it('refuses a POST without a CSRF token, with a wrong one, and with another session’s; nothing is decided', async () => {
    const proposalId = await seedEscalation(h.slack.db, 'CSRF-1');
    const fiona = new ConsoleClient(h.baseUrl);
    await fiona.signInWithLink(h.smtp, 'fiona@acme.example');
    const other = new ConsoleClient(h.baseUrl);
    const { csrf: othersToken } = await other.signInWithLink(h.smtp, 'otto@acme.example');
    const path = `/console/proposals/${proposalId}/approve`;
    const forms: Record<string, string>[] = [{}, { csrf: 'x'.repeat(43) }, { csrf: othersToken }];
    for (const form of forms) {
      const refused = await fiona.post(path, form);
      expect(refused.status).toBe(403);
      expect(refused.html).toContain('This form is not valid (any more).');
    }
    const signOut = await fiona.post('/console/sign-out', {});
    expect(signOut.status).toBe(403);
    const proposal = await h.slack.db.prisma.proposal.findUniqueOrThrow({ where: { id: proposalId } });
    expect(proposal.status).toBe('proposed');
    expect((await fiona.get('/console')).status).toBe(200);
  });

  it('signs out: the session is gone server-side, so a copy of the cookie is worthless', async () => {
    const client = new ConsoleClient(h.baseUrl);
    // Another member of staff: fiona has asked for the five links an address may get in 15 minutes.
    const { csrf } = await client.signInWithLink(h.smtp, 'otto@acme.example');
    const cookie = client.cookies.get('console_session')!;
    const out = await client.post('/console/sign-out', { csrf });
    expect(out.location).toBe('/console/sign-in?notice=signed_out');
    const copy = new ConsoleClient(h.baseUrl);
    copy.cookies.set('console_session', cookie);
    expect((await copy.get('/console')).location).toBe('/console/sign-in');
  });
});
