/**
 * `npm run bench:console`: what the staff console's inbox costs with a big backlog (issue 19).
 * A fresh database (PGlite in a temp dir, or a new PostgreSQL database with DATABASE_URL) gets
 * BENCH_CONSOLE_PROPOSALS (default 2,000) open proposals: three in four are ladder letters (one
 * per debtor, four steps), the rest messages to review and changes of contact with the debtor's
 * words, a classification and the phrases that drove it. The console is built as `collections
 * serve` builds it (buildConsoleChannel) on our HTTP server; a finance user signs in with a
 * sign-in link (the mail goes to a loopback SMTP sink), and GET /console is timed end to end
 * (query, rendering, HTTP) BENCH_RUNS times (default 30) after 3 warm-ups; printed: p50, p95,
 * max, the median CPU time of the process per request (server and client: what a busy machine
 * inflates least), the page's size and how many proposals it shows. Goal: p95 < 300 ms on PGlite.
 * Then GET /console/reports (four reports, four charts) BENCH_REPORT_RUNS times (default 10)
 * after one warm-up, on the same 2,000 debtors.
 */

import { randomUUID } from 'node:crypto';
import { loadConfig } from '../bot/config/load-config.ts';
import { addDays, amsterdamDate } from '../domain/model/iso-date.ts';
import { openDatabase } from '../prisma/open-database.ts';
import { addStaff } from '../prisma/staff/add-staff.ts';
import { ConsoleClient } from '../test/integration/console/support/console-client.ts';
import { findFreePort } from '../test/support/find-free-port.ts';
import { serveConsole } from '../test/support/serve-console.ts';
import { startSmtpSink } from '../test/support/start-smtp-sink.ts';
import { createTestTarget } from '../test/support/test-database.ts';

const COUNT = Number(process.env.BENCH_CONSOLE_PROPOSALS ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const REPORT_RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 10);
const GOAL_MS = 300;
const STEPS = [
  ['reminder_2', 'Tweede herinnering'],
  ['aanmaning', 'Aanmaning'],
  ['ingebrekestelling', 'Ingebrekestelling'],
  ['veertiendagenbrief', 'Veertiendagenbrief (WIK-brief)'],
] as const;
const WORDS =
  'Goedemiddag,\n\nWij hebben de factuur niet ontvangen op het juiste adres. Kunt u hem opnieuw sturen naar ons nieuwe adres crediteuren@example.nl? Ons oude adres wordt niet meer gelezen.\n\nMet vriendelijke groet,\nAnna';

async function main() {
  const { target, drop } = await createTestTarget();
  const db = await openDatabase({ target, migrate: true });
  const smtp = await startSmtpSink();
  const port = await findFreePort();
  try {
    const seededMs = await seed(db.prisma);
    process.stdout.write(`seeded ${COUNT} open proposals on ${target.kind} in ${seededMs} ms\n`);
    await addStaff({
      prisma: db.prisma,
      email: 'fiona@bench.example',
      name: 'Fiona',
      roles: ['finance'],
      actor: 'bench',
    });
    const served = await serveConsole({
      config: loadConfig({ COMPANY_NAME: 'Bench BV', PGLITE_DATA_DIR: 'memory://' }),
      db,
      smtp,
      port,
      env: {
        EMAIL_FROM: 'console@bench.example',
        EMAIL_REPLY_TOKEN_SECRET: 'bench-reply-token-secret-0123456789abcdef',
      },
    });
    try {
      const client = new ConsoleClient(served.baseUrl);
      await client.signInWithLink(smtp, 'fiona@bench.example');
      const times: number[] = [];
      const cpu: number[] = [];
      let size = 0;
      let shown = '';
      for (let run = 0; run < RUNS + 3; run++) {
        const started = performance.now();
        const cpuBefore = process.cpuUsage();
        const page = await client.get('/console');
        const ms = performance.now() - started;
        const used = process.cpuUsage(cpuBefore);
        if (page.status !== 200) throw new Error(`GET /console answered ${page.status}`);
        size = Buffer.byteLength(page.html);
        shown = /<span class="count">([^<]+)</.exec(page.html)?.[1] ?? '?';
        if (run >= 3) {
          times.push(ms);
          cpu.push((used.user + used.system) / 1000);
        }
      }
      times.sort((a, b) => a - b);
      cpu.sort((a, b) => a - b);
      const at = (q: number, of = times) => of[Math.min(of.length - 1, Math.ceil(q * of.length) - 1)]!;
      const p95 = at(0.95);
      process.stdout.write(
        `GET /console, ${shown}, ${(size / 1024).toFixed(0)} kB, ${RUNS} runs: p50 ${at(0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms; CPU p50 ${at(0.5, cpu).toFixed(1)} ms (goal p95 < ${GOAL_MS} ms: ${p95 < GOAL_MS ? 'met' : 'MISSED'})\n`,
      );
      // The reports page (aging, DSO by month, forecast, promises kept, four charts) on the same
      // ledger: 2,000 debtors with an overdue invoice each.
      const reportTimes: number[] = [];
      let reportSize = 0;
      for (let run = 0; run < REPORT_RUNS + 1; run++) {
        const started = performance.now();
        const page = await client.get('/console/reports');
        if (page.status !== 200) throw new Error(`GET /console/reports answered ${page.status}`);
        reportSize = Buffer.byteLength(page.html);
        if (run >= 1) reportTimes.push(performance.now() - started);
      }
      reportTimes.sort((a, b) => a - b);
      process.stdout.write(
        `GET /console/reports, ${(reportSize / 1024).toFixed(0)} kB, ${REPORT_RUNS} runs: p50 ${at(0.5, reportTimes).toFixed(1)} ms, p95 ${at(0.95, reportTimes).toFixed(1)} ms, max ${reportTimes.at(-1)!.toFixed(1)} ms\n`,
      );
    } finally {
      await served.close();
    }
  } finally {
    await smtp.stop();
    await db.close();
    if (process.env.BENCH_CONSOLE_KEEP) process.stdout.write(`kept ${JSON.stringify(target)}\n`);
    else await drop();
  }
}

/** COUNT open proposals in bulk: debtors, an overdue invoice each, and for a quarter a message with its classification. */
async function seed(prisma: Awaited<ReturnType<typeof openDatabase>>['prisma']): Promise<number> {
  const started = performance.now();
  const today = amsterdamDate(new Date());
  for (let start = 0; start < COUNT; start += 500) {
    const size = Math.min(500, COUNT - start);
    const rows = Array.from({ length: size }, (_, k) => {
      const i = start + k;
      return {
        i,
        debtorId: randomUUID(),
        invoiceId: randomUUID(),
        messageId: randomUUID(),
        classificationId: randomUUID(),
        ladder: i % 4 !== 3,
      };
    });
    await prisma.debtor.createMany({
      data: rows.map(({ i, debtorId }) => ({
        id: debtorId,
        reference: `B-${String(i).padStart(5, '0')}`,
        name: `Bench Debtor ${i} B.V.`,
        kind: 'company' as const,
      })),
    });
    await prisma.invoice.createMany({
      data: rows.map(({ i, debtorId, invoiceId }) => {
        const due = addDays(today, -20 - (i % 90));
        return {
          id: invoiceId,
          number: `INV-B-${String(i).padStart(5, '0')}`,
          debtorId,
          amountCents: 10_000 + (i % 50) * 1_317,
          openCents: 10_000 + (i % 50) * 1_317,
          issueDate: new Date(`${addDays(due, -30)}T00:00:00.000Z`),
          dueDate: new Date(`${due}T00:00:00.000Z`),
        };
      }),
    });
    const worded = rows.filter((row) => !row.ladder);
    await prisma.message.createMany({
      data: worded.map(({ debtorId, invoiceId, messageId }) => ({
        id: messageId,
        debtorId,
        invoiceId,
        channel: 'email' as const,
        direction: 'inbound' as const,
        externalId: `<${messageId}@bench.example>`,
        rawText: WORDS,
        cleanedText: WORDS,
        status: 'processed' as const,
      })),
    });
    await prisma.classification.createMany({
      data: worded.map(({ messageId, classificationId }) => ({
        id: classificationId,
        messageId,
        kind: 'reply',
        reason: 'wrong_contact',
        secondary: [],
        confidence: 0.87,
        abstained: false,
        language: 'nl',
        model: 'bench',
        modelVersion: '1',
        entities: {},
        explanation: { phrases: ['niet ontvangen op het juiste adres', 'ons nieuwe adres'] },
      })),
    });
    await prisma.proposal.createMany({
      data: rows.map(({ i, debtorId, invoiceId, messageId, classificationId, ladder }) => {
        const step = STEPS[i % STEPS.length]!;
        return ladder
          ? {
              debtorId,
              action: 'escalate',
              rationale: `${step[1]} is due for INV-B-${String(i).padStart(5, '0')}; every step after the first reminder needs a person's approval.`,
              params: {
                invoiceIds: [invoiceId],
                stepCode: step[0],
                stepLabel: step[1],
                principalCents: 10_000,
              },
              requiresApproval: true,
              createdAt: new Date(Date.now() - (i % 10) * 86_400_000),
            }
          : {
              debtorId,
              invoiceId,
              messageId,
              classificationId,
              action: i % 8 === 3 ? 'update_contact' : 'human_review',
              rationale:
                'The debtor gives a new address for invoices; a person confirms it before it is used.',
              params:
                i % 8 === 3
                  ? { invoiceIds: [invoiceId], followUpAction: 'resend_invoice' }
                  : { invoiceIds: [invoiceId], suggestedReason: 'wrong_contact', confidence: 0.87 },
              requiresApproval: true,
              createdAt: new Date(Date.now() - (i % 10) * 86_400_000),
            };
      }),
    });
  }
  return Math.round(performance.now() - started);
}

await main();
