import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  deriveDirectLineSecret,
  signDirectLineToken,
  verifyDirectLineToken,
} from '../../../channels/directline/directline-token.ts';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import {
  type DlActivity,
  directLineClient,
  openConversation,
  openStream,
} from '../../support/directline-test-client.ts';
import { seedChatDebtor } from '../../support/seed-chat-debtor.ts';
import { CHAT_LINK_SECRET, type ChatServer, startChatServer } from '../../support/start-chat-server.ts';

const HOSTILE_NAME = `<script>alert("name")</script> & "Quotes" BV`;
const HOSTILE_TEXT = `<img src=x onerror="alert(1)"> '; DROP TABLE message; -- {{7*7}} \u202Eevil`;
const fromBot = (a: DlActivity) => a.from.role === 'bot';

describe('Direct Line endpoint over HTTP and WebSocket', () => {
  let s: ChatServer;
  let invoiceId: string;
  let otherInvoiceId: string;
  const today = amsterdamDate(new Date());

  beforeAll(async () => {
    s = await startChatServer();
    invoiceId = (
      await seedChatDebtor(s.db, {
        reference: 'DL-1',
        name: HOSTILE_NAME,
        invoiceNumber: 'INV-DL-1',
        cents: 120_000,
        dueDate: addDays(today, -10),
      })
    ).invoiceId;
    otherInvoiceId = (
      await seedChatDebtor(s.db, {
        reference: 'DL-2',
        name: 'Other BV',
        language: 'en',
        invoiceNumber: 'INV-DL-2',
        cents: 50_000,
        dueDate: addDays(today, -10),
      })
    ).invoiceId;
  });
  afterAll(async () => s?.close());

  it('generates a token only from a valid, unexpired payment link', async () => {
    const client = directLineClient(s.base);
    const forged =
      s.linkToken(invoiceId).slice(0, -2) + (s.linkToken(invoiceId).endsWith('AA') ? 'BB' : 'AA');
    expect((await client.generate(forged)).status).toBe(401);
    expect((await client.generate(s.linkToken(invoiceId, new Date(Date.now() - 1000)))).status).toBe(401);
    expect((await client.generate('')).status).toBe(401);
    const ok = await client.generate(s.linkToken(invoiceId));
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { conversationId: string; token: string; expires_in: number };
    expect(body.expires_in).toBeGreaterThan(1700);
    expect(body.expires_in).toBeLessThanOrEqual(1800);
    const claims = verifyDirectLineToken(deriveDirectLineSecret(CHAT_LINK_SECRET), body.token, new Date());
    expect(claims).toMatchObject({ ok: true, claims: { conversationId: body.conversationId, invoiceId } });
  });

  it('starts a conversation: the bot greets on the stream with Direct Line ids, watermarks and roles', async () => {
    const { stream, conversationId, streamUrl } = await openConversation(s.base, s.linkToken(invoiceId));
    expect(streamUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/v3\/directline\/conversations\/[^/]+\/stream\?t=/);
    const greeting = await stream.waitFor(fromBot);
    expect(greeting.id).toBe(`${conversationId}|0000001`);
    expect(greeting).toMatchObject({
      type: 'message',
      textFormat: 'plain',
      channelId: 'directline',
      from: { role: 'bot' },
    });
    expect(Date.parse(String(greeting.timestamp))).not.toBeNaN();
    expect(stream.watermarks[0]).toBe('1');
    // The hostile name is plain data inside a JSON string.
    expect(greeting.text).toContain(HOSTILE_NAME);
    stream.close();
  });

  it('takes the sender from the token, echoes the activity with its clientActivityID, then the bot answers', async () => {
    const { client, stream, conversationId, token } = await openConversation(s.base, s.linkToken(invoiceId));
    await stream.waitFor(fromBot);
    const response = await client.post(conversationId, token, {
      type: 'message',
      text: 'ik kan nu niet alles betalen, kan ik in termijnen betalen?',
      from: { id: 'someone-else', role: 'bot', name: 'Finance' },
      channelData: { clientActivityID: 'client-1', evil: 'dropped' },
      attachments: [{ contentType: 'text/html', content: '<b>x</b>' }],
    });
    expect(response.status).toBe(200);
    const { id } = (await response.json()) as { id: string };
    expect(id).toBe(`${conversationId}|0000002`);
    const echo = await stream.waitFor((a) => a.id === id);
    expect(echo.from.role).toBe('user');
    expect(echo.from.id).toMatch(/^dl_/);
    expect(echo.channelData).toEqual({ clientActivityID: 'client-1' });
    expect(echo.attachments).toBeUndefined();
    const offer = await stream.waitFor((a) => fromBot(a) && (a.text ?? '').includes('termijnen'));
    expect(offer.replyToId).toBe(id);
    expect(offer.suggestedActions?.actions.length).toBeGreaterThan(1);
    stream.close();
  });

  it('binds tokens to their conversation: another conversation, a forged or an expired token is refused', async () => {
    const a = await openConversation(s.base, s.linkToken(invoiceId));
    const b = await openConversation(s.base, s.linkToken(otherInvoiceId));
    const client = a.client;
    expect((await client.activities(b.conversationId, a.token)).status).toBe(403);
    expect((await client.post(b.conversationId, a.token, { type: 'message', text: 'hi' })).status).toBe(403);
    expect((await client.reconnect(b.conversationId, a.token)).status).toBe(403);
    const forged = `${a.token.slice(0, -3)}abc`;
    expect((await client.activities(a.conversationId, forged)).status).toBe(401);
    const secret = deriveDirectLineSecret(CHAT_LINK_SECRET);
    const otherSecret = signDirectLineToken('x'.repeat(40), {
      conversationId: b.conversationId,
      invoiceId: otherInvoiceId,
      userId: 'dl_x',
      expiresAt: new Date(Date.now() + 60_000),
      linkExpiresAt: new Date(Date.now() + 60_000),
    });
    expect((await client.activities(b.conversationId, otherSecret)).status).toBe(401);
    const expired = signDirectLineToken(secret, {
      conversationId: a.conversationId,
      invoiceId,
      userId: 'dl_x',
      expiresAt: new Date(Date.now() - 1000),
      linkExpiresAt: new Date(Date.now() + 60_000),
    });
    expect((await client.activities(a.conversationId, expired)).status).toBe(403);
    expect((await client.refresh(expired)).status).toBe(403);
    // The stream refuses a token of another conversation.
    const wrong = b.streamUrl.replace(
      encodeURIComponent(b.conversationId),
      encodeURIComponent(a.conversationId),
    );
    await expect(openStream(wrong)).rejects.toThrow(/403/);
    a.stream.close();
    b.stream.close();
  });

  it('refreshes a token, never beyond the payment link it came from', async () => {
    const client = directLineClient(s.base);
    const soon = new Date(Date.now() + 90_000);
    const generated = (await (await client.generate(s.linkToken(invoiceId, soon))).json()) as {
      token: string;
      expires_in: number;
    };
    expect(generated.expires_in).toBeLessThanOrEqual(90);
    const refreshed = await client.refresh(generated.token);
    expect(refreshed.status).toBe(200);
    const body = (await refreshed.json()) as { token: string; expires_in: number };
    expect(body.expires_in).toBeLessThanOrEqual(90);
    expect(body.token).not.toBe('');
  });

  it('pages activities by watermark', async () => {
    const { client, stream, conversationId, token } = await openConversation(
      s.base,
      s.linkToken(otherInvoiceId),
    );
    await stream.waitFor(fromBot);
    await client.post(conversationId, token, { type: 'message', text: 'hello' });
    const all = (await (await client.activities(conversationId, token)).json()) as {
      activities: DlActivity[];
      watermark: string;
    };
    expect(all.activities.map((a) => a.id)).toEqual(
      all.activities.map((_, i) => `${conversationId}|${String(i + 1).padStart(7, '0')}`),
    );
    expect(all.watermark).toBe(String(all.activities.length));
    const after1 = (await (await client.activities(conversationId, token, '1')).json()) as {
      activities: DlActivity[];
      watermark: string;
    };
    expect(after1.activities.map((a) => a.id)).toEqual(all.activities.slice(1).map((a) => a.id));
    const none = (await (await client.activities(conversationId, token, all.watermark)).json()) as {
      activities: DlActivity[];
      watermark: string;
    };
    expect(none).toEqual({ activities: [], watermark: all.watermark });
    expect((await client.activities(conversationId, token, 'abc')).status).toBe(400);
    stream.close();
  });

  it('accepts only messages (and allowed events) within the size limits', async () => {
    const { client, stream, conversationId, token } = await openConversation(
      s.base,
      s.linkToken(otherInvoiceId),
    );
    const post = (activity: Record<string, unknown> | string) => client.post(conversationId, token, activity);
    expect((await post({ type: 'typing' })).status).toBe(400);
    expect((await post({ type: 'invoke', name: 'x' })).status).toBe(400);
    expect((await post({ type: 'event', name: 'admin/approve' })).status).toBe(400);
    expect((await post({ type: 'message', text: '   ' })).status).toBe(400);
    expect((await post('{not json')).status).toBe(400);
    const long = await post({ type: 'message', text: 'a'.repeat(2001) });
    expect(long.status).toBe(400);
    expect(((await long.json()) as { error: { message: string } }).error.message).toContain('limit is 2000');
    expect((await post({ type: 'message', text: 'b'.repeat(20_000) })).status).toBe(413);
    expect((await post({ type: 'message', text: 'c'.repeat(2000) })).status).toBe(200);
    stream.close();
  });

  it('stores and returns hostile text as plain data', async () => {
    const { client, stream, conversationId, token } = await openConversation(s.base, s.linkToken(invoiceId));
    const response = await client.post(conversationId, token, { type: 'message', text: HOSTILE_TEXT });
    const { id } = (await response.json()) as { id: string };
    const page = await client.activities(conversationId, token);
    expect(page.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const body = (await page.json()) as { activities: DlActivity[] };
    expect(body.activities.find((a) => a.id === id)?.text).toBe(HOSTILE_TEXT);
    const stored = await s.db.prisma.message.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'chat', externalId: id } },
    });
    expect(stored.rawText).toBe(HOSTILE_TEXT);
    expect(await s.db.prisma.message.count()).toBeGreaterThan(0);
    stream.close();
  });

  it('after a server restart, a reconnect gets the history from its watermark and the dialog goes on', async () => {
    const { client, stream, conversationId, token } = await openConversation(s.base, s.linkToken(invoiceId));
    await stream.waitFor(fromBot);
    await client.post(conversationId, token, {
      type: 'message',
      text: 'ik kan nu niet alles betalen, kan ik in termijnen betalen?',
    });
    const offer = await stream.waitFor((a) => fromBot(a) && (a.text ?? '').includes('termijnen'));
    const watermark = offer.id.split('|')[1]!.replace(/^0+/, '');
    stream.close();
    await s.restart();

    // The client chose an option while we were down? No: it reconnects first (directlinejs: GET with watermark).
    const fresh = directLineClient(s.base);
    const reconnect = await fresh.reconnect(conversationId, token, '1');
    expect(reconnect.status).toBe(200);
    const { streamUrl } = (await reconnect.json()) as { streamUrl: string };
    expect(streamUrl).toContain('watermark=1');
    const again = await openStream(streamUrl);
    const replayed = await again.waitFor((a) => a.id === offer.id);
    expect(replayed.text).toBe(offer.text);
    expect(again.activities[0]?.id).toBe(`${conversationId}|0000002`);
    expect(Number(watermark)).toBeGreaterThan(2);
    // Dialog state lives in the database: the choice continues the plan dialog.
    const three = offer.suggestedActions!.actions.find((a) => a.title.startsWith('3 ×'))!.title;
    await fresh.post(conversationId, token, { type: 'message', text: three });
    await again.waitFor((a) => fromBot(a) && (a.text ?? '').includes('Klopt dat?'));
    again.close();
  });

  it('sends keep-alives on an idle stream and refuses upgrades elsewhere', async () => {
    const { stream } = await openConversation(s.base, s.linkToken(otherInvoiceId));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(stream.keepAlives).toBeGreaterThanOrEqual(2);
    stream.close();
    const refused = new WebSocket(`${s.origin.replace('http', 'ws')}/slack/events`);
    const status = await new Promise<number>((resolve) => {
      refused.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      refused.once('open', () => resolve(101));
    });
    expect(status).toBe(404);
  });
});

describe('Direct Line rate limits', () => {
  let s: ChatServer;
  let invoiceId: string;
  beforeAll(async () => {
    s = await startChatServer({
      env: { CHAT_RATE_LIMIT_PER_MINUTE: '4', CHAT_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '12' },
    });
    invoiceId = (
      await seedChatDebtor(s.db, {
        reference: 'RL-1',
        name: 'Rate BV',
        invoiceNumber: 'INV-RL-1',
        cents: 10_000,
        dueDate: '2026-10-01',
      })
    ).invoiceId;
  });
  afterAll(async () => s?.close());

  it('limits requests per token and per address with 429', async () => {
    const client = directLineClient(s.base);
    const { token, conversationId } = (await (await client.generate(s.linkToken(invoiceId))).json()) as {
      token: string;
      conversationId: string;
    };
    const perToken: number[] = [];
    const retryAfter: (string | null)[] = [];
    for (let i = 0; i < 6; i += 1) {
      const answer = await client.activities(conversationId, token);
      perToken.push(answer.status);
      retryAfter.push(answer.headers.get('retry-after'));
    }
    expect(perToken).toEqual([200, 200, 200, 200, 429, 429]);
    // A 429 says when to try again (RFC 9110 Retry-After, whole seconds within the window).
    for (const value of retryAfter.slice(4)) expect(Number(value)).toBeGreaterThanOrEqual(1);
    expect(retryAfter.slice(0, 4)).toEqual([null, null, null, null]);
    const perAddress: Response[] = [];
    for (let i = 0; i < 6; i += 1) perAddress.push(await client.generate(s.linkToken(invoiceId)));
    const limited = perAddress.filter((answer) => answer.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    for (const answer of limited) expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});
