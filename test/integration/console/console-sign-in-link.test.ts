import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleClient } from './support/console-client.ts';
import { type ConsoleHarness, startConsoleHarness } from './support/start-console-harness.ts';

describe('console sign-in by e-mail link', () => {
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await startConsoleHarness();
    await h.addStaff('fiona@acme.example', ['finance'], 'Fiona Finance');
  });
  afterAll(async () => {
    if (process.env.CONSOLE_TEST_LOGS) console.log(h?.logs.join('\n'));
    await h?.close();
  });

  it('signs in once with a mailed link; the replayed link is refused', async () => {
    const client = new ConsoleClient(h.baseUrl);
    const { link, csrf } = await client.signInWithLink(h.smtp, 'Fiona@Acme.example');
    expect(csrf).toMatch(/^[\w-]{43}$/);
    const mail = h.smtp.mails.at(-1)!;
    expect(mail.envelopeTo).toEqual(['fiona@acme.example']);
    expect(mail.parsed.subject).toBe('Sign in to Acme Supplies BV');
    const inbox = await client.get('/console');
    expect(inbox.status).toBe(200);
    expect(inbox.html).toContain('Fiona Finance');
    expect(inbox.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(inbox.headers.get('content-security-policy')).not.toContain('script-src');

    const replay = new ConsoleClient(h.baseUrl);
    const used = await replay.useLink(link);
    expect(used.status).toBe(403);
    expect(used.html).toContain('This sign-in link was used before, has expired or is unknown.');
    expect([...replay.cookies.keys()]).not.toContain('console_session');
    expect((await replay.get('/console')).location).toBe('/console/sign-in');
  });
});
