import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINK_USER_PREFIX } from '../../../bot/chat/create-session-resolver.ts';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { seedChatDebtor } from '../../support/seed-chat-debtor.ts';
import { type ChatServer, startChatServer } from '../../support/start-chat-server.ts';

interface ConnectorCall {
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: { type: string; text?: string; replyToId?: string; conversation?: { id: string } };
}

/** A loopback server playing the Bot Connector service: it receives the bot's replies. */
async function startConnector(): Promise<{ url: string; calls: ConnectorCall[]; close(): Promise<void> }> {
  const calls: ConnectorCall[] = [];
  const server: Server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk) => {
      text += chunk;
    });
    request.on('end', () => {
      calls.push({
        path: request.url ?? '',
        authorization: request.headers.authorization,
        body: JSON.parse(text || '{}'),
      });
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ id: `reply-${calls.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const activity = (serviceUrl: string, userId: string, extra: Record<string, unknown>) => ({
  channelId: 'directline',
  serviceUrl,
  conversation: { id: 'azure-conv-1' },
  from: { id: userId, name: 'debtor' },
  recipient: { id: 'collections-bot', name: 'Collections' },
  timestamp: new Date().toISOString(),
  ...extra,
});

async function waitFor<T>(check: () => T | undefined, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the bot behind Azure Bot Service (CloudAdapter at POST /api/messages)', () => {
  let open: ChatServer;
  let secured: ChatServer;
  let connector: Awaited<ReturnType<typeof startConnector>>;
  let userId: string;

  beforeAll(async () => {
    connector = await startConnector();
    open = await startChatServer({ mountBotFrameworkRoute: true });
    secured = await startChatServer({
      env: {
        MICROSOFT_APP_ID: '00000000-0000-0000-0000-00000000b07a',
        MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
      },
    });
    const { invoiceId } = await seedChatDebtor(open.db, {
      reference: 'AZ-1',
      name: 'Azure BV',
      language: 'en',
      invoiceNumber: 'INV-AZ-1',
      cents: 80_000,
      dueDate: addDays(amsterdamDate(new Date()), -10),
    });
    userId = `${LINK_USER_PREFIX}${open.linkToken(invoiceId)}`;
  });
  afterAll(async () => {
    await open?.close();
    await secured?.close();
    await connector?.close();
  });

  it('without an app id (authentication off), replies reach the Bot Connector at the serviceUrl', async () => {
    const post = (body: unknown) =>
      fetch(`${open.origin}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const joined = await post(
      activity(connector.url, userId, {
        type: 'conversationUpdate',
        id: 'act-0',
        membersAdded: [{ id: userId }],
      }),
    );
    expect(joined.status).toBeLessThan(300);
    const greeting = await waitFor(() =>
      connector.calls.find((c) => c.body.text?.includes('Hello Azure BV')),
    );
    expect(greeting.path).toMatch(/^\/v3\/conversations\/azure-conv-1\/activities(\/act-0)?$/);
    expect(greeting.authorization).toBeUndefined();

    const said = await post(
      activity(connector.url, userId, {
        type: 'message',
        id: 'act-1',
        text: 'We already paid this invoice.',
      }),
    );
    expect(said.status).toBeLessThan(300);
    const answer = await waitFor(() => connector.calls.find((c) => c.path.endsWith('/activities/act-1')));
    expect(answer.body).toMatchObject({ type: 'message', replyToId: 'act-1' });
    expect(answer.body.text).toContain('On what date did you pay?');
    // The debtor's words went through the pipeline onto their timeline.
    const stored = await open.db.prisma.message.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'chat', externalId: 'act-1' } },
      include: { classifications: true },
    });
    expect(stored.classifications[0]?.reason).toBe('already_paid');
  });

  it('ignores a conversation not bound to a payment link', async () => {
    const before = connector.calls.length;
    const response = await fetch(`${open.origin}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        activity(connector.url, 'pl_forged', { type: 'message', id: 'act-x', text: 'hello' }),
      ),
    });
    expect(response.status).toBeLessThan(300);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(connector.calls.length).toBe(before);
  });

  it('with an app id, refuses a request without the Bot Connector token', async () => {
    const before = connector.calls.length;
    const response = await fetch(`${secured.origin}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity(connector.url, userId, { type: 'message', id: 'act-2', text: 'hello' })),
    });
    expect(response.status).toBe(401);
    const forged = await fetch(`${secured.origin}/api/messages`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0.',
      },
      body: JSON.stringify(activity(connector.url, userId, { type: 'message', id: 'act-3', text: 'hello' })),
    });
    expect(forged.status).toBe(401);
    // botbuilder's own error text (what was wrong with the token) stays in the log.
    expect(await response.text()).toBe('');
    expect(await forged.text()).toBe('');
    const malformed = await fetch(`${secured.origin}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', conversation: 5, from: [] }),
    });
    expect(malformed.status).toBeLessThan(500);
    expect(await malformed.text()).not.toMatch(/zod|expected|received/i);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(connector.calls.length).toBe(before);
  });
});
