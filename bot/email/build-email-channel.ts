import { createSmtpSender } from '../../channels/email/create-smtp-sender.ts';
import { createImapIngester } from '../../channels/email/imap-ingester.ts';
import { readEmailConfig } from '../../channels/email/read-email-config.ts';
import type { ChannelDeps, ChannelParts } from '../server/build-channels.ts';
import type { Service } from '../server/service.ts';
import { createEmailSink } from './create-email-sink.ts';
import { createOutboxService } from './create-outbox-service.ts';
import type { EmailDeps } from './email-deps.ts';

/**
 * The email channel for `collections serve`: the IMAP watcher and, when SMTP is configured, the
 * outbox sender. Contributes nothing when IMAP_HOST is not set.
 */
export async function buildEmailChannel({ config, db, env, log }: ChannelDeps): Promise<ChannelParts> {
  const email = readEmailConfig(env);
  if (!email.imap) return { services: [], routes: [] };
  const deps: EmailDeps = {
    prisma: db.prisma,
    email,
    policy: config.policy,
    companyName: config.companyName,
    log,
  };
  const sender = email.smtp ? createSmtpSender(email.smtp) : null;
  const services: Service[] = [
    createImapIngester({ settings: email.imap, sink: createEmailSink({ deps, sender }), log }),
  ];
  if (sender) services.push(createOutboxService({ deps, sender }));
  return { services, routes: [] };
}
