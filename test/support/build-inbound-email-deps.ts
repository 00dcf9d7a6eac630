import type { EmailDeps } from '../../bot/server/email-deps.ts';
import { readEmailConfig } from '../../channels/email/read-email-config.ts';
import { DEFAULT_POLICY } from '../../domain/policy/collections-policy.ts';
import type { Database } from '../../prisma/open-database.ts';

/**
 * The e-mail settings the inbound tests read mail with (ourcompany.example, a payment link
 * URL, the default policy) on a fixed clock; `env` adds or overrides settings (MAIL_AUTHSERV_ID).
 */
export function buildInboundEmailDeps({
  db,
  secret,
  now,
  env = {},
  log = () => undefined,
}: {
  db: Pick<Database, 'prisma' | 'sql'>;
  secret: string;
  now: Date;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}): EmailDeps {
  return {
    prisma: db.prisma,
    sql: db.sql,
    email: readEmailConfig({
      EMAIL_FROM: 'debiteuren@ourcompany.example',
      EMAIL_REPLY_TOKEN_SECRET: secret,
      EMAIL_PAYMENT_LINK_URL: 'https://pay.ourcompany.example/{invoice}',
      ...env,
    }),
    policy: DEFAULT_POLICY,
    companyName: 'Our Company',
    log,
    now: () => now,
  };
}
