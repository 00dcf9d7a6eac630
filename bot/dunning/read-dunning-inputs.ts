import { readEmailConfig } from '../../channels/email/read-email-config.ts';
import { createPaymentLink } from '../../channels/web/create-payment-link.ts';
import { readPaymentPageConfig } from '../../channels/web/read-payment-page-config.ts';
import type { Database } from '../../prisma/open-database.ts';
import type { AppConfig } from '../config/load-config.ts';
import { readLetterSettings } from '../letters/read-letter-settings.ts';
import type { EmailDeps } from '../server/email-deps.ts';

export interface DunningInputs {
  readonly deps: EmailDeps;
  /** A signed link to our payment page per invoice, when the page is set up. */
  readonly paymentLinkFor: ((invoiceId: string) => string) | null;
}

/**
 * What a ladder run needs from the settings, read one way for `collections dunning run` and for
 * serve's scheduled run: the e-mail settings, the policy and, when the payment page is set up, a
 * signed link per invoice.
 */
export function readDunningInputs({
  env,
  config,
  db,
  log,
}: {
  env: NodeJS.ProcessEnv;
  config: AppConfig;
  db: Pick<Database, 'prisma' | 'sql'>;
  log: (line: string) => void;
}): DunningInputs {
  const page = readPaymentPageConfig(env);
  return {
    deps: {
      prisma: db.prisma,
      sql: db.sql,
      email: readEmailConfig(env),
      policy: config.policy,
      companyName: config.companyName,
      letters: readLetterSettings(env, config),
      interestTable: config.interestRates,
      log,
    },
    paymentLinkFor: page
      ? (invoiceId) =>
          createPaymentLink({
            publicBaseUrl: page.publicBaseUrl,
            secret: page.linkSecret,
            ttlDays: page.linkTtlDays,
            invoiceId,
          }).url
      : null,
  };
}
