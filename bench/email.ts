/**
 * `npm run bench:email`: the email channel's throughput, as issue 5 asks.
 * - 5,000 debtor replies (BENCH_EMAIL_COUNT) are appended to a throwaway Dovecot over IMAP;
 * - baseline: imapflow fetch of every message plus a mailparser parse, nothing else;
 * - full pipeline: the real ingester and sink on the same mailbox (parse, de-duplicate, match,
 *   understand, propose, store in one transaction per chunk, attachments, answers queued, \Seen,
 *   checkpoint), as `collections serve` runs it: chunks of IMAP_BATCH_SIZE (200) and parse +
 *   understand in BENCH_EMAIL_THREADS worker threads (default: the machine's cores; 0 = none).
 *   The baseline is single-threaded, so the ratio compares the pipeline on all cores with a bare
 *   fetch + parse on one; the thread start-up (model load) is printed, not counted, as serve
 *   does it once at start.
 * - prints both in messages per second and the ratio (goal: the pipeline keeps >= 50%);
 * - and, to explain the ratio: understanding alone on one core, and the ingester with its worker
 *   threads doing everything but storage (parse, hash, understand: a ceiling for the pipeline).
 * Database: PGlite in a temp dir, or PostgreSQL when DATABASE_URL is set (a fresh database).
 */

import { availableParallelism } from 'node:os';
import { ImapFlow } from 'imapflow';
import { simpleParser } from 'mailparser';
import { createEmailSink } from '../bot/inbound/create-email-sink.ts';
import { createPreparePool } from '../bot/inbound/create-prepare-pool.ts';
import {
  createImapIngester,
  type EmailIngestSink,
  type FetchedMail,
  type MailboxCheckpoint,
} from '../channels/email/imap-ingester.ts';
import { readEmailConfig } from '../channels/email/read-email-config.ts';
import { DEFAULT_POLICY } from '../domain/policy/collections-policy.ts';
import { understandMessage } from '../nlp/understand-message.ts';
import { openDatabase } from '../prisma/open-database.ts';
import { buildEml } from '../test/support/build-eml.ts';
import { imapSettingsOf } from '../test/support/imap-settings-of.ts';
import { startDovecot } from '../test/support/start-dovecot.ts';
import { createTestTarget } from '../test/support/test-database.ts';

const COUNT = Number(process.env.BENCH_EMAIL_COUNT ?? 5000);
const DEBTORS = 200;
const THREADS = Number(process.env.BENCH_EMAIL_THREADS ?? availableParallelism());
const BATCH = Number(process.env.IMAP_BATCH_SIZE ?? 200);

const BODIES = [
  'Factuur {inv} klopt niet, de levering was onvolledig. Graag een creditnota.',
  'Wij betalen factuur {inv} uiterlijk vrijdag 4 december.',
  'Factuur {inv} is al betaald op 12 november, EUR 1.250,00.',
  'We have a cash flow problem this month. Could we pay invoice {inv} in three instalments?',
  'Sorry, we forgot invoice {inv}. Please send a payment link.',
  'Wij hebben een inkoopordernummer nodig op factuur {inv}.',
  'Kunt u factuur {inv} nogmaals sturen? Wij kunnen hem niet vinden.',
];

const rate = (count: number, ms: number) => (count / ms) * 1000;
/** User + system CPU of this process (all its threads; not Dovecot's or PostgreSQL's). */
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

async function main(): Promise<void> {
  const dovecot = await startDovecot();
  const { target, drop } = await createTestTarget();
  const db = await openDatabase({ target, migrate: true });
  try {
    for (let d = 0; d < DEBTORS; d += 1) {
      await db.prisma.debtor.create({
        data: {
          reference: `B-${d}`,
          name: `Debtor ${d} B.V.`,
          kind: 'company',
          language: d % 3 === 0 ? 'en' : 'nl',
          contacts: { create: { email: `ap@debtor-${d}.example`, isPrimary: true } },
          invoices: {
            create: {
              number: `INV-2026-${String(d).padStart(4, '0')}`,
              amountCents: 10_000 + d * 137,
              openCents: 10_000 + d * 137,
              issueDate: new Date('2026-09-01'),
              dueDate: new Date('2026-10-01'),
            },
          },
        },
      });
    }
    const imapOptions = {
      host: dovecot.host,
      port: dovecot.port,
      secure: false,
      auth: { user: dovecot.user, pass: dovecot.password },
      logger: false as const,
    };
    const appendStart = performance.now();
    const writers = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const client = new ImapFlow(imapOptions);
        await client.connect();
        return client;
      }),
    );
    await Promise.all(
      writers.map(async (client, w) => {
        for (let i = w; i < COUNT; i += writers.length) {
          const d = i % DEBTORS;
          const inv = `INV-2026-${String(d).padStart(4, '0')}`;
          await client.append(
            'INBOX',
            buildEml({
              from: `ap@debtor-${d}.example`,
              subject: `Re: Herinnering: factuur ${inv}`,
              body: `${BODIES[i % BODIES.length]!.replace('{inv}', inv)}\n\nMet vriendelijke groet,\nDebiteur ${d} (${i})\n\n> Beste Debtor ${d} B.V.,\n> Volgens onze administratie staat factuur ${inv} nog open.`,
              messageId: `<bench-${i}@debtor-${d}.example>`,
            }),
          );
        }
        await client.logout();
      }),
    );
    const appendMs = performance.now() - appendStart;

    // Baseline: fetch and parse only.
    const reader = new ImapFlow(imapOptions);
    await reader.connect();
    const lock = await reader.getMailboxLock('INBOX');
    const baseCpu = process.cpuUsage();
    const baseStart = performance.now();
    let parsed = 0;
    const texts: { text: string; subject: string }[] = [];
    for await (const message of reader.fetch('1:*', { uid: true, source: true })) {
      if (!message.source) continue;
      const mail = await simpleParser(message.source, { skipImageLinks: true, skipTextToHtml: true });
      texts.push({ text: mail.text ?? '', subject: mail.subject ?? '' });
      parsed += 1;
    }
    const baseMs = performance.now() - baseStart;
    const baseCpuMs = cpuMs(process.cpuUsage(baseCpu));
    // Not a goal, an explanation: what understanding alone costs on one core, without storage.
    const understandStart = performance.now();
    for (const text of texts) understandMessage(text);
    const understandMs = performance.now() - understandStart;
    lock.release();
    await reader.logout();

    const imapSettings = imapSettingsOf(dovecot, { pollSeconds: 3600, batchSize: BATCH });

    // Full pipeline: the real ingester, one sync over the whole mailbox.
    const email = readEmailConfig({
      EMAIL_FROM: 'debiteuren@ourcompany.example',
      EMAIL_REPLY_TOKEN_SECRET: 'bench-secret-with-at-least-32-characters!!',
    });
    const poolStart = performance.now();
    const pool = THREADS > 0 ? createPreparePool({ threads: THREADS }) : null;
    await pool?.ready();
    const poolMs = performance.now() - poolStart;
    const ingester = createImapIngester({
      settings: imapSettings,
      sink: createEmailSink({
        deps: {
          prisma: db.prisma,
          sql: db.sql,
          email,
          policy: DEFAULT_POLICY,
          companyName: 'Bench',
          log: () => undefined,
        },
        sender: null,
        pool,
      }),
      log: () => undefined,
    });
    await ingester.start();
    const fullCpu = process.cpuUsage();
    const fullStart = performance.now();
    const report = await ingester.syncNow();
    const fullMs = performance.now() - fullStart;
    const fullCpuMs = cpuMs(process.cpuUsage(fullCpu));
    await ingester.stop();
    await pool?.close();

    // Not a goal, an explanation: the same ingester and worker threads with a sink that only
    // prepares (parse, hash, understand) and stores nothing: what is left for storage, matching
    // and the policy on this machine. Run after the full pipeline, so that one runs as before.
    const ceiling = THREADS > 0 ? await measureWithoutStorage(imapSettings) : null;

    const stored = await db.prisma.message.count({ where: { direction: 'inbound' } });
    const proposals = await db.prisma.proposal.count();
    const queued = await db.prisma.emailOutbox.count();
    const base = rate(parsed, baseMs);
    const full = rate(report.fetched, fullMs);
    console.log(
      `email bench: ${COUNT} replies, ${DEBTORS} debtors, database ${target.kind}, Node ${process.version}, ${availableParallelism()} cores`,
    );
    console.log(
      `  pipeline set-up: chunks of ${BATCH}, ${THREADS} worker thread(s) for parse + understand (started in ${(poolMs / 1000).toFixed(1)} s, not counted)`,
    );
    console.log(
      `  append over IMAP (4 connections): ${(appendMs / 1000).toFixed(1)} s, ${rate(COUNT, appendMs).toFixed(0)} msg/s`,
    );
    console.log(
      `  baseline fetch + parse:           ${parsed} msgs in ${(baseMs / 1000).toFixed(2)} s = ${base.toFixed(0)} msg/s`,
    );
    console.log(
      `  full pipeline:                    ${report.fetched} msgs in ${(fullMs / 1000).toFixed(2)} s = ${full.toFixed(0)} msg/s` +
        ` (${JSON.stringify(report.byStatus)}; stored ${stored}, proposals ${proposals}, answers queued ${queued})`,
    );
    console.log(
      `  CPU of this process per message:  baseline ${(baseCpuMs / parsed).toFixed(2)} ms, full pipeline ${(fullCpuMs / report.fetched).toFixed(2)} ms (all threads)`,
    );
    console.log(
      `  understandMessage alone (no I/O): ${rate(texts.length, understandMs).toFixed(0)} msg/s; fetch + parse + understand would be ${rate(parsed, baseMs + understandMs).toFixed(0)} msg/s = ${((baseMs / (baseMs + understandMs)) * 100).toFixed(1)}% of baseline`,
    );
    if (ceiling) {
      const ceilingRate = rate(ceiling.fetched, ceiling.ms);
      console.log(
        `  same, nothing stored (ceiling):   ${ceiling.fetched} msgs in ${(ceiling.ms / 1000).toFixed(2)} s = ${ceilingRate.toFixed(0)} msg/s = ${((ceilingRate / base) * 100).toFixed(1)}% of baseline; CPU ${(ceiling.cpuMs / ceiling.fetched).toFixed(2)} ms per message`,
      );
    }
    console.log(
      `  ratio full / baseline:            ${((full / base) * 100).toFixed(1)}% (goal >= 50%; database ${target.kind})`,
    );
  } finally {
    await db.close();
    await drop();
    await dovecot.stop();
  }
}

/**
 * One sync of the real ingester over the whole mailbox, on worker threads of its own, into a sink
 * that prepares every mail as the pipeline does (parse, hash, understand) and stores nothing; the
 * checkpoint is kept in memory. Prepared as createEmailSink does: started when a chunk is
 * fetched, awaited when the chunk is handed over.
 */
async function measureWithoutStorage(
  settings: Parameters<typeof createImapIngester>[0]['settings'],
): Promise<{ fetched: number; ms: number; cpuMs: number }> {
  const pool = createPreparePool({ threads: THREADS });
  await pool.ready();
  const started = new WeakMap<FetchedMail, Promise<unknown>>();
  const now = new Date();
  const prepare = (mail: FetchedMail) => started.get(mail) ?? pool.prepare({ mail, now, understand: true });
  const checkpoints = new Map<string, MailboxCheckpoint>();
  const sink: EmailIngestSink = {
    loadCheckpoint: async (mailbox) => checkpoints.get(mailbox) ?? null,
    saveCheckpoint: async (mailbox, checkpoint) => {
      checkpoints.set(mailbox, checkpoint);
    },
    ingest: async (mail) => {
      await prepare(mail);
      return 'processed';
    },
    ingestBatch: async (mails) => {
      await Promise.all(mails.map(prepare));
      return mails.map(() => 'processed' as const);
    },
    prefetch: (mails) => {
      for (const mail of mails) started.set(mail, pool.prepare({ mail, now, understand: true }));
    },
  };
  const ingester = createImapIngester({ settings, sink, log: () => undefined });
  try {
    await ingester.start();
    const cpu = process.cpuUsage();
    const start = performance.now();
    const report = await ingester.syncNow();
    return { fetched: report.fetched, ms: performance.now() - start, cpuMs: cpuMs(process.cpuUsage(cpu)) };
  } finally {
    await ingester.stop();
    await pool.close();
  }
}

await main();
