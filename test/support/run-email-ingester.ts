/**
 * A child process for the crash test: syncs the mailbox once with the real ingester and sink,
 * printing "ingested <uid> <status>" after each committed mail (or chunk of mail), so the parent
 * can SIGKILL it mid-sync. Settings come from the environment (IMAP_*, DATABASE_URL / PGLITE_DATA_DIR).
 */

import { createEmailSink } from '../../bot/inbound/create-email-sink.ts';
import { createImapIngester } from '../../channels/email/imap-ingester.ts';
import { readEmailConfig } from '../../channels/email/read-email-config.ts';
import { DEFAULT_POLICY } from '../../domain/policy/collections-policy.ts';
import { resolveDatabaseTarget } from '../../prisma/database-target.ts';
import { openDatabase } from '../../prisma/open-database.ts';

const email = readEmailConfig(process.env);
const db = await openDatabase({ target: resolveDatabaseTarget(process.env), migrate: true });
const sink = createEmailSink({
  deps: {
    prisma: db.prisma,
    sql: db.sql,
    email,
    policy: DEFAULT_POLICY,
    companyName: 'Test',
    log: (line) => console.error(line),
  },
  sender: null,
});
const ingester = createImapIngester({
  settings: email.imap!,
  sink: {
    ...sink,
    ingest: async (mail) => {
      const status = await sink.ingest(mail);
      process.stdout.write(`ingested ${mail.uid} ${status}\n`);
      return status;
    },
    ingestBatch: async (mails) => {
      const statuses = await sink.ingestBatch!(mails);
      // Printed once the chunk has committed, as the single path prints after each mail.
      process.stdout.write(mails.map((mail, index) => `ingested ${mail.uid} ${statuses[index]}\n`).join(''));
      return statuses;
    },
  },
  log: (line) => console.error(line),
});
await ingester.start();
const report = await ingester.syncNow();
process.stdout.write(`done ${JSON.stringify(report)}\n`);
await ingester.stop();
await db.close();
