import { createSmtpSender } from '../../../channels/email/create-smtp-sender.ts';
import { createImapIngester } from '../../../channels/email/imap-ingester.ts';
import { readEmailConfig } from '../../../channels/email/read-email-config.ts';
import { createEmailSink } from '../../inbound/create-email-sink.ts';
import { createPreparePool } from '../../inbound/create-prepare-pool.ts';
import { readPrepareThreads } from '../../inbound/read-prepare-threads.ts';
import { readLetterSettings } from '../../letters/read-letter-settings.ts';
import { createOutboxService } from '../../notices/create-outbox-service.ts';
import type { ChannelBuildDeps, ChannelParts } from '../../server/channel-contracts.ts';
import type { EmailDeps } from '../../server/email-deps.ts';
import type { Service } from '../../server/service.ts';

/**
 * The email channel for `collections serve`: the IMAP watcher when IMAP_HOST is set, and the
 * outbox sender when SMTP is configured. The sender runs without IMAP too: notices from Slack
 * decisions and chat, and dunning letters, are mailed even where replies are not read by us.
 */
export async function buildEmailChannel({
  config,
  db,
  env,
  log,
  capabilities,
}: ChannelBuildDeps): Promise<ChannelParts> {
  const email = readEmailConfig(env);
  if (!email.imap && !email.smtp) return { services: [], routes: [] };
  const deps: EmailDeps = {
    prisma: db.prisma,
    sql: db.sql,
    email,
    policy: config.policy,
    companyName: config.companyName,
    letters: readLetterSettings(env, config),
    interestTable: config.interestRates,
    log,
    staffChannel: capabilities.staffChannel,
  };
  const sender = email.smtp ? createSmtpSender(email.smtp) : null;
  const services: Service[] = [];
  if (email.imap) {
    if (email.authservIds.length === 0) {
      log(
        'email: sender addresses are not authenticated (MAIL_AUTHSERV_ID is not set): a mail whose From ' +
          "names a debtor's contact is believed without our receiving server's DMARC verdict. Set it to " +
          "that server's authserv-id (see .env.example).",
      );
    }
    // Parse + understand run in worker threads (EMAIL_PREPARE_THREADS), warmed up at start.
    const threads = readPrepareThreads(env);
    const pool = threads > 0 ? createPreparePool({ threads }) : null;
    if (pool) {
      services.push({ name: `email parse threads (${threads})`, start: pool.ready, stop: pool.close });
    }
    services.push(
      createImapIngester({ settings: email.imap, sink: createEmailSink({ deps, sender, pool }), log }),
    );
  }
  if (sender) services.push(createOutboxService({ deps, sender }));
  return { services, routes: [] };
}
