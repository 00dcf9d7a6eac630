import type { MailSender } from '../../channels/email/create-smtp-sender.ts';
import type { EmailConfig } from '../../channels/email/read-email-config.ts';
import type { RateLimiter } from '../../channels/http/create-rate-limiter.ts';
import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import type { ScheduledJob } from '../../domain/schedule/job-schedule.ts';
import type { Database } from '../../prisma/open-database.ts';
import type { StaffMember } from '../../prisma/staff/staff-member.ts';
import type { DunningInputs } from '../dunning/read-dunning-inputs.ts';
import type { OidcSignIn } from './create-oidc-sign-in.ts';
import type { ConfiguredPart } from './describe-configuration.ts';
import type { Exchange } from './open-exchange.ts';
import type { ConsoleConfig } from './read-console-config.ts';

/** What every console route gets. */
export interface ConsoleDeps {
  readonly db: Pick<Database, 'prisma' | 'sql'>;
  readonly policy: CollectionsPolicy;
  readonly config: ConsoleConfig;
  readonly companyName: string;
  readonly log: (line: string) => void;
  readonly now: () => Date;
  /** null: no identity provider configured. */
  readonly oidc: OidcSignIn | null;
  /** null: no sign-in links (no SMTP). Links go through the e-mail outbox; `sender` tries each at once. */
  readonly mailer: {
    readonly from: { readonly address: string; readonly name: string | null };
    readonly sender: Pick<MailSender, 'send'>;
    readonly email: EmailConfig;
  } | null;
  /** Sign-in link requests: a few per address (a mailbox is not flooded), more per client (an office shares an address). */
  readonly linkLimiters: { readonly address: RateLimiter; readonly client: RateLimiter };
  /**
   * SLACK_ACCOUNT_OWNERS (lower-cased account owner to Slack user id), so the sales view knows a
   * person's disputes by the Slack id Slack recorded too; absent: none.
   */
  readonly accountOwners?: ReadonlyMap<string, string>;
  /** SLACK_FINANCE_CHANNEL: where a dispute escalated in the console is posted when Slack runs; absent: nowhere. */
  readonly slackFinanceChannel?: string | null;
  /** The health page: what is set up (no secrets) and the jobs serve runs, both read once at start-up. */
  readonly health: {
    readonly configuration: readonly ConfiguredPart[];
    readonly jobs: readonly ScheduledJob[];
  };
  /** What the ladder words its letters with (settings read on the letters page's first use), for the letters preview. */
  readonly letters: () => DunningInputs;
}

/** What every console POST gets: the router checked the role and the CSRF token. */
export interface ConsolePost {
  readonly deps: ConsoleDeps;
  readonly exchange: Exchange;
  readonly staff: StaffMember;
  readonly form: URLSearchParams;
  /** Who the audit trail names for what this POST does: `console:<e-mail>`, the same for every action. */
  readonly actor: string;
}

/** A POST on one debtor's page, for a debtor the router found (an unknown one was a 404 before). */
export interface DebtorFormPost extends ConsolePost {
  readonly debtor: { readonly id: string; readonly language: string; readonly accountOwner: string | null };
  /** The debtor's page, where the POST answers with a 303 that says what happened. */
  readonly page: string;
}
