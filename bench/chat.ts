// npm run bench:chat — concurrent debtor conversations through our Direct Line endpoint on a
// real `collections serve` process (PGlite by default; PostgreSQL with DATABASE_URL). Turn
// latency is measured from posting an activity to the bot's reply arriving on the WebSocket.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer as createNetServer } from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { signPaymentLinkToken } from '../channels/web/payment-link-token.ts';
import { addDays, amsterdamDate } from '../domain/model/iso-date.ts';
import { openDatabase } from '../prisma/open-database.ts';
import { type DlActivity, directLineClient, openStream } from '../test/support/directline-test-client.ts';
import { createTestTarget } from '../test/support/test-database.ts';

const CONVERSATIONS = Number(process.env.BENCH_CHAT_CONVERSATIONS ?? 200);
// A debtor reads the bot's answer (20-40 words) and types or clicks: 5-15 s between turns.
const THINK_MIN_MS = Number(process.env.BENCH_CHAT_THINK_MIN_MS ?? 5000);
const THINK_MAX_MS = Number(process.env.BENCH_CHAT_THINK_MAX_MS ?? 15000);
// Debtors open their payment links over this window, not all in the same millisecond.
const RAMP_MS = Number(process.env.BENCH_CHAT_RAMP_MS ?? 20000);
const SECRET = 'bench-chat-link-secret-0123456789abcdef0123';
const ROOT = path.resolve(import.meta.dirname, '..');
/** One debtor's side of a conversation: a payment-plan request, a choice, "no", a choice again, "yes". */
const SCRIPT: readonly (string | ((last: DlActivity) => string))[] = [
  'ik kan nu niet alles betalen, kan ik in termijnen betalen?',
  (last) => last.suggestedActions?.actions[0]?.title ?? '1',
  'Nee',
  (last) => last.suggestedActions?.actions[1]?.title ?? '2',
  'Ja',
];

const freePort = async () => {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
};

const { target, env: dbEnv, drop } = await createTestTarget();
const today = amsterdamDate(new Date());
const invoices: string[] = [];
{
  const db = await openDatabase({ target, migrate: true });
  for (let i = 0; i < CONVERSATIONS * 2; i += 1) {
    const debtor = await db.prisma.debtor.create({
      data: { reference: `BENCH-${i}`, name: `Bench Debtor ${i}`, kind: 'company', language: 'nl' },
    });
    // Some amounts inside what the policy approves by itself, some above: both paths are exercised.
    const cents = i % 2 === 0 ? 120_000 : 726_000;
    const invoice = await db.prisma.invoice.create({
      data: {
        number: `INV-BENCH-${i}`,
        debtorId: debtor.id,
        amountCents: cents,
        openCents: cents,
        issueDate: new Date(`${addDays(today, -40)}T00:00:00Z`),
        dueDate: new Date(`${addDays(today, -20)}T00:00:00Z`),
      },
    });
    invoices.push(invoice.id);
  }
  await db.close();
}

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const serverEnv = {
  ...process.env,
  ...dbEnv,
  PORT: String(port),
  HOST: '127.0.0.1',
  PAYMENT_LINK_SECRET: SECRET,
  PUBLIC_BASE_URL: origin,
  // One load generator plays every debtor from one address: lift the per-address limit only.
  CHAT_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000',
  SLACK_SIGNING_SECRET: '',
  SLACK_BOT_TOKEN: '',
  IMAP_HOST: '',
  SMTP_HOST: '',
};
// BENCH_CHAT_NODE_ARGS="--cpu-prof --cpu-prof-dir=scratch/prof" profiles the server.
const nodeArgs = (process.env.BENCH_CHAT_NODE_ARGS ?? '').split(' ').filter(Boolean);
const server: ChildProcess = spawn(
  process.execPath,
  [...nodeArgs, path.join(ROOT, 'bin/collections.js'), 'serve'],
  {
    env: serverEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
  },
);
let serverLog = '';
server.stderr?.on('data', (chunk) => {
  serverLog += chunk;
});
for (let i = 0; ; i += 1) {
  const ok = await fetch(`${origin}/health`)
    .then((r) => r.ok)
    .catch(() => false);
  if (ok) break;
  if (i > 300) throw new Error(`serve did not start:\n${serverLog}`);
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const base = `${origin}/v3/directline`;
const client = directLineClient(base);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const think = () => THINK_MIN_MS + Math.random() * (THINK_MAX_MS - THINK_MIN_MS);

async function converse(
  invoiceId: string,
  thinking: boolean,
  latencies: number[],
  byTurn: number[][],
  opens: number[],
  failures: string[],
) {
  const opened = performance.now();
  const link = signPaymentLinkToken(SECRET, { invoiceId, expiresAt: new Date(Date.now() + 3_600_000) });
  const generated = (await (await client.generate(link)).json()) as { token: string; conversationId: string };
  const started = (await (await client.start(generated.token)).json()) as { streamUrl: string };
  const stream = await openStream(started.streamUrl);
  let last = await stream.waitFor((a) => a.from.role === 'bot', 30_000);
  opens.push(performance.now() - opened);
  try {
    for (const [index, step] of SCRIPT.entries()) {
      if (thinking) await sleep(think());
      const text = typeof step === 'string' ? step : step(last);
      const t0 = performance.now();
      const response = await client.post(generated.conversationId, generated.token, {
        type: 'message',
        text,
      });
      if (!response.ok) {
        failures.push(`HTTP ${response.status}`);
        return;
      }
      const { id } = (await response.json()) as { id: string };
      last = await stream.waitFor((a) => a.from.role === 'bot' && a.replyToId === id, 60_000);
      latencies.push(performance.now() - t0);
      byTurn[index]!.push(performance.now() - t0);
    }
  } catch (error) {
    failures.push((error as Error).message.slice(0, 120));
  } finally {
    stream.close();
  }
}

const pct = (values: number[], p: number) =>
  values.length === 0
    ? NaN
    : [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
async function phase(name: string, ids: string[], thinking: boolean) {
  const latencies: number[] = [];
  const byTurn: number[][] = SCRIPT.map(() => []);
  const opens: number[] = [];
  const failures: string[] = [];
  const t0 = performance.now();
  await Promise.all(
    ids.map(async (id, i) => {
      if (thinking) await sleep((i / ids.length) * RAMP_MS);
      await converse(id, thinking, latencies, byTurn, opens, failures);
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `${name}: ${latencies.length} turns in ${seconds.toFixed(1)} s (${(latencies.length / seconds).toFixed(1)} turns/s); ` +
      `turn latency p50 ${pct(latencies, 50).toFixed(1)} ms, p95 ${pct(latencies, 95).toFixed(1)} ms, ` +
      `p99 ${pct(latencies, 99).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms; failures ${failures.length}` +
      (failures.length > 0 ? ` (${[...new Set(failures)].slice(0, 3).join('; ')})` : ''),
  );
  console.log(
    `  per turn p50/p95 ms: ${byTurn.map((v, i) => `#${i + 1} ${pct(v, 50).toFixed(0)}/${pct(v, 95).toFixed(0)}`).join(', ')}` +
      ' (#1 goes through the pipeline; #5 stores the chosen plan and, inside the policy, carries it out)',
  );
  console.log(
    `  opening a chat (token, conversation, WebSocket, greeting): p50 ${pct(opens, 50).toFixed(0)} ms, ` +
      `p95 ${pct(opens, 95).toFixed(0)} ms, max ${Math.max(...opens).toFixed(0)} ms`,
  );
}

console.log(
  `database: ${target.kind}; server: collections serve (child process) on ${origin}; ${CONVERSATIONS} concurrent conversations, ` +
    `${SCRIPT.length} turns each (plan request through the pipeline, choice, "Nee", choice, "Ja"), one WebSocket each`,
);
console.log(
  `load model 1: a person typing — think time uniform ${THINK_MIN_MS}-${THINK_MAX_MS} ms before each turn; conversations open ` +
    `evenly over ${RAMP_MS} ms; all ${CONVERSATIONS} are open together (offered ≈ ${(CONVERSATIONS / ((THINK_MIN_MS + THINK_MAX_MS) / 2000)).toFixed(0)} turns/s once all are open)`,
);
await phase('with think time', invoices.slice(0, CONVERSATIONS), true);
console.log(
  'load model 2: no think time — every conversation sends its next turn as soon as the reply arrives (closed loop)',
);
await phase('without think time', invoices.slice(CONVERSATIONS), false);
console.log('note: the machine is shared (2 cores, other engineers working): numbers are noisy.');

server.kill('SIGTERM');
await new Promise((resolve) => server.once('exit', resolve));
await drop();
