import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../../../prisma/database-target.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { buildEml } from '../../support/build-eml.ts';
import { connectImapClient } from '../../support/connect-imap-client.ts';
import { seedEmailLedger } from '../../support/seed-email-ledger.ts';
import { type DovecotServer, findDovecot, startDovecot } from '../../support/start-dovecot.ts';
import { createTestTarget, withDatabase } from '../../support/test-database.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const MAILS = 60;
const KILL_AFTER = 23;
const SAME_TEXT = 3;
/** Two of every six carry no Message-ID (and, in the same group, the very same bytes): the UID tells them apart. */
const hasMessageId = (i: number) => i % 6 < 4;

/** Runs the ingester in a child; kills it with SIGKILL after `killAfter` committed mails, if given. */
function runIngester(env: Record<string, string>, killAfter: number | null) {
  return new Promise<{ ingested: number; killed: boolean; output: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'test/support/run-email-ingester.ts')],
      {
        cwd: ROOT,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    let ingested = 0;
    let killed = false;
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
      ingested = (output.match(/^ingested /gm) ?? []).length;
      if (killAfter !== null && ingested >= killAfter && !killed) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    child.on('exit', () => resolve({ ingested, killed, output }));
  });
}

describe.skipIf(!findDovecot())('ingester killed with SIGKILL mid-batch', () => {
  let dovecot: DovecotServer;
  let target: DatabaseTarget;
  let env: Record<string, string>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    dovecot = await startDovecot();
    ({ target, env, drop } = await createTestTarget());
    const db = await openDatabase({ target, migrate: true });
    await seedEmailLedger(db);
    await db.close();
    env = {
      ...env,
      IMAP_HOST: dovecot.host,
      IMAP_PORT: String(dovecot.port),
      IMAP_SECURE: 'false',
      IMAP_USER: dovecot.user,
      IMAP_PASSWORD: dovecot.password,
      IMAP_BATCH_SIZE: '10',
      EMAIL_REPLY_TOKEN_SECRET: 'crash-test-secret-with-at-least-32-characters',
      EMAIL_FROM: 'debiteuren@ourcompany.example',
    };
    const imap = await connectImapClient(dovecot);
    for (let i = 0; i < MAILS; i += 1) {
      // Three mails in a row share sender, subject and text: distinct mail, never duplicates.
      const group = Math.floor(i / SAME_TEXT);
      await imap.append(
        'INBOX',
        buildEml({
          from: group % 2 ? 'jan@bakkerij-jansen.nl' : 'ap@acme.co.uk',
          subject: `Factuur INV-2026-00${group % 2 ? '42' : '77'} (${group})`,
          body: `Bericht ${group}: we betalen op vrijdag ${(group % 28) + 1} december.`,
          messageId: hasMessageId(i) ? `<crash-${i}@test.example>` : null,
        }),
      );
    }
    await imap.logout();
  });

  afterAll(async () => {
    await dovecot?.stop();
    await drop?.();
  });

  it('loses nothing and processes nothing twice after a restart', async () => {
    const first = await runIngester(env, KILL_AFTER);
    expect(first.killed, first.output).toBe(true);
    expect(first.ingested).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(first.ingested).toBeLessThan(MAILS);

    const second = await runIngester(env, null);
    expect(second.output).toMatch(/^done /m);

    await withDatabase(target, async (db) => {
      const messages = await db.prisma.message.findMany({
        where: { direction: 'inbound' },
        select: { id: true, externalId: true, status: true, possibleDuplicateOf: true },
      });
      // Each appended mail stored exactly once: by its Message-ID, or by its UID when it has none.
      expect(messages).toHaveLength(MAILS);
      for (let i = 0; i < MAILS; i += 1) {
        const identity = hasMessageId(i)
          ? (id: string) => id === `<crash-${i}@test.example>`
          : (id: string) => new RegExp(`^<no-message-id\\.INBOX\\.\\d+\\.${i + 1}\\.`).test(id);
        expect(
          messages.filter((message) => identity(message.externalId)),
          `mail ${i}`,
        ).toHaveLength(1);
      }
      // The same text again is kept and flagged as a possible duplicate of the first of its group.
      expect(messages.filter((message) => message.possibleDuplicateOf !== null)).toHaveLength(
        MAILS - MAILS / SAME_TEXT,
      );
      expect(messages.every((message) => message.status === 'processed')).toBe(true);
      // Processed once: one classification, one proposal at most, one "received" audit per mail.
      expect(await db.prisma.classification.count()).toBe(MAILS);
      expect(await db.prisma.auditEvent.count({ where: { type: 'message.received' } })).toBe(MAILS);
      const proposals = await db.prisma.proposal.groupBy({ by: ['messageId'], _count: { _all: true } });
      expect(proposals.every((row) => row._count._all === 1)).toBe(true);
      const checkpoint = await db.prisma.emailCheckpoint.findUniqueOrThrow({ where: { mailbox: 'INBOX' } });
      expect(Number(checkpoint.lastUid)).toBe(MAILS);
    });
    // The second run started from the checkpoint: it did not redo the first run's committed batches.
    expect(second.ingested).toBeLessThanOrEqual(MAILS - Math.floor(KILL_AFTER / 10) * 10);

    const imap = await connectImapClient(dovecot);
    const lock = await imap.getMailboxLock('INBOX');
    try {
      expect(await imap.search({ seen: false }, { uid: true })).toEqual([]);
    } finally {
      lock.release();
      await imap.logout();
    }
  });
});
