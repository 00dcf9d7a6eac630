import { readSlackConfig } from '../../channels/slack/read-slack-config.ts';
import { readPaymentPageConfig } from '../../channels/web/read-payment-page-config.ts';

/**
 * What this installation can actually do, so that what the assistant tells a debtor depends on
 * it: a promise that "a colleague will contact you" is only made when a person is told, a pay
 * button is only mentioned when there is one.
 */
export interface ChannelCapabilities {
  /** Slack is set up: approval requests, disputes and hand-offs reach finance and sales. */
  readonly staffChannel: boolean;
  readonly payment: {
    /** A payment provider is configured: the page has a pay button. */
    readonly online: boolean;
    /** PAYMENT_IBAN: bank transfer details the page and chat may give. */
    readonly iban: string | null;
    /** PAYMENT_CONTACT_EMAIL: where a debtor can write. */
    readonly contactEmail: string | null;
  };
}

/** The capabilities from the same settings the channels read (and validate) themselves. */
export function readChannelCapabilities(env: NodeJS.ProcessEnv): ChannelCapabilities {
  const page = readPaymentPageConfig(env);
  return {
    staffChannel: readSlackConfig(env) !== null,
    payment: {
      online: page?.mollie != null,
      iban: page?.iban ?? null,
      contactEmail: page?.contactEmail ?? null,
    },
  };
}

/** The start-up warning `serve` logs when nobody would be told of what debtors ask for. */
export const NO_STAFF_CHANNEL_WARNING =
  'warning: no staff channel configured (SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET, or Socket Mode, are unset): ' +
  'plan requests, disputes, hand-offs and escalations are stored on the debtor timeline but NOBODY is notified. ' +
  'Debtors are told their message is recorded and reviewed on business days, not that someone will contact them. ' +
  'Set up Slack (see README, Slack) to have finance and sales told.';
