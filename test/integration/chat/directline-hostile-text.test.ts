import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { type DlActivity, openConversation } from '../../support/directline-test-client.ts';
import { seedChatDebtor } from '../../support/seed-chat-debtor.ts';
import { type ChatServer, startChatServer } from '../../support/start-chat-server.ts';

const R = '\uFFFD';
const fromBot = (a: DlActivity) => a.from.role === 'bot';

/**
 * Issue 13, defect 1: a chat message the database refused (NUL, a lone surrogate) rejected a
 * promise nobody caught, which stopped `serve`, and the client got the database's error text.
 * Now such text is stored with U+FFFD in its place, the turn runs, and a failure that does reach
 * the client says nothing about our insides.
 */
describe('Direct Line: text the database cannot store', () => {
  let s: ChatServer;
  let invoiceId: string;
  const today = amsterdamDate(new Date());

  beforeAll(async () => {
    s = await startChatServer();
    ({ invoiceId } = await seedChatDebtor(s.db, {
      reference: 'HOSTILE-1',
      name: 'Nul BV',
      invoiceNumber: 'INV-HOSTILE-1',
      cents: 80_000,
      dueDate: addDays(today, -12),
    }));
  });
  afterAll(async () => s?.close());

  it.each([
    ['a NUL', 'Ik betaal \u0000 volgende week', `Ik betaal ${R} volgende week`],
    ['a lone high surrogate', 'Ik betaal \uD800 volgende week', `Ik betaal ${R} volgende week`],
    ['a lone low surrogate', '\uDC00 factuur klopt niet', `${R} factuur klopt niet`],
  ])('stores a message with %s as U+FFFD, echoes it so, and the bot answers', async (_what, text, stored) => {
    const { client, conversationId, token, stream } = await openConversation(s.base, s.linkToken(invoiceId));
    try {
      await stream.waitFor(fromBot);
      const before = stream.activities.filter(fromBot).length;
      const posted = await client.post(conversationId, token, {
        type: 'message',
        text,
        channelData: { clientActivityID: 'c\u00001' },
      });
      expect(posted.status).toBe(200);
      const { id } = (await posted.json()) as { id: string };
      const echo = await stream.waitFor((a) => a.id === id);
      expect(echo.text).toBe(stored);
      expect(echo.channelData).toEqual({ clientActivityID: `c${R}1` });
      await stream.waitFor((a) => fromBot(a) && stream.activities.filter(fromBot).length > before, 15_000);
      const rows = await s.db.prisma.message.findMany({
        where: { channel: 'chat', direction: 'inbound', debtor: { reference: 'HOSTILE-1' } },
        select: { rawText: true },
      });
      expect(rows.map((row) => row.rawText)).toContain(stored);
    } finally {
      stream.close();
    }
  });

  it('answers a failure it did not expect with a generic 500: no database text reaches the client', async () => {
    const { client, conversationId, token, stream } = await openConversation(s.base, s.linkToken(invoiceId));
    stream.close();
    // The conversation is known to the endpoint (cached) but gone from the database: the append fails.
    await s.db.prisma.directLineActivity.deleteMany({ where: { conversationId } });
    await s.db.prisma.directLineConversation.delete({ where: { id: conversationId } });
    const posted = await client.post(conversationId, token, { type: 'message', text: 'hallo' });
    expect(posted.status).toBe(500);
    expect(posted.headers.get('x-content-type-options')).toBe('nosniff');
    const body = await posted.text();
    expect(body).not.toMatch(/conversation|does not exist|directline_|prisma|sql/i);
    expect(JSON.parse(body)).toMatchObject({ error: { code: 'INTERNAL' } });
    // And the server still serves.
    expect((await fetch(`${s.origin}/health`)).status).toBe(200);
  });
});
