import { readEmailConfig } from '../../channels/email/read-email-config.ts';
import { readSlackConfig } from '../../channels/slack/read-slack-config.ts';
import { readPaymentPageConfig } from '../../channels/web/read-payment-page-config.ts';

export type ConfiguredPartName = 'mail_in' | 'mail_out' | 'slack' | 'payments' | 'ledger';

/** One part of the installation on the health page: whether it is set up, and facts that are no secret. */
export interface ConfiguredPart {
  readonly part: ConfiguredPartName;
  readonly configured: boolean;
  /** Host names, addresses, modes: never a password, token, key or secret. */
  readonly facts: readonly string[];
}

/**
 * What this installation is set up to do, read from the same settings the channels read: mail in
 * (IMAP), mail out (SMTP), Slack, payments (Mollie, bank transfer, the payment page). Bank and
 * ledger data come in by import (`collections import`, `collections import-bank`); there is no
 * sync setting to show yet. Secrets are never part of the answer.
 */
export function describeConfiguration(env: NodeJS.ProcessEnv): ConfiguredPart[] {
  const email = readEmailConfig(env);
  const slack = readSlackConfig(env);
  const page = readPaymentPageConfig(env);
  const imap = email.imap;
  const smtp = email.smtp;
  return [
    {
      part: 'mail_in',
      configured: imap !== null,
      facts: imap
        ? [
            `${imap.host}:${imap.port}${imap.secure ? ' (TLS)' : ''}`,
            `${imap.user} · ${imap.mailbox}`,
            imap.oauth2 ? 'OAuth 2.0' : 'password',
            `every ${imap.pollSeconds} s`,
          ]
        : ['IMAP_HOST'],
    },
    {
      part: 'mail_out',
      configured: smtp !== null && email.from !== null,
      facts: [
        smtp ? `${smtp.host}:${smtp.port}${smtp.secure ? ' (TLS)' : ''}` : 'SMTP_HOST',
        email.from ? email.from.address : 'EMAIL_FROM',
        ...(smtp?.oauth2 ? ['OAuth 2.0'] : smtp?.user ? ['password'] : []),
      ],
    },
    {
      part: 'slack',
      configured: slack !== null,
      facts: slack
        ? [
            slack.socketMode ? 'Socket Mode' : 'HTTP (Events API)',
            `finance ${slack.financeChannel}`,
            `sales ${slack.salesChannel}`,
          ]
        : ['SLACK_BOT_TOKEN'],
    },
    {
      part: 'payments',
      configured: page !== null,
      facts: page
        ? [
            page.publicBaseUrl,
            page.mollie ? 'Mollie' : 'no online payment (MOLLIE_API_KEY)',
            ...(page.iban ? [`IBAN ${page.iban}`] : []),
          ]
        : ['PAYMENT_LINK_SECRET, PUBLIC_BASE_URL'],
    },
    { part: 'ledger', configured: false, facts: ['collections import, collections import-bank'] },
  ];
}
