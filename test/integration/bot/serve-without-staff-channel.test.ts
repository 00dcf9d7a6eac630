import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signPaymentLinkToken } from '../../../channels/web/payment-link-token.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { type DlActivity, directLineClient } from '../../support/directline-test-client.ts';
import { findFreePort } from '../../support/find-free-port.ts';
import { runCliProcess } from '../../support/run-cli.ts';
import { seedChatDebtor } from '../../support/seed-chat-debtor.ts';
import { createTestTarget } from '../../support/test-database.ts';
import { watchServe } from '../../support/watch-serve.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SECRET = 'no-staff-secret-0123456789abcdef0123456789';
const PROMISES_CONTACT =
  /medewerker (bekijkt|neemt|past|bevestigt)|doorgezet naar een medewerker|doorgegeven aan|contact met u op|neemt contact|colleague|will contact/i;

/**
 * `collections serve` as deployed without Slack: it says so at start, and a debtor who asks for
 * a person through the chat is told what is true (recorded, reviewed on business days), which
 * the database bears out (the message and its review proposal are stored).
 */
describe('collections serve without a staff channel', () => {
  let database: Awaited<ReturnType<typeof createTestTarget>>;
  let serve: ChildProcess;
  let exited: Promise<number | null>;
  let log = '';
  let baseUrl: string;
  let seeded: { debtorId: string; invoiceId: string };

  beforeAll(async () => {
    database = await createTestTarget();
    expect((await runCliProcess(['db', 'migrate'], { env: database.env })).code).toBe(0);
    const db = await openDatabase({ target: database.target });
    try {
      seeded = await seedChatDebtor(db, {
        reference: 'NOSTAFF-1',
        name: 'Drukkerij Noord',
        invoiceNumber: 'INV-NOSTAFF-1',
        cents: 64_000,
        dueDate: '2026-10-15',
      });
    } finally {
      await db.close();
    }
    const port = await findFreePort();
    baseUrl = `http://127.0.0.1:${port}`;
    serve = spawn(process.execPath, [path.join(ROOT, 'bin/collections.js'), 'serve'], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...database.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        IMAP_HOST: '',
        SMTP_HOST: '',
        SLACK_SIGNING_SECRET: '',
        SLACK_BOT_TOKEN: '',
        SLACK_APP_TOKEN: '',
        MOLLIE_API_KEY: '',
        PAYMENT_LINK_SECRET: SECRET,
        PUBLIC_BASE_URL: baseUrl,
      },
    });
    const watched = watchServe(serve, (text) => {
      log += text;
    });
    exited = watched.exited;
    await watched.listening;
  });

  afterAll(async () => {
    if (serve && serve.exitCode === null) {
      serve.kill('SIGTERM');
      await exited;
    }
    await database?.drop();
  });

  it('warns at start, naming what is missing and what it means', () => {
    const warning = log.split('\n').find((line) => line.includes('no staff channel configured'));
    expect(warning).toBeDefined();
    expect(warning).toContain('SLACK_BOT_TOKEN');
    expect(warning).toContain('NOBODY is notified');
  });

  it('a debtor asking for a person in the chat is not promised contact, and the message is stored', async () => {
    const client = directLineClient(`${baseUrl}/v3/directline`);
    const linkToken = signPaymentLinkToken(SECRET, {
      invoiceId: seeded.invoiceId,
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    const { token, conversationId } = (await (await client.generate(linkToken)).json()) as {
      token: string;
      conversationId: string;
    };
    expect((await client.start(token)).status).toBe(201);
    const posted = await client.post(conversationId, token, {
      type: 'message',
      from: { id: 'ignored' },
      text: 'ik wil een mens spreken',
    });
    expect(posted.status).toBe(200);
    const { id: sentId } = (await posted.json()) as { id: string };
    let answer: DlActivity | undefined;
    for (let i = 0; i < 100 && !answer; i += 1) {
      const { activities } = (await (await client.activities(conversationId, token)).json()) as {
        activities: DlActivity[];
      };
      const after = activities.slice(activities.findIndex((a) => a.id === sentId) + 1);
      answer = after.find((a) => a.type === 'message' && a.from.role === 'bot');
      if (!answer) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(answer?.text).toBeDefined();
    expect(answer!.text).not.toMatch(PROMISES_CONTACT);
    expect(answer!.text).toContain('Uw bericht is vastgelegd bij uw dossier');

    // The embedded database admits one process: read it once serve has stopped.
    serve.kill('SIGTERM');
    await exited;
    const db = await openDatabase({ target: database.target });
    try {
      const stored = await db.prisma.message.findFirst({
        where: { debtorId: seeded.debtorId, rawText: 'ik wil een mens spreken' },
        include: { proposals: true },
      });
      expect(stored?.proposals.map((p) => p.action)).toEqual(['human_review']);
    } finally {
      await db.close();
    }
  });
});
