/**
 * A worker thread of the prepare pool (createPreparePool): parses and understands mail off the
 * main thread, which meanwhile talks to IMAP and the database. Messages in: { id, raw, now,
 * understand }; out: { id, ok, value } or { id, ok: false, message, code }.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../domain/errors/app-error.ts';
import { prepareInboundEmail } from './prepare-inbound-email.ts';

interface PrepareTask {
  readonly id: number;
  readonly raw: Uint8Array;
  readonly now: Date;
  readonly understand: boolean;
}

const port = parentPort;
if (!port) throw new Error('prepare-worker.ts runs as a worker thread (see createPreparePool).');

port.on('message', (task: PrepareTask) => {
  const raw = Buffer.from(task.raw.buffer, task.raw.byteOffset, task.raw.byteLength);
  prepareInboundEmail({ raw, now: task.now, understand: task.understand }).then(
    (value) => port.postMessage({ id: task.id, ok: true, value }),
    (error: unknown) =>
      port.postMessage({
        id: task.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        code: error instanceof AppError ? error.code : 'INTERNAL',
      }),
  );
});
// Warm up before saying ready: the first few hundred mails through cold code (mailparser, the
// classifier) take several times longer, which a server starting up can afford and a chunk of
// debtor mail waiting on the first sync should not pay.
const SAMPLES = [
  'Wij betalen factuur INV-2026-0001 uiterlijk vrijdag 4 december.\n\nMet vriendelijke groet,\nJan',
  'We have a cash flow problem this month. Could we pay invoice INV-2026-0002 in three instalments?',
  'Factuur INV-2026-0003 klopt niet, de levering was onvolledig.\n\n> Beste klant,\n> Volgens onze administratie staat de factuur open.',
];
for (let round = 0; round < 100; round += 1) {
  const body = SAMPLES[round % SAMPLES.length]!;
  const raw = Buffer.from(
    `From: warm-up@example.nl\r\nTo: ar@example.nl\r\nSubject: Re: Herinnering ${round}\r\nMessage-ID: <warm-${round}@example.nl>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`,
  );
  await prepareInboundEmail({ raw, now: new Date(), understand: true });
}
port.postMessage({ ready: true });
