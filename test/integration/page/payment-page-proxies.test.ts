import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageHarness, startPageHarness } from './support/start-page-harness.ts';

/**
 * The page and the provider webhook behind a trusted proxy: the test connects from 127.0.0.1,
 * listed in TRUSTED_PROXIES, and writes X-Forwarded-For as the proxy would. With
 * PAGE_RATE_LIMIT_PER_MINUTE=1 an address may open 2 pages and call the webhook 10 times a minute.
 */
describe('payment page and webhook limits behind a trusted proxy', () => {
  let h: PageHarness;
  beforeAll(async () => {
    h = await startPageHarness({ TRUSTED_PROXIES: '127.0.0.1, ::1', PAGE_RATE_LIMIT_PER_MINUTE: '1' });
  });
  afterAll(async () => h?.close());

  const page = (forwardedFor: string) =>
    fetch(`${h.baseUrl}/pay/not-a-real-token`, { headers: { 'x-forwarded-for': forwardedFor } });
  const webhook = (forwardedFor: string) =>
    fetch(`${h.baseUrl}/payments/mollie/webhook`, {
      method: 'POST',
      headers: { 'x-forwarded-for': forwardedFor, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });

  it('does not let a client escape the page limit by rotating the left-most X-Forwarded-For', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 4; i += 1) statuses.push((await page(`203.0.113.${i}, 198.51.100.1`)).status);
    // A bad token is a 404, until the address has used its allowance.
    expect(statuses).toEqual([404, 404, 429, 429]);
    // Another client behind the same proxy has its own allowance.
    expect((await page('198.51.100.2')).status).toBe(404);
  });

  it('counts the webhook per client behind the proxy, not per proxy', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 11; i += 1) statuses.push((await webhook(`203.0.113.${i}, 198.51.100.50`)).status);
    // An empty body is a 400, until the limit.
    expect(statuses).toEqual([...Array(10).fill(400), 429]);
    expect((await webhook('198.51.100.51')).status).toBe(400);
  });
});
