// Slack round trips on our HTTP server against a loopback Slack API: signed Approve clicks
// (decision + plan + debtor notice + outbox rows) and `/debtor` lookups, then draining the outbox.
import { performance } from 'node:perf_hooks';
import { addDays, amsterdamDate } from '../domain/model/iso-date.ts';
import { receiveEmail } from '../test/integration/slack/support/receive-email.ts';
import { seedDebtor } from '../test/integration/slack/support/seed-debtor.ts';
import {
  buttonClick,
  postToSlackRoute,
  slashCommand,
} from '../test/integration/slack/support/slack-requests.ts';
import {
  FINANCE,
  SIGNING_SECRET,
  startSlackHarness,
} from '../test/integration/slack/support/start-slack-harness.ts';

const N = Number(process.env.BENCH_SLACK_N ?? 30);
const h = await startSlackHarness();
const today = amsterdamDate(new Date());
const proposals: string[] = [];
for (let i = 0; i < N; i += 1) {
  const { debtorId, invoiceIds } = await seedDebtor(h.db, {
    reference: `B-${i}`,
    name: `Bench Debtor ${i}`,
    invoices: [{ number: `INV-B-${i}`, cents: 600_000 + i, dueDate: addDays(today, -20) }],
  });
  const received = await receiveEmail(h.db, {
    debtorId,
    invoiceId: invoiceIds[0]!,
    from: `ap${i}@bench.example`,
    text: `We have a cash flow problem and cannot pay invoice INV-B-${i} in one go. Could we pay in 3 monthly instalments?`,
  });
  if (received.proposal?.action === 'request_plan_approval') proposals.push(received.proposalId!);
}
let start = performance.now();
const dispatched = await h.runtime.runOnce();
const dispatchMs = performance.now() - start;

const time = async (work: () => Promise<unknown>) => {
  const t = performance.now();
  await work();
  return performance.now() - t;
};
const clicks: number[] = [];
for (const id of proposals) {
  clicks.push(
    await time(() =>
      postToSlackRoute(h.url, {
        ...buttonClick({ actionId: 'proposal_approve', value: id, user: FINANCE }),
        secret: SIGNING_SECRET,
      }),
    ),
  );
}
const lookups: number[] = [];
for (let i = 0; i < N; i += 1) {
  lookups.push(
    await time(() =>
      postToSlackRoute(h.url, {
        ...slashCommand({ command: '/debtor', text: `INV-B-${i}`, user: FINANCE }),
        secret: SIGNING_SECRET,
      }),
    ),
  );
}
start = performance.now();
const drained = await h.runtime.runOnce();
const drainMs = performance.now() - start;

const pct = (values: number[], p: number) =>
  [...values]
    .sort((a, b) => a - b)
    [Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!.toFixed(1);
console.log(`database: ${h.db.target.kind}; ${proposals.length} approval requests`);
console.log(`dispatch+send first round: ${dispatchMs.toFixed(0)} ms (${dispatched.sent.sent} Slack calls)`);
console.log(
  `Approve click (signed, plan executed, debtor notice queued): p50 ${pct(clicks, 50)} ms, p95 ${pct(clicks, 95)} ms`,
);
console.log(`/debtor lookup: p50 ${pct(lookups, 50)} ms, p95 ${pct(lookups, 95)} ms`);
console.log(`outbox drain after clicks: ${drainMs.toFixed(0)} ms for ${drained.sent.sent} calls`);
await h.close();
