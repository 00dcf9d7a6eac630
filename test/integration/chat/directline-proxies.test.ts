import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { seedChatDebtor } from '../../support/seed-chat-debtor.ts';
import { type ChatServer, startChatServer } from '../../support/start-chat-server.ts';

/**
 * Our real server behind a trusted proxy: the test client connects from 127.0.0.1, listed in
 * TRUSTED_PROXIES, and writes X-Forwarded-For as a proxy in front of it would.
 */
describe('Direct Line behind a trusted proxy', () => {
  let s: ChatServer;
  let invoices: string[];
  beforeAll(async () => {
    s = await startChatServer({
      env: {
        TRUSTED_PROXIES: '127.0.0.1, ::1',
        CHAT_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '4',
        CHAT_TOKENS_PER_LINK: '3',
      },
    });
    invoices = [];
    for (const n of [1, 2]) {
      const { invoiceId } = await seedChatDebtor(s.db, {
        reference: `PX-${n}`,
        name: `Proxy ${n} BV`,
        invoiceNumber: `INV-PX-${n}`,
        cents: 10_000,
        dueDate: '2026-10-01',
      });
      invoices.push(invoiceId);
    }
  });
  afterAll(async () => s?.close());

  const post = (path: string, forwardedFor: string, bearer = '') =>
    fetch(`${s.base}${path}`, {
      method: 'POST',
      headers: { 'x-forwarded-for': forwardedFor, ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    });

  it('gives two debtors behind the proxy their own buckets, and a rotated left-most entry escapes nothing', async () => {
    // A refresh without a token is refused (401), but counts against the address first.
    const debtorA: number[] = [];
    for (let i = 1; i <= 6; i += 1) {
      debtorA.push((await post('/tokens/refresh', `203.0.113.${i}, 198.51.100.1`)).status);
    }
    expect(debtorA).toEqual([401, 401, 401, 401, 429, 429]);
    // Another debtor behind the same proxy is not in A's bucket.
    expect((await post('/tokens/refresh', '198.51.100.2')).status).toBe(401);
    // Nor is an IPv6 debtor, written in two spellings that are one address.
    const ipv6: number[] = [];
    for (const spelling of [
      '2001:db8::7',
      '2001:0DB8:0::7',
      '[2001:db8::7]:4431',
      '2001:db8::7',
      '2001:db8::7',
    ]) {
      ipv6.push((await post('/tokens/refresh', spelling)).status);
    }
    expect(ipv6).toEqual([401, 401, 401, 401, 429]);
    // Nor can an IPv6 client rotate through its /64: it is one bucket.
    const rotating: number[] = [];
    for (let i = 1; i <= 5; i += 1)
      rotating.push((await post('/tokens/refresh', `2001:db8:5:6::${i}`)).status);
    expect(rotating).toEqual([401, 401, 401, 401, 429]);
    // The stream's upgrade goes by the same rule: A's exhausted bucket refuses it, another
    // debtor's address opens it.
    const { token, conversationId } = (await (
      await post('/tokens/generate', '198.51.100.60', s.linkToken(invoices[1]!))
    ).json()) as { token: string; conversationId: string };
    const upgrade = (forwardedFor: string) => {
      const url = `${s.base.replace('http', 'ws')}/conversations/${conversationId}/stream?t=${encodeURIComponent(token)}`;
      const socket = new WebSocket(url, { headers: { 'x-forwarded-for': forwardedFor } });
      return new Promise<number>((resolve) => {
        socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
        socket.once('open', () => {
          socket.close();
          resolve(101);
        });
        socket.once('error', () => resolve(0));
      });
    };
    expect(await upgrade('203.0.113.99, 198.51.100.1')).toBe(429);
    expect(await upgrade('198.51.100.61')).toBe(101);
  });

  it('lets one payment link start at most CHAT_TOKENS_PER_LINK chats, from whatever address', async () => {
    const [first, second] = invoices as [string, string];
    const statuses: number[] = [];
    for (let i = 1; i <= 5; i += 1) {
      statuses.push((await post('/tokens/generate', `198.51.100.${20 + i}`, s.linkToken(first))).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    // A freshly signed link for the same invoice shares the allowance.
    const fresh = s.linkToken(first, new Date(Date.now() + 7_200_000));
    const refused = await post('/tokens/generate', '198.51.100.30', fresh);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: { code: 'TooManyRequests' } });
    expect(await s.db.prisma.directLineConversation.count({ where: { invoiceId: first } })).toBe(3);
    // Another invoice's link is not affected.
    expect((await post('/tokens/generate', '198.51.100.31', s.linkToken(second))).status).toBe(200);
  });
});
